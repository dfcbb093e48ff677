import type { Element } from 'domhandler';
import type { Attendee } from '../model/meeting.js';
import { parsePersonNodes, parsePersonText, type PersonEntry } from './person-cell.js';
import { childElementsNamed, elementsWhere, isMention, ownContent, textContent, textWithout } from '../hub/hub-walk.js';
import { toAttendee } from './attendees-from-table.js';
import { classifyHeading, type SectionKind } from './sections.js';

function roleOf(section: SectionKind): Attendee['role'] {
  return section === 'guests' ? 'guest' : 'participant';
}

/** The people of a bullet list in an attendance, guests or apologies section: one item, one person. */
export function attendeesFromList(
  list: Element,
  section: SectionKind,
  group: string | null,
  known: ReadonlySet<string>,
  firstNames: ReadonlySet<string> = new Set(),
): Attendee[] {
  const items = childElementsNamed(list, 'li');
  return items.flatMap((li) => {
    return parsePersonNodes(ownContent(li), { knownOrganizations: known, firstNames }).map((person) =>
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
  paragraph: Element,
  section: SectionKind,
  group: string | null,
  known: ReadonlySet<string>,
  firstNames: ReadonlySet<string> = new Set(),
): Attendee[] {
  const text = textContent([paragraph]);
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
  const mentioned = elementsWhere(paragraph.children, isMention).flatMap((a) => parsePersonNodes([a], { knownOrganizations: known, firstNames }));
  const restText = textWithout(paragraph.children, isMention);
  const restLabelled = /^\s*([A-Za-z][A-Za-z ]{2,30}?)\s*:\s*(.*)$/s.exec(restText);
  const body = labelled !== null && restLabelled !== null ? restLabelled[2]! : restText;
  // Each part is text (what parsePersonCell reads from its escaped HTML): one line.
  const written = splitInlinePeople(body)
    .map((part) => parsePersonText(part.replace(/\n/g, ' '), { knownOrganizations: known, firstNames }))
    .filter((p): p is PersonEntry => p !== null);
  return [...mentioned, ...written].map((person) => toAttendee(person, defaults));
}
