import { MONTH_NAMES, wordsOf } from './vocabulary.js';

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
const FOREIGN_MONTHS = new Map<string, number>([...Object.values(MONTH_NAMES).flatMap((names) => names.map((name, i) => [name, i + 1] as [string, number])), ['setiembre', 9]]);
const FOREIGN_MONTH = `(${[...FOREIGN_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
/** "6 de noviembre de 2026", "14 oktober 2026", "1º de setembro de 2026", "8. März 2026". */
const FOREIGN_DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:\\.|º|°|er)?\\s+(?:de\\s+)?${FOREIGN_MONTH}(?:\\s+(?:de|del))?,?\\s+(\\d{4})(?!\\d)`, 'iu');

const ISO_DATE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;
/** "2019 07 31": year, month and day parted by spaces, as some committees title their minutes. */
const SPACED_DATE = /\b(\d{4}) (\d{2}) (\d{2})\b/;
/** "31/07/2019" or "07/31/2019": read only when one side cannot be a month. */
const SLASH_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/** "Aug 5", "5 August" without a year. */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\b\\.?(?!\\s*,?\\s*\\d{4})`, 'i');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d{4})(?![:.]\\d)`, 'i');

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
export function pageDateOrder(text: string, dayFirstLanguage: boolean): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)) {
    const a = +m[1]!;
    const b = +m[2]!;
    if (a > 12 && b <= 12) dayFirst += 1;
    else if (b > 12 && a <= 12) monthFirst += 1;
  }
  if (dayFirst > 0 && monthFirst === 0) return 'dmy';
  if (monthFirst > 0 && dayFirst === 0) return 'mdy';
  return dayFirst === 0 && dayFirstLanguage ? 'dmy' : null;
}

/**
 * The first unambiguous date in a text, as YYYY-MM-DD: 2024-01-25, 2024/01/25, 25 Jan 2024,
 * January 25, 2024, 25.01.2024 (day first, as Europeans write it). Slash forms like 01/02/2024
 * are ambiguous and ignored unless the page's `order` says how it writes them (see pageDateOrder).
 */
export function findDate(text: string, order: DateOrder | null = null): string | null {
  // Every form holds a run of four digits (the year); most table cells have none.
  if (!/\d{4}/.test(text)) return null;
  // A yyyy-mm-dd range or a time such as 2019-07-31T10:00 still starts with its date.
  const candidates: { index: number; value: string | null }[] = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => string | null): void => {
    const m = re.exec(text);
    if (m !== null) candidates.push({ index: m.index, value: make(m) });
  };
  add(ISO_DATE, (m) => iso(+m[1]!, +m[2]!, +m[3]!));
  add(DAY_MONTH_YEAR, (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!));
  add(MONTH_DAY_YEAR, (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!));
  add(DOTTED_DATE, (m) => iso(+m[3]!, +m[2]!, +m[1]!));
  add(FOREIGN_DAY_MONTH_YEAR, (m) => iso(+m[3]!, FOREIGN_MONTHS.get(m[2]!.toLowerCase()) ?? 0, +m[1]!));
  add(SPACED_DATE, (m) => iso(+m[1]!, +m[2]!, +m[3]!));
  add(SLASH_DATE, (m) => slashDate(m, order));
  const found = candidates.filter((c) => c.value !== null).sort((a, b) => a.index - b.index)[0];
  return found?.value ?? null;
}

/** A text that is nothing but a date. */
export function parseWholeDate(text: string, order: DateOrder | null = null): string | null {
  const t = text.trim();
  const date = findDate(t, order);
  if (date === null) return null;
  const stripped = t
    .replace(ISO_DATE, '')
    .replace(DAY_MONTH_YEAR, '')
    .replace(MONTH_DAY_YEAR, '')
    .replace(DOTTED_DATE, '')
    .replace(FOREIGN_DAY_MONTH_YEAR, '')
    .replace(SPACED_DATE, '')
    .replace(SLASH_DATE, '')
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*/i, '')
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
  return pick;
}

/** Words around a date that make it some other date than the meeting's: the next or previous meeting, a deadline, an event. */
export const NOT_THE_MEETING_DATE =
  /\b(next|previous|prior|last|upcoming|following|due|deadline|until|before|after|since|freeze|cut|minutes of|approved|accepted|cfp|conference|summit|event|days|expires?|expiry|renewal|launch|release date|ga|go-live|deliver(?:y|able)?|submission|held over|postponed|deferred|rescheduled|updated|created|modified|target|planned|forecast|review on)\b|\bby\s*$/i;

/** Words before a due date: English prepositions, and the due-date labels of every language of the vocabulary that are not plain "date" words. */
const DUE_CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...new Set(['on', 'before', 'until', 'till', 'no later than', 'not later than', ...wordsOf('due').filter((w) => !wordsOf('date').includes(w))])]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])\\s*:?\\s*(.+)$`,
  'iu',
);

/** Whether `words` (what a line writes before a date: "by", "due", "until") announce a due date. */
export function isDueCue(words: string): boolean {
  const cue = DUE_CUE.exec(`${words.trim()} x`);
  return cue !== null && cue.index === 0 && cue[1] === 'x';
}

/**
 * The due date a task's text gives: a date after "by", "due", "before", "until" or "deadline",
 * or one that ends the text ("… – 22/06/2022"); a date the task only talks about is not its due date.
 */
export function dueDateIn(text: string, year: number | null, order: DateOrder | null = null): string | null {
  const cue = DUE_CUE.exec(text);
  if (cue !== null) {
    const date = findDateInYear(cue[1]!, year, order);
    if (date !== null) return date;
  }
  const tail = /[-–—,:(]\s*([^-–—,:(]{4,30}?)\)?\s*\.?\s*$/.exec(text);
  return tail !== null ? findDateInYear(tail[1]!, year, order) : null;
}
