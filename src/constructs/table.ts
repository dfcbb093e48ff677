import type { Element } from 'domhandler';
import { markdownWriterOf, type Construct, type StorageReadContext, type StorageWriteContext } from './construct.js';
import { childElements, tagName } from '../formats/storage/storage-dom.js';
import { tableMarkdown } from './table-pipe.js';
import { slotMarkdown, TABLE_SLOT } from './table-slot.js';
import { asDom } from './turndown-node.js';
import { cellAlignment } from './table-alignment.js';

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/** The rows of a storage or hub table, through thead/tbody/tfoot, not those of nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of childElements(table)) {
    const name = tagName(child);
    if (name === 'tr') rows.push(child);
    // A loop, not push(...rows): spreading 200,000 rows overflows the call stack.
    else if (SECTIONS.has(name)) for (const row of childElements(child, 'tr')) rows.push(row);
  }
  return rows;
}

function spanAttributes(cell: Element): string {
  let out = '';
  for (const name of ['colspan', 'rowspan']) {
    const value = Number.parseInt(cell.attribs[name] ?? '1', 10);
    if (Number.isFinite(value) && value > 1) out += ` ${name}="${value}"`;
  }
  return out;
}

function alignAttribute(cell: Element, spelling: 'data-align' | 'style'): string {
  const align = cellAlignment(cell);
  if (align === null) return '';
  return spelling === 'style' ? ` style="text-align: ${align};"` : ` data-align="${align}"`;
}

/** A cell holding one paragraph is that paragraph's content: the hub keeps cells tight. */
function unwrapSingleParagraph(hub: string): string {
  const trimmed = hub.trim();
  const m = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return m !== null && !/<\/?p>/.test(m[1]!) ? m[1]!.trim() : trimmed;
}

function storageToHub(table: Element, ctx: StorageReadContext): string {
  const rows = tableRows(table).map((tr) => {
    const cells = childElements(tr).filter((c) => ['td', 'th'].includes(tagName(c)));
    return `<tr>${cells.map((c) => `<${tagName(c)}${spanAttributes(c)}${alignAttribute(c, 'data-align')}>${unwrapSingleParagraph(ctx.children(c))}</${tagName(c)}>`).join('')}</tr>`;
  });
  return rows.length === 0 ? '' : `<table>${rows.join('')}</table>`;
}

function hubToStorage(table: Element, ctx: StorageWriteContext): string {
  const rows = tableRows(table).map((tr) => {
    const cells = childElements(tr).filter((c) => ['td', 'th'].includes(tagName(c)));
    return `<tr>${cells.map((c) => `<${tagName(c)}${spanAttributes(c)}${alignAttribute(c, 'style')}>${ctx.children(c)}</${tagName(c)}>`).join('')}</tr>`;
  });
  return `<table><tbody>${rows.join('')}</tbody></table>`;
}

/** Markdown of the tables the turndown rule has claimed, made once per table element. */
const written = new WeakMap<object, string>();

/**
 * Tables. Storage and hub keep colspan/rowspan as written (thead/tbody/colgroup dropped);
 * Markdown and JSON read the normalized grid (src/hub/table-normalize.ts). A table whose cells
 * hold blocks that cannot sit on one Markdown line is written as an HTML table instead, visibly.
 */
export const table: Construct = {
  name: 'table',
  storage: { tags: ['table'], toHub: storageToHub },
  hub: { tags: ['table'], toStorage: hubToStorage },
  markdown: {
    rules: {
      table: {
        // A slot (table-slot.ts) carries its table's Markdown in the making. Any other table (one nested
        // in a cell) is made here, from its HTML, and emptied: turndown would otherwise convert
        // every cell once more as the rule's content, only to throw it away.
        tags: ['table'],
        filter: (node, options) => {
          if (node.nodeName !== 'TABLE') return false;
          if (node.hasAttribute(TABLE_SLOT)) return true;
          if (!written.has(node)) {
            written.set(node, tableMarkdown(node.outerHTML, markdownWriterOf(options)));
            while (node.firstChild !== null) node.removeChild(node.firstChild);
          }
          return true;
        },
        replacement: (content, node, options) => {
          if (!node.hasAttribute(TABLE_SLOT)) return written.get(node) ?? '';
          const markdown = slotMarkdown(Number(node.getAttribute(TABLE_SLOT)), content, markdownWriterOf(options));
          // Siblings read an emptied table, as they do a table made from its HTML.
          while (node.firstChild !== null) node.removeChild(node.firstChild);
          return markdown;
        },
      },
      tableSlotCells: {
        // The cells of a slot sit in its caption, which is inline to turndown: its whitespace at
        // the edges would be added around the cells' Markdown. The filter runs before turndown
        // reads it, and takes it away: the cells are converted as if they were a page of their own.
        tags: ['caption'],
        filter: (node) => {
          if (node.nodeName !== 'CAPTION' || node.parentNode?.nodeName !== 'TABLE' || !asDom(node.parentNode).hasAttribute(TABLE_SLOT)) return false;
          (node as unknown as { flankingWhitespace?: { leading: string; trailing: string } }).flankingWhitespace = { leading: '', trailing: '' };
          return true;
        },
        replacement: (content) => content,
      },
    },
  },
};
