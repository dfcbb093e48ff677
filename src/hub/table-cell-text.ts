import type { AnyNode } from 'domhandler';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'table', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'blockquote', 'details', 'summary']);

/**
 * What cleanLine would change: a zero-width character, white space other than a plain space (no-break
 * spaces are white space to `\s`), two spaces in a row, a space at either end.
 */
const UNCLEAN_LINE = /[\u200B-\u200D\u2060\uFEFF\u00AD]|[^\S ]| {2}|^ | $/;

/** Cleans one line of text: no-break spaces become spaces, zero-width characters go, runs of spaces collapse. */
export function cleanLine(text: string): string {
  if (!UNCLEAN_LINE.test(text)) return text;
  return text.replace(ZERO_WIDTH, '').replace(/[\s\u00A0\u2007\u202F]+/g, ' ').trim();
}

/** Cleans text that may hold line breaks: each line cleaned, empty lines dropped. */
export function cleanText(text: string): string {
  if (!text.includes('\n')) return cleanLine(text);
  return text
    .split('\n')
    .map(cleanLine)
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * The visible text of hub nodes: `<br>` and block boundaries become line breaks, opaque
 * constructs (kept storage) contribute nothing, everything else its text.
 */
export function nodesText(nodes: AnyNode[]): string {
  const parts: string[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      parts.push((node as unknown as { data: string }).data.replace(/\n/g, ' '));
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return;
    const el = node as unknown as { name: string; attribs: Record<string, string>; children: AnyNode[] };
    if (el.attribs['data-opaque'] !== undefined) return;
    if (el.name === 'br') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(el.name) || el.name === 'td' || el.name === 'th';
    if (block) parts.push('\n');
    for (const child of el.children) walk(child);
    if (el.name === 'td' || el.name === 'th') parts.push(' ');
    if (block) parts.push('\n');
  };
  for (const node of nodes) walk(node);
  return cleanText(parts.join(''));
}

/**
 * What cleanCellHtml would change: what cleanLine would, a no-break space written any way, or a line break.
 */
const UNCLEAN_HTML = /[\u200B-\u200D\u2060\uFEFF\u00AD]|[^\S ]| {2}|^ | $|&nbsp;|&#160;|&#xa0;|<br/i;

/**
 * Cell HTML without zero-width characters, no-break spaces or stray whitespace. Cells holding
 * code or kept storage markup are left exactly as they are (their bytes matter).
 */
export function cleanCellHtml(html: string): string {
  if (/<pre[\s>]|data-storage=/i.test(html)) return html.trim();
  if (!UNCLEAN_HTML.test(html)) return html;
  return html
    .replace(ZERO_WIDTH, '')
    .replace(/&nbsp;|&#160;|&#xa0;|\u00A0/gi, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s*<br\s*\/?>\s*/gi, '<br>')
    .replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '')
    .trim();
}
