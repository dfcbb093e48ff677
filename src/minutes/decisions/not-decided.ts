import { lazyRegExp } from '../lazy-pattern.js';
import { NO_DECISION_PHRASES } from '../vocabulary.js';
/**
 * Outcomes that leave a matter undecided: the meeting put the matter off (deferred, postponed,
 * adjourned, left on the table for a later meeting) or could not agree (blocked, not agreed). A
 * "Decision:" or "Outcome:" label, or a Decisions column, does not make such an outcome a decision.
 * Moving something to a date ("The go-live is postponed to 2 April") is a decision about its date.
 *
 * The words are general vocabulary of each language.
 */

const pattern = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Each language's words for putting a matter off (regular expressions, lower case). */
const PUT_OFF_WORDS: readonly string[] = [
  // English
  'deferred', 'postponed', 'adjourned', 'held over', 'parked', 'on hold', 'carried forward to (?:the )?next', 'left on the table', 'laid on the table',
  // German, French, Spanish, Dutch, Portuguese, Italian
  'vertagt', 'zurückgestellt', 'reporté', 'reportée', 'ajourné', 'ajournée', 'aplazado', 'aplazada', 'pospuesto', 'pospuesta', 'uitgesteld', 'aangehouden', 'adiado', 'adiada', 'rinviato', 'rinviata', 'rimandato', 'rimandata',
  // Finnish (the matter was left on the table, moved to the next meeting), Swedish, Danish, Norwegian
  'jätettiin pöydälle', 'jätetään pöydälle', 'pantiin pöydälle', 'siirrettiin seuraavaan kokoukseen', 'bordlades', 'bordlagt', 'utsatt', 'udsat', 'lykättiin', 'lykätään', 'lykätty',
  // Czech, Polish, Hungarian, Turkish, Indonesian, Vietnamese, Greek, Russian
  'odloženo', 'odložen', 'odložena', 'odroczono', 'przełożono', 'elnapolva', 'elnapolták', 'ertelendi', 'ditunda', 'hoãn', 'αναβλήθηκε', 'αναβάλλεται', 'отложено', 'отложен',
  // Ukrainian, Romanian, Slovak
  'відкладено', 'amânat', 'amânată', 'odložené',
];
/** Words for a proposal the meeting did not accept (blocked, not agreed). */
const NOT_AGREED_WORDS: readonly string[] = ['blocked', 'declined', 'not agreed', 'not approved', 'no agreement', 'nicht beschlossen', 'abgelehnt', 'pas adopté', 'rechazado', 'rechazada', 'afgewezen', 'rejeitado', 'respinto'];

/** "Defer to the next meeting", "… agreed to postpone the vote": putting off is all the outcome (or the agreement) does. */
const PUT_OFF_VERB = /(?:^\s*|(?<![\p{L}])(?:agreed|decided|resolved)\s+to\s+)(?:defer|postpone|put\s+off|revisit|hold\s+over)(?![\p{L}])/iu;
const PUT_OFF = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${pattern(PUT_OFF_WORDS)})(?![\\p{L}])`, 'iu'));
const NOT_AGREED = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${pattern(NOT_AGREED_WORDS)})(?![\\p{L}])`, 'iu'));
/** A statement that something was approved, agreed or resolved as well ("Approved; the rest deferred") is still a decision. */
const ALSO_SETTLED = lazyRegExp(() => /(?<![\p{L}])(?:approved|agreed|adopted|resolved|carried|accepted)(?![\p{L}])/iu);
/** "agreed to defer", "decided to postpone": the verb that agrees only to the putting off, settling nothing else. */
const AGREED_TO_PUT_OFF = /(?<![\p{L}])(?:agreed|decided|resolved)\s+(?:to|that\s+\p{L}+\s+(?:should|would|will))\s+(?=defer|postpone|put\s+off|revisit|hold\s+over)/giu;
/**
 * An outcome that names a decision still to be taken: "Decide by post next week", "To be decided at the
 * next meeting", "Will decide once the quotes are in", "Decision next week", "À décider", "Wird noch
 * entschieden", "Beslissing volgende vergadering".
 */
const STILL_TO_DECIDE = /^\s*(?:(?:(?:still\s+)?to\s+be|will\s+be)\s+decided\b|(?:to\s+|we\s+will\s+|will\s+)?decide\b|decision\s+(?:next|at|by|in|after|once|when|to\s+follow)\b|(?:à|a)\s+décider\b|décision\s+(?:au|à|lors)\b|(?:wird\s+noch\s+)?(?:zu\s+)?entschieden\s+(?:wird|werden|in|bis)\b|entscheidung\s+(?:in|bis|nächste)\b|beslissing\s+(?:volgende|in|na|bij)\b|(?:nog\s+)?te\s+beslissen\b)/iu;

/**
 * Whether an outcome leaves its matter undecided: it blocks or rejects the proposal ("Blocked (Flat 3).
 * Not agreed; …"), or puts the matter off without a new date ("Deferred – revised plan requested",
 * "Asia jätettiin pöydälle seuraavaan kokoukseen"), and settles nothing else.
 */
export function leavesUndecided(outcome: string): boolean {
  const text = outcome.trim();
  if (STILL_TO_DECIDE.test(text)) return true;
  // Most outcomes hold none of these words: one pass of each pattern, no more.
  const notAgreed = NOT_AGREED.exec(text);
  const putOff = notAgreed === null ? (PUT_OFF.exec(text) ?? PUT_OFF_VERB.exec(text)) : null;
  const found = notAgreed ?? putOff;
  if (found === null) return false;
  if (ALSO_SETTLED.test(text.replace(/\bnot\s+(?:agreed|approved)\b/giu, ' ').replace(AGREED_TO_PUT_OFF, ' '))) return false;
  // "postponed to 2 April 2024", "reportée au 2 avril": moved to a date, a decision about that date.
  return notAgreed !== null || !/\d/.test(text.slice(found.index + found[0].length));
}

/**
 * "—", "–", "— (needs more information)": a dash that stands where the outcome would be, with at most
 * a remark in brackets. The row or line was left without a decision.
 */
const PLACEHOLDER = lazyRegExp(() => /^[\s\p{Pd}]*\p{Pd}[\s\p{Pd}]*(?:\([^()]*\))?[\s.]*$/u);

export function isPlaceholderOutcome(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/**
 * The state of a decision that is not (yet) taken, as a decision log's Status column or lozenge says it:
 * still pending, open, proposed, in draft, under discussion, to be decided, parked, on hold.
 */
const UNDECIDED_STATUS = /^\s*(?:pending|open|proposed|draft|in\s+progress|under\s+(?:discussion|review)|to\s+be\s+decided|undecided|tbd|parked|on\s+hold|offen|en\s+attente|en\s+cours|pendiente|abierto|abierta|open\s+punt|pendente|em\s+aberto|in\s+sospeso|未決|未定|検討中)\s*[.!]?\s*$/iu;

export function isUndecidedStatus(status: string): boolean {
  return UNDECIDED_STATUS.test(status);
}

/**
 * Marks a chat or a checklist sets before a line's label, any number of them: an emoji as its character
 * ("✅", "❌", also what an emoticon of the page shows), as its shortcode (":x:", ":white_check_mark:"),
 * or a bullet. Whatever the mark, the label after it says what the line is.
 */
const LEADING_MARKS = '(?:(?:[\\p{Extended_Pictographic}✓✗✘•·▪◦*-]|:[a-z0-9_+-]{1,40}:)\\uFE0F?\\s*)*';
/** "Not decided:", "❌ No decision –", ":x: Undecided": a label that says its line holds no decision (alone, or before its text). */
const NEGATED_LABEL = lazyRegExp(() => new RegExp(`^\\s*${LEADING_MARKS}(?:${NO_DECISION_PHRASES.join('|')})s?\\s*(?:[:\\-–—]|$)`, 'iu'));

/**
 * Whether a line (or a label) opens with a label that negates a decision, after any leading mark: the
 * matter it names was not decided, however the mark before it is written.
 */
export function opensWithNegatedDecisionLabel(text: string): boolean {
  return NEGATED_LABEL.test(text);
}
