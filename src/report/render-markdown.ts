import { reportTables } from './report-tables.js';
import type { SeriesReport } from './series-report.js';

/** The report as GitHub-flavoured Markdown tables. */
export function renderMarkdown(report: SeriesReport): string {
  const lines: string[] = ['# Meeting series report', ''];
  if (report.meetingCount === 0) {
    lines.push('No meeting minutes with a date were found.', '');
    return lines.join('\n');
  }
  lines.push(`${report.meetingCount} meetings from ${report.firstMeeting} to ${report.lastMeeting}.`, '');
  for (const table of reportTables(report)) {
    lines.push(`## ${table.title}`, '');
    if (table.rows.length === 0) {
      lines.push('None.', '');
      continue;
    }
    lines.push(row(table.header), row(table.header.map(() => '---')), ...table.rows.map(row), '');
  }
  return lines.join('\n');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([<>*_`[\]])/g, '\\$1');
}
