import { renderCsvFiles } from './render-csv.js';
import { renderMarkdown } from './render-markdown.js';
import { renderSvg } from './render-svg.js';
import type { SeriesReport } from './series-report.js';

export type ReportFormat = 'md' | 'csv' | 'json' | 'svg';

/**
 * The report in one format, as files keyed by name. md/json/svg give one file (`report.md`, ...);
 * csv gives one file per table, since a CSV holds one table.
 */
export function renderReport(report: SeriesReport, format: ReportFormat): Map<string, string> {
  switch (format) {
    case 'md':
      return new Map([['report.md', renderMarkdown(report)]]);
    case 'json':
      return new Map([['report.json', JSON.stringify(report, null, 2) + '\n']]);
    case 'svg':
      return new Map([['attendance.svg', renderSvg(report)]]);
    case 'csv':
      return renderCsvFiles(report);
  }
}
