import type { AnyNode, Element } from 'domhandler';
import { nodesText } from '../hub/table-cell-text.js';
import { childElementsNamed, elementsWhere, firstElementWhere, hasAncestor, isElement, textContent } from '../hub/hub-walk.js';
import type { HubPage } from './hub-page.js';
import type { PageBlock } from './page-blocks.js';
import { classifyHeading, type SectionKind } from './sections.js';
import { findDate, findDateInYear, findTitleDate, isMeetingDateLabel, NOT_THE_MEETING_DATE, pageDateOrder, parseWholeDate, withoutSectionNumber, type DateOrder } from './dates.js';
import { labelLinePattern, labelPattern, languagesOf, RECORD_WORDS } from './vocabulary.js';
import { linesOf } from './lines.js';
import { lazyRegExp } from './lazy-pattern.js';
import { WEEKDAY_NAMES } from './actions/weekday-data.js';

/** A block of the page with the section it sits in. */
export interface SectionedBlock extends PageBlock {
  section: SectionKind;
}

const isDatedTime = (el: Element): boolean => el.name === 'time' && el.attribs['datetime'] !== undefined;

/** The `datetime` of the first `time[datetime]` inside the element. */
export function datetimeIn(el: Element): string | undefined {
  return firstElementWhere(el.children, isDatedTime)?.attribs['datetime'];
}

/** "Date: …", "Datum: …", "Held on …": a line that gives the meeting's date (vocabulary.ts). */
const DATE_LABEL = lazyRegExp(() => labelLinePattern('date'));
const NEXT_MEETING = lazyRegExp(() => labelPattern('nextMeeting'));
/** "… held on Monday 3rd June", "… held in the Parish Room on Wednesday 11th March": the sentence says when this meeting was held. */
const HELD_ON = /\b(?:held\b[^.;:]{0,80}?\b(?:on|am|le|el|em|il|op)\s+|held\s+|meeting\s+(?:of|on)\s+)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?$/i;
const OTHER_MEETING = /\b(?:previous|prior|last|next|following|approved|accepted|adopted|ratified)\b/i;
/** Where the date of a line starts: a number of a date or a month's name; a CJK year ("2024年", "2024년", "令和6年", "二〇二四年"). */
const DATE_START = /\d{1,4}(?:st|nd|rd|th|º|°)?[\s/.\-_年년]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:令和|平成|昭和)|[〇零一二三四五六七八九]{4}年/i;

/** "Call date: 12 May", "Review held – Friday 26 April": the text after a label that names this meeting's date, or null. */
function afterMeetingDateLabel(line: string): string | null {
  const m = DATE_LABEL.exec(line);
  // "Date d'entrée en vigueur : 1er janvier": an English label word runs on into words that name another date.
  if (m !== null) return NOT_THE_MEETING_DATE.test(m[1]!.slice(0, Math.max(0, m[1]!.search(DATE_START)))) ? null : m[1]!;
  const labelled = /^\s*([^:\n]{2,40}?)\s*(?::|\s[–—-]\s)\s*(.*)$/s.exec(line);
  return labelled !== null && isMeetingDateLabel(labelled[1]!) ? labelled[2]! : null;
}

/** What a sentence may say was held for its date to be the meeting's: the meeting itself, the body that met, or its record ("Minutes of the Council held on …"). */
const HELD_SUBJECT = [
  lazyRegExp(() => labelPattern('meeting')),
  lazyRegExp(() => labelPattern('members')),
  lazyRegExp(() => labelPattern('minutes')),
  lazyRegExp(() => new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...RECORD_WORDS, 'agm', 'egm', 'general assembly', 'assembly'].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'iu')),
];

/** "Meeting held Tuesday 17 November 2026, 08:00, Room 3": a sentence anywhere that says when this meeting was held. */
function heldOnDate(written: string, order: DateOrder | null, year: number | null = null): string | null {
  if (!/\bheld\b|\bmeeting\s+(?:of|on)\b/i.test(written)) return null;
  // Its own sentence: "… Previous meeting 10 Nov." after it speaks of another meeting.
  const line = withoutSectionNumber(written).split(/(?<=[.;!?])\s+(?=\p{Lu})/u).find((sentence) => /\bheld\b|\bmeeting\s+(?:of|on)\b/i.test(sentence)) ?? '';
  const start = line.search(DATE_START);
  if (start < 0 || !HELD_ON.test(line.slice(0, start)) || OTHER_MEETING.test(line) || NEXT_MEETING.test(line)) return null;
  if (heldSomethingElse(line.slice(0, start))) return null;
  return findDateInYear(line.slice(start), year, order);
}

/**
 * "The summer race was held on 8 June", "Our fair was held Saturday …": the words before a date
 * say what was held, and it is no meeting, no body that meets and no record of one.
 */
function heldSomethingElse(before: string): boolean {
  const held = /\bheld\b/i.exec(before);
  if (held === null) return false;
  const subject = before.slice(0, held.index).replace(/^[\s\d.)(-]+/, '');
  return subject.trim() !== '' && !HELD_SUBJECT.some((pattern) => pattern.test(subject));
}


/** "Minutes of …" opening the page's title. */
const TITLE_RECORD_OF = /^\s*(?:the\s+)?minutes\s+of\s+/i;

/** A version number of three parts ("2.4.0", "v1.3.0-rc.1", "[0.9.12]") and what parts it from a date after it. */
const RELEASE_NUMBER = lazyRegExp(() => /(?<![\p{L}\p{N}.])\[?v?\d{1,3}\.\d{1,3}\.\d{1,3}(?:-[\w.]+)?\]?(?=\s*[–—(-]|\s+\d)\s*[–—(-]?\s*/u);

const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** "Tuesday, ", "Thu ", "Jeudi ": only the name of a day of the week (and its punctuation). */
function isWeekdayOnly(text: string): boolean {
  const word = text.replace(/[\s,.()]+/g, ' ').trim().toLowerCase();
  return word !== '' && !word.includes(' ') && WEEKDAYS.has(word);
}

/** The date of a line that is about the meeting: none on a line about the next meeting, a deadline or an event. */
export function dateOfLine(written: string, order: DateOrder | null): string | null {
  const line = withoutSectionNumber(written);
  const date = findDate(line, order);
  if (date === null || NEXT_MEETING.test(line)) return null;
  // "2.4.0 – 2025-03-01", "[1.3.0] - 2025-01-10": a release's number before its date (a changelog), no meeting's.
  const release = RELEASE_NUMBER.exec(line);
  if (release !== null && findDate(line.slice(release.index + release[0].length), order) === date) return null;
  const before = line.slice(0, Math.max(0, line.search(DATE_START)));
  // "Notes of the meeting held on Monday 3rd June": when this meeting was held, unless the line is about another one.
  if (HELD_ON.test(before)) {
    if (heldSomethingElse(before)) return null;
    if (!OTHER_MEETING.test(line)) return date;
  }
  // "Tuesday, 4 March …", "Jeudi 9 octobre …": a weekday's name is part of the date it opens.
  const startsWithDate = before.trim() === '' || /^\s*\(/.test(line) || isWeekdayOnly(before);
  return NOT_THE_MEETING_DATE.test(before) || (NOT_THE_MEETING_DATE.test(line.replace(/\(.*?\)/g, '')) && !startsWithDate) ? null : date;
}

/** "Date | <time>", "Meeting date | …", "Review meeting | …" rows of an info table (a page-properties table). */
function dateFromInfoTable(table: Element, order: DateOrder | null): string | null {
  for (const tr of elementsWhere(table.children, (el) => el.name === 'tr')) {
    const cells = tr.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));
    if (cells.length < 2) continue;
    const label = nodesText([cells[0]!]).trim();
    if (!isMeetingDateLabel(label)) continue;
    const time = datetimeIn(cells[1]!);
    const date = time !== undefined ? findDate(time) : findDate(nodesText([cells[1]!]), order);
    if (date !== null) return date;
  }
  return null;
}

/** The text of a block before this `<time>`, from the start of its sentence: what the date is said to be. */
function clauseBefore(time: Element): string {
  let block: Element = time;
  while (block.parent !== null && isElement(block.parent) && !['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div'].includes(block.name)) block = block.parent;
  let text = '';
  let reached = false;
  const walk = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (reached) return;
      if (node === time) {
        reached = true;
        return;
      }
      if (node.type === 'text') text += node.data;
      else if (isElement(node)) {
        if (isDatedTime(node)) text += ' ◊ ';
        walk(node.children);
      }
    }
  };
  walk([block]);
  // The clause starts after the last sentence end or the last other date.
  return text.split(/[.;!?]\s|◊/).pop() ?? text;
}

/** A `<time>` that states when this meeting is: not in a task or a table, not after words of another date. */
function isMeetingTime(time: Element): boolean {
  if (hasAncestor(time, (el) => (el.name === 'li' && el.attribs['data-task'] !== undefined) || el.name === 'table')) return false;
  const before = clauseBefore(time);
  return !NOT_THE_MEETING_DATE.test(before) && !NEXT_MEETING.test(before);
}

/** A line whose label gives the meeting's date and whose date is there (written or as a `<time>`). */
export function hasMeetingDateLine(blocks: readonly SectionedBlock[], order: DateOrder | null): boolean {
  return blocks.some((b) => {
    if (b.kind !== 'paragraph') return false;
    const rest = afterMeetingDateLabel(b.text);
    return rest !== null && b.text.length > rest.length && /[:\-–]/.test(b.text.slice(0, b.text.length - rest.length)) && findDate(rest + (firstElementWhere(b.element.children, (el) => el.name === 'time')?.attribs['datetime'] ?? ''), order) !== null;
  });
}

/** Where a meeting date was read: a label that names it, a heading or opening line, the title, the page's own date, a `<time>` in passing. */
export type DateSource = 'label' | 'text' | 'title' | 'page' | 'time';

/** The meeting date (see meetingDate) and where it was read. */
export function meetingDateFrom(page: HubPage, blocks: readonly SectionedBlock[], title: string | null, order: DateOrder | null, pageDate: string | null = null): { date: string | null; from: DateSource | null } {
  let from: DateSource | null = null;
  const date = meetingDate(page, blocks, title, order, pageDate, (source) => (from = source));
  const copied = date !== null && (from === 'label' || from === 'text') ? laterTitleDate(date, title, order) : null;
  if (copied !== null) return { date: copied, from: 'title' };
  return { date, from: date === null ? null : from };
}

/** The year a title names ("Guild minutes 2031", "FY2031 board"), or null. */
function yearOf(title: string | null): number | null {
  const found = title !== null ? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(title) : null;
  return found !== null ? Number(found[1]) : null;
}

/** How far on a copied page's title may be dated from the body date it left behind: a meeting series meets at least every two months. */
const COPY_GAP_DAYS = 62;

/**
 * A page copied from the last meeting's: its title was dated anew (a page's title must be unique, and
 * the meeting-notes templates put the date there), its body's Date still says last time's. The title's
 * full date, a few weeks after the body's, is the date of this meeting ("2031-10-09 Weekly" over
 * "Date: 2 October 2031"). A title dated before the body's, or far from it, names something else.
 */
function laterTitleDate(body: string, title: string | null, order: DateOrder | null): string | null {
  const titled = title !== null ? findTitleDate(title, order) : null;
  if (titled === null || titled <= body) return null;
  const days = (Date.parse(titled) - Date.parse(body)) / 86_400_000;
  return days <= COPY_GAP_DAYS ? titled : null;
}

/**
 * The meeting date, body first: a labelled date (a "Date:" line, a Date row or section, often a
 * `<time>`), then the first date of a heading or of the page's opening lines, in page order; then
 * the title; then the page's own date (front matter); then a `<time>` outside tasks and tables.
 * Dates of the next meeting, deadlines and events never count.
 */
export function meetingDate(
  page: HubPage,
  blocks: readonly SectionedBlock[],
  title: string | null,
  order: DateOrder | null,
  pageDate: string | null = null,
  readFrom: (source: DateSource) => void = () => undefined,
): string | null {
  const label = (date: string | null): string | null => {
    if (date !== null) readFrom('label');
    return date;
  };
  // "Meeting held 12 Nov", "Date: 12/11": a meeting date written without its year is in the year the title gives ("Guild minutes 2031").
  const year = yearOf(title);
  let fromText: string | null = null;
  let fromHeld: string | null = null;
  let fromListItem: string | null = null;
  let opening = true;
  for (const block of blocks) {
    if (block.kind === 'list' && fromListItem === null) {
      // A page that is one numbered list ("1. Date and place" / "Date: …") gives its date in an item.
      for (const li of childElementsNamed(block.element, 'li')) {
        for (const line of linesOf(li.children, true)) {
          const rest = afterMeetingDateLabel(line.text);
          if (rest !== null && fromListItem === null && !NEXT_MEETING.test(line.text)) fromListItem = findDate(rest, order);
        }
      }
    }
    if (block.kind === 'table') {
      const date = dateFromInfoTable(block.element, order);
      if (date !== null) return label(date);
    }
    if (block.kind !== 'paragraph' && block.kind !== 'heading') {
      if (block.kind !== 'other') opening = false;
      continue;
    }
    let lines = block.text.split('\n');
    // "Created: …" / "Date: …" one a line in Markdown (a Notion or Markdown export of properties) with soft breaks between them: each source line is a line of its own.
    if (block.kind === 'paragraph' && lines.length === 1 && textContent(block.element.children).includes('\n')) lines = linesOf(block.element.children, false, true).flatMap((l) => l.text.split('\n'));
    for (const line of lines) {
      const rest = afterMeetingDateLabel(line);
      if (rest !== null) {
        const time = lines.length === 1 || rest.trim() === '' ? datetimeIn(block.element) : undefined;
        const date = time !== undefined ? findDate(time) : NEXT_MEETING.test(line) ? null : findDateInYear(rest, year, order);
        if (date !== null) return label(date);
      }
    }
    if (block.kind === 'paragraph' && fromHeld === null) for (const line of lines) fromHeld ??= heldOnDate(line, order, year);
    if (block.section === 'date' && block.kind === 'paragraph') {
      const time = datetimeIn(block.element);
      const date = time !== undefined ? findDate(time) : parseWholeDate(block.text, order);
      if (date !== null) return label(date);
    }
    if (block.kind === 'heading') {
      const time = datetimeIn(block.element);
      // "Minutes of the Board, 4 March 2025" as the page's first block is its title: the record of this meeting, not the previous minutes an item approves.
      const text = block === blocks[0] ? block.text.replace(TITLE_RECORD_OF, '') : block.text;
      fromText ??= time !== undefined && isMeetingTime(firstElementWhere(block.element.children, isDatedTime)!) ? findDate(time) : dateOfLine(text, order);
      // A section closes the opening; a long heading that only says the page is minutes ("Board of Education – Regular Meeting Minutes") is its title.
      const kind = block.section;
      if (kind !== 'other' && kind !== 'date' && !(kind === 'minutes' && block.text.trim().split(/\s+/).length > 3)) opening = false;
    } else if (opening) {
      for (const line of lines) {
        if (/^[^:]{2,30}:/.test(line) && classifyHeading(line.split(':')[0]!) !== 'other') opening = false;
        if (!opening) break;
        // The first block written as a paragraph (a title pasted from a word processor, "Minutes of the Board, 4 March 2025") is the title as a heading would be.
        // "Sprint ended 3 May. Retro held on 6 May.": of a line's dates, the one it says the meeting was held on.
        fromText ??= heldOnDate(line, order) ?? dateOfLine(block === blocks[0] ? line.replace(TITLE_RECORD_OF, '') : line, order);
      }
    }
  }
  if (fromListItem !== null) return label(fromListItem);
  const fromTitle = fromText === null && fromHeld === null && title !== null ? findTitleDate(title, order) : null;
  const time = page.elements.times.find(isMeetingTime);
  // Past the page's opening, a sentence saying when the meeting was held comes before the title.
  const found: [string | null, DateSource][] = [[fromText, 'text'], [fromHeld, 'text'], [fromTitle, 'title'], [pageDate, 'page'], [time !== undefined ? findDate(time.attribs['datetime'] ?? '') : null, 'time']];
  for (const [date, source] of found) {
    if (date !== null) {
      readFrom(source);
      return date;
    }
  }
  return null;
}

/**
 * How the page writes its slash dates (see pageDateOrder): its labels (headings, "Label:" lines,
 * table header cells) tell its language when no date of the page settles it.
 */
export function dateOrderOf(page: HubPage, blocks: readonly SectionedBlock[]): DateOrder | null {
  const text = textContent(page.roots as AnyNode[]);
  if (!/\d[/-]\d{1,2}[/-]\d{4}|\d\/\d/.test(text)) return null;
  const labels = [
    ...blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    ...blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.text.split('\n').map((line) => /^([^:]{2,40}?)\s*:/.exec(line)?.[1] ?? '')),
    ...elementsWhere(page.roots, (el) => el.name === 'th').map((th) => textContent([th])),
  ];
  const language = languagesOf(labels)[0];
  return pageDateOrder(text, language !== undefined && language !== 'en' && language !== 'ja');
}

