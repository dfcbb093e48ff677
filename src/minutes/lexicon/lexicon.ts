/**
 * The shape of one language's words for minutes (one file per language beside this one, gathered
 * in index.ts and read through vocabulary.ts). Words are lower case and matched whole, as in
 * vocabulary.ts; a word written in Han characters or kana matches inside a longer run of them
 * (those scripts put no space between words), a Hangul word may take a particle after it.
 */
import type { LabelMeaning } from '../vocabulary.js';

export interface Lexicon {
  /** Words of each meaning of a label (vocabulary.ts LabelMeaning). */
  labels: Partial<Record<LabelMeaning, readonly string[]>>;
  /** Month names, January first; each month may have several spellings (nominative, genitive, short). */
  months?: readonly (readonly string[])[];
  /** What the record of a meeting is called ("protokoll", "議事録"). */
  recordWords?: readonly string[];
  /** Labels of people asked to come to a meeting still to take place. */
  invitationWords?: readonly string[];
  /** Words before a date that make it another date than the meeting's (the next meeting, a deadline). */
  otherDateWords?: readonly string[];
  /** Offices held in the meeting, written after a name ("Katrin Vogel (Sitzungsleitung)"): a role, never an organization. */
  roleNouns?: readonly string[];
  /** Words before a task's due date in its line ("avant le 15 mars", "inden 15. marts"): prepositions, not column labels. */
  dueCues?: readonly string[];
  /** Words that mark one line as an action item ("Zadanie: …"); regular expressions. */
  actionMarkers?: readonly string[];
}
