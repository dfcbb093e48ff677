import { labelPattern, MONTH_NAMES, OTHER_DATE_WORDS, wordsOf, wordsPattern } from './vocabulary.js';
import { lexiconMonths, lexiconWords } from './lexicon/index.js';
import { asciiPunctuation } from './lexicon/punctuation.js';
import { findCjkDate, findCjkDayMonth } from './lexicon/cjk-dates.js';
import { firstMonthNameDate, withoutMonthNameDates } from './anylang/month-name-dates.js';
import { latinDigits } from './anylang/digits.js';
import { lazyRegExp } from './lazy-pattern.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Month names of the other languages of the vocabulary, to their number ("marzo" → 3, "setiembre" too). */
const FOREIGN_MONTHS = new Map<string, number>([...Object.values(MONTH_NAMES).flatMap((names) => names.map((name, i) => [name, i + 1] as [string, number])), ['setiembre', 9], ...lexiconMonths()]);
const FOREIGN_MONTH = `(${[...FOREIGN_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
/** "6 de noviembre de 2026", "14 oktober 2026", "1º de setembro de 2026", "8. März 2026". */
const FOREIGN_DAY_MONTH_YEAR = lazyRegExp(() => new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|º|°|er)?\\s+(?:de\\s+)?${FOREIGN_MONTH}(?:\\s+(?:de|del))?,?\\s+(\\d{4})(?!\\d)`, 'iu'));

/** "2025-06-03", "2025/06/03", "2025.06.03", "notes_2025_06_03" (an underscore joins words, so no \\b). */
const ISO_DATE = lazyRegExp(() => /(?<![\p{L}\p{N}])(\d{4})([-/._])(\d{1,2})\2(\d{1,2})(?!\d)/u);
/** "9 March 2025", "9th of March, 2025", "07-Mar-2025". */
const DAY_MONTH_YEAR = lazyRegExp(() => new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH}\\.?,?[\\s-]+(\\d{4})\\b`, 'i'));
/** "March 9, 2025", "Mar-09-2025", "March 9th 2025". */
const MONTH_DAY_YEAR = lazyRegExp(() => new RegExp(`\\b${MONTH}\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s-]+(\\d{4})\\b`, 'i'));
/** "2025 March 9", "2025-Mar-09": the year first, the month in words. */
const YEAR_MONTH_DAY = lazyRegExp(() => new RegExp(`\\b(\\d{4})[\\s-]+${MONTH}\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![:.]\\d)`, 'i'));
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
/** "16.02.26": day, month and a two-digit year of this century, each of two digits, with dots (not "1.2.26" nor "2.13.6", which are versions). */
const SHORT_DOTTED_DATE = lazyRegExp(() => /(?<![\d.\p{L}])(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(\d{2})(?![\d.]\d|\d)/u);
/** "2019 07 31": year, month and day parted by spaces, as some committees title their minutes. */
const SPACED_DATE = /\b(\d{4}) (\d{2}) (\d{2})\b/;
/** "2025年3月4日", "2025年 3月 4日（火）": year, month and day with their CJK counters. */
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
/** "令和7年3月4日", "平成31年4月1日": a Japanese era year (元 is its first), month and day. */
const ERA_DATE = /(令和|平成|昭和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const ERA_START: Readonly<Record<string, number>> = { 令和: 2019, 平成: 1989, 昭和: 1926 };
/** "31/07/2019" or "07/31/2019": read only when one side cannot be a month. */
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** "12-03-2024": day and month with hyphens, as Dutch and Scandinavian pages write them; read as a slash date. */
const DASHED_DATE = /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/;
/** "Aug 5", "5 August" without a year. */
/** "15 avril", "1. März", "3 de mayo": a day and a month of another language, no year. */
const FOREIGN_DAY_MONTH = lazyRegExp(() => new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|º|°|er)?\\s+(?:de\\s+)?${FOREIGN_MONTH}(?![\\p{L}])(?!\\s*,?\\s*(?:de\\s+)?\\d{4})`, 'iu'));
const DAY_MONTH = lazyRegExp(() => new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)${MONTH}\\b\\.?(?!\\s*,?\\s*\\d{4})`, 'i'));
const MONTH_DAY = lazyRegExp(() => new RegExp(`\\b${MONTH}\\.?(?:\\s+|-)(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})(?![:.]\\d)`, 'i'));

/** Which way a page writes its slash dates: day first ("31/07/2019") or month first ("07/31/2019"). */
export type DateOrder = 'dmy' | 'mdy';

function slashDate(m: RegExpExecArray, order: DateOrder | null): string | null {
  const a = +m[1]!;
  const b = +m[2]!;
  if (a > 12 && b <= 12) return iso(+m[3]!, b, a);
  if (b > 12 && a <= 12) return iso(+m[3]!, a, b);
  if (order === 'dmy') return iso(+m[3]!, b, a);
  if (order === 'mdy') return iso(+m[3]!, a, b);
  return null;
}

/**
 * The way a page writes its slash dates, from the page itself: a slash date that can only be read
 * one way ("17/04/2025") tells how to read the ambiguous ones ("03/04/2025") of the same page.
 * Without such a date, a page whose labels are in a language that writes the day first (all those
 * of the vocabulary but English) reads day first; otherwise null (an ambiguous date stays unread).
 */
/** "29.01.26", "29.01.2026": a date written with dots, which puts the day first wherever it is used. */
const DOTTED_DAY_FIRST = /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2}|\d{4})(?![\d.])/;

/** "2 May 2030", "May 2, 2030" in a page's text, where cells run together ("2 May 2030Attendees"): no word boundary after the year. */
const DAY_BEFORE_MONTH = lazyRegExp(() => new RegExp(`(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH}\\.?,?[\\s-]+\\d{4}(?!\\d)`, 'iu'));
const MONTH_BEFORE_DAY = lazyRegExp(() => new RegExp(`(?<![\\p{L}\\d])${MONTH}\\.?[\\s-]+\\d{1,2}(?:st|nd|rd|th)?,?[\\s-]+\\d{4}(?!\\d)`, 'iu'));

export function pageDateOrder(text: string, dayFirstLanguage: boolean): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  // Table cells run together in the page text ("AP22/04/2026"): no word boundary is needed before the day.
  for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?!\d)/g)) {
    const a = +m[1]!;
    const b = +m[3]!;
    if (a > 12 && b <= 12) dayFirst += 1;
    else if (b > 12 && a <= 12) monthFirst += 1;
  }
  // No full date settles it: days and months without a year ("ETA 19/11 06:00", "due 11/30") do, all one way ("24/7" is a phrase).
  if (dayFirst === 0 && monthFirst === 0 && text.includes('/')) {
    for (const m of text.matchAll(/(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/])/g)) {
      const a = +m[1]!;
      const b = +m[2]!;
      if (a === 24 && b === 7) continue;
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst += 1;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst += 1;
    }
  }
  if (dayFirst > 0 && monthFirst === 0) return 'dmy';
  if (monthFirst > 0 && dayFirst === 0) return 'mdy';
  // No slash date settles it: the page's written dates do ("29 January 2026" and "29.01.26" put the day first, "January 29, 2026" the month).
  if (dayFirst === 0 && monthFirst === 0) {
    const dayFirstWritten = [DAY_BEFORE_MONTH, DOTTED_DAY_FIRST].some((pattern) => pattern.test(text));
    const monthFirstWritten = MONTH_BEFORE_DAY.test(text);
    if (dayFirstWritten !== monthFirstWritten) return dayFirstWritten ? 'dmy' : 'mdy';
  }
  return dayFirst === 0 && dayFirstLanguage ? 'dmy' : null;
}

/**
 * The first unambiguous date in a text, as YYYY-MM-DD: 2024-01-25, 2024/01/25, 25 Jan 2024,
 * January 25, 2024, 25.01.2024 (day first, as Europeans write it). Slash forms like 01/02/2024
 * are ambiguous and ignored unless the page's `order` says how it writes them (see pageDateOrder).
 */
export function findDate(written: string, order: DateOrder | null = null): string | null {
  // Full-width digits ("２０２５年３月４日") are digits; an era year ("令和7年") is a year.
  const text = latinDigits(/[０-９]/.test(written) ? written.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : written);
  if (text.includes('年')) {
    const era = ERA_DATE.exec(text);
    if (era !== null) return iso(ERA_START[era[1]!]! + (era[2] === '元' ? 1 : +era[2]!) - 1, +era[3]!, +era[4]!);
  }
  // Every other form holds a run of four digits (the year); most table cells have none.
  if (!/\d{4}|年/.test(text) && !SHORT_DOTTED_DATE.test(text)) return null;
  // A yyyy-mm-dd range or a time such as 2019-07-31T10:00 still starts with its date.
  const candidates: { index: number; value: string | null }[] = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => string | null): void => {
    const m = re.exec(text);
    if (m !== null) candidates.push({ index: m.index, value: make(m) });
  };
  add(ISO_DATE, (m) => iso(+m[1]!, +m[3]!, +m[4]!));
  add(YEAR_MONTH_DAY, (m) => iso(+m[1]!, monthNumber(m[2]!), +m[3]!));
  add(DAY_MONTH_YEAR, (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!));
  add(MONTH_DAY_YEAR, (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!));
  add(DOTTED_DATE, (m) => iso(+m[3]!, +m[2]!, +m[1]!));
  add(SHORT_DOTTED_DATE, (m) => iso(2000 + +m[3]!, +m[2]!, +m[1]!));
  add(FOREIGN_DAY_MONTH_YEAR, (m) => iso(+m[3]!, FOREIGN_MONTHS.get(m[2]!.toLowerCase()) ?? 0, +m[1]!));
  add(SPACED_DATE, (m) => iso(+m[1]!, +m[2]!, +m[3]!));
  add(SLASH_DATE, (m) => slashDate(m, order));
  add(DASHED_DATE, (m) => slashDate(m, order));
  const cjk = findCjkDate(text);
  if (cjk !== null) candidates.push(cjk);
  add(CJK_DATE, (m) => iso(+m[1]!, +m[2]!, +m[3]!));
  // A month's name in any language CLDR knows ("12. märtsil 2024", "2024 m. kovo 12 d."), after the forms above at the same place;
  // looked for only where it could come first (no date found, or a number before the first one), so most pages never load CLDR's names.
  const earliest = Math.min(...candidates.filter((c) => c.value !== null).map((c) => c.index));
  if (!Number.isFinite(earliest) || /\d/.test(text.slice(0, earliest))) {
    const named = firstMonthNameDate(text);
    if (named !== null) candidates.push(named);
  }
  const found = candidates.filter((c) => c.value !== null).sort((a, b) => a.index - b.index)[0];
  return found?.value ?? null;
}

/** A text that is nothing but a date. */
export function parseWholeDate(text: string, order: DateOrder | null = null): string | null {
  const t = text.trim();
  const date = findDate(t, order);
  if (date === null) return null;
  const stripped = withoutMonthNameDates(latinDigits(t))
    .replace(ISO_DATE, '')
    .replace(YEAR_MONTH_DAY, '')
    .replace(DAY_MONTH_YEAR, '')
    .replace(MONTH_DAY_YEAR, '')
    .replace(DOTTED_DATE, '')
    .replace(FOREIGN_DAY_MONTH_YEAR, '')
    .replace(SPACED_DATE, '')
    .replace(SLASH_DATE, '')
    .replace(DASHED_DATE, '')
    .replace(CJK_DATE, '')
    .replace(ERA_DATE, '')
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*/i, '')
    .replace(/^[（(][月火水木金土日][）)]$/u, '')
    .trim();
  return stripped === '' ? date : null;
}

/** A date in the text, or a day and month without a year ("by Aug 5") taken in the given year. */
export function findDateInYear(text: string, year: number | null, order: DateOrder | null = null): string | null {
  const full = findDate(text, order);
  if (full !== null || year === null) return full;
  const dm = DAY_MONTH.exec(text);
  const md = MONTH_DAY.exec(text);
  const pick = dm !== null && (md === null || dm.index <= md.index) ? iso(year, monthNumber(dm[2]!), +dm[1]!) : md !== null ? iso(year, monthNumber(md[1]!), +md[2]!) : null;
  const foreign = pick === null ? FOREIGN_DAY_MONTH.exec(text) : null;
  return pick ?? (foreign !== null ? iso(year, FOREIGN_MONTHS.get(foreign[2]!.toLowerCase())!, +foreign[1]!) : null) ?? slashDayMonth(text, year, order) ?? dottedShortYear(text, year) ?? dottedDayMonth(text, year) ?? findCjkDayMonth(text, year);
}

/** "31.03.26": day, month and a two-digit year, dotted; the year in the meeting's century (a due date, not a version "1.2.3"). */
function dottedShortYear(text: string, year: number): string | null {
  const m = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/.exec(text);
  return m === null ? null : iso(year - (year % 100) + +m[3]!, +m[2]!, +m[1]!);
}

/** "bis 12.3.", "deadline 12.03.", "T: 8. 4.": day, dot, month, dot, no year, as German, Nordic and Czech pages write a date of this year. */
function dottedDayMonth(text: string, year: number): string | null {
  const m = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?!\d|\s\d{4})/.exec(text);
  return m === null ? null : iso(year, +m[2]!, +m[1]!);
}

/**
 * "by 3/14", "due 14/3": a day and a month parted by a slash, no year. Read the way the page writes its
 * slash dates, else when one of the numbers can only be a day; "3/4" on a page that says neither is left unread.
 */
function slashDayMonth(text: string, year: number, order: DateOrder | null): string | null {
  const m = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/]|\.\d)/.exec(text);
  if (m === null) return null;
  const [a, b] = [+m[1]!, +m[2]!];
  const dayFirst = order === 'dmy' || (order === null && a > 12 && b <= 12);
  const monthFirst = order === 'mdy' || (order === null && b > 12 && a <= 12);
  return dayFirst ? iso(year, b, a) : monthFirst ? iso(year, a, b) : null;
}

/**
 * Words around a date that make it some other date than the meeting's: the next or previous meeting, a deadline, an event
 * (vocabulary.ts; whole words in any script: "Créé le" ends in a letter \\b does not know). A date written right after a
 * version's word ("Version 2024.03.12", "v2024.03.12") numbers a version.
 */
export const NOT_THE_MEETING_DATE = lazyRegExp(() => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${OTHER_DATE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}_])|\\bby\\s*$|\\b(?:version|versión|versione|versão|release|build|ver\\.?|v)\\s*$|${wordsPattern(lexiconWords('otherDateWords')).source}`, 'iu'));

/** A date in a page title: any form findDate reads, or the digits run together ("notes-20250603"). */
export function findTitleDate(title: string, order: DateOrder | null = null): string | null {
  const date = findDate(title, order);
  if (date !== null) return date;
  const compact = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(title);
  return compact !== null ? iso(+compact[1]!, +compact[2]!, +compact[3]!) : null;
}

const MONTH_START = lazyRegExp(() => new RegExp(`^(?:${MONTH}|${FOREIGN_MONTH})(?![\\p{L}])`, 'iu'));

/** "3. Minutes of the meeting of 4 June", "24/049 Apologies": a line without the number of its section or minute. */
export function withoutSectionNumber(line: string): string {
  const m = /^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}\/\d{1,4})\s+(?=\p{L})/u.exec(line);
  if (m === null) return line;
  const rest = line.slice(m[0].length);
  // "8. März 2026", "1. June 2021" are dates, not numbered sections.
  return MONTH_START.test(rest) ? line : rest;
}

const DATE_WORD = lazyRegExp(() => labelPattern('date'));
const MEETING_WORD = lazyRegExp(() => labelPattern('meeting'));
const DATE_LABEL_WHOLE = lazyRegExp(() => labelPattern('date', true));
const NEXT_OR_OTHER = lazyRegExp(() => labelPattern('nextMeeting'));
/** DATE_WORD and MEETING_WORD, global: each vocabulary pattern is compiled once, not at every label. */
const NAMING_WORDS = [DATE_WORD, MEETING_WORD].map((pattern) => lazyRegExp(() => new RegExp(pattern.source, 'giu')));
const TIME_WORD = /^(?:time|times|hour|hours|utc|gmt|cet|cest|local|uhrzeit|zeit|heure|hora|horario|horário|ora|orario|tijd|tijdstip|start|and|&|of|the|de|du|la|el|del|da|do|der|des|van|het|di|della|et|y|e|en|und|und)$/i;

/**
 * A label that names this meeting's date: a date word alone ("Date", "When", "Datum"), or with the
 * meeting's own nouns ("Meeting date", "Call date", "Date of the meeting", "Review held"), or a
 * meeting's noun alone when its value is a date ("Review meeting", "Planning session"). A label of
 * another date ("Incident date", "Next meeting", "Contract renewal", "Created") is not.
 */
export function isMeetingDateLabel(label: string): boolean {
  const text = label.replace(/\([^)]*\)/g, ' ').replace(/[:：]\s*$/, '').trim();
  if (text === '' || text.length > 40) return false;
  // Every label this says yes to holds a date or meeting word (a whole date label holds a date word): most labels hold neither.
  if (!DATE_WORD.test(text) && !MEETING_WORD.test(text)) return false;
  if (DATE_LABEL_WHOLE.test(text)) return true;
  if (NEXT_OR_OTHER.test(text) || NOT_THE_MEETING_DATE.test(text)) return false;
  let rest = text;
  let named = false;
  for (const global of NAMING_WORDS) {
    global.lastIndex = 0;
    if (global.test(rest)) named = true;
    rest = rest.replace(global, ' ');
  }
  if (!named) return false;
  return rest.split(/[\s/,·•|-]+/).every((word) => word === '' || TIME_WORD.test(word));
}

/** Words before a due date: English prepositions, those of the lexicons, and the due-date labels of every language of the vocabulary that are not plain "date" words. */
const DUE_CUE = lazyRegExp(() => new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set(['on', 'before', 'until', 'till', 'no later than', 'not later than', 'eta', ...lexiconWords('dueCues'), ...wordsOf('due').filter((w) => !wordsOf('date').includes(w))])]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])\\s*:?\\s*(.+)$`,
  'iu',
));

/** Whether `words` (what a line writes before a date: "by", "due", "until") announce a due date. */
export function isDueCue(words: string): boolean {
  const cue = DUE_CUE.exec(`${words.trim()} x`);
  return cue !== null && cue.index === 0 && cue[1] === 'x';
}

/**
 * The due date a task's text gives: a date after "by", "due", "before", "until" or "deadline",
 * or one that ends the text ("… – 22/06/2022"); a date the task only talks about is not its due date.
 */
export function dueDateIn(written: string, year: number | null, order: DateOrder | null = null): string | null {
  const text = asciiPunctuation(written);
  const cue = DUE_CUE.exec(text);
  // "the key that expired on 1 May", "released on …": "on" after a verb in the past dates what happened, not what is due.
  if (cue !== null && /^on\b/i.test(cue[0]) && /\p{L}{2,}ed\s*$/u.test(text.slice(0, cue.index))) return null;
  if (cue !== null) {
    const date = findDateInYear(cue[1]!, year, order);
    if (date !== null) return date;
  }
  // The last part of the text after a dash, comma, colon or parenthesis; a hyphen inside "14-Mar-2025" parts nothing.
  const tail = /(?:\s[-–—]\s|[–—,:(])\s*([^–—,:(]{4,30}?)\)?\s*\.?\s*$/.exec(text);
  return tail !== null ? findDateInYear(tail[1]!, year, order) : null;
}

/**
 * A due date read without a year was taken in the meeting's year: "by 10 Jan" written at a meeting of
 * 12 December is due the next January, not eleven months before the meeting. A date the text writes with
 * its year stays as written; a yearless date more than half a year before the meeting moves a year on.
 */
export function dueInMeetingsYear(due: string | null, text: string, meetingDate: string | null): string | null {
  if (due === null || meetingDate === null || due.slice(0, 4) !== meetingDate.slice(0, 4)) return due;
  if (new RegExp(`(?<!\\d)${due.slice(0, 4)}(?!\\d)|['’/.-]${due.slice(2, 4)}(?!\\d)`).test(text)) return due;
  const days = (Date.parse(meetingDate) - Date.parse(due)) / 86_400_000;
  return days > 183 ? `${Number(due.slice(0, 4)) + 1}${due.slice(4)}` : due;
}
