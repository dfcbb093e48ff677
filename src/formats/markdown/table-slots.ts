// First: the registry loads every construct, the table construct among them, in its order.
import '../../constructs/registry.js';
import type { Element } from 'domhandler';
import { parsedHub } from '../../hub/parsed-hub.js';
import { normalizeTableHtml, type NormalizedTable } from '../../hub/table-normalize.js';
import { htmlToMarkdown } from './turndown-service.js';
import { knownCellMarkdown, MARKDOWN_ROWS, pipeCells } from '../../constructs/table-pipe.js';
import { tableSlotHtml, type TableSlot } from '../../constructs/table-slot.js';
import { liftStatusOutOfEmphasis } from './status-out-of-emphasis.js';
import { markEmptyOpaques } from './empty-opaques.js';
import { respellStorageAttributes } from './storage-stash.js';

/** The hub as the Markdown writer hands it to turndown: each outer table replaced by its slot. */
export interface HubWithSlots {
  html: string;
  slots: TableSlot[];
}

/**
 * Replaces each outer table of the hub by a slot (src/constructs/table.ts): the table is read from
 * the page's one parse, where its place in the hub text is known. A hub whose tables cannot be
 * located exactly is handed over as it is (the table rule then reads each table's own HTML).
 */
export function hubWithTableSlots(hub: string): HubWithSlots {
  if (!hub.includes('<table')) return { html: hub, slots: [] };
  const parsed = parsedHub(hub);
  const tables = parsed.outerTables;
  if (tables.length === 0 || !tables.every((el) => isLocated(hub, el))) return { html: hub, slots: [] };
  const pieces: string[] = [];
  const slots: TableSlot[] = [];
  let at = 0;
  for (const el of tables) {
    const start = el.startIndex!;
    const end = el.endIndex! + 1;
    pieces.push(hub.slice(at, start));
    const tableHtml = hub.slice(start, end);
    const slot = tableSlot(el, normalizedAsWritten(tableHtml, () => parsed.normalize(el, MARKDOWN_ROWS)), tableHtml);
    pieces.push(tableSlotHtml(slots.length, slot));
    slots.push(slot);
    at = end;
  }
  pieces.push(hub.slice(at));
  return { html: pieces.join(''), slots };
}

function isLocated(hub: string, el: Element): boolean {
  const start = el.startIndex;
  const end = el.endIndex;
  return start !== null && end !== null && hub.startsWith('<table', start) && hub.startsWith('</table>', end - 7);
}

/**
 * The Markdown writer lifts status badges out of emphasis before anything else, which can change
 * which cells count as bold: such a table is normalized from its lifted HTML.
 */
function normalizedAsWritten(tableHtml: string, normalize: () => NormalizedTable): NormalizedTable {
  if (!tableHtml.includes('data-status')) return normalize();
  const lifted = liftStatusOutOfEmphasis(tableHtml);
  return lifted === tableHtml ? normalize() : normalizeTableHtml(lifted, MARKDOWN_ROWS);
}

/** Cell HTML as the writer's transforms leave it in the hub: storage attributes in hub spelling, empty opaques marked. */
function asWritten(html: string): string {
  return markEmptyOpaques(respellStorageAttributes(html));
}

function tableSlot(element: Element, table: NormalizedTable, tableHtml: string): TableSlot {
  const empty = table.rows.length === 0 && table.header === null;
  const cells = empty ? null : pipeCells(table);
  const known: (string | null)[] = [];
  const pending: string[] = [];
  if (cells !== null && table.width > 0) {
    for (const html of cells.htmls) {
      const md = knownCellMarkdown(html);
      known.push(md);
      if (md === null) pending.push(asWritten(html));
    }
  }
  return { element, table, cells, known, pending, asHtml: () => tableAsHtml(tableHtml), keptAsHtml: false };
}

/**
 * The table as an HTML table in the Markdown (rare: cells with code blocks or nested tables), made
 * as turndown makes a table from its own HTML, so that it shows what it always has (cell text with
 * whitespace collapsed as turndown's parse leaves it, nested tables with their implied `<tbody>`).
 */
function tableAsHtml(tableHtml: string): string {
  return respellStorageAttributes(htmlToMarkdown(markEmptyOpaques(liftStatusOutOfEmphasis(tableHtml))));
}
