import type { StorageCell, StorageTable } from '../storage-edits/storage-tables.js';
import { applyPatches, type StoragePatch } from '../storage-edits/table-rows.js';

/** How many rows or columns a cell spans (1 without the attribute). */
function span(openTag: string, name: 'rowspan' | 'colspan'): number {
  const match = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(openTag);
  return match ? Math.max(1, Number(match[1])) : 1;
}

interface Slot {
  cell: StorageCell;
  /** The cell's top-left position (its text shows there). */
  origin: boolean;
  /** A position below the origin in its column (the Markdown repeats the cell's text there). */
  copy: boolean;
}

/** Each grid position of a storage table with the cell covering it, or null when the cells do not fill a rectangle. */
function slotGrid(table: StorageTable): Slot[][] | null {
  const grid: (Slot | undefined)[][] = table.rows.map(() => []);
  table.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row.cells) {
      while (grid[r]![c]) c++;
      const rows = span(cell.openTag, 'rowspan');
      const cols = span(cell.openTag, 'colspan');
      for (let dr = 0; dr < rows && r + dr < table.rows.length; dr++) {
        for (let dc = 0; dc < cols; dc++) grid[r + dr]![c + dc] = { cell, origin: dr === 0 && dc === 0, copy: dr > 0 && dc === 0 };
      }
      c += cols;
    }
  });
  const width = grid[0]?.length ?? 0;
  if (width === 0 || grid.some((row) => row.length !== width || row.some((slot) => slot === undefined))) return null;
  return grid as Slot[][];
}

/** What the Markdown shows at each position when the origins show `text`: copies below, blanks beside. */
function shownFor(grid: readonly Slot[][], text: (r: number, c: number) => string): string[][] {
  const origins = new Map<StorageCell, string>();
  grid.forEach((row, r) => row.forEach((slot, c) => slot.origin && origins.set(slot.cell, text(r, c))));
  return grid.map((row) => row.map((slot) => (slot.origin || slot.copy ? origins.get(slot.cell)! : '')));
}

/**
 * A table with merged cells whose edit only changes the text of cells (same rows, same columns,
 * a merged cell's text edited where it shows, its repeated copies alike) keeps its markup: the
 * changed cells take the converted cell's content (written by `cellPatch`). Null (the table is replaced whole) for any other
 * edit, when the export did not show the table as this grid, or with row labels (`th` in body rows).
 */
export function patchMergedCells(
  originalTable: string,
  convertedTable: string,
  before: StorageTable,
  after: StorageTable,
  shownBefore: readonly (readonly string[])[],
  shownAfter: readonly (readonly string[])[],
  cellPatch: (cell: StorageCell, header: boolean, edit: string) => StoragePatch,
): string | null {
  const grid = slotGrid(before);
  if (!grid || grid.length !== shownBefore.length || grid.length !== shownAfter.length || grid.length !== after.rows.length) return null;
  const width = grid[0]!.length;
  const rectangular = (rows: readonly (readonly unknown[])[]) => rows.every((row) => row.length === width);
  if (!rectangular(shownBefore) || !rectangular(shownAfter) || !rectangular(after.rows.map((row) => row.cells))) return null;
  if (grid.slice(1).some((row) => row.some((slot) => slot.cell.name === 'th'))) return null;
  if (after.rows.some((row) => row.cells.some((cell) => cell.spans))) return null;
  const same = (a: readonly (readonly string[])[], b: readonly (readonly string[])[]) => a.every((row, r) => row.every((text, c) => text === b[r]![c]));
  if (!same(shownFor(grid, (r, c) => shownBefore[r]![c]!), shownBefore)) return null;
  if (!same(shownFor(grid, (r, c) => shownAfter[r]![c]!), shownAfter)) return null;
  const patches: StoragePatch[] = [];
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < width; c++) {
      const slot = grid[r]![c]!;
      if (!slot.origin || shownBefore[r]![c] === shownAfter[r]![c]) continue;
      const source = after.rows[r]!.cells[c]!;
      patches.push(cellPatch(slot.cell, r === 0, convertedTable.slice(source.innerStart, source.innerEnd)));
    }
  }
  return applyPatches(originalTable, patches);
}
