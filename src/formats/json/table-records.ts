import type * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { TableRecord } from '../../model/table-record.js';
import type { CellValue } from '../../model/cell-value.js';
import { normalizeTableElement, type NormalizedTable } from '../../hub/table-normalize.js';
import { uniqueLabels } from '../../hub/table-header.js';
import { nodesText } from '../../hub/table-cell-text.js';
import { typedCellValue } from './typed-cell.js';

/**
 * Every table of the page (not tables nested in cells), with the nearest heading before it.
 * `normalize` lets the caller share normalized tables with other readers of the same document.
 */
export function tableRecords(
  $: cheerio.CheerioAPI,
  normalize: (el: Element) => NormalizedTable = (el) => normalizeTableElement($, el),
): TableRecord[] {
  const records: TableRecord[] = [];
  let heading: string | null = null;
  for (const el of $('h1, h2, h3, h4, h5, h6, table').toArray()) {
    if (el.name !== 'table') {
      heading = nodesText([el]) || heading;
      continue;
    }
    if ($(el).parents('table').length > 0) continue;
    records.push(tableRecord(normalize(el), heading));
  }
  return records;
}

function tableRecord(table: NormalizedTable, heading: string | null): TableRecord {
  if (table.headerColumn && table.header === null) {
    // Key/value table: the first column names the fields, each further column is one record.
    const columns = uniqueLabels(table.rows.map((row, r) => row[0]!.text.replace(/\n/g, ' ') || `Row ${r + 1}`));
    const rows = Array.from({ length: table.width - 1 }, (_, c) => {
      const record: Record<string, CellValue> = {};
      table.rows.forEach((row, r) => (record[columns[r]!] = typedCellValue(row[c + 1]!)));
      return record;
    });
    return { heading, caption: table.caption, orientation: 'columns', columns, rows };
  }
  const columns = table.header ?? Array.from({ length: table.width }, (_, c) => `Column ${c + 1}`);
  const rows = table.rows.map((row) => {
    const record: Record<string, CellValue> = {};
    row.forEach((cell, c) => (record[columns[c]!] = typedCellValue(cell)));
    return record;
  });
  return { heading, caption: table.caption, orientation: 'rows', columns, rows };
}
