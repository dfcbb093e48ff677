/**
 * Attendance tables that group their rows by a header cell spanning them ("Trustees" over six
 * rows, "Staff" over two, "Minutes" over one): the first column is a column of row headers with no
 * label of its own, and each row belongs to the group its header names. On the page of a body
 * with members, a group named by the members' word is the body's seats and every other group
 * (staff, secretariat, whoever takes the minutes) attends without a seat.
 */
import type { Attendee } from '../../model/meeting.js';
import type { NormalizedTable } from '../../hub/table-normalize.js';
import { GUEST_LABEL, MEMBER_LABEL } from '../sections.js';

/** The column of row-group headers (always the first), or null when the table has none. */
export function rowGroupColumn(table: NormalizedTable): number | null {
  if (table.width < 3 || table.rows.length < 3) return null;
  if (table.header !== null && table.headerCells?.[0]?.text.trim() !== '') return null;
  const cells = table.rows.map((row) => row[0]!);
  // Every row has a header cell there (a `th`), short, and at least one spans several rows.
  if (!cells.every((cell) => cell.element?.name === 'th' && cell.text.trim() !== '' && cell.text.length <= 40)) return null;
  const spans = new Set(cells.map((cell) => cell.element));
  if (spans.size >= cells.length || spans.size < 2) return null;
  return 0;
}

/**
 * Roles by row group on a body's page: people of a members' group are members; when there is one,
 * people of the other groups are guests (a guests' label makes them guests on any page).
 */
export function rolesByRowGroup(attendees: Attendee[], groups: readonly (string | null)[], bodysPage: boolean): void {
  const seats = bodysPage && groups.some((g) => g !== null && MEMBER_LABEL.test(g) && !GUEST_LABEL.test(g));
  attendees.forEach((a, i) => {
    const group = groups[i];
    if (group === null || group === undefined || a.role === 'alternate') return;
    if (GUEST_LABEL.test(group)) a.role = 'guest';
    else if (seats && MEMBER_LABEL.test(group)) a.role = 'member';
    else if (seats && a.role === 'participant') a.role = 'guest';
  });
}
