/**
 * The languages of minutes beyond those vocabulary.ts lists word by word, one file each, and the
 * words those first languages gained (roles.ts). vocabulary.ts reads them through `lexiconOf`.
 */
import { ar } from './ar.js';
import { da } from './da.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { he } from './he.js';
import type { Lexicon } from './lexicon.js';
import { nb } from './nb.js';
import { pl } from './pl.js';
import { roles } from './roles.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import { zh } from './zh.js';
import { cs } from './cs.js';
import { el } from './el.js';
import { fi } from './fi.js';
import { hu } from './hu.js';
import { id } from './id.js';
import { tr } from './tr.js';
import { vi } from './vi.js';
import { MORE_LANGUAGES, MORE_LEXICONS } from './more/index.js';

export type { Lexicon } from './lexicon.js';

/** The languages read from a lexicon file only (ISO 639-1 codes; zh is both scripts). */
export const LEXICON_LANGUAGES = ['sv', 'da', 'nb', 'pl', 'ru', 'ja', 'zh', 'ko', 'ar', 'he', 'cs', 'fi', 'hu', 'tr', 'id', 'el', 'vi', ...MORE_LANGUAGES] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

const LEXICONS: Readonly<Record<string, Lexicon>> = { sv, da, nb, pl, ru, ja, zh, ko, ar, he, cs, fi, hu, tr, id, el, vi, ...MORE_LEXICONS, ...roles };

/** The lexicon of a language (a language of vocabulary.ts has only the words roles.ts adds), or undefined. */
export function lexiconOf(language: string): Lexicon | undefined {
  return LEXICONS[language];
}

/** Every lexicon's entries of one list, all languages together. */
export function lexiconWords(list: 'recordWords' | 'invitationWords' | 'otherDateWords' | 'actionMarkers' | 'roleNouns' | 'dueCues'): string[] {
  return Object.values(LEXICONS).flatMap((lexicon) => lexicon[list] ?? []);
}

/** Month names of the lexicons, each spelling with its month's number. */
export function lexiconMonths(): [string, number][] {
  return Object.values(LEXICONS).flatMap((lexicon) => (lexicon.months ?? []).flatMap((spellings, i) => spellings.map((name) => [name, i + 1] as [string, number])));
}
