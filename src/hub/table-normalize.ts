import * as cheerio from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { GridCell } from './table-grid.js';
import { isColumnSpanCopy, isEmptyCell, readTableGrid } from './table-grid.js';
import { columnLabels, countHeaderRows, hasHeaderColumn, headerCells, isKeyValueFirstRow } from './table-header.js';
import { normalizedCell, type NormalizedCell } from './table-normalized-cell.js';

export { normalizedCell, type NormalizedCell } from './table-normalized-cell.js';

/**
 * A hub table as Markdown and JSON see it: a rectangular grid without empty rows or columns,
 * with one header row of labels (or none), and whether the first column labels the rows.
 */
export interface NormalizedTable {
  /** A first row that is one cell spanning the whole table: a title, not a header. */
  caption: string | null;
  /** Column labels from the header row(s); null when the table has no header row. */
  header: string[] | null;
  /**
   * The header row as cells: inline markup kept (a bold wrapper, the header's own marker, dropped),
   * empty where the label is made up ("Column 3"), spanCopy beyond the first column of a spanning
   * header cell. Null exactly when `header` is null.
   */
  headerCells: NormalizedCell[] | null;
  /** The first column labels each row (key/value tables and vertical headers). */
  headerColumn: boolean;
  rows: NormalizedCell[][];
  width: number;
}

/**
 * Drops rows that are empty everywhere and columns that hold nothing of their own: a column
 * kept alive only by cells spanning into it from the left (a full-width section label, say) goes.
 */
function dropEmptyRowsAndColumns(grid: GridCell[][], copiesCount = false): GridCell[][] {
  const rows = grid.filter((row) => row.some((cell) => !isEmptyCell(cell)));
  const width = rows[0]?.length ?? 0;
  const own = (cell: GridCell): boolean => !isEmptyCell(cell) && (copiesCount || !isColumnSpanCopy(cell));
  const keep = Array.from({ length: width }, (_, c) => rows.some((row) => own(row[c]!)));
  if (keep.every(Boolean)) return rows;
  return rows.map((row) => row.filter((_, c) => keep[c]));
}

/** One cell spanning every column of the row (a table title, or a section label inside the body). */
export function isSpanningRow(row: readonly GridCell[]): boolean {
  const first = row[0];
  if (first === undefined || row.length < 2 || isEmptyCell(first)) return false;
  return row.slice(1).every((cell) => isColumnSpanCopy(cell) && cell.html === first.html && cell.text === first.text);
}

function captionOf(grid: GridCell[][]): string | null {
  return grid.length > 1 && isSpanningRow(grid[0]!) ? grid[0]![0]!.text.replace(/\n/g, ' ') : null;
}

export interface NormalizeOptions {
  /**
   * Keep the empty rows that follow the header or a body row, where they stand (Markdown: a row a
   * reader sees, left to fill in). JSON records leave them out: a record of nothing.
   */
  readonly keepEmptyRows?: boolean;
}

/** Normalizes a parsed hub `<table>` element. */
export function normalizeTableElement(table: Element, options: NormalizeOptions = {}): NormalizedTable {
  const drawn = readTableGrid(table);
  const normalized = normalizeGrid(drawn);
  return options.keepEmptyRows ? withEmptyRows(normalized, drawn) : normalized;
}

/**
 * The empty rows of the drawn grid put back after the header or body row they follow. Leading
 * empty rows (before any row with content) stay out; so do rows that only seem empty because a
 * span covers them, and every empty row when the rows with content do not match up one to one
 * with the normalized rows (a table too irregular to say where they stood).
 */
function withEmptyRows(table: NormalizedTable, drawn: readonly GridCell[][]): NormalizedTable {
  const emptyAfter: number[] = [];
  for (const row of drawn) {
    if (row.some((cell) => !isEmptyCell(cell))) emptyAfter.push(0);
    else if (emptyAfter.length > 0 && row.every((cell) => cell.spannedFrom === null)) emptyAfter[emptyAfter.length - 1]! += 1;
  }
  if (!emptyAfter.some((n) => n > 0) || table.width === 0) return table;
  const headerRows = emptyAfter.length - table.rows.length - (table.caption === null ? 0 : 1);
  if (headerRows < 0 || (table.header === null) !== (headerRows === 0) || headerRows > 1) return table;
  const empty = (): NormalizedCell[] => Array.from({ length: table.width }, () => normalizedCell('', '', false, null));
  const rows: NormalizedCell[][] = [];
  const lead = table.caption === null ? 0 : 1;
  for (let n = 0; n < headerRows; n++) for (let e = 0; e < emptyAfter[lead + n]!; e++) rows.push(empty());
  table.rows.forEach((row, r) => {
    rows.push(row);
    for (let e = 0; e < emptyAfter[lead + headerRows + r]!; e++) rows.push(empty());
  });
  return { ...table, rows };
}

function normalizeGrid(drawn: GridCell[][]): NormalizedTable {
  // A title row spans the table as it was drawn, so it is looked for before the columns that
  // only spans fill are dropped, and again after (dropping them can leave a first row spanning).
  let grid = dropEmptyRowsAndColumns(drawn, true);
  let caption = captionOf(grid);
  grid = dropEmptyRowsAndColumns(caption === null ? grid : grid.slice(1));
  if (caption === null) {
    caption = captionOf(grid);
    if (caption !== null) grid = dropEmptyRowsAndColumns(grid.slice(1));
  }
  const width = grid[0]?.length ?? 0;
  const headerRows = countHeaderRows(grid) === 1 && isKeyValueFirstRow(grid) ? 0 : countHeaderRows(grid);
  const header = headerRows > 0 ? columnLabels(grid.slice(0, headerRows), width) : null;
  const body = grid.slice(headerRows);
  return {
    caption,
    header,
    headerCells: headerRows > 0 ? headerCells(grid.slice(0, headerRows), width) : null,
    headerColumn: hasHeaderColumn(grid, headerRows),
    rows: body.map((row) => row.map((cell) => normalizedCell(cell.html, cell.text, isColumnSpanCopy(cell), cell.element))),
    width,
  };
}

/**
 * htmlparser2 in HTML mode, several times faster than parse5 on big tables; the hub is well-formed
 * HTML, so its tree is the same. Serialized cell HTML keeps characters as they are.
 */
const FAST_PARSE = { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' as const } };

/** Normalizes the first `<table>` of a hub HTML fragment. */
export function normalizeTableHtml(html: string, options: NormalizeOptions = {}): NormalizedTable {
  const $ = cheerio.load(html, FAST_PARSE, false);
  const table = $('table').get(0);
  if (table === undefined) return { caption: null, header: null, headerCells: null, headerColumn: false, rows: [], width: 0 };
  return normalizeTableElement(table, options);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A row as HTML cells, a run of span copies folded back into its cell's colspan. */
function renderRow(cells: readonly NormalizedCell[], tagFor: (c: number) => string): string {
  const out: string[] = [];
  for (let c = 0; c < cells.length; ) {
    let end = c + 1;
    while (end < cells.length && cells[end]!.spanCopy) end += 1;
    const tag = tagFor(c);
    const colspan = end - c > 1 ? ` colspan="${end - c}"` : '';
    out.push(`<${tag}${colspan}>${cells[c]!.html}</${tag}>`);
    c = end;
  }
  return `<tr>${out.join('')}</tr>`;
}

/**
 * The normalized table as hub HTML: a `th` header row, `td` body rows (first cell `th` when the
 * first column is a header column), cells spanning columns as colspan, no rowspan. Normalizing
 * the result changes nothing.
 */
export function renderNormalizedTable(table: NormalizedTable): string {
  const lines: string[] = ['<table>'];
  if (table.caption !== null) lines.push(`<tr><th colspan="${Math.max(2, table.width)}">${escapeText(table.caption)}</th></tr>`);
  if (table.header !== null && table.headerCells !== null) {
    // A made-up label stays an empty cell: reading the table again makes it up again.
    lines.push(renderRow(table.headerCells, () => 'th'));
  }
  for (const row of table.rows) lines.push(renderRow(row, (c) => (c === 0 && table.headerColumn ? 'th' : 'td')));
  lines.push('</table>');
  return lines.join('');
}
