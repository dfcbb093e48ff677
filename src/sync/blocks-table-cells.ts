import { splitBlocks } from './blocks-split.js';
import { cellText, storageTables, type StorageRow } from './json-edits-storage-tables.js';
import { applyPatches, type StoragePatch } from './json-edits-table-rows.js';
import { alignSequences, changedRanges, type ChangedRange } from './blocks-align.js';

/**
 * An edited table whose columns did not change (same filled columns, no merged cells) keeps its
 * original markup: only the cells whose content changed take the converted cell's content, rows
 * the user added are the converted rows (with the page's empty columns kept empty), rows the user
 * removed go, and the table's attributes, column widths, ids and untouched rows and cells stay byte
 * for byte. Returns null when the columns differ (the whole table is then replaced).
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
  if (!gridBefore || !gridAfter || gridBefore.cells.length === 0) return null;
  // Whether the user changed a cell is read from the Markdown they saw and the Markdown they wrote.
  const shownBefore = pipeTableCells(exportedMarkdown);
  const shownAfter = pipeTableCells(editedMarkdown);
  if (!shownBefore || !shownAfter || shownBefore.length !== gridBefore.cells.length || shownAfter.length !== gridAfter.cells.length) return null;
  const width = gridBefore.columns.length;
  const rowsOfWidth = (rows: readonly (readonly unknown[])[]) => rows.every((row) => row.length === width);
  if (!rowsOfWidth(gridBefore.cells) || !rowsOfWidth(gridAfter.cells) || !rowsOfWidth(shownBefore) || !rowsOfWidth(shownAfter)) return null;
  const ranges: ChangedRange[] =
    shownBefore.length === shownAfter.length
      ? [{ baseStart: 0, baseEnd: shownBefore.length, otherStart: 0, otherEnd: shownAfter.length }]
      : changedRanges(shownBefore.length, shownAfter.length, alignSequences(shownBefore.map(rowKey), shownAfter.map(rowKey)));
  const patches: StoragePatch[] = [];
  const insertAfter = (r: number, rows: readonly number[]): void => {
    if (rows.length === 0) return;
    const at = r >= 0 ? gridBefore.rows[r]!.end : gridBefore.rows[0]!.start;
    patches.push({ start: at, end: at, text: rows.map((a) => addedRow(originalTable, convertedTable, gridBefore, r, gridAfter.cells[a]!)).join('') });
  };
  for (const range of ranges) {
    let next = range.otherStart;
    for (let r = range.baseStart; r < range.baseEnd; r++) {
      // The row the user kept (and maybe edited) is the next one sharing most cells with it;
      // the rows before that one are new, a row sharing nothing was removed.
      const a = range.baseEnd - range.baseStart === range.otherEnd - range.otherStart ? next : likeliestRow(shownBefore[r]!, shownAfter, next, range.otherEnd);
      if (a === null || a >= range.otherEnd) {
        const row = gridBefore.rows[r]!;
        patches.push({ start: row.start, end: row.end, text: '' });
        continue;
      }
      insertAfter(r - 1, indices(next, a));
      next = a + 1;
      gridBefore.cells[r]!.forEach((cell, c) => {
        if (shownBefore[r]![c] === shownAfter[a]![c]) return;
        const edited = gridAfter.cells[a]![c]!;
        const inner = convertedTable.slice(edited.innerStart, edited.innerEnd);
        patches.push({ start: cell.innerStart, end: cell.innerEnd, text: likeNeighbour(originalTable.slice(cell.innerStart, cell.innerEnd), inner) });
      });
    }
    insertAfter(range.baseEnd - 1, indices(next, range.otherEnd));
  }
  return applyPatches(originalTable, patches);
}

function indices(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Among rows `from`..`to` of the edit, the one sharing the most cells with `row` (the first of equals); null when none shares one. */
function likeliestRow(row: readonly string[], rows: readonly (readonly string[])[], from: number, to: number): number | null {
  let best: number | null = null;
  let bestShared = 0;
  for (let a = from; a < to; a++) {
    // The first column names the row more often than any other, so it breaks ties.
    const shared = row.filter((cell, c) => cell !== '' && rows[a]![c] === cell).length + (row[0] !== '' && rows[a]![0] === row[0] ? 0.5 : 0);
    if (shared > bestShared) {
      best = a;
      bestShared = shared;
    }
  }
  return best;
}

function rowKey(cells: readonly string[]): string {
  return JSON.stringify(cells);
}

/** Cell content as its original neighbour writes it: in a paragraph when that one is. */
function likeNeighbour(neighbourInner: string, inner: string): string {
  return /^\s*<p[\s>]/.test(neighbourInner) && !/^\s*<(p|ul|ol|table|h[1-6])[\s>]/.test(inner) && inner.trim() !== '' ? `<p>${inner}</p>` : inner;
}

/**
 * A row the user added, written like the body row above it (the first body row when it goes right
 * under the header row): the same cell tags, content in a paragraph where that row has one, the
 * converted cell contents in the filled columns, the page's empty columns empty.
 */
function addedRow(originalTable: string, convertedTable: string, grid: FilledGrid, above: number, cells: readonly Cell[]): string {
  const modelIndex = above >= 1 ? above : 1;
  const model = grid.rows[modelIndex];
  const modelCells = grid.cells[modelIndex];
  const out: string[] = [];
  const rowWidth = Math.max(model?.cells.length ?? 0, ...grid.columns.map((c) => c + 1));
  for (let c = 0; c < rowWidth; c++) {
    const filled = grid.columns.indexOf(c);
    const tag = model?.cells[c]?.name ?? 'td';
    if (filled < 0) {
      out.push(`<${tag}></${tag}>`);
      continue;
    }
    const cell = cells[filled]!;
    const inner = convertedTable.slice(cell.innerStart, cell.innerEnd);
    const neighbour = modelCells?.[filled];
    out.push(`<${tag}>${neighbour ? likeNeighbour(originalTable.slice(neighbour.innerStart, neighbour.innerEnd), inner) : inner}</${tag}>`);
  }
  return `<tr>${out.join('')}</tr>`;
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

interface FilledGrid {
  /** The filled rows of the storage table. */
  rows: StorageRow[];
  /** Storage column index of each filled column. */
  columns: number[];
  /** Per filled row, its cells in the filled columns. */
  cells: Cell[][];
}

/** The cells of filled rows and filled columns (what the Markdown table shows), or null with merged cells. */
function filledGrid(storage: string, rows: readonly StorageRow[]): FilledGrid | null {
  if (rows.some((row) => row.cells.some((cell) => cell.spans))) return null;
  const hasContent = (cell: Cell | undefined) =>
    cell !== undefined && (cellText(storage, cell) !== '' || /<(ri:|ac:|time|img)/.test(storage.slice(cell.innerStart, cell.innerEnd)));
  const filledRows = rows.filter((row) => row.cells.some(hasContent));
  const width = Math.max(0, ...filledRows.map((row) => row.cells.length));
  const columns: number[] = [];
  for (let c = 0; c < width; c++) if (filledRows.some((row) => hasContent(row.cells[c]))) columns.push(c);
  const cells: Cell[][] = [];
  for (const row of filledRows) {
    const rowCells = columns.map((c) => row.cells[c]);
    if (rowCells.some((cell) => cell === undefined)) return null;
    cells.push(rowCells as Cell[]);
  }
  return { rows: filledRows, columns, cells };
}
