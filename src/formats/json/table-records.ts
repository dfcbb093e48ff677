import type { TableRecord } from '../../model/table-record.js';
import type { CellValue } from '../../model/cell-value.js';
import type { NormalizedTable } from '../../hub/table-normalize.js';
import { hubPage, isNestedTable, type HubPage } from '../../minutes/hub-page.js';
import { uniqueLabels } from '../../hub/table-header.js';
import { typedCellValue } from './typed-cell.js';

/**
 * Every table of the page (not tables nested in cells), with the nearest heading before it.
 * The page's tables are normalized once for every reader of the page (see HubPage).
 */
export function tableRecords(hub: string | HubPage): TableRecord[] {
  const page = typeof hub === 'string' ? hubPage(hub) : hub;
  const records: TableRecord[] = [];
  let heading: string | null = null;
  for (const el of page.elements.headingsAndTables) {
    if (el.name !== 'table') {
      heading = page.text(el) || heading;
      continue;
    }
    if (isNestedTable(el)) continue;
    records.push(tableRecord(page.normalize(el), heading));
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
