/**
 * Wordings of a settled outcome that the label, motion and past-tense rules of decision-lines.ts do not
 * read: the present tense minutes in many languages are written in, a body named by its acronym, a vote
 * whose outcome stands alone after its tally, an appointment. Each says the meeting settled a matter.
 */

import { RECORD_WORDS, wordsPattern } from '../vocabulary.js';

/** Words that put the approval to a later meeting ("… wird in der nächsten Sitzung beschlossen"): not settled yet. */
const LATER = /(?<![\p{L}])(?:next|later|nächsten?|kommenden?|prochaine?|prochain|volgende|próxima|próximo|prossima|prossimo)(?![\p{L}])/iu;

/**
 * The present passive of approving in other languages, with a few words between the auxiliary and the
 * participle: "Le compte rendu est approuvé sans réserve", "Die Tagesordnung wird genehmigt", "Het
 * verslag wordt met één wijziging vastgesteld", "El acta se aprueba", "Il bilancio viene approvato".
 */
const APPROVED_NOW = new RegExp(
  [
    '(?:est|sont)\\s+(?:\\p{L}+\\s+){0,2}(?:approuvé|adopté|validé|ratifié)e?s?',
    '(?:wird|werden)\\s+(?:[\\p{L}\\p{N}]+\\s+){0,5}(?:genehmigt|beschlossen|angenommen|verabschiedet|festgestellt|bestätigt)',
    '(?:wordt|worden)\\s+(?:[\\p{L}\\p{N}]+\\s+){0,5}(?:goedgekeurd|aangenomen|vastgesteld|bekrachtigd)',
    'se\\s+(?:aprueba|aprueban|adopta|adoptan|ratifica)',
    'queda(?:n)?\\s+(?:aprobad|adoptad)[oa]s?',
    '(?:viene|vengono)\\s+(?:\\p{L}+\\s+)?(?:approvat|adottat|ratificat)[oaie]',
    '(?:é|são)\\s+(?:\\p{L}+\\s+)?(?:aprovad|adotad|ratificad)[oa]s?',
  ]
    .map((p) => `(?<![\\p{L}])${p}(?![\\p{L}])`)
    .join('|'),
  'iu',
);

/**
 * A body's decision in the present tense or by a verb of its own: "The committee approves …", "The
 * board agrees to …", a participation council's consent or advice ("De oudergeleding stemt in met …",
 * "De commissie geeft positief advies aan het bestuur"), "Le conseil décide de …", "De raad besluit om …".
 */
const BODY_VERB_NOW = /\b(?:board|committee|council|panel|group|team|members|meeting|trustees|governors|directors|assembly|executive|commission)\s+(?:unanimously\s+)?(?:agrees|decides|resolves|approves|endorses|adopts|accepts|ratifies|recommends)\b/iu;
const CONSENT_OR_ADVICE = /(?<![\p{L}])(?:(?:stemt|stemmen)\s+(?:\p{L}+\s+){0,2}in\s+met|(?:geeft|geven)\s+(?:een\s+)?(?:unaniem\s+)?(?:positief|negatief)\s+advies|besluit\s+(?:om|tot|dat)|(?:décide|décident)\s+(?:de|d['’]|que)|beschließt|beschließen|émet\s+un\s+avis\s+(?:favorable|défavorable))(?![\p{L}])/iu;
/** "The IRB approved …", "the PTA agrees …": a body named by its acronym (upper case, after "the"). */
const ACRONYM_BODY = /\b[Tt]he\s+\p{Lu}{2,6}\s+(?:unanimously\s+)?(?:agreed|agrees|decided|decides|resolved|resolves|approved|approves|voted|ratified|endorsed|endorses|adopted|adopts|accepted|recommends|recommended)\b/u;
/** "Everyone agreed the picnic is on Sunday", "All present agreed that …": the whole meeting agreed. */
const EVERYONE_AGREED = /^\s*(?:everyone|everybody|all(?:\s+(?:members|present|attendees))?|the\s+whole\s+(?:group|team|meeting))\s+(?:(?:has|have)\s+)?agreed\b(?!\s+to\s+disagree)/iu;

/** "Ana Roe was appointed treasurer", "… was co-opted onto the group": the meeting appointed someone ("… is hereby appointed" is the wording of a resolution put to the vote). */
const APPOINTED = /\b(?:was|were|been)\s+(?:unanimously\s+|duly\s+)?(?:appointed|co-?opted)\b/iu;

/**
 * A vote's outcome standing alone after a label or a dash ("Outcome: carried …", "For 7, Against 1 –
 * PASSED", "Yes 9 / No 2 — CARRIED"). The line must speak of a vote (a tally, a show of hands, a
 * motion) so that a test run that "passed" is not taken for one.
 */
const STANDING_OUTCOME = /(?:^|:\s*|\s[–—-]\s*)(?:(?:unanimously|duly)\s+)?(?:passed|carried|adopted|approved|granted)(?![\p{L}])/iu;
const VOTE_SIGNAL = /\d+\s*(?:votes?\s+)?(?:for|in\s+favou?r|yes|ayes?|against|no|nays?|abstain\w*)\b|\b(?:for|against|yes|no|ayes?|nays?|abstain\w*)\s*:?\s*\d+|\d+\s*[–—-]\s*\d+|\bshow\s+of\s+hands\b|\bmotion\b|\bproposal\b|\bunanimous(?:ly)?\b/iu;

/**
 * "Motion carried.", "Budget approved!", "LEAVE GRANTED.": a short sentence that is only an outcome of
 * its subject, no verb of its own ("The minutes were approved." is a whole sentence that states it).
 */
export const SUBJECT_OUTCOME = /^\s*(?:(?!(?:was|were|is|are|be|been|has|have|had|not)\s)\p{L}[\p{L}'’-]*\s+){1,3}(?:granted|passed|carried|approved|adopted)\s*[.!]?\s*$/iu;

/**
 * "… had been approved by the trustees a week earlier": a past perfect approval happened
 * before the meeting; the sentence reports it, the meeting did not decide it. Removed before a sentence
 * is read for an approval.
 */
export const PRIOR_APPROVAL = /\bhad\s+(?:already\s+|previously\s+|just\s+)?(?:been\s+)?(?:\p{L}+\s+)?(?:approved|accepted|adopted|ratified|endorsed|agreed|decided|granted)\b/giu;

/** "Protokoll genehmigt.", "Notulen vastgesteld.", "Acta aprobada.": the record of the last meeting approved, in a few words of any language. */
const RECORD_APPROVED = new RegExp(
  `(?:${wordsPattern(RECORD_WORDS).source})[^.;:]{0,60}?(?<![\\p{L}])(?:genehmigt|angenommen|approuvée?|adoptée?|validée?|goedgekeurd|vastgesteld|aprobad[oa]|aprovad[oa]|approvat[oa])(?![\\p{L}])`,
  'iu',
);

/** "if the board agrees", "once the council approves", "whether the IRB endorses …": a condition waits for an outcome, it states none. */
const CONDITIONAL_CLAUSE = /\b(?:if|once|when|unless|whether|until|provided(?:\s+that)?)\b[^.;:,]*/giu;

/**
 * A vote whose outcome stands alone after its tally or label ("For 7, Against 1 – PASSED", "Result:
 * passed on a show of hands"): a decision the line records.
 */
export function recordsVoteOutcome(sentence: string): boolean {
  return STANDING_OUTCOME.test(sentence) && VOTE_SIGNAL.test(sentence);
}

/**
 * Whether a sentence says in words that a matter was settled (a present passive, a body's verb, an
 * appointment, everyone agreeing). A page's discussion often says so again of what its decision list
 * records, so this counts as a decision the line implies (see impliedDecision).
 */
export function saysSettled(sentence: string): boolean {
  const text = sentence.replace(PRIOR_APPROVAL, ' ').replace(CONDITIONAL_CLAUSE, ' ');
  if (/\?\s*$/.test(text)) return false;
  if ((APPROVED_NOW.test(text) || RECORD_APPROVED.test(text)) && !LATER.test(text)) return true;
  return BODY_VERB_NOW.test(text) || ACRONYM_BODY.test(text) || CONSENT_OR_ADVICE.test(text) || EVERYONE_AGREED.test(text) || APPOINTED.test(text);
}
