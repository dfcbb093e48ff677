import type { Attendee } from '../model/meeting.js';
import { elementsWhere, firstElementWhere, textContent } from '../hub/hub-walk.js';
import type { HubPage } from './hub-page.js';
import { findDate, findDateInYear } from './dates.js';
import { INVITATION_WORDS, labelPattern, RECORD_WORDS } from './vocabulary.js';
import type { DateSource } from './meeting-date.js';
import { lazyRegExp } from './lazy-pattern.js';

const MEETING_NOUN = lazyRegExp(() => labelPattern('meeting'));
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const RECORD_WORD = lazyRegExp(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${RECORD_WORDS.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu'));
const INVITED = lazyRegExp(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${INVITATION_WORDS.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu'));

/** A title that says the page tells how to do something ("How to book the hall", "How do we vote?", "How-to: …"). */
const HOW_TO = /^\s*(?:how[\s-]+to\b|how\s+(?:do|should|can)\s+(?:i|we|you)\b)/i;

/** A title that says the page is a meeting's ("Trustees meeting June 2031", "TSC minutes", "Sprint 41 retro"). */
export function namesAMeeting(text: string): boolean {
  // "On-call" is a duty, not a call.
  const t = text.replace(/(?<![\p{L}\p{N}])on[-\s]call(?![\p{L}\p{N}])/giu, ' ');
  return MEETING_NOUN.test(t) || RECORD_WORD.test(t);
}

/** A link to a meeting's page: its title or text carries a date (a month and year will do) or names a meeting. */
function isMeetingLink(text: string): boolean {
  return findDate(text) !== null || findDateInYear(`1 ${text}`, null) !== null && /\b(?:19|20)\d{2}\b/.test(text) || namesAMeeting(text);
}

/**
 * A page that lists meeting pages (links to dated or meeting pages, a children or label listing)
 * rather than recording a meeting: its dates are the meetings' dates, not its own.
 */
export function isIndexOfMeetings(page: HubPage): boolean {
  const pageLinks = elementsWhere(page.roots, (a) => a.name === 'a' && (a.attribs['data-page-title'] !== undefined || /^https?:|\.html?(?:#|$)/.test(a.attribs['href'] ?? '')));
  const meetings = pageLinks.filter((a) => isMeetingLink(a.attribs['data-page-title'] ?? textContent([a])));
  if (meetings.length < 3) return false;
  // Minutes link to a few dated pages (the previous minutes); an index is mostly such links and little else.
  const listItems = elementsWhere(page.roots, (el) => el.name === 'li' && el.attribs['data-task'] === undefined);
  const linkedItems = listItems.filter((li) => firstElementWhere(li.children, (el) => meetings.includes(el)) !== undefined);
  return linkedItems.length * 2 >= listItems.length && page.elements.tasks.length === 0;
}

/** An e-mail's header labels in the vocabulary's languages: who wrote it, when, to whom or about what. */
const MAIL_FROM = /(?:^|\n)[ \t]*(?:from|von|de|van|da|fra|från|od)[ \t]*:/giu;
const MAIL_SENT = /(?:^|\n)[ \t]*(?:sent|date|gesendet|datum|envoyé|verzonden|inviato|data|enviado|fecha|skickat|sendt)[ \t]*:/iu;
const MAIL_TO = /(?:^|\n)[ \t]*(?:to|subject|an|betreff|à|a|objet|aan|onderwerp|para|asunto|oggetto|assunto|till|ämne|emne)[ \t]*:/iu;
/** "On Tue, 7 Oct 2031 at 10:02, Ana Roe <ana@…> wrote:", "Am … schrieb …:", "Le … a écrit :": a quoted reply's line. */
const REPLY_QUOTE = /(?:^|\n)[^\n]{0,160}(?:\bwrote|schrieb|a\s+écrit|schreef|escribió|ha\s+scritto|escreveu)[ \t]*:[ \t]*(?=\n|$)/giu;

/**
 * A page of pasted e-mails: two or more messages, each under its header (From, Sent or Date, To or
 * Subject) or quoted as a reply ("… wrote:"). Their agreements, "Action for me:" lines and names are a
 * correspondence's, not a meeting's; minutes sent by e-mail carry one header over the minutes.
 */
export function isMailThread(text: string): boolean {
  let headers = 0;
  for (const m of text.matchAll(MAIL_FROM)) {
    const next = text.slice(m.index, m.index + 400);
    if (MAIL_SENT.test(next.slice(m[0].length)) && MAIL_TO.test(next.slice(m[0].length))) headers += 1;
  }
  return headers + [...text.matchAll(REPLY_QUOTE)].length >= 2;
}

/** What a page holds that a meeting leaves behind. */
export interface MeetingFacts {
  /** Where the meeting date was read (null: none). */
  dateFrom: DateSource | null;
  attendees: readonly Attendee[];
  actions: number;
  decisions: number;
  agenda: number;
  /** Notes of what was said or discussed. */
  notes: number;
  /** Notes that record someone speaking ("Ana: …"). */
  spoken: number;
  title: string | null;
  /** The page has a section of what a meeting produced (minutes, decisions, actions, absentees). */
  recordSections: boolean;
  /** The page's headings or labels are those of minutes (people, agenda, actions, decisions, notes; a meeting-date line). */
  minutesHeadings: boolean;
  /** The page is a thread of pasted e-mails (see isMailThread). */
  mailThread?: boolean;
  /** Some of its people are listed under a label of people (Attendees, Present, Regrets…) or in the page's properties, not only found in a table by its content. */
  peopleLabelled: boolean;
}

/**
 * Whether what the page holds is the record of a meeting that took place, rather than a page that
 * only looks like one:
 * - a template never filled in records nothing (no date, nobody, nothing listed);
 * - a page that gives no date of its meeting (or only a date in passing), with no agenda, nothing
 *   decided, nobody recorded speaking and nobody recorded absent, is a task list, a team or status
 *   page, release notes or an event's programme, unless its title names a meeting;
 * - people found only by the shape of a table, with no heading, label or title of a meeting and nothing
 *   said, decided or on an agenda, are a sign-up sheet's, a roster's or a rota's;
 * - a thread of pasted e-mails is correspondence, whatever it agrees or asks;
 * - an agenda with invitees only, no minutes, decisions or actions sections and nothing said or
 *   decided plans a meeting still to come.
 */
export function recordsAMeeting(f: MeetingFacts): boolean {
  // A thread of e-mails with no heading of what a meeting produced (minutes, decisions, actions, absentees) is correspondence.
  if (f.mailThread === true && !f.recordSections) return false;
  // A how-to ("How to chair the board meeting") with no date of a meeting tells how meetings go; it records none.
  if (f.dateFrom === null && f.title !== null && HOW_TO.test(f.title)) return false;
  const people = f.attendees.length > 0;
  if (f.dateFrom === null && !people && f.actions === 0 && f.decisions === 0 && f.agenda === 0 && f.notes === 0) return false;
  // No date anywhere, nobody named, nothing decided, done or said: an agenda alone is a template's or a plan's ("Approval of the minutes of [date]").
  if (f.dateFrom === null && !people && f.actions === 0 && f.decisions === 0 && f.spoken === 0) return false;
  const namedMeeting = f.title !== null && namesAMeeting(f.title);
  // A date line and nothing a meeting leaves (nobody, nothing on an agenda, decided, done or noted) under a title that names no meeting: a list's or a form's date.
  if (!people && f.actions === 0 && f.decisions === 0 && f.agenda === 0 && f.notes === 0 && f.spoken === 0 && !f.recordSections && !namedMeeting) return false;
  // An agenda, absentees and recorded speech belong to a meeting whatever else the page lacks.
  const meetingShaped = f.agenda > 0 || f.decisions > 0 || f.spoken > 0 || f.attendees.some((a) => a.present === false);
  if ((f.dateFrom === null || f.dateFrom === 'time') && !meetingShaped && !namedMeeting) return false;
  // People found only by the shape of a table (names with ticks), on a page that no heading, label or title marks as
  // a meeting's and where nothing was said, decided or set on an agenda: a sign-up sheet, a roster or a rota, whose
  // date is its event's or its week's.
  if (people && !f.peopleLabelled && !f.minutesHeadings && !namedMeeting && f.dateFrom !== 'label' && f.spoken === 0 && f.decisions === 0 && f.agenda === 0) return false;
  const invitedOnly = people && f.attendees.every((a) => a.present !== false && INVITED.test(a.group ?? ''));
  return !(f.agenda > 0 && invitedOnly && f.decisions === 0 && f.notes === 0 && !f.recordSections);
}
