import type { Element } from 'domhandler';
import type { NormalizedTable } from '../hub/table-normalize.js';
import type { HtmlToMarkdown } from './construct.js';
import { CELL_BREAK, cellsMarkdown, keepInOneHtmlBlock, pipeTableOf, type PipeCells } from './table-pipe.js';

/**
 * Table slots: the Markdown writer hands turndown the hub with each outer table replaced by an
 * empty `<table data-wikiport-table="N">` holding, in a caption, only the cells turndown must
 * convert (`<div>` each, a marker paragraph between them). The table itself was read and
 * normalized from the page's one parse (src/hub/parsed-hub.ts), so turndown never parses the
 * table's structure, nor its plain cells, and the cells are converted in the page's own turndown
 * call rather than one of their own. `TableSlot`s are made by src/formats/markdown/table-slots.ts.
 */
export const TABLE_SLOT = 'data-wikiport-table';

export interface TableSlot {
  /** The outer `<table>` of the page's parse. */
  element: Element;
  table: NormalizedTable;
  /** Null for a table with nothing to write. */
  cells: PipeCells | null;
  /** Per cell of `cells.htmls`: its Markdown when known without turndown, null when it is in the slot. */
  known: (string | null)[];
  /** The HTML of the cells in the slot, in order, as they are written into it. */
  pending: string[];
  /** The table as an HTML table in the Markdown, for when a cell cannot sit on one line. */
  asHtml: () => string;
  /** Set by the rule: the table was written as HTML. */
  keptAsHtml: boolean;
}

let slots: readonly TableSlot[] = [];

/** Runs `write` (one turndown call) with the slots of its hub. */
export function withTableSlots<T>(pageSlots: readonly TableSlot[], write: () => T): T {
  const previous = slots;
  slots = pageSlots;
  try {
    return write();
  } finally {
    slots = previous;
  }
}

/** The slot's HTML: an empty table, or one whose caption holds the cells turndown must convert. */
export function tableSlotHtml(index: number, slot: TableSlot): string {
  if (slot.pending.length === 0) return `<table ${TABLE_SLOT}="${index}"></table>`;
  return `<table ${TABLE_SLOT}="${index}"><caption><div>${slot.pending.join(`</div><p>${CELL_BREAK}</p><div>`)}</div></caption></table>`;
}

const CELL_BREAK_SPLIT = new RegExp(`\\s*${CELL_BREAK}\\s*`);

export function slotMarkdown(index: number, content: string, htmlToMarkdown: HtmlToMarkdown): string {
  const slot = slots[index];
  if (slot === undefined || slot.cells === null) return '';
  let parts: string[] = [];
  if (slot.pending.length > 0) {
    // What turndown makes of a page of its own: no newlines first, no whitespace last (trimEnd
    // takes what `/\s+$/` does, without the regular expression's scan of every space).
    parts = content.replace(/^[\t\r\n]+/, '').trimEnd().split(CELL_BREAK_SPLIT);
    if (parts.length !== slot.pending.length) parts = cellsMarkdown(slot.pending, htmlToMarkdown);
  }
  let next = 0;
  const markdown = slot.known.map((md) => md ?? parts[next++] ?? '');
  const pipe = pipeTableOf(slot.table, slot.cells, markdown);
  if (pipe === null) slot.keptAsHtml = true;
  return `\n\n${pipe ?? keepInOneHtmlBlock(slot.asHtml())}\n\n`;
}
