import type { Attendee } from '../model/meeting.js';
import { parsePersonText, type PersonContext } from './person-cell.js';
import { toAttendee } from './attendees-from-table.js';
import { presenceOfSection, roleOf } from './attendees-from-text.js';
import { findDate } from './dates.js';
import { classifyHeading, type SectionKind } from './sections.js';

/**
 * The properties a page carries beside its body (front matter of an Obsidian or Notion note:
 * `attendees: [[[Ana Roe]], Bo Li]`, `participants: Ana Roe, Bo Li`, `absent: [...]`,
 * `meeting-date: 2025-02-04`) read by what their keys mean, in the languages of the vocabulary.
 */

const PEOPLE_KINDS: readonly SectionKind[] = ['attendance', 'absent', 'guests'];

/** "meeting-date", "meeting_date", "Meeting Date": a key is read as the label it spells. */
function keyLabel(key: string): string {
  return key.replace(/[-_]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').trim();
}

/** `[[People/Ana Roe|Ana]]` is the note of Ana Roe: the link's target (its last path segment), not its alias. */
export function withoutWikilinks(text: string): string {
  return text.replace(/\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|[^\]]*)?\]\]/g, (_, target: string) => target.split('/').pop()!.replace(/\.md$/i, '').trim());
}

/** A value as the entries it lists: a YAML list, or one string of entries parted by commas or semicolons outside brackets. */
function entriesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === 'string' ? [item] : []));
  if (typeof value !== 'string') return [];
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of withoutWikilinks(value)) {
    if (ch === '(' || ch === '[') depth += 1;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** The people the page's properties list as attending, absent or guests, in the order of the keys. */
export function attendeesFromProperties(properties: Readonly<Record<string, unknown>> | undefined, context: PersonContext): Attendee[] {
  if (properties === undefined) return [];
  const found: Attendee[] = [];
  for (const [key, value] of Object.entries(properties)) {
    const label = keyLabel(key);
    const kind = label.length <= 40 ? classifyHeading(label) : 'other';
    if (!PEOPLE_KINDS.includes(kind)) continue;
    const defaults = { role: roleOf(kind, label), group: label, organization: null, present: presenceOfSection(kind, label), alternateFor: null };
    for (const entry of entriesOf(value)) {
      const person = parsePersonText(withoutWikilinks(entry).replace(/^@/, '').trim(), context);
      if (person !== null) found.push(toAttendee(person, defaults));
    }
  }
  return found;
}

/** The meeting date a property gives (`date`, `meeting-date`, `fecha`), never a note's created or updated stamp. */
export function dateFromProperties(properties: Readonly<Record<string, unknown>> | undefined): string | null {
  if (properties === undefined) return null;
  for (const [key, value] of Object.entries(properties)) {
    if (classifyHeading(keyLabel(key)) !== 'date') continue;
    const text = value instanceof Date ? value.toISOString() : typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    const date = findDate(text);
    if (date !== null) return date;
  }
  return null;
}
