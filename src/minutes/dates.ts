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

const ISO_DATE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

/**
 * The first unambiguous date in a text, as YYYY-MM-DD: 2024-01-25, 2024/01/25, 25 Jan 2024,
 * January 25, 2024, 25.01.2024 (day first, as Europeans write it). Slash forms like 01/02/2024
 * are ambiguous and ignored.
 */
export function findDate(text: string): string | null {
  // Every form holds a run of four digits (the year); most table cells have none.
  if (!/\d{4}/.test(text)) return null;
  const candidates: { index: number; value: string | null }[] = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => string | null): void => {
    const m = re.exec(text);
    if (m !== null) candidates.push({ index: m.index, value: make(m) });
  };
  add(ISO_DATE, (m) => iso(+m[1]!, +m[2]!, +m[3]!));
  add(DAY_MONTH_YEAR, (m) => iso(+m[3]!, monthNumber(m[2]!), +m[1]!));
  add(MONTH_DAY_YEAR, (m) => iso(+m[3]!, monthNumber(m[1]!), +m[2]!));
  add(DOTTED_DATE, (m) => iso(+m[3]!, +m[2]!, +m[1]!));
  const found = candidates.filter((c) => c.value !== null).sort((a, b) => a.index - b.index)[0];
  return found?.value ?? null;
}

/** A text that is nothing but a date. */
export function parseWholeDate(text: string): string | null {
  const t = text.trim();
  const date = findDate(t);
  if (date === null) return null;
  const stripped = t
    .replace(ISO_DATE, '')
    .replace(DAY_MONTH_YEAR, '')
    .replace(MONTH_DAY_YEAR, '')
    .replace(DOTTED_DATE, '')
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*/i, '')
    .trim();
  return stripped === '' ? date : null;
}
