import type { Element } from 'domhandler';
import type { Construct, StorageReadContext, StorageWriteContext } from './construct.js';
import { childElements, tagName } from '../formats/storage/storage-dom.js';
import type { ConversionReport } from '../hub/report.js';
import { normalizeTableHtml, renderNormalizedTable, type NormalizedCell, type NormalizedTable } from '../hub/table-normalize.js';
import { parsedHub } from '../hub/parsed-hub.js';
import { turndownService } from '../formats/markdown/turndown-service.js';
import { asDom } from './turndown-node.js';

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/** The rows of a storage or hub table, through thead/tbody/tfoot, not those of nested tables. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of childElements(table)) {
    const name = tagName(child);
    if (name === 'tr') rows.push(child);
    else if (SECTIONS.has(name)) rows.push(...childElements(child, 'tr'));
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

/** A cell holding one paragraph is that paragraph's content: the hub keeps cells tight. */
function unwrapSingleParagraph(hub: string): string {
  const trimmed = hub.trim();
  const m = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return m !== null && !/<\/?p>/.test(m[1]!) ? m[1]!.trim() : trimmed;
}

function storageToHub(table: Element, ctx: StorageReadContext): string {
  const rows = tableRows(table).map((tr) => {
    const cells = childElements(tr).filter((c) => ['td', 'th'].includes(tagName(c)));
    return `<tr>${cells.map((c) => `<${tagName(c)}${spanAttributes(c)}>${unwrapSingleParagraph(ctx.children(c))}</${tagName(c)}>`).join('')}</tr>`;
  });
  return rows.length === 0 ? '' : `<table>${rows.join('')}</table>`;
}

function hubToStorage(table: Element, ctx: StorageWriteContext): string {
  const rows = tableRows(table).map((tr) => {
    const cells = childElements(tr).filter((c) => ['td', 'th'].includes(tagName(c)));
    return `<tr>${cells.map((c) => `<${tagName(c)}${spanAttributes(c)}>${ctx.children(c)}</${tagName(c)}>`).join('')}</tr>`;
  });
  return `<table><tbody>${rows.join('')}</tbody></table>`;
}

function escapeCellText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]])/g, '\\$1').replace(/</g, '&lt;');
}

/**
 * A cell's Markdown on one line: paragraphs and line breaks become `<br>`, list items keep their
 * marker, headings become bold, pipes are escaped. Null when the content cannot live on one line
 * (code blocks, nested tables).
 */
export function flattenCellMarkdown(markdown: string): string | null {
  if (/^\s*(```|~~~)/m.test(markdown) || /^\s*\|.*\|\s*$/m.test(markdown)) return null;
  const lines = markdown
    .replace(/ {2}\n|\\\n/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(/^#{1,6}\s+(.*)$/, '**$1**'))
    // Line-start escapes guard block syntax, which a table cell does not have.
    .map((line) => line.replace(/^\\([-+#>=])/, '$1').replace(/^(\d+)\\([.)])/, '$1$2'));
  return lines.join('<br>').replace(/(?<!\\)\|/g, '\\|');
}

const CELL_BREAK = 'WIKIPORTCELLBREAK';

/**
 * The Markdown of many cells in one turndown call (each call builds a DOM, which dominates the
 * cost of small cells), split back at a marker paragraph that no escaping touches.
 */
function cellsMarkdown(htmls: readonly string[]): string[] {
  const out = htmls.map((html) => (isPlainWords(html) ? html : null));
  const rest = htmls.filter((_, i) => out[i] === null);
  if (rest.length === 0) return out.map((md) => md ?? '');
  const joined = rest.map((html) => `<div>${html}</div>`).join(`<p>${CELL_BREAK}</p>`);
  let parts = turndownService().turndown(joined).split(new RegExp(`\\s*${CELL_BREAK}\\s*`));
  if (parts.length !== rest.length) parts = rest.map((html) => turndownService().turndown(html));
  let next = 0;
  return out.map((md) => md ?? parts[next++] ?? '');
}

/**
 * Text that is its own Markdown: letters, digits, spaces and punctuation that no Markdown rule
 * reads, starting with a letter or digit but not as a list number. Big tables are mostly such
 * cells, and they skip turndown.
 */
function isPlainWords(html: string): boolean {
  return html === '' || (/^[\p{L}\p{N}][\p{L}\p{N} ,.;:!?'"()/%@$=+-]*$/u.test(html) && !/^\d+[.)](?: |$)/.test(html) && !/ {2}/.test(html));
}

/**
 * The GFM header row and body rows of a normalized table. A key/value table (the first column
 * labels the rows, no header row) puts its first row in the header row GFM requires, rather than
 * an empty one; its key is bold like every key below it, which is how the reader tells it from a
 * real header row (src/hub/table-header.ts, isKeyValueFirstRow).
 */
function headerAndBody(table: NormalizedTable): { header: string[] | null; body: NormalizedCell[][]; keyValueHeader: boolean } {
  if (table.headerCells !== null) {
    return { header: table.headerCells.map((cell) => (cell.spanCopy ? '' : cell.html)), body: table.rows, keyValueHeader: false };
  }
  const first = table.rows[0];
  if (table.headerColumn && first !== undefined && first.slice(1).some((cell) => !cell.spanCopy && cell.html !== '' && !isAllBoldHtml(cell.html))) {
    return { header: first.map((cell) => (cell.spanCopy ? '' : cell.html)), body: table.rows.slice(1), keyValueHeader: true };
  }
  return { header: null, body: table.rows, keyValueHeader: false };
}

/** All the text of the cell HTML sits in `strong`/`b` (a string-level reading of the hub's bold test). */
function isAllBoldHtml(html: string): boolean {
  if (!/<(?:strong|b)[\s>]/.test(html)) return false;
  return html.replace(/<(strong|b)(?:\s[^>]*)?>[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>|&nbsp;|\s/g, '') === '';
}

/**
 * Whether the key written bold reads back bold: it is bold already, or wrapping it in `**` gives
 * bold (not so for text that starts or ends with `**` of its own, as a status lozenge does).
 */
function canBoldKey(md: string, html: string): boolean {
  return isAllBoldHtml(html) || !/^(\*\*|__)|(\*\*|__)$/.test(md);
}

function boldKey(md: string): string {
  return md !== '' && !/^\*\*.*\*\*$/.test(md) ? `**${md}**` : md;
}

/** Markdown that flattening leaves as it is: one trimmed line without pipes, backslashes, heading or fence marks. */
const ONE_PLAIN_LINE = /^(?:[^\s|#\\`~][^\n|\\`~]*[^\s|\\`~]|[^\s|#\\`~])?$/;

/** What the pipe table of a normalized table is made of: its header and body rows, and the HTML of every cell in line order. */
export interface PipeCells {
  header: string[] | null;
  body: NormalizedCell[][];
  keyValueHeader: boolean;
  /** Header row then body rows, `width` cells each; span copies empty. */
  htmls: string[];
}

export function pipeCells(table: NormalizedTable): PipeCells {
  const { header, body, keyValueHeader } = headerAndBody(table);
  const headerHtml = header ?? Array.from({ length: table.width }, () => '');
  const htmls = [...headerHtml];
  for (const row of body) for (const cell of row) htmls.push(cell.spanCopy ? '' : cell.html);
  return { header, body, keyValueHeader, htmls };
}

/**
 * The Markdown of a cell that no turndown rule needs to see: plain words are their own Markdown.
 * Null for a cell that turndown must convert.
 */
export function knownCellMarkdown(html: string): string | null {
  return isPlainWords(html) ? html : null;
}

/**
 * A normalized table as a GFM pipe table, or null when a cell cannot be flattened onto one line.
 * A cell spanning several columns is written once, the positions it covers beyond its first
 * column left empty.
 */
export function pipeTable(table: NormalizedTable): string | null {
  if (table.width === 0) return '';
  const cells = pipeCells(table);
  return pipeTableOf(table, cells, cellsMarkdown(cells.htmls));
}

/** The pipe table from the Markdown of its cells (`markdown[i]` for `cells.htmls[i]`); null as for `pipeTable`. */
export function pipeTableOf(table: NormalizedTable, cells: PipeCells, markdown: string[]): string | null {
  if (table.width === 0) return '';
  let { body, keyValueHeader } = cells;
  if (keyValueHeader && !table.rows.every((row, r) => canBoldKey(markdown[table.width * r] ?? '', row[0]?.html ?? ''))) {
    // A key that cannot be marked bold would not read back as a key: the first row goes back to
    // the body under an empty header.
    markdown = [...Array.from({ length: table.width }, () => ''), ...markdown];
    ({ body, keyValueHeader } = { body: table.rows, keyValueHeader: false });
  }
  const flat: string[] = [];
  for (const md of markdown) {
    const one = ONE_PLAIN_LINE.test(md) ? md : flattenCellMarkdown(md);
    if (one === null) return null;
    flat.push(one);
  }
  const headerLine = flat.slice(0, table.width);
  if (keyValueHeader) headerLine[0] = boldKey(headerLine[0]!);
  const lines: string[][] = [];
  for (let r = 0; r < body.length; r += 1) {
    const cells = flat.slice(table.width * (r + 1), table.width * (r + 2));
    if (table.headerColumn) cells[0] = boldKey(cells[0]!);
    lines.push(cells);
  }
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`.replace(/ {2,}\|/g, ' |');
  const caption = table.caption !== null ? [`**${escapeCellText(table.caption)}**`, ''] : [];
  return [...caption, line(headerLine), `|${' --- |'.repeat(table.width)}`, ...lines.map(line)].join('\n');
}

/** Markdown of the tables the turndown rule has claimed, made once per table element. */
const written = new WeakMap<object, string>();

function tableMarkdown(html: string): string {
  const normalized = normalizeTableHtml(html);
  if (normalized.rows.length === 0 && normalized.header === null) return '';
  const pipe = pipeTable(normalized);
  return `\n\n${pipe ?? keepInOneHtmlBlock(renderNormalizedTable(normalized))}\n\n`;
}

/**
 * A blank line ends an HTML block in Markdown, so a code block with blank lines would split the
 * table: inside `pre`, a line break before a blank line is written as `&#10;` (the same text).
 */
function keepInOneHtmlBlock(html: string): string {
  return html.replace(/<pre[\s>][\s\S]*?<\/pre>/g, (pre) => pre.replace(/\n(?=[ \t]*\n)/g, '&#10;'));
}

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
        // A slot (below) carries its table's Markdown in the making. Any other table (one nested
        // in a cell) is made here, from its HTML, and emptied: turndown would otherwise convert
        // every cell once more as the rule's content, only to throw it away.
        filter: (node) => {
          if (node.nodeName !== 'TABLE') return false;
          if (node.hasAttribute(TABLE_SLOT)) return true;
          if (!written.has(node)) {
            written.set(node, tableMarkdown(node.outerHTML));
            while (node.firstChild !== null) node.removeChild(node.firstChild);
          }
          return true;
        },
        replacement: (content, node) => {
          if (!node.hasAttribute(TABLE_SLOT)) return written.get(node) ?? '';
          const markdown = slotMarkdown(Number(node.getAttribute(TABLE_SLOT)), content);
          // Siblings read an emptied table, as they do a table made from its HTML.
          while (node.firstChild !== null) node.removeChild(node.firstChild);
          return markdown;
        },
      },
      tableSlotCells: {
        // The cells of a slot sit in its caption, which is inline to turndown: its whitespace at
        // the edges would be added around the cells' Markdown. The filter runs before turndown
        // reads it, and takes it away: the cells are converted as if they were a page of their own.
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

function slotMarkdown(index: number, content: string): string {
  const slot = slots[index];
  if (slot === undefined || slot.cells === null) return '';
  let parts: string[] = [];
  if (slot.pending.length > 0) {
    // What turndown makes of a page of its own: no newlines first, no whitespace last.
    parts = content.replace(/^[\t\r\n]+/, '').replace(/[\t\r\n\s]+$/, '').split(CELL_BREAK_SPLIT);
    if (parts.length !== slot.pending.length) parts = cellsMarkdown(slot.pending);
  }
  let next = 0;
  const markdown = slot.known.map((md) => md ?? parts[next++] ?? '');
  const pipe = pipeTableOf(slot.table, slot.cells, markdown);
  if (pipe === null) slot.keptAsHtml = true;
  return `\n\n${pipe ?? keepInOneHtmlBlock(slot.asHtml())}\n\n`;
}

/**
 * Report entries for the tables of a hub that the Markdown writer keeps as HTML tables (turndown
 * rules cannot report; the Markdown driver calls this beside them).
 */
export function reportTablesKeptAsHtml(hub: string, report: ConversionReport, keptAsHtml?: (table: Element) => boolean): void {
  if (!/<table[\s>](?:(?!<\/table>)[\s\S])*<(?:pre|table)[\s>]/.test(hub)) return;
  const parsed = parsedHub(hub);
  const { $ } = parsed;
  const outer = new Set<Element>(parsed.outerTables);
  let heading: string | null = null;
  for (const el of $('h1, h2, h3, h4, h5, h6, table').toArray()) {
    if (el.name !== 'table') {
      heading = $(el).text().trim() || heading;
      continue;
    }
    if (!outer.has(el)) continue;
    // Only code blocks and nested tables keep a cell off one line; most tables have neither.
    if ($(el).find('pre, table').length === 0) continue;
    if (keptAsHtml !== undefined ? !keptAsHtml(el) : pipeTable(parsed.normalize(el)) !== null) continue;
    const where = heading !== null ? ` under "${heading}"` : '';
    report.degraded('table', `a table${where} has cells with code blocks or nested tables; it is written as an HTML table in the Markdown`);
  }
}
