import render from 'dom-serializer';
import type { AnyNode, Element } from 'domhandler';
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
  /** A position a cell spanning several columns covers beyond its first column (a rowspan copy is not). */
  colCopy: boolean;
  /** The `td`/`th` element this position comes from (the spanning cell for a copy); null for a made-up empty position. */
  element: Element | null;
}

const MAX_SPAN = 1000;
const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
/** What makes a cell hold something visible besides text: `img, time, [data-emoticon], [data-mention], [data-opaque], [data-status]`. */
const RICH_TAGS = new Set(['img', 'time']);
const RICH_ATTRIBUTES = ['data-emoticon', 'data-mention', 'data-opaque', 'data-status'];

/** Whether any element among the nodes or below them is rich (a walk, not a selector: most cells are small). */
function hasRich(nodes: readonly AnyNode[]): boolean {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (RICH_TAGS.has(node.name)) return true;
    for (const name of RICH_ATTRIBUTES) if (node.attribs[name] !== undefined) return true;
    if (hasRich(node.children)) return true;
  }
  return false;
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The rows of this table (directly or through thead/tbody/tfoot), not of tables nested in its cells. */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (SECTIONS.has(child.name)) for (const tr of child.children) if (isElement(tr) && tr.name === 'tr') rows.push(tr);
  }
  return rows;
}

function hasOnlyText(cell: Element): boolean {
  return cell.children.every((child) => child.type === 'text');
}

/** All visible text of the nodes sits inside `strong`/`b` (opaque constructs count as not bold). */
function allTextBold(nodes: readonly AnyNode[]): boolean {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (cleanLine((node as unknown as { data: string }).data) !== '') return false;
      continue;
    }
    if (!isElement(node) || node.name === 'strong' || node.name === 'b') continue;
    if (node.attribs['data-opaque'] !== undefined) continue;
    if (!allTextBold(node.children)) return false;
  }
  return true;
}

function isBold(cell: Element, text: string): boolean {
  if (text === '' || hasOnlyText(cell)) return false;
  return allTextBold(cell.children);
}

function emptyCell(): GridCell {
  return { html: '', text: '', th: false, bold: false, rich: false, spannedFrom: null, colCopy: false, element: null };
}

/** Text that cleaning and escaping leave as it is: words with single spaces, nothing to escape, no special spaces. */
const SIMPLE_TEXT = /^(?:[^\s&<>\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF\u00AD]+(?: [^\s&<>\u00A0\u2007\u202F\u200B-\u200D\u2060\uFEFF\u00AD]+)*)?$/;

/** Cell HTML as the hub writes it: characters as they are, only `&`, `<`, `>` (and `"` in attributes) escaped. */
const CELL_HTML = { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' } as const;

/** Reads one cell: plain-text cells (most cells of big tables) without cheerio's serializer or selectors. */
function readCell(cell: Element): GridCell {
  const th = cell.name === 'th';
  if (hasOnlyText(cell)) {
    const plain = cell.children.map((c) => (c as unknown as { data: string }).data).join('');
    if (SIMPLE_TEXT.test(plain)) return { html: plain, text: plain, th, bold: false, rich: false, spannedFrom: null, colCopy: false, element: cell };
    return { html: cleanCellHtml(escapeHtmlText(plain)), text: cleanLine(plain), th, bold: false, rich: false, spannedFrom: null, colCopy: false, element: cell };
  }
  const text = nodesText(cell.children);
  return {
    html: cleanCellHtml(render(cell.children, CELL_HTML)),
    text,
    th,
    bold: isBold(cell, text),
    rich: hasRich(cell.children),
    spannedFrom: null,
    colCopy: false,
    element: cell,
  };
}

/**
 * Expands a hub `<table>` into a rectangular grid: colspan and rowspan filled in, every row as
 * long as the longest, missing positions empty.
 */
export function readTableGrid(table: Element): GridCell[][] {
  const rowElements = ownRows(table);
  const grid: (GridCell | undefined)[][] = rowElements.map(() => []);
  rowElements.forEach((tr, r) => {
    const row = grid[r]!;
    let c = 0;
    for (const cell of tr.children) {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      while (row[c] !== undefined) c += 1;
      const base = readCell(cell);
      const rows = Math.min(span(cell.attribs['rowspan']), rowElements.length - r);
      const cols = span(cell.attribs['colspan']);
      for (let dr = 0; dr < rows; dr += 1) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < cols; dc += 1) {
          // Overlapping spans (broken tables): the cell placed first keeps its position.
          if (target[c + dc] !== undefined) continue;
          target[c + dc] = dr === 0 && dc === 0 ? base : { ...base, spannedFrom: { row: r, col: c }, colCopy: dc > 0 };
        }
      }
      c += cols;
    }
  });
  let width = 0;
  for (const row of grid) width = Math.max(width, row.length);
  grid.forEach((row, r) => unmarkOrphanCopies(row, r));
  return grid.map((row) => {
    if (row.length === width && !row.includes(undefined)) return row as GridCell[];
    return Array.from({ length: width }, (_, i) => row[i] ?? emptyCell());
  });
}

/** A column copy counts only right after its own cell or another copy of it (overlapping spans can break the run). */
function unmarkOrphanCopies(row: (GridCell | undefined)[], r: number): void {
  for (let c = 1; c < row.length; c += 1) {
    const cell = row[c];
    if (cell === undefined || !cell.colCopy || cell.spannedFrom === null) continue;
    const prev = row[c - 1];
    const origin = prev === undefined ? null : (prev.spannedFrom ?? { row: r, col: c - 1 });
    if (origin === null || origin.row !== cell.spannedFrom.row || origin.col !== cell.spannedFrom.col) cell.colCopy = false;
  }
}

export function isEmptyCell(cell: GridCell): boolean {
  return cell.text === '' && !cell.rich;
}

/**
 * A position that a cell spanning several columns covers beyond its first column (a rowspan copy
 * is not). An empty spanning cell has no copies: there is nothing to repeat.
 */
export function isColumnSpanCopy(cell: GridCell): boolean {
  return cell.colCopy && !isEmptyCell(cell);
}
