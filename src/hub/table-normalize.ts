import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { GridCell } from './table-grid.js';
import { isEmptyCell, readTableGrid } from './table-grid.js';
import { columnLabels, countHeaderRows, hasHeaderColumn } from './table-header.js';

export interface NormalizedCell {
  html: string;
  text: string;
}

/**
 * A hub table as Markdown and JSON see it: a rectangular grid without empty rows or columns,
 * with one header row of labels (or none), and whether the first column labels the rows.
 */
export interface NormalizedTable {
  /** A first row that is one cell spanning the whole table: a title, not a header. */
  caption: string | null;
  /** Column labels from the header row(s); null when the table has no header row. */
  header: string[] | null;
  /** The first column labels each row (key/value tables and vertical headers). */
  headerColumn: boolean;
  rows: NormalizedCell[][];
  width: number;
}

function dropEmptyRowsAndColumns(grid: GridCell[][]): GridCell[][] {
  const rows = grid.filter((row) => row.some((cell) => !isEmptyCell(cell)));
  const width = rows[0]?.length ?? 0;
  const keep = Array.from({ length: width }, (_, c) => rows.some((row) => !isEmptyCell(row[c]!)));
  return rows.map((row) => row.filter((_, c) => keep[c]));
}

/** One cell spanning every column of the row (a table title, or a section label inside the body). */
export function isSpanningRow(row: readonly GridCell[]): boolean {
  const first = row[0];
  if (first === undefined || row.length < 2 || isEmptyCell(first)) return false;
  return row.slice(1).every((cell) => cell.spannedFrom !== null && cell.html === first.html && cell.text === first.text);
}

/** Normalizes a parsed hub `<table>` element. */
export function normalizeTableElement($: cheerio.CheerioAPI, table: Element): NormalizedTable {
  let grid = dropEmptyRowsAndColumns(readTableGrid($, table));
  let caption: string | null = null;
  if (grid.length > 1 && isSpanningRow(grid[0]!)) {
    caption = grid[0]![0]!.text.replace(/\n/g, ' ');
    grid = dropEmptyRowsAndColumns(grid.slice(1));
  }
  const width = grid[0]?.length ?? 0;
  const headerRows = countHeaderRows(grid);
  const header = headerRows > 0 ? columnLabels(grid.slice(0, headerRows), width) : null;
  const body = grid.slice(headerRows);
  return {
    caption,
    header,
    headerColumn: hasHeaderColumn(grid, headerRows),
    rows: body.map((row) => row.map((cell) => ({ html: cell.html, text: cell.text }))),
    width,
  };
}

/** Normalizes the first `<table>` of a hub HTML fragment. */
export function normalizeTableHtml(html: string): NormalizedTable {
  const $ = cheerio.load(html, null, false);
  const table = $('table').get(0);
  if (table === undefined) return { caption: null, header: null, headerColumn: false, rows: [], width: 0 };
  return normalizeTableElement($, table);
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The normalized table as hub HTML: a `th` header row of labels, `td` body rows (first cell `th`
 * when the first column is a header column), no spans. Normalizing the result changes nothing.
 */
export function renderNormalizedTable(table: NormalizedTable): string {
  const lines: string[] = ['<table>'];
  if (table.caption !== null) lines.push(`<tr><th colspan="${Math.max(2, table.width)}">${escapeText(table.caption)}</th></tr>`);
  if (table.header !== null) {
    lines.push(`<tr>${table.header.map((label) => `<th>${escapeText(label)}</th>`).join('')}</tr>`);
  }
  for (const row of table.rows) {
    const cells = row.map((cell, c) => {
      const tag = c === 0 && table.headerColumn ? 'th' : 'td';
      return `<${tag}>${cell.html}</${tag}>`;
    });
    lines.push(`<tr>${cells.join('')}</tr>`);
  }
  lines.push('</table>');
  return lines.join('');
}
