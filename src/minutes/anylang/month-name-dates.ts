/**
 * Dates written with a month's name in any language CLDR knows (cldr-months.ts), in the three
 * orders languages use: day first ("12. märtsil 2024", "5 de juny de 2024", "12 במרץ 2024"), year
 * first ("2024 m. kovo 12 d.") and month first ("Marso 12, 2024"); and numeric dates with spaced
 * dots ("4. 6. 2024", day first). A year of the Buddhist era (2400–2700, as Thai pages write it)
 * is read as its Gregorian year.
 */
import { cldrMonths } from './cldr-months.js';
import { lazyRegExp } from '../lazy-pattern.js';

/** A found date: where it starts in the text, its YYYY-MM-DD and the text it spans. */
export interface FoundDate {
  index: number;
  value: string | null;
  length: number;
}

const WORD = String.raw`[\p{L}\p{M}][\p{L}\p{M}.’']*`;
/** Day, then one to three words (the month and the little words around it), then the year. */
const DAY_FIRST = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}.])(\d{1,2})\.?\s*(${WORD}(?:\s+${WORD}){0,2}),?\s+(\d{4})(?!\d)`, 'gu'));
/** Year (a case ending of up to three letters may be glued to it: Basque "2026ko"), then one to three words, then the day. */
const YEAR_FIRST = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])(\d{4})(?:\p{L}{1,3}(?=\s))?\.?\s*(${WORD}(?:\s+${WORD}){0,2})\s+(\d{1,2})(?![\d:])`, 'gu'));
/** Month, then day and year. */
const MONTH_FIRST = lazyRegExp(() => new RegExp(String.raw`(?<![\p{L}\p{M}])(${WORD})\s+(\d{1,2}),?\s+(\d{4})(?!\d)`, 'gu'));
/** "4. 6. 2024": day and month with dots and spaces. */
const SPACED_DOTS = /(?<![\d.])(\d{1,2})\.\s+(\d{1,2})\.\s*(\d{4})(?!\d)/u;
/**
 * What a text must hold for those patterns to match, looked for from its digits, which most text has few
 * of (each pattern's letters are a class the engine tests at every position): a number followed by a
 * word, as DAY_FIRST and YEAR_FIRST start; a day then a year after a space, as MONTH_FIRST ends.
 */
const NUMBER_THEN_WORD = lazyRegExp(() => /\d\.?\s*[\p{L}\p{M}]/u);
const DAY_THEN_YEAR = /\s\d{1,2},?\s+\d{4}(?!\d)/u;

function iso(year: number, month: number, day: number): string | null {
  const y = year >= 2400 && year <= 2700 ? year - 543 : year;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(y, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The month a word names: itself, with an ending of up to two letters ("märtsil"), or after a prefix letter CLDR glues to it ("במרץ"). */
function monthOfWord(written: string): number | null {
  const { months, connectors } = cldrMonths();
  const word = written.toLocaleLowerCase().replace(/[.’']+$/, '');
  const letters = [...word];
  for (let cut = 0; cut <= 2 && letters.length - cut >= 3; cut += 1) {
    const month = months.get(letters.slice(0, letters.length - cut).join(''));
    if (month !== undefined) return month;
  }
  for (const c of connectors) {
    if (word.length > c.length + 2 && word.startsWith(c)) {
      const month = months.get(word.slice(c.length));
      if (month !== undefined) return month;
    }
    // A connector CLDR writes right after the month, glued to it ("otsaila" + "ren": "otsailaren").
    if (c.length >= 2 && word.length > c.length + 2 && word.endsWith(c)) {
      const month = months.get(word.slice(0, -c.length));
      if (month !== undefined) return month;
    }
  }
  return null;
}

/** The month of a run of words: exactly one names a month, the others are CLDR's little words of dates. */
function monthOfWords(words: string): number | null {
  const { connectors } = cldrMonths();
  let month: number | null = null;
  for (const word of words.split(/\s+/)) {
    const lower = word.toLocaleLowerCase();
    if (connectors.includes(lower) || connectors.includes(lower.replace(/\.$/, ''))) continue;
    const m = monthOfWord(word);
    if (m === null || month !== null) return null;
    month = m;
  }
  return month;
}

/** Every date of the text written with a month's name in any language, or with spaced dots, in text order. */
export function monthNameDates(text: string): FoundDate[] {
  // Every form holds a year of four digits.
  if (!/\d{4}/.test(text)) return [];
  const found: FoundDate[] = [];
  if (NUMBER_THEN_WORD.test(text)) {
    for (const m of text.matchAll(DAY_FIRST)) {
      const month = monthOfWords(m[2]!);
      if (month !== null) found.push({ index: m.index, value: iso(+m[3]!, month, +m[1]!), length: m[0].length });
    }
    for (const m of text.matchAll(YEAR_FIRST)) {
      const month = monthOfWords(m[2]!);
      if (month !== null) found.push({ index: m.index, value: iso(+m[1]!, month, +m[3]!), length: m[0].length });
    }
  }
  if (DAY_THEN_YEAR.test(text)) {
    for (const m of text.matchAll(MONTH_FIRST)) {
      const month = monthOfWord(m[1]!);
      if (month !== null) found.push({ index: m.index, value: iso(+m[3]!, month, +m[2]!), length: m[0].length });
    }
  }
  const dots = SPACED_DOTS.exec(text);
  if (dots !== null) found.push({ index: dots.index, value: iso(+dots[3]!, +dots[2]!, +dots[1]!), length: dots[0].length });
  return found.sort((a, b) => a.index - b.index);
}

/** The first such date of the text, or null. */
export function firstMonthNameDate(text: string): FoundDate | null {
  return monthNameDates(text).find((d) => d.value !== null) ?? null;
}

/** The text without its dates of this kind (to tell whether a text is nothing but a date). */
export function withoutMonthNameDates(text: string): string {
  let rest = text;
  for (const d of monthNameDates(text).reverse()) rest = rest.slice(0, d.index) + rest.slice(d.index + d.length);
  return rest;
}
