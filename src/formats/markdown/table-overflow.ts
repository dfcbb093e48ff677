import type { ConversionReport } from '../../hub/report.js';

interface TableToken {
  type: string;
  map: [number, number] | null;
}

/** Quote markers and indentation in front of a table row inside a quote or a list item. */
const CONTAINER_PREFIX = /^(?:[ \t]*>[ \t]?)*[ \t]*/;

/**
 * GFM (and so markdown-it, and GitHub) drops the cells of a row past the header's width: a `|`
 * inside a code span (`` `a|b` ``) still splits the cell, so such a row quietly loses its end.
 * Each such row is reported with its line, as not carried over.
 */
export function reportCellsPastHeader(tokens: readonly TableToken[], source: string, lineOffset: number, report: ConversionReport): void {
  let lines: string[] | null = null;
  let columns = 0;
  let inHead = false;
  for (const token of tokens) {
    if (token.type === 'thead_open') {
      inHead = true;
      columns = 0;
    } else if (token.type === 'thead_close') inHead = false;
    else if (token.type === 'th_open' && inHead) columns++;
    else if (token.type === 'tr_open' && !inHead && token.map) {
      lines ??= source.split('\n');
      const line = token.map[0];
      const row = (lines[line] ?? '').replace(CONTAINER_PREFIX, '');
      const cells = rowCells(row);
      if (cells.length <= columns) continue;
      const dropped = cells.slice(columns).join(' | ');
      report.degraded(
        'table',
        `line ${line + 1 + lineOffset}: a table row has ${cells.length} cells and its header ${columns}; the cells past the header (${dropped.length > 40 ? `${dropped.slice(0, 40)}…` : dropped}) are not carried over (GitHub does not show them either): a | inside code splits the cell, write it \\| there, or add header cells`,
      );
    }
  }
}

/** A row's cells as GFM splits them: on every `|` not escaped by a backslash, code spans included. */
function rowCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row.charAt(i);
    if (c === '\\' && i + 1 < row.length) {
      cell += c + row.charAt(++i);
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  const trimmed = row.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|') && cells.length > 0) cells.pop();
  return cells;
}
