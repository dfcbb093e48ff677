import { alignSequences, changedRanges } from '../storage-edits/blocks-align.js';
import { matchingClose, tokenize } from '../storage-edits/blocks-split.js';
import type { StorageCell, StorageRow } from '../storage-edits/storage-tables.js';
import type { StoragePatch } from '../storage-edits/table-rows.js';

/**
 * Pairs the columns of an edited pipe table with the columns of the exported one. Returns, for each
 * edited column, the exported column it continues (null for a column the user added); exported
 * columns no edited column names were removed. Columns pair by header text (longest common
 * subsequence, so duplicate and empty headers pair by position); between two paired columns, as
 * many columns on each side pair by position (a renamed header is a cell edit), otherwise by the
 * body cells they share. Returns null when nothing pairs a stretch where columns were both removed
 * and added (renamed and added at once: which is which cannot be told).
 */
export function pairColumns(before: readonly (readonly string[])[], after: readonly (readonly string[])[]): (number | null)[] | null {
  const headBefore = before[0] ?? [];
  const headAfter = after[0] ?? [];
  const sources: (number | null)[] = headAfter.map(() => null);
  const pairs = alignSequences(headBefore, headAfter);
  for (const [b, a] of pairs) sources[a] = b;
  for (const range of changedRanges(headBefore.length, headAfter.length, pairs)) {
    const removed = range.baseEnd - range.baseStart;
    const added = range.otherEnd - range.otherStart;
    if (removed === 0 || added === 0) continue;
    if (removed === added) {
      for (let k = 0; k < added; k++) sources[range.otherStart + k] = range.baseStart + k;
      continue;
    }
    let next = range.otherStart;
    let paired = 0;
    for (let b = range.baseStart; b < range.baseEnd; b++) {
      const a = likeliestColumn(before, after, b, next, range.otherEnd);
      if (a === null) continue;
      sources[a] = b;
      next = a + 1;
      paired++;
    }
    if (paired === 0) return null;
  }
  return sources;
}

/** Among edited columns `from`..`to`, the one sharing the most body cells with exported column `b` (the first of equals); null when none shares one. */
function likeliestColumn(before: readonly (readonly string[])[], after: readonly (readonly string[])[], b: number, from: number, to: number): number | null {
  const column = (rows: readonly (readonly string[])[], c: number) => rows.slice(1).map((row) => row[c] ?? '').filter((text) => text !== '');
  const mine = column(before, b);
  let best: number | null = null;
  let bestShared = 0;
  for (let a = from; a < to; a++) {
    const pool = column(after, a);
    let shared = 0;
    for (const text of mine) {
      const at = pool.indexOf(text);
      if (at < 0) continue;
      pool.splice(at, 1);
      shared++;
    }
    if (shared > bestShared) {
      best = a;
      bestShared = shared;
    }
  }
  return best;
}

/** A table's own `<col>` elements (of its `<colgroup>`, not a nested table's), by character offsets; null when it has none. */
export function colgroupCols(table: string): { start: number; end: number; insertAt: number; cols: { start: number; end: number; span: boolean }[] } | null {
  const tokens = tokenize(table);
  const tableAt = tokens.findIndex((t) => t.kind === 'open' && t.name === 'table');
  if (tableAt < 0) return null;
  const tableEnd = matchingClose(tokens, tableAt, tokens.length);
  for (let i = tableAt + 1; i < tableEnd; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open') continue;
    if (token.name === 'tr' || token.name === 'tbody' || token.name === 'thead' || token.name === 'table') return null;
    if (token.name !== 'colgroup' || token.selfClosing) continue;
    const close = matchingClose(tokens, i, tableEnd);
    const cols: { start: number; end: number; span: boolean }[] = [];
    for (let j = i + 1; j < close; j++) {
      const col = tokens[j]!;
      if (col.kind !== 'open' || col.name !== 'col') continue;
      // `<col>` is void in HTML: a `</col>` right after it still belongs to it.
      const following = tokens[j + 1];
      const end = following?.kind === 'close' && following.name === 'col' ? following.end : col.end;
      if (end !== col.end) j++;
      cols.push({ start: col.start, end, span: /\sspan\s*=\s*["']?([2-9]|\d{2,})/i.test(table.slice(col.start, col.end)) });
    }
    return { start: token.start, end: tokens[close]!.end, insertAt: tokens[close]!.start, cols };
  }
  return null;
}

/**
 * Where each storage column of the table goes in the edited table, in storage order, with the
 * added columns where they go: a column kept (its edited column, null for a column the Markdown
 * never showed), removed, or added (before storage column `at`, right after the kept column before it).
 */
export type Slot = { kind: 'kept'; storage: number; edited: number | null } | { kind: 'removed'; storage: number } | { kind: 'added'; edited: number; at: number };

/** The slots of a storage table `storageWidth` cells wide whose shown columns are `filledColumns`, for the edited columns' `sources` (from pairColumns). */
export function columnSlots(filledColumns: readonly number[], sources: readonly (number | null)[], storageWidth: number): Slot[] {
  const editedOf = new Map<number, number>();
  const added: { edited: number; at: number }[] = [];
  let at = 0;
  sources.forEach((source, k) => {
    if (source === null) added.push({ edited: k, at });
    else {
      editedOf.set(filledColumns[source]!, k);
      at = filledColumns[source]! + 1;
    }
  });
  const slots: Slot[] = [];
  for (let c = 0; c <= storageWidth; c++) {
    for (const column of added) if (column.at === c) slots.push({ kind: 'added', ...column });
    if (c === storageWidth) break;
    if (!filledColumns.includes(c)) slots.push({ kind: 'kept', storage: c, edited: null });
    else if (editedOf.has(c)) slots.push({ kind: 'kept', storage: c, edited: editedOf.get(c)! });
    else slots.push({ kind: 'removed', storage: c });
  }
  return slots;
}

/** The `<col>` of a removed column goes, an added column gets a `<col />`; null when a `<col span>` makes the columns unclear. */
export function colgroupPatches(table: string, slots: readonly Slot[]): StoragePatch[] | null {
  if (slots.every((slot) => slot.kind === 'kept')) return [];
  const colgroup = colgroupCols(table);
  if (!colgroup) return [];
  if (colgroup.cols.some((col) => col.span)) return null;
  const patches: StoragePatch[] = [];
  for (const slot of slots) {
    if (slot.kind === 'removed') {
      const col = colgroup.cols[slot.storage];
      if (col) patches.push({ start: col.start, end: col.end, text: '' });
    } else if (slot.kind === 'added') {
      const at = slot.at > 0 ? (colgroup.cols[slot.at - 1]?.end ?? colgroup.insertAt) : (colgroup.cols[0]?.start ?? colgroup.insertAt);
      patches.push({ start: at, end: at, text: '<col />' });
    }
  }
  return patches;
}

/**
 * The reader takes a row of `th`s only for a header row, and `th`s first in the body rows for row
 * labels (bold): a column change that makes a row all `th` or not, or changes the tag of its first
 * shown cell, would read back differently, so the table is then replaced instead.
 */
export function keepsRowShape(row: StorageRow, slots: readonly Slot[]): boolean {
  const allHeader = (tags: readonly string[]) => tags.length > 0 && tags.every((tag) => tag === 'th');
  // The tags of the shown cells (the page's empty columns left out), before and after.
  const before: string[] = [];
  const after: string[] = [];
  for (const slot of slots) {
    if (slot.kind === 'added') {
      if (slot.at <= row.cells.length && row.cells.length > 0) after.push(newCellTag(row.cells));
      continue;
    }
    const cell = row.cells[slot.storage];
    if (!cell || (slot.kind === 'kept' && slot.edited === null)) continue;
    before.push(cell.name);
    if (slot.kind === 'kept') after.push(cell.name);
  }
  return allHeader(before) === allHeader(after) && before[0] === after[0];
}

/** The tag of a cell added to a row: `th` in a row of `th`s (a header row), `td` otherwise. */
export function newCellTag(rowCells: readonly StorageCell[]): 'td' | 'th' {
  return rowCells.length > 0 && rowCells.every((cell) => cell.name === 'th') ? 'th' : 'td';
}
