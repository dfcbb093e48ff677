/**
 * A table of actions whose header is in a language no word list covers ("Доручення | Відповідальний |
 * Строк"), told by what its columns hold: one column of people the page lists, one of dates (in
 * most rows: a task may have none), and one of sentences (the actions). A table of people with no dates, or of dates with nobody the
 * page lists, is something else.
 */
import type { NormalizedTable } from '../../hub/table-normalize.js';
import { findDate, type DateOrder } from '../dates.js';

export interface ActionColumnsFound {
  action: number;
  owner: number;
  due: number;
  status: number;
}

/** The action, owner and due columns of such a table, or null. */
export function actionColumnsByContent(table: NormalizedTable, resolve: (written: string) => string | null, order: DateOrder | null): ActionColumnsFound | null {
  const width = table.header?.length ?? 0;
  if (width < 3 || table.rows.length === 0) return null;
  const column = (c: number): string[] => table.rows.map((row) => row[c]?.text.trim() ?? '');
  const every = (c: number, test: (text: string) => boolean): boolean => column(c).every((t) => t !== '' && test(t));
  const owner = [...Array(width).keys()].find((c) => every(c, (t) => resolve(t) !== null));
  // Dates in most rows, short text in all ("mbledhja e ardhshme", "—" where a task has no date): a due column.
  const due = [...Array(width).keys()].find((c) => {
    if (c === owner || !column(c).every((t) => t.length <= 30)) return false;
    const dated = column(c).filter((t) => findDate(t, order) !== null).length;
    return dated * 2 >= table.rows.length && dated > 0;
  });
  if (owner === undefined || due === undefined) return null;
  const words = (c: number): number => column(c).reduce((n, t) => n + t.split(/\s+/).length, 0) / table.rows.length;
  const action = [...Array(width).keys()].filter((c) => c !== owner && c !== due && words(c) >= 2).sort((a, b) => words(b) - words(a))[0];
  return action === undefined ? null : { action, owner, due, status: -1 };
}
