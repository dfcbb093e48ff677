import { markedTail } from './lines.js';
import { parseWholeDate } from './dates.js';
import { isMarkedAction } from './action-lines.js';
import { NO_DECISION_PHRASES, NONE_WORDS, wordsOf } from './vocabulary.js';
import type { NormalizedTable } from '../hub/table-normalize.js';
import { isPlaceholderOutcome, leavesUndecided } from './decisions/not-decided.js';
import { lazyRegExp } from './lazy-pattern.js';
import { PRIOR_APPROVAL, recordsVoteOutcome, saysSettled, SUBJECT_OUTCOME } from './decisions/settled-forms.js';

/** Words that label what the meeting approved, in the vocabulary's other languages ("Validé :", "Genehmigt:", "Aprobado:"). */
const APPROVED_LABELS = ['validé', 'validée', 'adopté', 'adoptée', 'approuvé', 'approuvée', 'genehmigt', 'aprobado', 'aprobada', 'acordado', 'goedgekeurd', 'aprovado', 'aprovada', 'approvato', 'approvata'];
const MARKER_WORDS = [...new Set(['decision', 'decided', 'resolved', 'resolution', 'agreed', 'agreement', 'outcome', 'consensus', 'conclusion', ...wordsOf('decisions'), ...APPROVED_LABELS])]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
/**
 * "Decision:", "Resolved:", "Agreed:", "RESOLVED -", "✔ Decision:", "Beschluss:", "Validé :": a line
 * that states what was decided (a tick or a bullet sign before the label is part of the label, also
 * as a chat's shortcode: ":white_check_mark: Decided:").
 */
const DECISION_MARKER = lazyRegExp(() => new RegExp(`^\\s*(?:[✔✓☑✅➜→►▶•*-]\\uFE0F?\\s*|:[a-z0-9_+-]{2,30}:\\s*)?(?:(?!(?:no|not|pending|open|next|previous|past|prior|earlier|last)\\s)(?:final|group|team|board|committee|formal|key|main|joint)\\s+(?=(?:decision|consensus|agreement|outcome|resolution)))?(?:${MARKER_WORDS.join('|')})(?![\\p{L}])(?:\\s*\\([^()]{1,40}\\))?\\s*[:\\-–—]\\s*(\\S.*)$`, 'isu'));
/** "#agreed …", "#decision …": a meeting bot's marker (IRC, Etherpad), no colon after it. */
const HASH_DECISION = /^\s*#(?:agreed|decided|decision|resolved|agree)\s+(\S.*)$/isu;
/** A motion with its outcome ("Motion carries", "Carried.", "Vote passes"), or a recorded vote ("VOTE: …") that did not fail. */
const MOTION_OUTCOME = /\b(?:motion|vote)\b.*\b(?:carrie[sd]|passe[sd]|adopted|approved)\b|^\s*VOTE\s*:/is;
/**
 * "MSC (Ana/Ben) to approve …", "M/S/C", "MSP", "MSCU": moved, seconded and carried (or passed,
 * unanimously), the shorthand of church and club minutes; upper case only ("MSc" is a degree).
 */
const MOVED_SECONDED_CARRIED = lazyRegExp(() => /(?<![\p{L}\p{N}])M\/?S\/?(?:CU|[CP])(?![\p{L}\p{N}])/gu);
/**
 * Written without slashes, the same letters are also a name or an acronym ("MSC Cruises", "our MSC
 * partnership", "the MSC"): a shorthand is a verb of the minutes, so a determiner before it, or a
 * capitalised word after it that is no pair of movers ("MSC Ana/Ben"), makes it a noun.
 */
const SHORTHAND_AS_NOUN_BEFORE = lazyRegExp(() => /(?<![\p{L}])(?:the|our|their|its|at|of|with|from|for|an?|by|to|and|in|on)\s+$/iu);
const SHORTHAND_AS_NOUN_AFTER = lazyRegExp(() => /^\s+\p{Lu}[\p{L}'’-]*(?![\p{L}'’-])(?!\s*[/&(]|\s+and\s+\p{Lu})/u);
/** "MSC (Ana/Ben) to approve …", "M/S/C", "… – MSP.": a line that records a motion moved, seconded and carried. */
function statesCarriedShorthand(text: string): boolean {
  for (const match of text.matchAll(MOVED_SECONDED_CARRIED)) {
    if (match[0].includes('/')) return true;
    // The few words before it are enough (a determiner and its spaces): no scan of the whole line at each match.
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const after = text.slice(match.index + match[0].length);
    if (!SHORTHAND_AS_NOUN_BEFORE.test(before) && !SHORTHAND_AS_NOUN_AFTER.test(after)) return true;
  }
  return false;
}
/** "MSD", "M/S/F": moved, seconded and defeated (or failed). */
const MOVED_SECONDED_FAILED = lazyRegExp(() => /(?<![\p{L}])M\/?S\/?[DF](?![\p{L}])/u);
/**
 * "RESOLVED to approve…", "the PCC resolved to accept…", "Resolved (proposed X, seconded Y) that …": the
 * body resolves, wherever the sentence stands. "Be it resolved that" is the wording of a resolution
 * put to the vote, not the vote.
 */
const RESOLVES = /(?<!\bbe\s+it\s+(?:further\s+)?)\b(?:unanimously\s+)?resolved\b(?:\s*\([^)]*\))?,?\s+(?:to|that)\s+\S/i;
/** "… was reviewed and re-adopted unanimously", "… was approved by Unanimous Vote": something the meeting approved. */
const APPROVED_HERE = lazyRegExp(() => /\b(?:(?:was|were|is|are|been)\s+(?:\p{L}+\s+and\s+)?(?:unanimously\s+)?(?:approved|adopted|re-?adopted|ratified|endorsed|carried|re-?elected|elected)|(?:was|were|been)\s+(?:unanimously\s+)?accepted|(?:a\s+)?decision\s+(?:was\s+)?(?:made|taken|reached)\s+(?:to|that)\s+\S)/iu);
/**
 * "the plan that was approved in 2019", "the budget, which was approved last year,": an approval in a
 * relative clause describes the thing the sentence is about; the sentence says something else of it.
 */
const RELATIVE_APPROVAL = lazyRegExp(() => /\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:was|were|been)\s+(?:\p{L}+\s+)?(?:approved|adopted|re-?adopted|ratified|endorsed|carried|accepted)\b/giu);
/**
 * The same in the vocabulary's other languages: "… wurde einstimmig beschlossen", "… a été adopté à
 * l'unanimité", "… fue aprobado", "… werd goedgekeurd", "… foi aprovada", "… è stato approvato".
 */
const APPROVED_HERE_ELSEWHERE = lazyRegExp(() => /(?<![\p{L}])(?:(?:wurden?|ist|sind)\s+(?:\p{L}+\s+){0,2}(?:beschlossen|genehmigt|angenommen|verabschiedet)|(?:a|ont)\s+été\s+(?:adopté|approuvé|validé|voté)e?s?|(?:fue|fueron|ha\s+sido|han\s+sido)\s+(?:aprobad|adoptad)[oa]s?|(?:werd|werden|is|zijn)\s+(?:\p{L}+\s+)?(?:goedgekeurd|aangenomen|vastgesteld)|(?:foi|foram)\s+(?:aprovad|adotad)[oa]s?|(?:è|sono)\s+stat[oaie]\s+(?:approvat|adottat)[oaie])(?![\p{L}])/iu);
/** "Approved.", "Approved and signed by the chair.", "Carried unanimously.": the outcome of the item it sits under. */
const BARE_OUTCOME = /^\s*(?:(?:unanimously|duly)\s+)?(?:approved|adopted|carried|agreed|accepted|ratified|so\s+resolved)\b[^.;]{0,80}\.?\s*$/i;
/** Outcomes about the meeting's own business, not a decision ("Apologies were noted"). */
const NOT_BUSINESS = /\bapolog|\bexcused\b|\bregrets\b/i;
/** A motion or vote that did not pass (failed, defeated, withdrawn): the meeting decided nothing by it. */
const FAILED_MOTION = /\b(?:motion|vote|proposal)\b.*\b(?:fail(?:s|ed)?|defeated|rejected|lost|withdrawn|not carried|not passed|did not pass|falls)\b|^\s*(?:defeated|failed|withdrawn|lost)\b/is;
/** "Failed (1–3)", "Lost.": an outcome cell or line that records a failed vote. */
const BARE_FAILURE = /^\s*(?:defeated|failed|withdrawn|lost|not carried|rejected)\b/i;
/** "Minutes of 3 Jul 2019 approved", "Previous minutes accepted as posted", "The minutes were agreed as a true record". */
const MINUTES_APPROVED = lazyRegExp(() => /\bminutes\b.*\b(?:approved|accepted|adopted|ratified|signed\s+as\s+(?:a\s+)?(?:correct|true|accurate))\b|\b(?:approved|accepted|adopted)\s+the\s+(?:previous\s+)?minutes\b|\bminutes\b[^.;]{0,80}\b(?:was|were)\s+(?:\p{L}+\s+)?(?:agreed|confirmed)\b/iu);
/** "The PMC agreed to invite…", "Council approved the renewal…", "The panel recommends…": the body that meets decides. */
const BODY_DECIDES = /\b(?:board|committee|council|pmc|tsc|group|team|members|wg|we|meeting|panel|steering|trustees|governors|directors|senate|assembly|executive|commission)\s+(?:unanimously\s+)?(?:agreed|decided|resolved|approved|voted|ratified|endorsed|adopted|accepted|recommends|recommended)\b/i;
/** "Agreed to move…", "Decided that…", "Consensus to…": a line that opens with what the meeting settled. */
const SETTLED = /^\s*(?:it\s+(?:was\s+)?(?:also\s+|further\s+)?)?(?:(?:unanimously\s+)?(?:agreed|decided|resolved)|consensus)\s+(?:to|that|on)\s+\S/i;
/** "… after discussion it was agreed to keep the rule": the passive of the meeting deciding, inside a sentence. */
const IT_WAS_AGREED = /\bit\s+was\s+(?:also\s+|further\s+|unanimously\s+)?(?:agreed|decided|resolved)\s+(?:to|that)\s+\S/i;
/** "… ; no objections raised", "approved without objection", "by consensus": the meeting let it stand, so it was decided ("no objections received" reports a consultation by mail, not the meeting). */
const NO_OBJECTION = /\b(?:no\s+objections?\b(?!\s*\?)(?!\s+(?:were\s+|was\s+|have\s+been\s+)?received)|without\s+objection|by\s+consensus|consensus\s+(?:was\s+)?reached)/i;
/** "None.", "Keine", "Néant", "TBD": a line (or what follows "Decision:") that holds no decision. */
const NOTHING = lazyRegExp(() => new RegExp(`^\\s*(?:${NONE_WORDS.join('|')})\\s*[.!]?\\s*$`, 'iu'));
/** Lines that say nothing was decided. */
const NO_DECISION = lazyRegExp(() => new RegExp(`(?<![\\p{L}])(?:${NO_DECISION_PHRASES.join('|')})(?![\\p{L}])`, 'iu'));
/** "… once ethics is approved", "if the budget is adopted": an approval the sentence waits for, not one it records. */
const CONDITION = /\b(?:once|if|when|until|after|before|unless|whether|pending)\b[^.;]*\b(?:is|are|was|were|been|be)\s+(?:approved|adopted|ratified|endorsed|carried)\b/i;

/** A marker's label is followed by one of these (DECISION_MARKER): a line without any states no decision by a label. */
const MAY_BE_MARKED = /[:\-–—]/;
/**
 * A word each of RESOLVES, APPROVED_HERE and APPROVED_HERE_ELSEWHERE needs, looked for once in the line
 * before its sentences are tried one by one (most lines hold none). Case-folded as widely as they are.
 */
const MAY_RESOLVE = /resolved|elected|approved|adopted|ratified|endorsed|carried|accepted|decision|beschlossen|genehmigt|angenommen|verabschiedet|été|aprobad|adoptad|goedgekeurd|aangenomen|vastgesteld|aprovad|adotad|approvat|adottat/iu;

/** A line that opens with a decision's label ("Decision:", "✅ Decided:", "#agreed"), whatever follows. */
export function opensWithDecisionLabel(line: string): boolean {
  return (MAY_BE_MARKED.test(line) && DECISION_MARKER.test(line)) || HASH_DECISION.test(line);
}

/**
 * The decision a line states, wherever it stands; null when it states none. `item` is the title of
 * the item the line sits under, which a bare outcome ("Approved.") decides.
 */
export function decisionOfLine(line: string, item: string | null = null): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || NO_DECISION.test(text)) return null;
  const mayBeMarked = MAY_BE_MARKED.test(text);
  const marked =
    (mayBeMarked ? DECISION_MARKER.exec(text) : null) ??
    HASH_DECISION.exec(text) ??
    (mayBeMarked ? DECISION_MARKER.exec(markedTail(text, (rest) => DECISION_MARKER.test(rest)) ?? '') : null);
  if (marked !== null) return NOTHING.test(marked[1]!) || leavesUndecided(marked[1]!) ? null : marked[1]!.trim();
  // The moved-seconded shorthand (MSC, M/S/F) is tried only on a line holding an M and an S.
  const shorthand = text.includes('M') && text.includes('S');
  if (FAILED_MOTION.test(text) || (shorthand && MOVED_SECONDED_FAILED.test(text))) return null;
  // "Motion to have the budget approved." states a motion, not its outcome; "Motion to raise the fee: carried 22–3" gives the outcome after a colon or dash.
  if ((MOTION_OUTCOME.test(text) || (shorthand && statesCarriedShorthand(text))) && !/^\s*motion to\b[^.:;–—]*\.?\s*$/i.test(text)) return text;
  // "The committee agreed to postpone the item": agreeing to put a matter off settles nothing.
  if (leavesUndecided(text)) return null;
  if (MINUTES_APPROVED.test(text) || BODY_DECIDES.test(text) || SETTLED.test(text) || IT_WAS_AGREED.test(text)) return text;
  // "For 7, Against 1 – PASSED"; a bare outcome under its item ("Unanimously approved.") is that item's, below.
  if (recordsVoteOutcome(text) && !(BARE_OUTCOME.test(text) && item !== null && item.trim() !== '')) return text;
  if (NOT_BUSINESS.test(text) || isMarkedAction(text) || CONDITION.test(text)) return null;
  const resolved = MAY_RESOLVE.test(text) ? text.split(/(?<=[.;])\s+/).find((sentence) => RESOLVES.test(sentence) || APPROVED_HERE.test(sentence.replace(RELATIVE_APPROVAL, ' ').replace(PRIOR_APPROVAL, ' ')) || APPROVED_HERE_ELSEWHERE.test(sentence)) : undefined;
  if (resolved !== undefined) return resolved;
  if (BARE_OUTCOME.test(text) && item !== null && item.trim() !== '') return `${item.replace(/^\s*[\d.)]+\s*/, '').trim()}: ${text}`;
  return null;
}

/** "Vote: 5 for, 0 against.", "(7–0)": a sentence that gives only the votes on the motion before it. */
const TALLY = /^\s*(?:(?:roll[\s-]?call\s+)?votes?\s*(?::|(?=\d+\s*[–—-]\s*\d+\b))|\(?\d+\s*(?:[–—-]\s*\d+\s*\)?\s*\.?\s*$|(?:for|in\s+favou?r|yes|ayes?)\b))/iu;
const VOTES_FOR = /(\d+)\s*(?:votes?\s+)?(?:for|in\s+favou?r|yes|ayes?)\b/iu;
const VOTES_AGAINST = /(\d+)\s*(?:votes?\s+)?(?:against|opposed|no|nays?)\b/iu;
/** "Motion carried 4-0.", "The vote passes.": the outcome of the motion a sentence before states, in a few words. */
const SHORT_MOTION_OUTCOME = /^\s*(?:the\s+)?(?:motion|vote|resolution(?:\s+\S+)?)\s+(?:was\s+)?(?:carrie[sd]|passe[sd]|adopted|approved)\b[^.;]{0,40}\.?\s*$/iu;
const bare = (sentence: string): string => sentence.replace(/\s*\([^()]*\)\s*$/u, '');
/** "Agreed: pack on Thursday." is a label over its decision, not a bare outcome. */
/** "Approved minutes are posted after …": the outcome word as an adjective of a sentence that goes on, no outcome. */
const GOES_ON = /\s(?:is|are|was|were|will|can|may|must|should|have|has)\s/iu;
const outcomeOnly = (sentence: string): boolean => !(MAY_BE_MARKED.test(sentence) && DECISION_MARKER.test(sentence)) && ((BARE_OUTCOME.test(bare(sentence)) && !GOES_ON.test(sentence)) || SHORT_MOTION_OUTCOME.test(bare(sentence)) || SUBJECT_OUTCOME.test(bare(sentence)) || TALLY.test(sentence));
/** "Lost 2–4", "CARRIED/NOT CARRIED" (a form's blank names both outcomes): no outcome that decides. */
const NOT_CARRIED = /\bnot\s+(?:carried|passed|approved|adopted)\b/iu;
const failed = (sentence: string): boolean => FAILED_MOTION.test(sentence) || BARE_FAILURE.test(sentence) || NOT_CARRIED.test(sentence) || leavesUndecided(sentence);
/** A tally that does not carry its motion ("Vote: 2 in favour, 4 opposed"). */
function tallyFails(sentence: string): boolean {
  // "Vote 2–3": for, then against.
  const split = /^\s*votes?\s*:?\s*(\d+)\s*[–—-]\s*(\d+)\b/iu.exec(sentence);
  if (split !== null) return Number(split[1]) <= Number(split[2]);
  const yes = VOTES_FOR.exec(sentence);
  const no = VOTES_AGAINST.exec(sentence);
  return yes !== null && no !== null && Number(yes[1]) <= Number(no[1]);
}
/** Where a sentence ends: ". " before a capital, a bracket or a numbered item ("6.2 Award …"); not after "Dr." or an initial. */
const SENTENCE_END = lazyRegExp(() => /(?<=[.!?)])\s+(?=[\p{Lu}(]|\d+(?:\.\d+)*\.?\s+\p{Lu})/u);
/** "Dr.", "J.", "St." end no sentence, also right after an opening bracket ("(St. …)"). */
const ABBREVIATION = lazyRegExp(() => /(?:^|[\s([])(?:\p{Lu}|\p{Lu}\p{Ll}{1,2}|No|Nr|St|vs|etc|approx|incl)\.$/u);
/** "Seconded by Dr Owen.", "Seconder: Ana Roe.": the sentence names who seconded the motion of the sentence before; it is part of that motion. */
const SECONDED = /^\s*(?:seconded\b|second(?:er|ed)?\s*(?:by|:)|proposed\s+and\s+seconded\b)/iu;

function sentencesOfLine(line: string): string[] {
  const sentences: string[] = [];
  for (const part of line.split(SENTENCE_END)) {
    if (sentences.length > 0 && ABBREVIATION.test(sentences[sentences.length - 1]!)) sentences[sentences.length - 1] += ` ${part}`;
    else sentences.push(part);
  }
  return sentences.filter((x) => x.trim() !== '');
}

/**
 * Each decision a line states, one a sentence: a paragraph of a discussion often settles two matters
 * ("… It was agreed to split plot 27. … The accounts were accepted."), and a sentence that is only the
 * outcome ("Vote: 5 for, 0 against. Carried.", "Motion carried 4-0.") decides the motion of the sentence
 * before it. A line of one sentence, or whose sentences decide nothing one by one, is decisionOfLine's.
 */
export function decisionsOfLine(line: string, item: string | null = null): string[] {
  const whole = decisionOfLine(line, item);
  const text = line.replace(/\s+/g, ' ').trim();
  const sentences = /[.!?)]\s/.test(text) ? sentencesOfLine(text) : [];
  if (sentences.length < 2) return whole === null ? [] : [whole];
  const groups: { sentences: string[]; tallyOnly: boolean }[] = [];
  let lastEnd = -2;
  let fell = false;
  sentences.forEach((sentence, i) => {
    if (failed(sentence) || (TALLY.test(sentence) && tallyFails(sentence))) {
      fell = true;
      // "… Vote: 2 for, 5 against. Defeated.": the motion the tally was about fell.
      if (lastEnd === i - 1 && groups.length > 0 && groups[groups.length - 1]!.tallyOnly) groups.pop();
      lastEnd = -2;
      return;
    }
    if (outcomeOnly(sentence)) {
      const tally = TALLY.test(sentence);
      const last = groups[groups.length - 1];
      if (lastEnd === i - 1 && last !== undefined) {
        last.sentences.push(sentence);
        last.tallyOnly &&= tally;
      } else if (i > 0) {
        // "A proposed that … . Seconded by B. Carried.": the outcome decides the motion, and the seconding sentence with it.
        let start = i - 1;
        while (start > 0 && SECONDED.test(sentences[start]!) && start - 1 > lastEnd && !outcomeOnly(sentences[start - 1]!)) start -= 1;
        groups.push({ sentences: sentences.slice(start, i + 1), tallyOnly: tally });
      }
      else if (item !== null && item.trim() !== '' && BARE_OUTCOME.test(bare(sentence))) groups.push({ sentences: [`${item.replace(/^\s*[\d.)]+\s*/, '').trim()}:`, sentence], tallyOnly: false });
      else return;
      lastEnd = i;
      return;
    }
    const stated = decisionOfLine(sentence);
    if (stated !== null) {
      groups.push({ sentences: [stated], tallyOnly: false });
      lastEnd = i;
    }
  });
  // A tally alone says nothing of the outcome unless it carries ("3 for, 1 against"); "Vote: 3 in favour" is read as decisionOfLine reads it.
  const found = groups.filter((g) => !g.tallyOnly || g.sentences.some((x) => VOTES_FOR.test(x))).map((g) => g.sentences.join(' '));
  // No sentence decides alone (the line does as a whole: "Motion by A, second by B, … carried"): the line's decision.
  // A line whose motion fell ("… was put to a vote and was not approved (2 for, 3 against)") is no decision as a whole either.
  return found.length === 0 && whole !== null && !fell ? [whole] : found;
}

/**
 * A decision the line implies rather than states: "…; no objections raised", "by consensus", or a bare
 * outcome ("Approved.") under the item it sits in (a list item's title, a table row's first cell). It
 * counts only on a page that keeps no list of its decisions: there, the list already holds what this
 * discussion led to.
 */
export function impliedDecision(line: string, item: string | null): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || NO_DECISION.test(text) || FAILED_MOTION.test(text) || BARE_FAILURE.test(text) || NOT_BUSINESS.test(text) || isMarkedAction(text) || /\?\s*$/.test(text)) return null;
  if (BARE_OUTCOME.test(text) && item !== null && item.trim() !== '') return `${item.replace(/^\s*[\d.)]+\s*/, '').trim()}: ${text}`;
  return NO_OBJECTION.test(text) ? text : null;
}

/**
 * A line that says in words that a matter was settled ("Het verslag wordt vastgesteld", "Everyone agreed
 * the fair is in May"): the discussion often says so of what a decision list records again, so it counts
 * on a page that keeps no such list (see saysSettled).
 */
export function settledInWords(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || NO_DECISION.test(text) || FAILED_MOTION.test(text) || NOT_BUSINESS.test(text) || isMarkedAction(text) || leavesUndecided(text)) return null;
  return saysSettled(text) ? text : null;
}

/** "The motion to … was defeated", "Motion failed": a vote the meeting held that carried nothing (a proposal "rejected" is still a decision taken). */
const MOTION_FELL = /\b(?:motion|vote)\b.*\b(?:fail(?:s|ed)?|defeated|lost|withdrawn|not carried|not passed|did not pass|falls)\b/is;

/** A line under a Decisions heading is a decision unless it introduces something, says none was taken, records a motion that fell, or is a leftover. */
export function decisionInSection(line: string): string | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || isPlaceholderOutcome(text) || text.endsWith(':') || NO_DECISION.test(text) || NOTHING.test(text) || BARE_FAILURE.test(text) || (MOTION_FELL.test(text) && !DECISION_MARKER.test(text)) || /^(?:next meeting|none|n\/a|tbd|-+)\b/i.test(text)) return null;
  // "Motion to …: 2 for, 5 against.": a tally that does not carry, with no outcome that says otherwise, decided nothing.
  if (tallyFails(text) && !/(?<!\bnot\s)\b(?:carried|passed|approved|adopted)\b/i.test(text)) return null;
  // "Next sync: <date>", "Review: 3 June": a label over a date schedules something; it decides nothing.
  const labelled = /^[^:]{2,40}:\s*(.+)$/.exec(text);
  if (labelled !== null && parseWholeDate(labelled[1]!) !== null) return null;
  const marked = (DECISION_MARKER.exec(text) ?? HASH_DECISION.exec(text))?.[1]!.trim();
  // "Deferred – revised plan requested", "Blocked. Not agreed": the matter was put off, nothing decided.
  if (leavesUndecided(marked ?? text)) return null;
  return marked === undefined ? text : NOTHING.test(marked) ? null : marked;
}

/**
 * The decisions of a labelled line that goes on into other labelled sentences ("Decided: ship on Friday. Declined:
 * the offsite."): each labelled part is read alone, so an outcome that decides nothing takes no decision with it.
 */
export function decisionsInSection(line: string): string[] {
  const parts = line.split(/(?<=[.!?])\s+(?=\p{Lu}[\p{L}\p{M}]*(?:\s+\p{L}+){0,2}\s*:\s)/u);
  // A later part decides only under a decision's own label ("Agreed: …"), not under a reason's or a remark's ("Reason: …").
  return parts.map((part, i) => (i === 0 || opensWithDecisionLabel(part) ? decisionInSection(part) : null)).filter((d): d is string => d !== null);
}

/** The column of a table that records decisions ("Decisions", "Outcome", "Resolution"), or -1. */
export function decisionColumn(table: NormalizedTable): number {
  // A header may name who decided or how ("Committee decision", "Board outcome", "Final decision"); an expected or test result is no decision.
  return table.header?.findIndex((label) => /^(?:(?:committee|board|council|panel|meeting|group|team|final|formal|vote|voting)\s+)?(?:decisions?|decided|outcomes?|resolutions?|agreed|result)$/i.test(label.trim())) ?? -1;
}

/** The items of a Confluence Cloud decision list kept as storage (`ac:adf-extension`), read once (its fallback repeats them). */
export function decisionsInAdf(storage: string): string[] {
  if (!storage.includes('decision-item')) return [];
  const withoutFallback = storage.replace(/<ac:adf-fallback>[\s\S]*?<\/ac:adf-fallback>/g, '');
  const items: string[] = [];
  const re = /<ac:adf-node type="decision-item">([\s\S]*?)<\/ac:adf-node>/g;
  for (let m = re.exec(withoutFallback); m !== null; m = re.exec(withoutFallback)) {
    const content = /<ac:adf-content>([\s\S]*?)<\/ac:adf-content>/.exec(m[1]!)?.[1] ?? '';
    const text = content.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
    if (text !== '') items.push(text);
  }
  return items;
}
