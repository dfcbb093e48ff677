import type { Element } from 'domhandler';

/** One position of a normalized table (src/hub/table-normalize.ts). */
export interface NormalizedCell {
  html: string;
  text: string;
  /**
   * The position is covered by a cell spanning several columns, beyond its first column. JSON
   * records repeat the value there; Markdown writes it once and leaves such positions empty.
   */
  spanCopy: boolean;
  /**
   * The `td`/`th` element of the parse the table was read from (the spanning cell's for a copy),
   * so a writer can walk the cell's nodes instead of parsing `html` again; null for made-up cells
   * (an empty filler position, a header label joined from two rows). Not enumerable: it is no part
   * of the cell's value (JSON output, equality of two normalizations).
   */
  readonly element?: Element | null;
}

/** A normalized cell carrying its source element as a non-enumerable field. */
export function normalizedCell(html: string, text: string, spanCopy: boolean, element: Element | null): NormalizedCell {
  return Object.defineProperty({ html, text, spanCopy }, 'element', { value: element, enumerable: false });
}
