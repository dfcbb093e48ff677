import type { Element } from 'domhandler';
import type { GridCell } from './table-grid.js';
import { isColumnSpanCopy, isEmptyCell } from './table-grid.js';
import { normalizedCell, type NormalizedCell } from './table-normalized-cell.js';

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
  return grid[0]!.some(isColumnSpanCopy);
}

/**
 * A header row that is really the first row of a key/value table: its first cell is a bold `th`
 * (the key, bold as every key below it), another cell is not bold (a value), and every row's
 * first cell labels it. This is how the Markdown writer puts a key/value table's first row in
 * the header row GFM requires, so that it reads back as the same key/value table.
 */
export function isKeyValueFirstRow(grid: GridCell[][]): boolean {
  const first = grid[0];
  if (first === undefined || first.length < 2) return false;
  const key = first[0]!;
  if (!key.th || !key.bold) return false;
  if (!first.slice(1).some((cell) => !isEmptyCell(cell) && !cell.bold)) return false;
  return hasHeaderColumn(grid, 0);
}

/** The first column is a header column: every row's first cell is a `th` or bold, other cells are not all. */
export function hasHeaderColumn(grid: GridCell[][], headerRows: number): boolean {
  // An empty row (one left to fill in) labels nothing and says nothing against the labels.
  const body = grid.slice(headerRows).filter((row) => row.some((cell) => !isEmptyCell(cell)));
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

/** A header cell's HTML: when all its text is bold, the bold (the header's own marker) goes. */
export function headerCellHtml(html: string, bold: boolean): string {
  return bold ? html.replace(/<\/?(?:strong|b)(?:\s[^>]*)?>/g, '') : html;
}

/**
 * The header row as cells with their inline markup. One header row: each cell as it is, the
 * positions a spanning header cell covers beyond its first column marked spanCopy. Two header
 * rows: each column's distinct parts top-down joined (as its label is), no span copies.
 */
export function headerCells(headerRows: GridCell[][], width: number): NormalizedCell[] {
  const cells: NormalizedCell[] = [];
  for (let c = 0; c < width; c += 1) {
    if (headerRows.length === 1) {
      const cell = headerRows[0]![c]!;
      cells.push(normalizedCell(headerCellHtml(cell.html, cell.bold), cell.text, isColumnSpanCopy(cell), cell.element));
      continue;
    }
    const html: string[] = [];
    const text: string[] = [];
    let element: Element | null = null;
    for (const row of headerRows) {
      const cell = row[c];
      if (cell === undefined || cell.text === '') continue;
      const label = cell.text.replace(/\n/g, ' ');
      if (text[text.length - 1] === label) continue;
      text.push(label);
      html.push(headerCellHtml(cell.html, cell.bold));
      element = cell.element;
    }
    // A label joined from two cells has no one element.
    cells.push(normalizedCell(html.join(' '), text.join(' '), false, text.length === 1 ? element : null));
  }
  return cells;
}
