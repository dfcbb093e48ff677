import { WikiportError } from '../../errors.js';
import type { CellValue } from '../../model/cell-value.js';
import type { Attendee } from '../../model/meeting.js';
import type { TableRecord } from '../../model/table-record.js';
import { alignSequences, changedRanges } from '../storage-edits/blocks-align.js';

const key = (a: Attendee) => JSON.stringify([a.name, a.organization, a.group, a.role, a.alternateFor, a.present, a.accountId, a.userKey]);

/**
 * Attendee edits made in JSON, expressed as edits of the tables they were read from: a new
 * attendee becomes a new row in the table that lists the others of their group (written like its
 * neighbours, `Name, Organization` when they are), a renamed one has the name changed in its cell,
 * a removed one loses their row. Returns the tables as they should read afterwards.
 */
export function tablesWithAttendeeEdits(
  tables: readonly TableRecord[],
  before: readonly Attendee[],
  after: readonly Attendee[],
  file: string,
): TableRecord[] {
  const out = tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r })) }));
  const refuse = (index: number, why: string) =>
    new WikiportError(`${file}: meeting.attendees[${index}]: ${why}; edit the table in the Markdown file (or tables[].rows) instead (nothing was sent)`);
  for (const range of changedRanges(before.length, after.length, alignSequences(before.map(key), after.map(key)))) {
    const paired = Math.min(range.baseEnd - range.baseStart, range.otherEnd - range.otherStart);
    for (let k = 0; k < paired; k++) {
      const old = before[range.baseStart + k]!;
      const now = after[range.otherStart + k]!;
      const index = range.otherStart + k;
      if (old.group !== now.group || old.role !== now.role || old.alternateFor !== now.alternateFor || old.present !== now.present || old.accountId !== now.accountId || old.userKey !== now.userKey) {
        throw refuse(index, 'only the name and organization of an attendee can be changed from JSON');
      }
      if (!old.name || !now.name) throw refuse(index, 'an empty seat cannot be filled from JSON');
      const place = findPerson(out, old.name);
      if (!place) throw refuse(index, `"${old.name}" is not found in a table of the page`);
      const cell = out[place.table]!.rows[place.row]![place.column] as string;
      let next = cell.replace(old.name, now.name);
      if (old.organization && now.organization && old.organization !== now.organization) next = next.replace(old.organization, now.organization);
      else if (old.organization !== now.organization) throw refuse(index, 'adding or removing an organization is not written from JSON');
      out[place.table]!.rows[place.row]![place.column] = next;
    }
    for (let k = range.otherStart + paired; k < range.otherEnd; k++) {
      const person = after[k]!;
      if (!person.name) throw refuse(k, 'a new attendee needs a name');
      if (findPerson(out, person.name)) continue; // the tables already say so (edited there too)
      const peers = before.filter((a) => a.group === person.group && a.name).map((a) => a.name!);
      const spot = peers.map((name) => findPerson(out, name)).filter((p): p is Place => p !== null);
      const last = spot[spot.length - 1];
      if (!last) throw refuse(k, `no table of the page lists the group "${person.group ?? person.role}"`);
      const table = out[last.table]!;
      const peersWriteOrganization = spot.some((p) => /,\s*\S/.test(String(out[p.table]!.rows[p.row]![p.column])));
      const written = person.organization && peersWriteOrganization ? `${person.name}, ${person.organization}` : person.name;
      const row: Record<string, CellValue> = Object.fromEntries(table.columns.map((c) => [c, null]));
      row[last.column] = written;
      const lastRowOfGroup = spot.filter((p) => p.table === last.table).reduce((lastRow, p) => Math.max(lastRow, p.row), -Infinity);
      table.rows.splice(lastRowOfGroup + 1, 0, row);
    }
    for (let k = range.baseStart + paired; k < range.baseEnd; k++) {
      const person = before[k]!;
      if (!person.name) throw refuse(k, 'an empty seat cannot be removed from JSON');
      const place = findPerson(out, person.name);
      if (!place) throw refuse(k, `"${person.name}" is not found in a table of the page`);
      const row = out[place.table]!.rows[place.row]!;
      const others = Object.entries(row).filter(([c, v]) => c !== place.column && v !== null && v !== '');
      if (others.length > 0) row[place.column] = null;
      else out[place.table]!.rows.splice(place.row, 1);
    }
  }
  return out;
}

interface Place {
  table: number;
  row: number;
  column: string;
}

function findPerson(tables: readonly TableRecord[], name: string): Place | null {
  for (let t = 0; t < tables.length; t++) {
    const table = tables[t]!;
    if (table.orientation !== 'rows') continue;
    for (let r = 0; r < table.rows.length; r++) {
      for (const column of table.columns) {
        const value = table.rows[r]![column];
        if (typeof value === 'string' && new RegExp(`(^|[\\s,;(])${escapeRegExp(name)}($|[\\s,;)])`).test(value)) return { table: t, row: r, column };
      }
    }
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
