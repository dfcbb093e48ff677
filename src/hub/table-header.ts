import type { GridCell } from './table-grid.js';
import { isEmptyCell } from './table-grid.js';

const MAX_HEADER_ROWS = 2;

/** A row is a header row when every non-empty cell is a `th` or entirely bold. */
function isHeaderRow(row: GridCell[]): boolean {
  const filled = row.filter((cell) => !isEmptyCell(cell));
  return filled.length > 0 && filled.every((cell) => cell.th || cell.bold);
}

/** How many leading rows form the header (0, 1 or 2). A table made only of header rows keeps one. */
export function countHeaderRows(grid: GridCell[][]): number {
  let count = 0;
  while (count < Math.min(MAX_HEADER_ROWS, grid.length) && isHeaderRow(grid[count]!)) count += 1;
  if (count === grid.length && grid.length > 1) return 1;
  if (count === 2 && !isSecondHeaderRow(grid)) return 1;
  return count;
}

/**
 * A second header row only counts when it refines the first (the first has a cell spanning
 * several columns, or it differs from the first); otherwise it is a bold data row.
 */
function isSecondHeaderRow(grid: GridCell[][]): boolean {
  const first = grid[0]!;
  return first.some((cell) => cell.spannedFrom !== null && cell.spannedFrom.row === 0);
}

/** The first column is a header column: every row's first cell is a `th` or bold, other cells are not all. */
export function hasHeaderColumn(grid: GridCell[][], headerRows: number): boolean {
  const body = grid.slice(headerRows);
  if (body.length === 0 || (body[0]?.length ?? 0) < 2) return false;
  const firstIsHeader = body.every((row) => !isEmptyCell(row[0]!) && (row[0]!.th || row[0]!.bold));
  // A `th` elsewhere in the body still counts as data: only the first column's spelling matters,
  // so that a rendered normalized table (body cells as `td`) reads the same way again.
  const restIsData = body.some((row) => row.slice(1).some((cell) => !isEmptyCell(cell) && !cell.bold));
  return firstIsHeader && restIsData;
}

/**
 * Column labels from the header rows: the distinct texts top-down joined ("Present" over
 * "Asia TZ" gives "Present Asia TZ"), "Column N" where there is none, duplicates numbered.
 */
export function columnLabels(headerRows: GridCell[][], width: number): string[] {
  const labels: string[] = [];
  for (let c = 0; c < width; c += 1) {
    const parts: string[] = [];
    for (const row of headerRows) {
      const text = row[c]?.text.replace(/\n/g, ' ') ?? '';
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    labels.push(parts.length > 0 ? parts.join(' ') : `Column ${c + 1}`);
  }
  return uniqueLabels(labels);
}

export function uniqueLabels(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} ${n}`;
  });
}
