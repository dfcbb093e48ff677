/**
 * Languages added after the first lexicons (a folder of their own, to keep lexicon/ readable):
 * Bengali, Persian, Albanian, Basque, Irish, Georgian, Nepali and Filipino. Dates in their scripts' digits
 * read through anylang/digits.ts and their Gregorian month names through anylang/cldr-months.ts.
 */
import type { Lexicon } from '../lexicon.js';
import { bn } from './bn.js';
import { eu } from './eu.js';
import { fa } from './fa.js';
import { ga } from './ga.js';
import { ka } from './ka.js';
import { ne } from './ne.js';
import { sq } from './sq.js';
import { tl } from './tl.js';

export const MORE_LANGUAGES = ['bn', 'fa', 'sq', 'eu', 'ga', 'ka', 'ne', 'tl'] as const;

export const MORE_LEXICONS: Readonly<Record<(typeof MORE_LANGUAGES)[number], Lexicon>> = { bn, fa, sq, eu, ga, ka, ne, tl };
