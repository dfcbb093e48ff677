import type { Element } from 'domhandler';
import { closest, type DomNode } from './turndown-node.js';

/**
 * `text-align` on paragraphs and headings. Storage keeps it as a style
 * (`<p style="text-align: center;">`), the hub as `data-align`, Markdown as an HTML `<div align>`
 * around the block with a blank line on each side, so the block inside stays Markdown
 * (`<div align="center">\n\n## Title\n\n</div>`): GitHub renders the block aligned and the reader
 * gives the alignment back to every paragraph and heading inside. `left` is what a page shows
 * anyway and `justify` is nothing GitHub can show: both stay plain blocks. In a table cell (a
 * Markdown cell is one line) the alignment is not written.
 */
const SHOWN = new Set(['center', 'right']);

/** The alignment of a storage, hub or Markdown-HTML block (`style`, `data-align` or `align`), when Markdown can show it. */
export function blockAlignment(el: Element): string | null {
  const value = (el.attribs['data-align'] ?? el.attribs.align ?? /(?:^|;)\s*text-align\s*:\s*([a-z]+)/i.exec(el.attribs.style ?? '')?.[1] ?? '').toLowerCase();
  return SHOWN.has(value) ? value : null;
}

/**
 * ` data-align="center"` for the hub block of a storage paragraph or heading, or nothing. Not in
 * a table cell: a Markdown cell is one line, and a cell's alignment is its column's.
 */
export function hubAlignAttribute(el: Element): string {
  const align = blockAlignment(el);
  if (!align) return '';
  for (let p = el.parent; p; p = p.parent) {
    if (p.type === 'tag' && /^(?:td|th)$/i.test((p as Element).name)) return '';
  }
  return ` data-align="${align}"`;
}

/** The storage style of a hub block's alignment, or nothing. */
export function storageAlignStyle(el: Element): string {
  const align = blockAlignment(el);
  return align ? ` style="text-align: ${align};"` : '';
}

/** Whether a hub block's Markdown is written inside `<div align>` (an alignment Markdown shows, outside a table cell). */
export function isShownAligned(node: DomNode): boolean {
  const align = node.getAttribute('data-align');
  return align !== null && SHOWN.has(align) && !closest(node, ['TD', 'TH']);
}

/** A block's Markdown inside `<div align>` when the hub block is aligned and may be (not in a table cell). */
export function alignedMarkdown(node: DomNode, markdown: string): string {
  const align = node.getAttribute('data-align');
  if (!align || !SHOWN.has(align) || markdown.trim() === '') return markdown;
  if (closest(node, ['TD', 'TH'])) return markdown;
  return `\n\n<div align="${align}">\n\n${markdown.trim()}\n\n</div>\n\n`;
}
