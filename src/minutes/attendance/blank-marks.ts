/**
 * A sign-in form typed as text: one person a line, each after a fill-in blank ("__x__ Ana Roe",
 * "_____ Bo Li"). A blank holding a mark says the person was there, an empty one that they were not.
 * Two such lines or more make the form; the label line above them ("Committee:") names their group.
 */
import type { Attendee } from '../../model/meeting.js';
import type { Line } from '../lines.js';
import { isJobTitle, parsePersonText } from '../person-cell.js';
import { toAttendee } from '../attendees-from-table.js';

/** A blank of underscores (two or more each side of a mark, or three or more alone), then the entry. */
const BLANK_LINE = /^\s*(?:_{2,}\s*([^\s_])\s*_{2,}|_{3,})\s*(\S.*)$/u;

/**
 * The people of the blank lines of a block, null when it has fewer than two. `roleOf` gives the role
 * the label over them gives.
 */
export function peopleOnBlanks(lines: readonly Line[], context: { knownOrganizations: ReadonlySet<string>; firstNames?: ReadonlySet<string> }, roleOf: (label: string | null) => Attendee['role']): Attendee[] | null {
  const marked = lines.map((line) => BLANK_LINE.exec(line.text));
  if (marked.filter((m) => m !== null).length < 2) return null;
  const found: Attendee[] = [];
  let label: string | null = null;
  lines.forEach((line, i) => {
    const m = marked[i];
    if (m === null || m === undefined) {
      const alone = /^\s*([^:]{2,40}?)\s*:\s*$/u.exec(line.text);
      if (alone !== null) label = alone[1]!.trim();
      return;
    }
    // "Volunteer Coordinator: Ana Roe": an office before a colon, the person after it.
    const office = /^([^:]{2,40}?)\s*:\s*(\S.*)$/u.exec(m[2]!);
    const entry = office !== null && isJobTitle(office[1]!.trim()) ? office[2]! : m[2]!;
    // "Ana Roe, treasurer": the name before the comma.
    const head = entry.split(/\s*,\s*/)[0]!;
    const person = parsePersonText(head, context);
    if (person === null || person.name === null) return;
    found.push(toAttendee(person, { role: roleOf(label), group: label, organization: null, present: m[1] !== undefined, alternateFor: null }));
  });
  return found;
}
