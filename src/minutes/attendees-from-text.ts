import type * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { Attendee } from '../model/meeting.js';
import { parsePersonCell } from './person-cell.js';
import { toAttendee } from './attendees-from-table.js';
import { classifyHeading, type SectionKind } from './sections.js';

function roleOf(section: SectionKind): Attendee['role'] {
  return section === 'guests' ? 'guest' : 'participant';
}

/** The people of a bullet list in an attendance, guests or apologies section: one item, one person. */
export function attendeesFromList(
  $: cheerio.CheerioAPI,
  list: Element,
  section: SectionKind,
  group: string | null,
  known: ReadonlySet<string>,
  firstNames: ReadonlySet<string> = new Set(),
): Attendee[] {
  const items = $(list).children('li').toArray();
  return items.flatMap((li) => {
    const clone = $(li).clone();
    clone.children('ul, ol').remove();
    const html = clone.html() ?? '';
    return parsePersonCell(html, { knownOrganizations: known, firstNames }).map((person) =>
      toAttendee(person, { role: roleOf(section), group, organization: null, present: section === 'absent' ? false : null, alternateFor: null }),
    );
  });
}

/** Splits "A (X), B (Y); C" into people, keeping commas inside parentheses. */
function splitInlinePeople(text: string): string[] {
  const separator = text.includes(';') ? ';' : ',';
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth += 1;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === separator || ch === '\n')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.replace(/^\s*(and|&)\s+/i, '').trim()).filter((p) => p !== '');
}

/**
 * A paragraph "Regrets: A (X), B (Y)" or "Attendees: …" names people inline; a paragraph of
 * mentions does too when it sits in an attendance section.
 */
export function attendeesFromParagraph(
  $: cheerio.CheerioAPI,
  paragraph: Element,
  section: SectionKind,
  group: string | null,
  known: ReadonlySet<string>,
  firstNames: ReadonlySet<string> = new Set(),
): Attendee[] {
  const text = $(paragraph).text();
  const labelled = /^\s*([A-Za-z][A-Za-z ]{2,30}?)\s*:\s*(.+)$/s.exec(text);
  let kind = section;
  let ownGroup = group;
  if (labelled !== null) {
    const labelKind = classifyHeading(labelled[1]!);
    if (labelKind === 'attendance' || labelKind === 'absent' || labelKind === 'guests') {
      kind = labelKind;
      ownGroup = labelled[1]!.trim();
    } else return [];
  } else if (!['attendance', 'absent', 'guests'].includes(section)) return [];
  const defaults = { role: roleOf(kind), group: ownGroup, organization: null, present: kind === 'absent' ? false : null, alternateFor: null };
  // Mentions first, then the people written as text around them ("@A, @B, Helga Brandt (guest, Vendor QA)").
  const mentioned = $(paragraph)
    .find('a[data-mention]')
    .toArray()
    .flatMap((a) => parsePersonCell($.html(a), { knownOrganizations: known, firstNames }));
  const rest = $(paragraph).clone();
  rest.find('a[data-mention]').remove();
  const restText = rest.text();
  const restLabelled = /^\s*([A-Za-z][A-Za-z ]{2,30}?)\s*:\s*(.*)$/s.exec(restText);
  const body = labelled !== null && restLabelled !== null ? restLabelled[2]! : restText;
  const written = splitInlinePeople(body).flatMap((part) => parsePersonCell(escapeHtml(part), { knownOrganizations: known, firstNames }));
  return [...mentioned, ...written].map((person) => toAttendee(person, defaults));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
