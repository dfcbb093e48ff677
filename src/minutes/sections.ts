import { labelPattern, WORK_ITEM_NOUNS, type LabelMeaning } from './vocabulary.js';
import { lazyRegExp } from './lazy-pattern.js';
import { opensWithNegatedDecisionLabel } from './decisions/not-decided.js';

/** "Resolved issues", "Agreed tickets": what a tracker closed, not what a meeting decided. */
const RESOLVED_WORK = lazyRegExp(() => new RegExp(`\\b(?:resolved|closed|fixed|decided)\\s+(?:${WORK_ITEM_NOUNS.join('|')})\\b`, 'i'));

/** What a heading announces on a minutes page. */
export type SectionKind = 'attendance' | 'absent' | 'guests' | 'agenda' | 'actions' | 'decisions' | 'minutes' | 'goals' | 'date' | 'other';

/** A label that is wholly a word of this meaning, a remark in brackets aside ("Presenters (non-voting)"). */
function wholeLabel(meaning: LabelMeaning): Rule {
  let pattern: RegExp | null = null;
  return { meaning, test: (text) => (pattern ??= labelPattern(meaning, true)).test(text.replace(/\s*\([^()]*\)\s*/g, ' ').trim()) };
}

/** A rule of a word of the vocabulary (its meaning) or a plain pattern. */
type Rule = { meaning: LabelMeaning; test: (text: string) => boolean } | RegExp;
function word(meaning: LabelMeaning, whole = false): Rule {
  // Built on first use (as the patterns below): a convert that reads no minutes never needs them.
  let pattern: RegExp | null = null;
  return { meaning, test: (text) => (pattern ??= labelPattern(meaning, whole)).test(text) };
}

/** In this order: "not present" is absent before it is present, "also present" a guest before an attendee. */
const RULES: [SectionKind, Rule][] = [
  ['absent', word('absent')],
  ['guests', word('guests')],
  ['attendance', word('attendees')],
  ['attendance', /^(?:the )?team(?: members)?$/i],
  ['absent', wholeLabel('away')],
  ['attendance', wholeLabel('hosts')],
  ['agenda', word('agenda')],
  ['actions', word('actions')],
  ['decisions', word('decisions')],
  ['minutes', word('minutes')],
  ['goals', /\b(goals?|objectives?)\b/i],
  ['date', word('date', true)],
];

/**
 * Whether a text may meet a rule: it holds a word of a rule's meaning or matches a rule's pattern
 * (a whole label holds its word). One scan of all the words instead of one per rule: most texts
 * hold none. A remark in brackets is taken out before the whole-label rules test, which can join
 * two words of one label: such texts go through every rule.
 */
let anyRuleWord: RegExp | null = null;
const RULE_PATTERNS = RULES.flatMap(([, rule]) => (rule instanceof RegExp ? [rule] : []));
function mayMeetARule(text: string): boolean {
  anyRuleWord ??= labelPattern(RULES.flatMap(([, rule]) => (rule instanceof RegExp ? [] : [rule.meaning])));
  return text.includes('(') || anyRuleWord.test(text) || RULE_PATTERNS.some((pattern) => pattern.test(text));
}

const PEOPLE_KINDS = new Set<SectionKind>(['absent', 'guests', 'attendance']);

/** "Present and absent", "Presenti e assenti", "Attendees / Apologies": a heading over both kinds of people. */
const JOINED_LABELS = /\s+(?:and|&|e|y|und|et|en|i)\s+|\s*[/,]\s*/iu;

/** "Roll call vote", "Recorded vote on item 4": the record of a vote, whose names say how people voted, not who attended. */
const VOTE_RECORD = /\b(?:roll[- ]?call|recorded|division)\s+votes?\b|\bvotes?\s+by\s+roll[- ]?call\b/i;

export function classifyHeading(text: string): SectionKind {
  if (VOTE_RECORD.test(text)) return 'other';
  if (!mayMeetARule(text)) return 'other';
  // "Not decided", "❌ No decision", ":x: Undecided": a label that says no decision was taken heads none.
  if (opensWithNegatedDecisionLabel(text)) return 'other';
  // "Not present today", "Niet aanwezig", "Invited – absent": the negation of being there, or an invitation not taken up, labels absentees.
  const negated = NEGATED_PRESENCE.exec(text);
  if (negated !== null && classifyHeading(negated[1]!) === 'attendance') return 'absent';
  const declined = INVITED_THEN.exec(text);
  if (declined !== null && classifyHeading(declined[1]!) === 'absent') return 'absent';
  const joined = text.split(JOINED_LABELS);
  if (joined.length === 2 && text.length <= 60) {
    const kinds = joined.map((part) => classifyHeading(part));
    if (kinds.includes('attendance') && kinds.includes('absent')) return 'attendance';
  }
  // A heading about people is short ("Other attendees (non-voting)"); a longer one names a topic ("Budget outlook for the coming year (staff report)").
  const words = text.replace(/^\s*[\d.)]+\s*/, '').replace(/\([^()]*\)/g, '').trim().split(/\s+/).length;
  // "Resolution 31-07: Parking permits for staff" is one item's title, not a section of decisions.
  for (const [kind, rule] of RULES) if (rule.test(text) && !(PEOPLE_KINDS.has(kind) && words > 5) && !(kind === 'decisions' && (words > 4 || RESOLVED_WORK.test(text)))) return kind;
  return 'other';
}

/** A word of negation in the vocabulary's languages, then what it negates ("not present today", "niet aanwezig"). */
const NEGATED_PRESENCE = /^\s*(?:not|niet|nicht|non|pas|nie|ikke|inte|não)\s+(\p{L}.*)$/iu;
/** "Invited – absent", "Eingeladen – nicht erschienen": those asked to come, then what became of them. */
const INVITED_THEN = /^\s*(?:invited|invitees?|eingeladen(?:e)?|invité(?:e)?s?|uitgenodigd|invitad[oa]s|convidad[oa]s|invitati)\s*[,;:–—-]\s*(\p{L}.*)$/iu;

/** The section a block belongs to: the nearest heading that says what it is. */
export function sectionOf(headings: string[]): SectionKind {
  for (let i = headings.length - 1; i >= 0; i -= 1) {
    const kind = classifyHeading(headings[i]!);
    if (kind !== 'other') return kind;
  }
  return 'other';
}

/** classifyHeading and sectionOf for the headings of one page, each heading text classified once. */
export function pageSections(): { classify: (text: string) => SectionKind; sectionOf: (headings: string[]) => SectionKind } {
  const known = new Map<string, SectionKind>();
  const classify = (text: string): SectionKind => {
    let kind = known.get(text);
    if (kind === undefined) known.set(text, (kind = classifyHeading(text)));
    return kind;
  };
  return {
    classify,
    sectionOf: (headings) => {
      for (let i = headings.length - 1; i >= 0; i -= 1) {
        const kind = classify(headings[i]!);
        if (kind !== 'other') return kind;
      }
      return 'other';
    },
  };
}

/** Labels of people who sit on the body that meets (they vote, they are its members), in the languages of the vocabulary. */
export const MEMBER_LABEL = lazyRegExp(() => labelPattern('members'));
/**
 * A body named by a compound word, as German and Dutch write them: "Elternbeirat", "Betriebsratssitzung",
 * "Gemeinderat", "Prüfungsausschuss", "Vereinsvorstand", "ondernemingsraad", "adviescommissie". Only the
 * joins a council's name takes before "-rat" count: "Referat", "Apparat", "Heirat" are no bodies.
 */
const BODY_COMPOUND = /\p{L}(?:bei|s|n|de|r|t|l)rat(?:s|es)?(?:sitzung|versammlung)?(?!\p{L})|\p{L}{2,}(?:raad|ausschuss|ausschusses|vorstand|vorstands|kuratorium|gremium|commissie)(?:s?(?:sitzung|vergadering))?(?!\p{L})/iu;

/** A page's title or first heading that names a body with members ("Board meeting", "Sitzung des Vereinsvorstands"). */
export function namesABody(name: string): boolean {
  return MEMBER_LABEL.test(name) || BODY_COMPOUND.test(name);
}

/** Labels of people who attend without a seat: guests, observers, staff, non-voting attendees. */
const GUEST_WORDS = /\b(also present|also attending|in attendance|guests?|observers?|visitors?|staff|non-?voting|non-?members?|liaisons?|other attendees|invited guests?|ex[- ]officio|secretariat|community (?:attendees|participants)|visiting)\b/i;
/** Labels of people who attend without a seat, in English as people write them and in the languages of the vocabulary ("Observadores", "Gäste"). */
export const GUEST_LABEL = { test: (label: string): boolean => GUEST_WORDS.test(label) || labelPattern('guests').test(label) };
