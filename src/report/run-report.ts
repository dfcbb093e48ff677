import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ExitCode, WikiportError } from '../errors.js';
import { loadSeriesPages } from './load-series-pages.js';
import { renderReport } from './render-report.js';
import type { ReportFormat } from './render-report.js';
import { buildSeriesReport } from './series-report.js';
import { loadMeetingHistory } from './load-meeting-history.js';
import { seriesMeetings } from './series-input.js';
import { writeAtomically } from './write-report-files.js';

export interface RunReportOptions {
  input: string;
  format: ReportFormat;
  out?: string;
  /** Only meetings whose title contains this, or whose parent page has this id. */
  series?: string;
  /** Also what later versions of each meeting's page changed (XML exports converted with --history). */
  history?: boolean;
}

export interface RunReportResult {
  exitCode: ExitCode;
  /** What goes to stdout when there is no --out. */
  stdout: string;
  /** Files written with --out. */
  written: string[];
  /** Files or lines skipped, one message each (for stderr). */
  problems: string[];
  summary: { meetings: number; people: number; openActions: number; closedActions: number; decisions: number };
}

/**
 * `wikiport report`: reads the pages, builds the report, renders it. With --out the file is
 * written atomically; for csv, --out FILE.csv gets the attendance matrix and the other tables go
 * beside it (FILE.people.csv, ...), and an --out without .csv is a folder for all of them.
 */
export async function runReport(options: RunReportOptions): Promise<RunReportResult> {
  try {
    await stat(options.input);
  } catch {
    throw new WikiportError(`report: ${options.input} does not exist. Give a folder of exported page JSON (wikiport export --format json) or an .ndjson file.`);
  }
  const loaded = await loadSeriesPages(options.input);
  const report = buildSeriesReport(loaded.pages, options.series);
  if (options.history) {
    const inSeries = new Set(seriesMeetings(loaded.pages, options.series).map((m) => m.source));
    report.history = await loadMeetingHistory(loaded.pages.filter((p) => inSeries.has(p.source)), loaded.problems);
  }
  if (report.meetingCount === 0) {
    const filter = options.series ? ` matching --series "${options.series}"` : '';
    loaded.problems.push(`${options.input}: no page with meeting minutes and a meeting date${filter} was found (${loaded.pages.length} pages read)`);
  }
  const files = renderReport(report, options.format);
  const written: string[] = [];
  let stdout = '';
  if (options.out) {
    for (const [name, text] of files) {
      const target = outPath(options.out, options.format, name);
      await writeAtomically(target, text);
      written.push(target);
    }
  } else if (files.size === 1) {
    stdout = [...files.values()][0] ?? '';
  } else {
    stdout = [...files].map(([name, text]) => `# ${name}\n${text}`).join('\n');
  }
  return {
    exitCode: loaded.problems.length > 0 && report.meetingCount > 0 ? ExitCode.somePagesFailed : report.meetingCount === 0 ? ExitCode.usage : ExitCode.ok,
    stdout,
    written,
    problems: loaded.problems,
    summary: {
      meetings: report.meetingCount,
      people: report.attendance.people.length,
      openActions: report.actionItems.open.length,
      closedActions: report.actionItems.closed.length,
      decisions: report.decisions.length,
    },
  };
}

function outPath(out: string, format: ReportFormat, name: string): string {
  if (format !== 'csv') return out;
  if (!out.endsWith('.csv')) return join(out, name);
  if (name === 'attendance.csv') return out;
  return join(dirname(out), `${basename(out, '.csv')}.${name}`);
}
