/**
 * A page none of whose headings or labels is read in a known language (its language has no word
 * list) is minutes only when its structure shows a meeting: people listed as attending, something
 * decided, an agenda or recorded speech, or a title that names a meeting. A date and a task list
 * alone are a project's or a plan's page there: the date may be when it was updated or a deadline,
 * which only the words around it would tell.
 */
import type { Attendee } from '../../model/meeting.js';
import type { MeetingFacts } from '../is-minutes.js';
import { namesAMeeting } from '../is-minutes.js';
import { languagesOf } from '../vocabulary.js';

/** True when a page read without its words holds nothing a meeting leaves but a date and tasks. */
export function withoutSignsOfAMeeting(f: MeetingFacts): boolean {
  // A label of a known language gave the date ("Date:"), or headings of minutes: the page's words were read.
  if (f.minutesHeadings || f.recordSections || f.dateFrom === 'label') return false;
  if (f.title !== null && namesAMeeting(f.title)) return false;
  return f.attendees.length === 0 && f.decisions === 0 && f.agenda === 0 && f.spoken === 0;
}

/**
 * People found by the shape of a table (names with presence marks), some of them marked absent,
 * on a page that also gives tasks: a roll call of a meeting whatever the column's heading says. A
 * roster or a directory marks who is available but sets nobody a task. Only on a page none of
 * whose labels is of a known language (readsNoKnownLabel): where the words can be read, a column
 * no word calls presence is a sign-up sheet's or a checklist's.
 */
export function marksAbsenteesWithTasks(attendees: readonly Attendee[], actions: number): boolean {
  return actions > 0 && attendees.some((a) => a.present === true) && attendees.some((a) => a.present === false);
}

/** Whether none of the page's labels (headings, table header cells) is a word of a language we list. */
export function readsNoKnownLabel(labels: readonly string[]): boolean {
  return languagesOf(labels).length === 0;
}

/**
 * One list of names read by shape alone (anylang/unlisted-people.ts) and a date, and nothing a
 * meeting leaves (no task, decision, agenda or speech, no second list such as absentees): a team
 * page, an event's speakers or a contact page, not minutes. Two lists (who came, who did not) or
 * anything done or decided make it a meeting's record.
 */
export function onlyNamesAndADate(f: MeetingFacts, unlisted: readonly Attendee[]): boolean {
  if (unlisted.length === 0 || f.attendees.length !== unlisted.length) return false;
  if (f.minutesHeadings || f.recordSections || (f.title !== null && namesAMeeting(f.title))) return false;
  const lists = new Set(unlisted.map((a) => a.group)).size;
  return lists < 2 && f.actions === 0 && f.decisions === 0 && f.agenda === 0 && f.spoken === 0;
}
