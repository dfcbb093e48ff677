import type { ActionItem, Attendee } from '../../model/meeting.js';
import { JOB_NOUNS } from '../vocabulary.js';
import { lazyRegExp } from '../lazy-pattern.js';

/**
 * An action given to an office ("Clerk", "CFO", "Headteacher") goes to the person who holds it when
 * the page says who does: the attendee whose name it writes with that office after it ("Karen Roe
 * (Clerk)", "Raj Nair – CFO", "Ann Lee, Treasurer"). An office two attendees hold, or none, stays as
 * written; "Deputy Headteacher" is not "Headteacher".
 */

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Clerk to write…", "The Secretary will circulate…": a capitalised office of one to three words opens the task. */
const OFFICE_SUBJECT = lazyRegExp(() => /^(?:[Tt]he\s+)?(\p{L}[\p{L}-]*(?:\s+[\p{L}-]+){0,2})\s+(?:to|will|should|shall)\s+\p{Ll}/u);
let officeWord: RegExp | null = null;
/** "Book the hall – Chair": the office as the last part of the task. */
const OFFICE_AFTER = lazyRegExp(() => /\s[–—-]\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s*\.?$/u);

/** The offices written right after each attendee's name, lower case, to the name. */
function officesOf(pageText: string, names: readonly string[], people: ReadonlySet<string>): Map<string, Set<string>> {
  const holders = new Map<string, Set<string>>();
  for (const name of names) {
    const after = new RegExp(`${escape(name)}\\s*(?:\\(([^()]{2,80})\\)|[–—-]\\s*([^\\n()–—;]{2,60})|,\\s*([^\\n(),;]{2,40}))`, 'gu');
    for (const m of pageText.matchAll(after)) {
      // After a comma, only a capitalised title ("Ann Lee, Treasurer"): "Ann Lee, dmitri" lists the next person.
      if (m[3] !== undefined && !/^\p{Lu}/u.test(m[3])) continue;
      for (const part of (m[1] ?? m[2] ?? m[3]!).split(/\s*[,;/]\s*/)) {
        const office = part.trim().toLowerCase();
        // An office is a few words ("Chair", "Head of Internal Audit"), never a sentence nor someone's name.
        if (office === '' || office.split(/\s+/).length > 4 || people.has(office)) continue;
        if (!holders.has(office)) holders.set(office, new Set());
        holders.get(office)!.add(name);
      }
    }
  }
  return holders;
}

/**
 * The offices a table gives its people: in a row ("Treasurer | Ana Roe | Yes", "Site coordinator | Dr Bo Li")
 * whose cell is an attendee's name (titles before it allowed), each other short cell of words is an office
 * that person holds.
 */
function officesInRows(rows: readonly (readonly string[])[], names: readonly string[], people: ReadonlySet<string>, holders: Map<string, Set<string>>): void {
  for (const row of rows) {
    const cells = row.map((c) => c.replace(/\s+/g, ' ').trim());
    const name = names.find((n) => cells.some((c) => c === n || c.endsWith(` ${n}`)));
    if (name === undefined) continue;
    for (const cell of cells) {
      const office = cell.toLowerCase();
      if (cell === name || cell.endsWith(` ${name}`) || !/^\p{L}[\p{L} '’-]*$/u.test(cell) || office.split(' ').length > 4 || people.has(office)) continue;
      if (!holders.has(office)) holders.set(office, new Set());
      holders.get(office)!.add(name);
    }
  }
}

/** Words that make an office another one ("Vice Chair" is not the Chair), even written in capitals. */
const OTHER_OFFICE = /^(?:vice|deputy|assistant|associate|acting|interim|co|past|former|outgoing|incoming|honorary|junior|senior|sub)$/i;

/** The actions with each office-named assignee replaced by the one attendee who holds that office. */
export function assignOfficesToHolders(actions: ActionItem[], attendees: readonly Attendee[], pageText: () => string, tableRows: () => readonly (readonly string[])[] = () => []): void {
  const known = new Set(attendees.map((a) => a.name).filter((n): n is string => n !== null));
  const names = [...known].filter((n) => n.includes(' '));
  // Every attendee's name and each word of it: no office is called what a person is.
  const people = new Set([...known].flatMap((n) => [n.toLowerCase(), ...n.toLowerCase().split(/\s+/)]));
  // Cheap test first: most actions are already a person's (or nobody's).
  const officeNamed = actions.filter((a) => a.assignee !== null && !known.has(a.assignee) && !a.assignee.includes(',') && a.assignee.split(/\s+/).length <= 4);
  // "Clerk to write to…", "Book the hall – Chair": an office as the subject or the last part of a task left without an owner.
  const officeInText = actions.flatMap((a) => {
    if (a.assignee !== null) return [];
    const office = OFFICE_SUBJECT.exec(a.text)?.[1] ?? OFFICE_AFTER.exec(a.text)?.[1];
    // Only an office ("Chair", "Town Clerk"): "Acme to send the contract" gives the task to a company, not to its one attendee.
    return office === undefined || !(officeWord ??= new RegExp(`(?<![\\p{L}])(?:${JOB_NOUNS.join('|')})s?$`, 'iu')).test(office) ? [] : [{ action: a, office }];
  });
  if ((officeNamed.length === 0 && officeInText.length === 0) || names.length === 0) return;
  const text = pageText();
  const holders = officesOf(text, names, people);
  officesInRows(tableRows(), names, people, holders);
  // "IRB Chair", "PTA Treasurer": the body's acronym, in capitals on the page, before the office ("Parish Clerk" is an office of its own).
  const bodyAcronym = (word: string, office: string): boolean =>
    /^[\p{L}]{2,6}$/u.test(word) && [...text.matchAll(new RegExp(`(?<![\\p{L}])${word.toUpperCase()}\\s+([\\p{L} -]{1,40})`, 'gu'))].some((m) => m[1]!.toLowerCase().startsWith(office));
  const holder = (office: string): string | null => {
    const wanted = office.replace(/^the\s+/i, '').trim().toLowerCase();
    const who = holders.get(wanted);
    if (who !== undefined) return who.size === 1 ? [...who][0]! : null;
    // "Chair" for the "IRB Chair": the office with the acronym of whose it is before it, held by one person.
    const qualified = new Set([...holders].filter(([held]) => held.endsWith(` ${wanted}`) && held.split(' ').length === wanted.split(' ').length + 1 && !OTHER_OFFICE.test(held.split(' ')[0]!) && bodyAcronym(held.split(' ')[0]!, wanted)).flatMap(([, h]) => [...h]));
    return qualified.size === 1 ? [...qualified][0]! : null;
  };
  for (const action of officeNamed) action.assignee = holder(action.assignee!) ?? titledSurname(action.assignee!, names) ?? action.assignee;
  for (const { action, office } of officeInText) action.assignee = holder(office);
}

/**
 * "Asst. Chief Vega", "Senior Planner Mbeki", "Dr. Weiher": a title or office before a surname names the one
 * attendee with that surname, when none of the words before it is an attendee's first name ("Ana Vega" is not
 * "Marisol Vega").
 */
export function titledSurname(written: string, names: readonly string[]): string | null {
  const words = written.trim().split(/\s+/);
  if (words.length < 2 || !/^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(words[words.length - 1]!)) return null;
  const surname = words[words.length - 1]!.toLowerCase();
  const firstNames = new Set(names.map((n) => n.split(/\s+/)[0]!.toLowerCase()));
  if (words.slice(0, -1).some((w) => firstNames.has(w.toLowerCase()))) return null;
  const holders = names.filter((n) => n.toLowerCase().split(/\s+/).at(-1) === surname);
  return holders.length === 1 ? holders[0]! : null;
}

/**
 * A resolver of the handles the page writes beside its attendees' names ("Malin Ek (malin_e) -
 * Company", "Wen Jia (wenjh)"): an IRC or chat nick, one lower-case token in brackets right after
 * the name, stands for that attendee ("malin_e to file the bug"). Built on first use, once a page.
 */
export function handleResolver(attendees: readonly Attendee[], pageText: () => string): (written: string) => string | null {
  let handles: Map<string, string> | null = null;
  return (written) => {
    // Cheap test first: a handle is one token that starts in lower case.
    if (!/^\p{Ll}[\p{L}\p{N}._-]{1,30}$/u.test(written)) return null;
    if (handles === null) {
      handles = new Map();
      const text = pageText();
      const owners = new Map<string, Set<string>>();
      for (const name of attendees.map((a) => a.name).filter((n): n is string => n !== null && n.includes(' '))) {
        for (const m of text.matchAll(new RegExp(`${escape(name)}\\s*\\(\\s*@?(\\p{Ll}[\\p{L}\\p{N}._-]{1,30})\\s*\\)`, 'gu'))) {
          if (!owners.has(m[1]!)) owners.set(m[1]!, new Set());
          owners.get(m[1]!)!.add(name);
        }
      }
      for (const [handle, names] of owners) if (names.size === 1) handles.set(handle, [...names][0]!);
    }
    return handles.get(written) ?? null;
  };
}
