import type * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { cleanCellHtml, cleanLine, nodesText } from './table-cell-text.js';

function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One position of the expanded grid. A merged cell is repeated at every position it spans. */
export interface GridCell {
  /** Inner hub HTML of the cell (for Markdown and storage). */
  html: string;
  /** Clean text (for JSON). */
  text: string;
  /** Was a `<th>`. */
  th: boolean;
  /** All its text is bold. */
  bold: boolean;
  /** Holds something visible besides text (image, emoticon, mention, kept macro). */
  rich: boolean;
  /** The spanning cell this position was copied from, when it is not the cell's own first position. */
  spannedFrom: { row: number; col: number } | null;
}

const MAX_SPAN = 1000;

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** The rows of this table, not of tables nested in its cells. */
function ownRows($: cheerio.CheerioAPI, table: Element): Element[] {
  return $(table)
    .find('tr')
    .toArray()
    .filter((tr) => $(tr).closest('table').get(0) === table);
}

function hasOnlyText(cell: Element): boolean {
  return cell.children.every((child) => child.type === 'text');
}

function isBold($: cheerio.CheerioAPI, cell: Element, text: string): boolean {
  if (text === '' || hasOnlyText(cell)) return false;
  const clone = $(cell).clone();
  clone.find('strong, b').remove();
  return nodesText(clone.contents().toArray()) === '';
}

/**
 * Expands a hub `<table>` into a rectangular grid: colspan and rowspan filled in, every row as
 * long as the longest, missing positions empty.
 */
export function readTableGrid($: cheerio.CheerioAPI, table: Element): GridCell[][] {
  const grid: (GridCell | undefined)[][] = [];
  const rowElements = ownRows($, table);
  rowElements.forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of $(tr).children('td, th').toArray()) {
      const row = grid[r]!;
      while (row[c] !== undefined) c += 1;
      const $cell = $(cell);
      // Most cells of big tables are plain text: read them without cheerio's serializer.
      const plain = hasOnlyText(cell) ? cell.children.map((c) => (c as unknown as { data: string }).data).join('') : null;
      const text = plain !== null ? cleanLine(plain) : nodesText($cell.contents().toArray());
      const base: GridCell = {
        html: cleanCellHtml(plain !== null ? escapeHtmlText(plain) : ($cell.html() ?? '')),
        text,
        th: cell.name === 'th',
        bold: isBold($, cell, text),
        rich: !hasOnlyText(cell) && $cell.find('img, [data-emoticon], [data-mention], [data-opaque], time, [data-status]').length > 0,
        spannedFrom: null,
      };
      const rows = span($cell.attr('rowspan'));
      const cols = span($cell.attr('colspan'));
      for (let dr = 0; dr < rows; dr += 1) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cols; dc += 1) {
          const copy = dr === 0 && dc === 0 ? base : { ...base, spannedFrom: { row: r, col: c } };
          grid[r + dr]![c + dc] = copy;
        }
      }
      c += cols;
    }
  });
  const rowCount = rowElements.length;
  const width = Math.max(0, ...grid.slice(0, rowCount).map((row) => row.length));
  const empty = (): GridCell => ({ html: '', text: '', th: false, bold: false, rich: false, spannedFrom: null });
  return grid.slice(0, rowCount).map((row) => Array.from({ length: width }, (_, i) => row[i] ?? empty()));
}

export function isEmptyCell(cell: GridCell): boolean {
  return cell.text === '' && !cell.rich;
}
