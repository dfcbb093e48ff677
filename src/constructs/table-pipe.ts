import { normalizeTableHtml, renderNormalizedTable, type NormalizeOptions, type NormalizedCell, type NormalizedTable } from '../hub/table-normalize.js';
import type { HtmlToMarkdown } from './construct.js';
import { cellAlignment } from './table-alignment.js';
import { markdownParser } from '../formats/markdown/markdown-parser.js';
import { TILDE_MARK } from '../formats/markdown/escape-text.js';

/** Markdown keeps a table's empty rows, where they stand: the page shows them (a row left to fill in). */
export const MARKDOWN_ROWS: NormalizeOptions = { keepEmptyRows: true };

/**
 * A normalized table as Markdown: a GFM pipe table when every cell fits on one line, else an HTML
 * table kept in one HTML block. Used by the table construct's turndown rule and its slots.
 */

function escapeCellText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]])/g, '\\$1').replace(/</g, '&lt;');
}

/** A line that is a horizontal rule (CommonMark's thematic break, unescaped). */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/m;

/**
 * A cell's Markdown on one line: paragraphs and line breaks become `<br>`, lists become inline HTML
 * lists (GitHub shows them as lists, the reader reads them back as lists), headings become bold,
 * pipes are escaped. Null when the content cannot live on one line (code blocks, nested tables, quotes, rules).
 */
export function flattenCellMarkdown(markdown: string): string | null {
  // A quote (a panel's alert, `> [!NOTE]`) and a rule (`---`) are blocks Markdown can only start at
  // a line's start: in a cell they would be the texts "> [!NOTE]" and "---".
  if (/^\s*(```|~~~)/m.test(markdown) || /^\s*\|.*\|\s*$/m.test(markdown) || /^\s*>/m.test(markdown) || THEMATIC_BREAK.test(markdown)) return null;
  const lines = listsAsHtml(markdown.replace(/ {2}\n|\\\n/g, '\n').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(/^#{1,6}\s+(.*)$/, '**$1**'))
    // Line-start escapes guard block syntax, which a table cell does not have.
    .map((line) => line.replace(/^\\([-+#>=])/, '$1').replace(/^(\d+)\\([.)])/, '$1$2'));
  let out = '';
  lines.forEach((line, i) => {
    // No `<br>` next to a list (a list is a block); text after one is set off by a space, which reads back.
    const previous = lines[i - 1] ?? '';
    if (i === 0 || startsBlock(line) || isInsideDetailsEdge(previous, line)) out += line;
    else if (endsBlock(previous)) out += ` ${line}`;
    else out += `<br>${line}`;
  });
  return out.split(LIST_HTML_MARK).join('').replace(/(?<!\\)\|/g, '\\|');
}

/**
 * A list or an expand (`<details>`) is a block: a browser starts it on a line of its own and starts
 * the text after it on a new line, so no `<br>` goes next to it (one would be a line break the page
 * does not have, and come back as one), and text after it is set off by a space, which reads back.
 */
function startsBlock(line: string): boolean {
  return line.startsWith(LIST_HTML_MARK) || line === '<details>';
}

function endsBlock(line: string): boolean {
  return line.startsWith(LIST_HTML_MARK) || line === '</details>';
}

/**
 * Inside an expand in a cell: its tags stand on lines of their own in block Markdown; in a cell a
 * `<br>` after `<details>` or the summary, or before `</details>`, would show as an empty line (and
 * one before `<summary>` makes GitHub show the summary as text).
 */
function isInsideDetailsEdge(previous: string, line: string): boolean {
  return /^<details>$/.test(previous) || /<\/summary>$/.test(previous) || /^<summary>/.test(line) || line === '</details>';
}

const LIST_LINE = /^( *)([-*+]|\d+[.)]) (.*)$/;
/** Marks the line a list became, so no `<br>` is put next to it. */
const LIST_HTML_MARK = '\uE004';

interface CellListItem {
  html: string;
  children: CellList | null;
}
interface CellList {
  tag: 'ul' | 'ol';
  start: number;
  indent: number;
  items: CellListItem[];
}

/** Runs of list lines (Markdown lists as turndown writes them) as one line of inline HTML each. */
function listsAsHtml(lines: string[]): string[] {
  const out: string[] = [];
  let stack: CellList[] = [];
  const flush = (): void => {
    if (stack.length > 0) out.push(LIST_HTML_MARK + listHtml(stack[0]!));
    stack = [];
  };
  for (const line of lines) {
    const m = LIST_LINE.exec(line);
    if (m === null) {
      const current = stack[stack.length - 1]?.items.at(-1);
      // A line indented under an item goes on in that item.
      if (current && line.trim() !== '' && /^ +/.test(line)) current.html += `<br>${line.trim()}`;
      else if (line.trim() !== '' || stack.length === 0) {
        flush();
        out.push(line);
      }
      continue;
    }
    const indent = m[1]!.length;
    const marker = m[2]!;
    const tag = /\d/.test(marker) ? 'ol' : 'ul';
    while (stack.length > 1 && indent < stack[stack.length - 1]!.indent) stack.pop();
    let list = stack[stack.length - 1];
    if (list !== undefined && indent > list.indent && list.items.length > 0) {
      const parent = list.items[list.items.length - 1]!;
      parent.children = { tag, start: Number.parseInt(marker, 10) || 1, indent, items: [] };
      stack.push(parent.children);
      list = parent.children;
    } else if (list === undefined || list.tag !== tag) {
      flush();
      list = { tag, start: Number.parseInt(marker, 10) || 1, indent, items: [] };
      stack.push(list);
    }
    list.items.push({ html: m[3]!, children: null });
  }
  flush();
  return out;
}

function listHtml(list: CellList): string {
  const start = list.tag === 'ol' && list.start !== 1 ? ` start="${list.start}"` : '';
  const items = list.items.map((item) => `<li>${item.html}${item.children ? listHtml(item.children) : ''}</li>`).join('');
  return `<${list.tag}${start}>${items}</${list.tag}>`;
}

export const CELL_BREAK = 'WIKIPORTCELLBREAK';

/**
 * The Markdown of many cells in one turndown call (each call builds a DOM, which dominates the
 * cost of small cells), split back at a marker paragraph that no escaping touches.
 */
export function cellsMarkdown(htmls: readonly string[], htmlToMarkdown: HtmlToMarkdown): string[] {
  const out = htmls.map((html) => (isPlainWords(html) ? html : null));
  const rest = htmls.filter((_, i) => out[i] === null);
  if (rest.length === 0) return out.map((md) => md ?? '');
  const joined = rest.map((html) => `<div>${html}</div>`).join(`<p>${CELL_BREAK}</p>`);
  let parts = htmlToMarkdown(joined).split(new RegExp(`\\s*${CELL_BREAK}\\s*`));
  if (parts.length !== rest.length) parts = rest.map((html) => htmlToMarkdown(html));
  let next = 0;
  return out.map((md) => md ?? parts[next++] ?? '');
}

/**
 * Text that is its own Markdown: letters, digits, spaces and punctuation that no Markdown rule
 * reads, starting with a letter or digit but not as a list number. Big tables are mostly such
 * cells, and they skip turndown.
 */
function isPlainWords(html: string): boolean {
  if (html === '') return true;
  // ASCII letters and digits first: most cells, and a test without Unicode property classes.
  const words = ASCII_WORDS.test(html) || UNICODE_WORDS.test(html);
  // A web address is written `<https://…>`, as in text (the reader links it).
  return words && !/^\d+[.)](?: |$)/.test(html) && !html.includes('  ') && !html.includes('://');
}

// No `@`: an e-mail address in a cell is written `<name@host>`, as in text (the reader links it).
const ASCII_WORDS = /^[A-Za-z0-9][A-Za-z0-9 ,.;:!?'"()/%$=+-]*$/;
const UNICODE_WORDS = /^[\p{L}\p{N}][\p{L}\p{N} ,.;:!?'"()/%$=+-]*$/u;

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
export function pipeTable(table: NormalizedTable, htmlToMarkdown: HtmlToMarkdown): string | null {
  if (table.width === 0) return '';
  const cells = pipeCells(table);
  return pipeTableOf(table, cells, cellsMarkdown(cells.htmls, htmlToMarkdown));
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
    const one = ONE_PLAIN_LINE.test(md) && !LIST_LINE.test(md) ? md : flattenCellMarkdown(md);
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
  return [...caption, line(headerLine), delimiterRow(table), ...lines.map(line)].join('\n');
}

const DELIMITERS: Record<string, string> = { left: ':---', center: ':---:', right: '---:' };

/** The delimiter row: a column is aligned when all its cells that say so agree (and none says otherwise). */
function delimiterRow(table: NormalizedTable): string {
  const columns: string[] = [];
  for (let c = 0; c < table.width; c += 1) {
    const aligns = new Set<string | null>();
    for (const row of [table.headerCells ?? [], ...table.rows]) {
      const cell = row[c];
      if (cell === undefined || cell.spanCopy || !cell.element) continue;
      if (cell.text === '' && cellAlignment(cell.element) === null) continue;
      aligns.add(cellAlignment(cell.element));
    }
    const only = aligns.size === 1 ? [...aligns][0] : null;
    columns.push(only ? (DELIMITERS[only] ?? '---') : '---');
  }
  return `| ${columns.join(' | ')} |`;
}


export function tableMarkdown(html: string, htmlToMarkdown: HtmlToMarkdown): string {
  const normalized = normalizeTableHtml(html, MARKDOWN_ROWS);
  if (normalized.rows.length === 0 && normalized.header === null) return '';
  const cells = pipeCells(normalized);
  const markdown = cellsMarkdown(cells.htmls, htmlToMarkdown);
  const pipe = pipeTableOf(normalized, cells, markdown);
  if (pipe !== null) return `\n\n${pipe}\n\n`;
  // The cells' Markdown is made once: made again for the HTML table, a table nested n deep was written 2^n times.
  const made = new Map(cells.htmls.map((html, i) => [html, markdown[i]!]));
  const once: HtmlToMarkdown = (html) => made.get(html) ?? htmlToMarkdown(html);
  // The HTML is meant: markdownlint is told so around the table (MD033, inline HTML), and nowhere else.
  return `\n\n<!-- markdownlint-disable MD033 -->\n${keepInOneHtmlBlock(htmlTable(normalized, once))}\n<!-- markdownlint-enable MD033 -->\n\n`;
}

/**
 * A table kept as HTML in the Markdown. Markdown inside an HTML block is not read, so each cell
 * holds the HTML a Markdown reader makes of the cell's Markdown: page links are `<a href>` to
 * their wiki path or file, task lists `<li>[x] …</li>`, nested tables tables, images `<img>`,
 * kept macros their comments. GitHub shows them so, and the Markdown reader reads them back as
 * it reads the same Markdown anywhere else.
 */
function htmlTable(table: NormalizedTable, htmlToMarkdown: HtmlToMarkdown): string {
  const row = (cells: readonly NormalizedCell[]): NormalizedCell[] => cells.map((cell) => (cell.spanCopy || isPlainWords(cell.html) ? cell : { ...cell, html: markdownAsHtml(htmlToMarkdown(cell.html)) }));
  return renderNormalizedTable({ ...table, headerCells: table.headerCells === null ? null : row(table.headerCells), rows: table.rows.map(row) });
}

/** Markdown rendered as the reader renders it; a cell of one paragraph is that paragraph's content. */
function markdownAsHtml(markdown: string): string {
  // Paragraphs and list items stay on lines of their own (a blank line would end the HTML block;
  // markdown-it writes none); a nested table's rows go on one line, as the outer table's do.
  // A lone tilde is settled only once the page is written; in HTML it is plain text.
  const html = markdownParser().render(markdown.split(`${TILDE_MARK}~`).join('\\~')).trim()
    .replace(/\n(?=<\/?(?:table|thead|tbody|tr|th|td)[\s>])/g, '').replace(/(<\/?(?:table|thead|tbody|tr|th|td)(?:\s[^>]*)?>)\n/g, '$1');
  const only = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return only !== null && !only[1]!.includes('<p>') ? only[1]! : html;
}

/**
 * A blank line ends an HTML block in Markdown, so a code block with blank lines would split the
 * table: inside `pre`, a line break before a blank line is written as `&#10;` (the same text).
 */
export function keepInOneHtmlBlock(html: string): string {
  return html.replace(/<pre[\s>][\s\S]*?<\/pre>/g, (pre) => pre.replace(/\n(?=[ \t]*\n)/g, '&#10;'));
}
