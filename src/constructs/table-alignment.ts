import type { Element } from 'domhandler';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/** A cell's `text-align` (storage style, or the hub's `data-align`), when it is one Markdown can say. */
export function cellAlignment(cell: Element): string | null {
  const value = (cell.attribs['data-align'] ?? /(?:^|;)\s*text-align\s*:\s*([a-z]+)/i.exec(cell.attribs.style ?? '')?.[1] ?? '').toLowerCase();
  return ALIGNMENTS.has(value) ? value : null;
}
