import { wordsOf } from '../vocabulary.js';
import { WEEKDAY_NAMES } from './weekday-data.js';
import { lazyRegExp } from '../lazy-pattern.js';

/**
 * Who an action is for, when the page names more than one person or labels the owner:
 * "Ana & Ben", "Alma/Bogdan", "Dev and Caro" (each a person of the meeting), "Owner: Tessa",
 * "(Owner: Hana; due …)". The model keeps one `assignee` string: several owners are each
 * written by their full name, joined by ", ".
 */

type Resolve = (written: string) => string | null;

/** What parts two owners: "&", "/", "+", ",", "and" in the vocabulary's languages. */
const OWNER_SEPARATOR = /\s*(?:&|\/|\+|,|;)\s*|\s+(?:and|und|et|y|e|en|og|och|i)\s+/iu;
/** One person as owners are written: one to three capitalised words, or an @handle. */
const ONE_OWNER = lazyRegExp(() => /^@?[\p{Lu}][\p{L}\p{M}'’.-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’.-]+){0,2}$|^@[\p{L}][\p{L}\p{N}._-]+$/u);

/**
 * Several people written as one owner ("Ana & Ben", "Alma/Bogdan"): their names joined by ", "
 * when every part is a person the meeting knows; null for one person, or when any part is not
 * one (a team "R&D", "Sales and Marketing").
 */
export function severalOwners(written: string, resolve: Resolve): string | null {
  const parts = written.trim().split(OWNER_SEPARATOR).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 5) return null;
  const names: string[] = [];
  for (const part of parts) {
    if (!ONE_OWNER.test(part)) return null;
    const name = resolve(part.replace(/^@/, ''));
    if (name === null) return null;
    names.push(name);
  }
  return [...new Set(names)].join(', ');
}

/** One owner or several, as a cell or a label writes them: the attendee each names, else as written. */
/**
 * Names of the days of the week in the languages the vocabulary reads, from the runtime's CLDR data (`Intl`), in lower case.
 * Read when weekday-data.ts is written (`node --import tsx scripts/cldr-data.ts`), not at each start: 24 date formats
 * cost 25 ms of CPU and 10 MB of ICU's memory; a test checks the written names against the runtime's ICU.
 */
export function collectWeekdays(): string[] {
  return ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'da', 'sv', 'nb', 'pl', 'ru'].flatMap((locale) =>
    (['long', 'short'] as const).flatMap((weekday) => {
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      // 2024-01-01 was a Monday: seven days from it name each day once.
      return Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2024, 0, 1 + d)).toLocaleLowerCase(locale).replace(/\.$/, ''));
    }),
  );
}
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);

/** "Friday", "Mon": a day of the week written where an owner goes says when, not who (a weekday is nobody's name). */
function isWeekday(text: string): boolean {
  return WEEKDAYS.has(text.toLocaleLowerCase().replace(/^(?:next|this|by)\s+/, '').replace(/\.$/, ''));
}

export function ownersAsWritten(written: string, resolve: Resolve): string | null {
  const clean = written.replace(/^@/, '').replace(/[.;,]+$/, '').trim();
  if (clean === '' || isWeekday(clean)) return null;
  return resolve(clean) ?? severalOwners(clean, resolve) ?? clean;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Owner labels with a colon ("Owner:", "Assigned to:", "Verantwortlich:", "Responsable :"); not "by", which a due date uses. */
const OWNER_WORDS = wordsOf('owner').filter((w) => !['by', 'durch', 'door', 'lead', 'person'].includes(w));
const OWNER_LABEL = lazyRegExp(() => new RegExp(`(?:^|[\\s(\\[;,.|–—-])(?:${OWNER_WORDS.map(escape).join('|')})\\s*:\\s*([^.;,)\\]|–—]+?)\\s*(?=$|[.;,)\\]|–—]|\\s[-–—]\\s)`, 'iu'));

/** "… Owner: Tessa. Due: ASAP", "(Owner: Hana; due by next meeting)": the owner the line labels, or null. */
export function labelledOwner(line: string, resolve: Resolve): string | null {
  const m = OWNER_LABEL.exec(line);
  if (m === null) return null;
  const written = m[1]!.trim();
  if (!/^@?\p{Lu}/u.test(written) || written.split(/\s+/).length > 6) return null;
  return ownersAsWritten(written, resolve);
}

/**
 * "Owner: Ana Roe – send the figures": the owner's label, a person, a dash, then the task (not another label: "Owner:
 * Ana — Due: Fri" gives the details of an action). The line is a whole action, not a detail of the action before it.
 */
const OWNER_THEN_TASK = lazyRegExp(() => new RegExp(`^\\s*(?:${OWNER_WORDS.map(escape).join('|')})\\s*:\\s*@?\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,3}\\s+[–—-]\\s+(?![\\p{L} ]{1,20}:)\\p{L}`, 'iu'));

export function opensWithOwnerAndTask(line: string): boolean {
  return OWNER_THEN_TASK.test(line);
}

/** "Owner: Ana Roe – send the figures" as "Ana Roe – send the figures"; null for another line. */
export function ownerAndTask(line: string): string | null {
  return OWNER_THEN_TASK.test(line) ? line.slice(line.indexOf(':') + 1).trim() : null;
}

/** A line that is only a label of an action's owner, due date or status ("Owner: Kofi", "Due: 27/03/2026"). */
const DETAIL_LABEL = lazyRegExp(() => new RegExp(`^\\s*(?:${[...OWNER_WORDS, ...wordsOf('due'), ...wordsOf('status')].map(escape).join('|')})\\s*:\\s*\\S`, 'iu'));

export function isActionDetail(line: string): boolean {
  return DETAIL_LABEL.test(line) && !OWNER_THEN_TASK.test(line);
}
