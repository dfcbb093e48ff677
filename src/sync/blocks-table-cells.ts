import { splitBlocks } from './blocks-split.js';
import { cellText, storageTables, type StorageRow } from './json-edits-storage-tables.js';
import { applyPatches, type StoragePatch } from './json-edits-table-rows.js';

/**
 * An edited table whose shape did not change (same filled rows and columns, no merged cells)
 * keeps its original markup: only the cells whose content changed take the converted cell's
 * content, so the table's attributes, column widths, ids and untouched cells stay byte for byte.
 * Returns null when the shapes differ (the whole table is then replaced).
 */
export function patchEditedTableCells(
  originalTable: string,
  convertedTable: string,
  exportedMarkdown: string,
  editedMarkdown: string,
): string | null {
  const converted = splitBlocks(convertedTable.trim()).blocks;
  if (converted.length !== 1 || converted[0]!.name !== 'table') return null;
  const [before] = storageTables(originalTable);
  const [after] = storageTables(convertedTable);
  if (!before || !after) return null;
  const gridBefore = filledGrid(originalTable, before.rows);
  const gridAfter = filledGrid(convertedTable, after.rows);
  if (!gridBefore || !gridAfter || gridBefore.length !== gridAfter.length) return null;
  // Whether the user changed a cell is read from the Markdown they saw and the Markdown they wrote.
  const shownBefore = pipeTableCells(exportedMarkdown);
  const shownAfter = pipeTableCells(editedMarkdown);
  if (!shownBefore || !shownAfter || shownBefore.length !== gridBefore.length || shownAfter.length !== gridAfter.length) return null;
  const patches: StoragePatch[] = [];
  for (let r = 0; r < gridBefore.length; r++) {
    const rowBefore = gridBefore[r]!;
    const rowAfter = gridAfter[r]!;
    if (rowBefore.length !== rowAfter.length) return null;
    if (shownBefore[r]!.length !== rowBefore.length || shownAfter[r]!.length !== rowAfter.length) return null;
    rowBefore.forEach((cell, c) => {
      const next = rowAfter[c]!;
      if (shownBefore[r]![c] === shownAfter[r]![c]) return;
      const oldInner = originalTable.slice(cell.innerStart, cell.innerEnd);
      const newInner = convertedTable.slice(next.innerStart, next.innerEnd);
      const wrapped = /^\s*<p[\s>]/.test(oldInner) && !/^\s*<(p|ul|ol|table|h[1-6])[\s>]/.test(newInner) && newInner.trim() !== '' ? `<p>${newInner}</p>` : newInner;
      patches.push({ start: cell.innerStart, end: cell.innerEnd, text: wrapped });
    });
  }
  return applyPatches(originalTable, patches);
}

type Cell = StorageRow['cells'][number];

/** The cells of a Markdown pipe table, row by row (the delimiter row left out); null if it is not one. */
export function pipeTableCells(markdown: string): string[][] | null {
  const lines = markdown.trim().split('\n');
  if (lines.length < 2 || !lines.every((line) => line.trim().startsWith('|'))) return null;
  const rows = lines.map((line) => splitPipeRow(line.trim()));
  const delimiter = rows[1]!;
  if (!delimiter.every((cell) => /^:?-+:?$/.test(cell))) return null;
  return [rows[0]!, ...rows.slice(2)];
}

function splitPipeRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let code = false;
  for (let i = line.startsWith('|') ? 1 : 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1]!;
      i++;
    } else if (ch === '`') {
      code = !code;
      current += ch;
    } else if (ch === '|' && !code) {
      cells.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') cells.push(current.trim());
  return cells;
}

/** The cells of filled rows and filled columns (what the Markdown table shows), or null with merged cells. */
function filledGrid(storage: string, rows: readonly StorageRow[]): Cell[][] | null {
  if (rows.some((row) => row.cells.some((cell) => cell.spans))) return null;
  const hasContent = (cell: Cell | undefined) =>
    cell !== undefined && (cellText(storage, cell) !== '' || /<(ri:|ac:|time|img)/.test(storage.slice(cell.innerStart, cell.innerEnd)));
  const filledRows = rows.filter((row) => row.cells.some(hasContent));
  const width = Math.max(0, ...filledRows.map((row) => row.cells.length));
  const columns: number[] = [];
  for (let c = 0; c < width; c++) if (filledRows.some((row) => hasContent(row.cells[c]))) columns.push(c);
  const grid: Cell[][] = [];
  for (const row of filledRows) {
    const cells = columns.map((c) => row.cells[c]);
    if (cells.some((cell) => cell === undefined)) return null;
    grid.push(cells as Cell[]);
  }
  return grid;
}
