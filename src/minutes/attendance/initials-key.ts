/**
 * People written by their initials only ("In attendance: AR, BL; Regrets: CD"), named through a key
 * elsewhere on the page that gives each full name with its initials in brackets ("Ana Roe (AR)").
 * The initials must be those of the name's words (every word, or the first and the last), and stand
 * for one name only; initials the key does not give stay as they were.
 */
import type { Attendee } from '../../model/meeting.js';
import { lazyRegExp } from '../lazy-pattern.js';

/** A name of two to four capitalised words, then two to four capitals in brackets. */
const NAME_WITH_INITIALS = lazyRegExp(() => /(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,5})\s*\((\p{Lu}{2,4})\)/gu);
const INITIALS = lazyRegExp(() => /^\p{Lu}{2,4}$/u);

/** The full name each set of initials stands for on the page, by the key's "Name (IN)" pairs. */
export function initialsKey(text: string): Map<string, string> {
  const key = new Map<string, string>();
  const clash = new Set<string>();
  for (const m of text.matchAll(NAME_WITH_INITIALS)) {
    const initials = m[2]!;
    const words = m[1]!.split(/\s+/);
    // "Board Ana Roe (AR)": the name is the last words whose initials are these.
    let name: string | null = null;
    for (let k = 0; k + 2 <= words.length && name === null; k += 1) {
      const tail = words.slice(k);
      const every = tail.map((w) => w[0]).join('');
      const firstAndLast = tail[0]![0]! + tail[tail.length - 1]![0]!;
      if (tail.length <= 4 && (every === initials || firstAndLast === initials)) name = tail.join(' ');
    }
    if (name === null) continue;
    const before = key.get(initials);
    if (before !== undefined && before !== name) clash.add(initials);
    key.set(initials, name);
  }
  for (const initials of clash) key.delete(initials);
  return key;
}

/** Attendees written as initials alone (read as a name or as a seat), named by the key where it gives them. */
export function resolveInitials(attendees: Attendee[], key: ReadonlyMap<string, string>): void {
  if (key.size === 0) return;
  for (const a of attendees) {
    const written = a.name ?? (a.organization !== null && INITIALS.test(a.organization) ? a.organization : null);
    if (written === null || !INITIALS.test(written)) continue;
    const name = key.get(written);
    if (name === undefined) continue;
    a.name = name;
    if (a.organization === written) a.organization = null;
  }
}
