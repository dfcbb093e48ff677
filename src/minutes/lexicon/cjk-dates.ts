/**
 * Dates written the Chinese, Japanese and Korean way. Chinese and Japanese ("2024年3月12日",
 * "2024年3月12日（火）", era years such as "令和6年3月12日", Han numerals "二〇二四年三月十二日",
 * full-width digits) are read by chrono-node's ja and zh parsers; chrono-node has no Korean, so the
 * two Korean spellings ("2024년 3월 12일", "2024. 3. 12.") are read here. Only a date whose year,
 * month and day are all written counts: nothing is guessed from a clock (the reference is fixed).
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node/ja';

type Parse = typeof Chrono.parse;
/**
 * chrono-node is loaded on the first text that has 年 (and only its ja and zh parsers): most pages
 * never need it, and the CLI's bundle stays without it (its start-up reads the whole bundle).
 */
let parsers: { ja: Parse; zh: Parse } | undefined;
function chrono(): { ja: Parse; zh: Parse } {
  if (parsers === undefined) {
    const load = createRequire(import.meta.url);
    parsers = { ja: (load('chrono-node/ja') as { parse: Parse }).parse, zh: (load('chrono-node/zh') as { parse: Parse }).parse };
  }
  return parsers;
}

/** A date found in a text, where it starts and its YYYY-MM-DD value. */
export interface FoundDate {
  index: number;
  value: string;
}

const REFERENCE = new Date(Date.UTC(2000, 0, 1));
const KOREAN_WORDS = /(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/u;
/** "2024. 3. 12.": a dot and a space after each part ("2024.03.12" without spaces is read by dates.ts). */
const KOREAN_DOTS = /(?<![\d.])(\d{4})\.\s+(\d{1,2})\.\s+(\d{1,2})\.?(?![\d])/u;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function chronoDate(parse: Parse, text: string): FoundDate | null {
  for (const result of parse(text, REFERENCE)) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const value = iso(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
    if (value !== null) return { index: result.index, value };
  }
  return null;
}

/** The first date of the text in a CJK spelling, or null (cheap when the text has none: 年 or 년 must be there, or a dotted Korean date). */
export function findCjkDate(text: string): FoundDate | null {
  if (text.includes('年')) return chronoDate(chrono().ja, text) ?? chronoDate(chrono().zh, text);
  for (const re of [KOREAN_WORDS, KOREAN_DOTS]) {
    // Each opens with a look-behind tried at every position: first what it needs, 년 or a digit, dot and space.
    if (re === KOREAN_WORDS ? !text.includes('년') : !/\d\.\s/.test(text)) continue;
    const m = re.exec(text);
    if (m === null) continue;
    const value = iso(+m[1]!, +m[2]!, +m[3]!);
    if (value !== null) return { index: m.index, value };
  }
  return null;
}

const KOREAN_DAY_MONTH = /(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/u;

/** A month and day written the CJK way without a year ("4月12日まで", "4월 12일"), in the given year; null when there is none. */
export function findCjkDayMonth(text: string, year: number): string | null {
  if (/[月]/.test(text)) {
    for (const parse of [chrono().ja, chrono().zh]) {
      for (const result of parse(text, REFERENCE)) {
        const start = result.start;
        if (start.isCertain('month') && start.isCertain('day')) {
          const value = iso(year, start.get('month') ?? 0, start.get('day') ?? 0);
          if (value !== null) return value;
        }
      }
    }
  }
  const m = KOREAN_DAY_MONTH.exec(text);
  return m === null ? null : iso(year, +m[1]!, +m[2]!);
}
