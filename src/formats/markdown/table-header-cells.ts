import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { isEmptyCell, readTableGrid, type GridCell } from '../../hub/table-grid.js';
import { countHeaderRows, hasHeaderColumn, isKeyValueFirstRow } from '../../hub/table-header.js';

const PARSE = { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' as const } };

/**
 * The header cells a Markdown table (one with a header row: GFM's, or an HTML table's `<thead>`)
 * means, as the writer spells them (src/hub/table-header.ts). GFM needs a header row, so a table
 * without one is written under an empty header row, a key/value table's first row stands in the
 * header row, and row labels (`th` cells down the first column) are bold. Read back here: an empty
 * header row over other rows is no row, a key/value first row is a body row whose key alone is a
 * `th`, and a bold first column that labels the rows is `th` cells again (keeping their bold, which
 * a `th` shows anyway). Without this a page read from Markdown gained an empty header row, or showed a value as a header and its row labels as plain cells.
 * Tables with merged cells are left as they are.
 */
export function tableWithHeaderCells(tableHtml: string): string {
  const $ = load(tableHtml, PARSE, false);
  const table = $('table').get(0);
  if (table === undefined) return tableHtml;
  const grid = readTableGrid(table);
  if (grid.length < 2 || grid.some((row) => row.some((cell) => cell.spannedFrom !== null || cell.element === null))) return tableHtml;
  let changed = false;
  let rows = grid;
  let headerRows = countHeaderRows(rows);
  const first = rows[0]!;
  if (first.every((cell) => cell.th && isEmptyCell(cell))) {
    $(first[0]!.element!.parent as Element).remove();
    rows = rows.slice(1);
    headerRows = 0;
    changed = true;
  } else if (headerRows === 1 && isKeyValueFirstRow(rows)) {
    for (const cell of first.slice(1)) {
      if (!cell.th) continue;
      cell.element!.name = 'td';
      changed = true;
    }
    headerRows = 0;
  }
  if (rows.length > 0 && hasHeaderColumn(rows, headerRows)) {
    for (const row of rows.slice(headerRows)) changed = asRowLabel(row[0]!) || changed;
  }
  return changed ? $.html() : tableHtml;
}

/** A bold first cell made a `th` (its bold kept: a `th` shows bold anyway, and push reads row labels by it); whether it changed. */
function asRowLabel(cell: GridCell): boolean {
  if (cell.element!.name === 'th' || !cell.bold) return false;
  cell.element!.name = 'th';
  return true;
}
