import type { CliConvertSection } from './cli-convert-bench.js';
import type { ConversionSection } from './conversion-bench.js';
import type { ExportSection } from './export-bench.js';
import type { TargetCheck } from './targets.js';

export type TableRow = [measure: string, wikiport: string, baseline: string, target: string, met: string];

export const TABLE_HEADER: TableRow = ['measure', 'wikiport', 'baseline (same run)', 'target', 'met'];

const MB = 1_000_000;
const n = (v: number | null | undefined, digits = 1): string => (v === null || v === undefined || !Number.isFinite(v) ? '–' : v.toLocaleString('en-US', { maximumFractionDigits: digits }));
const mb = (bytes: number | null | undefined): string => (bytes ? `${n(bytes / MB, 0)} MB` : '–');
const secs = (ms: number | null | undefined): string => (ms === null || ms === undefined ? '–' : `${n(ms / 1000, 2)} s`);

function verdict(targets: readonly TargetCheck[], name: string): [string, string] {
  const t = targets.find((x) => x.name.startsWith(name));
  if (!t) return ['', ''];
  return [t.target, t.met === null ? 'n/a' : t.met ? 'yes' : 'NO'];
}

/** The rows of the one table `npm run bench` prints (and the README shows). */
export function tableRows(conversion: ConversionSection, cli: CliConvertSection, exp: ExportSection, targets: readonly TargetCheck[]): TableRow[] {
  const w = conversion.wikiport;
  const td = conversion.turndown;
  const pd = conversion.pandoc;
  const pandocRate = pd.available ? `pandoc ${n(pd.pagesPerSecond, 1)}` : 'pandoc: not installed';
  const rows: TableRow[] = [
    [`convert ${conversion.corpus.pages} pages (${w ? w.outputs.join('+') : 'n/a'}), pages/s`, n(w?.pagesPerSecond), `turndown+GFM ${n(td.pagesPerSecond)}; ${pandocRate}`, '', ''],
    ['convert, MB/s of storage', n(w?.mbPerSecond, 2), `turndown+GFM ${n(td.mbPerSecond, 2)}; ${pd.available ? `pandoc ${n(pd.mbPerSecond, 2)}` : '–'}`, '', ''],
    ['speed-up vs turndown+GFM', w ? `${n(conversion.speedupVsTurndown, 2)}×` : '–', '1×', ...verdict(targets, 'conversion vs turndown')],
    ['speed-up vs pandoc (process per page)', conversion.speedupVsPandoc !== null ? `${n(conversion.speedupVsPandoc, 1)}×` : '–', '1×', ...verdict(targets, 'conversion vs pandoc')],
    [`wikiport convert --out process, ${cli.pages} pages`, secs(cli.wallMs), `turndown loop alone ${secs(cli.turndownLoopMs)}`, ...verdict(targets, 'wikiport convert process')],
  ];
  const large = exp.large;
  const small = exp.small;
  const inc = exp.incremental;
  rows.push(
    [`export ${exp.lowerBound.pages} pages, ${exp.latencyMs} ms latency: wall`, secs(large?.wallMs), `lower bound ${secs(exp.lowerBound.wallMs)} (${exp.lowerBound.requests} listing requests)`, '', ''],
    ['export: HTTP requests (per page)', large ? `${n(large.requests, 0)} (${n(large.requestsPerPage, 3)})` : '–', `lower bound ${exp.lowerBound.requests} (${n(exp.lowerBound.requestsPerPage, 3)})`, ...verdict(targets, 'requests per page')],
    ['incremental re-run: requests', inc ? `${n(inc.requests, 0)} (${n(inc.requestShare * 100, 1)}% of first)` : '–', large ? `first run ${n(large.requests, 0)}` : '–', '', ''],
    ['incremental re-run: bytes', inc ? `${mb(inc.responseBytes)} (${n(inc.byteShare * 100, 1)}% of first)` : '–', large ? `first run ${mb(large.responseBytes)}` : '–', ...verdict(targets, 'incremental: bytes')],
    ['incremental re-run: page bodies fetched', inc ? n(inc.bodiesFetched, 0) : '–', large ? `first run ${n(large.bodiesFetched, 0)}` : '–', ...verdict(targets, 'incremental: page bodies')],
    [`peak RSS, export of ${small?.pages ?? '?'} pages`, mb(small?.peakRssBytes), '', '', ''],
    [`peak RSS, export of ${large?.pages ?? exp.lowerBound.pages} pages`, mb(large?.peakRssBytes), '', ...verdict(targets, 'peak RSS at')],
    ['peak RSS growth (large / small)', exp.rssGrowth !== null ? `${n(exp.rssGrowth, 2)}×` : '–', '', ...verdict(targets, 'peak RSS growth')],
  );
  return rows;
}

/** Plain-text table, columns padded; `markdown` gives a GFM table for the README. */
export function formatTable(rows: readonly TableRow[], markdown = false): string {
  const all = [TABLE_HEADER, ...rows];
  if (markdown) {
    // Empty cells as `| |`: markdownlint's compact table style allows no double spaces.
    const line = (r: readonly string[]): string => `|${r.map((c) => (c === '' ? ' |' : ` ${c.replace(/\|/g, '\\|')} |`)).join('')}`;
    return [line(TABLE_HEADER), `|${TABLE_HEADER.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
  }
  const widths = TABLE_HEADER.map((_, i) => Math.max(...all.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(TABLE_HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
