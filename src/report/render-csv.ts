import { reportTables } from './report-tables.js';
import type { ReportTable } from './report-tables.js';
import type { SeriesReport } from './series-report.js';

/** One RFC 4180 CSV per table (`attendance.csv`, `people.csv`, ...), keyed by file name. */
export function renderCsvFiles(report: SeriesReport): Map<string, string> {
  return new Map(reportTables(report).map((t) => [`${t.name}.csv`, tableCsv(t)]));
}

export function tableCsv(table: ReportTable): string {
  return [table.header, ...table.rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet; quote-and-prefix keeps it text.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?%?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}
