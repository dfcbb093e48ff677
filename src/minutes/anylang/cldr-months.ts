/**
 * Month names of every language the runtime's ICU knows (CLDR, through `Intl.DateTimeFormat`), so
 * that a date written with a month's name reads in a language no word list of ours covers. Each
 * month is taken in its stand-alone form ("березень"), its form inside a date ("березня") and its
 * short form; the little words CLDR writes around the parts of a date ("de", "m.", "г.", a
 * prefix letter glued to the month) are gathered too, to be skipped between day, month and year.
 */

import { CLDR_CONNECTORS, CLDR_MONTHS } from './cldr-data.js';
import { lazyRegExp } from '../lazy-pattern.js';

/** Languages (BCP 47) whose Gregorian month names are read; a few regional variants name months differently. */
const LOCALES = [
  'af', 'am', 'ar', 'ar-SY', 'ar-IQ', 'as', 'az', 'be', 'bg', 'bn', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fa', 'fi', 'fil', 'fo', 'fr',
  'ga', 'gd', 'gl', 'gu', 'ha', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'ig', 'is', 'it', 'ja', 'ka', 'kk', 'km', 'kn', 'ko', 'ku', 'ky', 'lb', 'lo', 'lt', 'lv', 'mk',
  'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'nb', 'ne', 'nl', 'nn', 'or', 'pa', 'pl', 'ps', 'pt', 'rm', 'ro', 'ru', 'rw', 'sd', 'si', 'sk', 'sl', 'so', 'sq', 'sr',
  'sr-Latn', 'sv', 'sw', 'ta', 'te', 'tg', 'th', 'ti', 'tk', 'tr', 'tt', 'ug', 'uk', 'ur', 'uz', 'vi', 'wo', 'xh', 'yo', 'zu',
];

const LETTERS = lazyRegExp(() => /[\p{L}\p{M}]/u);

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
  } catch {
    return null;
  }
}

/** A month's spelling as it is matched: lower case, without a closing dot. */
const spelling = (written: string): string => written.toLocaleLowerCase().replace(/\.$/, '').trim();

export interface CldrMonths {
  /** Each spelling of a month with its number (1–12); a spelling that names two months in two languages is left out. */
  months: ReadonlyMap<string, number>;
  /** Words written between the parts of a date ("de", "m.", "г.", "ב"). */
  connectors: readonly string[];
}

/**
 * The tables read from the runtime's ICU: about 400 date formats of 96 languages, 0.3 s of CPU and
 * 30 MB of ICU's memory that stays with the process. So they are read once, when the data module
 * is written (`node --import tsx scripts/cldr-data.ts`, cldr-data.ts), not at run time; a test
 * checks the written tables against the runtime's ICU when it is the one they were read from.
 */
export function collectCldrMonths(): CldrMonths {
  const months = new Map<string, number>();
  const ambiguous = new Set<string>();
  const connectors = new Set<string>();
  const add = (name: string, month: number): void => {
    const key = spelling(name);
    // One or two letters (or digits, where a locale writes months as numbers) are no name.
    if ([...key].filter((c) => LETTERS.test(c)).length < 3 || /\d/.test(key)) return;
    const known = months.get(key);
    if (known !== undefined && known !== month) ambiguous.add(key);
    else months.set(key, month);
  };
  const connector = (literal: string): void => {
    for (const word of literal.split(/[\s,]+/)) {
      if (word !== '' && LETTERS.test(word) && !/\d/.test(word) && [...word].length <= 4) connectors.add(word.toLocaleLowerCase());
    }
  };
  for (const locale of LOCALES) {
    const standalone = format(locale, { month: 'long' });
    const short = format(locale, { month: 'short' });
    const inDate = format(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const shortInDate = format(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    if (standalone === null || short === null || inDate === null || shortInDate === null) continue;
    for (let m = 1; m <= 12; m += 1) {
      const date = new Date(Date.UTC(2001, m - 1, 15));
      add(standalone.format(date), m);
      add(short.format(date), m);
      for (const parts of [inDate.formatToParts(date), shortInDate.formatToParts(date)]) {
        for (const part of parts) {
          if (part.type === 'literal') connector(part.value);
          if (part.type !== 'month') continue;
          // "de març": the month is the last word, the words before it join it to the day.
          const words = part.value.split(/\s+/);
          add(words[words.length - 1]!, m);
          connector(words.slice(0, -1).join(' '));
        }
      }
    }
  }
  for (const key of ambiguous) months.delete(key);
  return { months, connectors: [...connectors] };
}

let cached: CldrMonths | null = null;

/** The month names and date connectors of every language ICU knows (cldr-data.ts, made into a map on first use). */
export function cldrMonths(): CldrMonths {
  cached ??= { months: new Map(CLDR_MONTHS), connectors: CLDR_CONNECTORS };
  return cached;
}
