import type { CliConvertSection } from './cli-convert-bench.js';
import type { ConversionSection } from './conversion-bench.js';
import type { BenchSections } from './sections.js';
import { exportFloorMs } from './targets.js';
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

const none: [string, string] = ['', ''];

function conversionRows(label: string, conversion: ConversionSection, cli: CliConvertSection | null, targets: readonly TargetCheck[], targetPrefix: string): TableRow[] {
  const w = conversion.wikiport;
  const wm = conversion.wikiportMarkdown;
  const td = conversion.turndown;
  const nhm = conversion.nodeHtmlMarkdown;
  const pd = conversion.pandoc;
  const pandocRate = pd.available ? `pandoc ${n(pd.pagesPerSecond, 1)}` : 'pandoc: not installed';
  const rows: TableRow[] = [
    [`${label}: convert ${conversion.corpus.pages} pages (${w ? w.outputs.join('+') : 'n/a'}), pages/s`, n(w?.pagesPerSecond), `turndown+GFM ${n(td.pagesPerSecond)}; node-html-markdown ${n(nhm.pagesPerSecond)}; ${pandocRate}`, '', ''],
    [`${label}: convert, MB/s of storage`, n(w?.mbPerSecond, 2), `turndown+GFM ${n(td.mbPerSecond, 2)}; node-html-markdown ${n(nhm.mbPerSecond, 2)}; ${pd.available ? `pandoc ${n(pd.mbPerSecond, 2)}` : '–'}`, '', ''],
    [`${label}: speed-up (md+json) vs turndown+GFM`, w ? `${n(conversion.speedupVsTurndown, 2)}×` : '–', '1×', ...(targetPrefix === '' ? verdict(targets, 'conversion vs turndown') : none)],
    [`${label}: speed-up (md+json) vs pandoc (process per page)`, conversion.speedupVsPandoc !== null ? `${n(conversion.speedupVsPandoc, 1)}×` : '–', '1×', ...verdict(targets, targetPrefix === '' ? 'conversion vs pandoc' : `${targetPrefix}md+json vs pandoc`)],
    [`${label}: convert() to Markdown alone, pages/s`, n(wm?.pagesPerSecond), `node-html-markdown ${n(nhm.pagesPerSecond)} (${n(conversion.markdownSpeedupVsNodeHtmlMarkdown, 2)}×)`, ...(targetPrefix === '' ? none : verdict(targets, `${targetPrefix}convert() to Markdown`))],
  ];
  if (cli) {
    const met = verdict(targets, targetPrefix === '' ? 'wikiport convert process' : `${targetPrefix}convert process`);
    const one = cli.threaded ? `; ${cli.threaded.threads} threads ${secs(cli.threaded.wallMs)} (${n(cli.threaded.speedupVsTurndownLoop, 2)}×), ${mb(cli.threaded.peakRssBytes)}` : '';
    rows.push([`${label}: wikiport convert --out process, ${cli.pages} pages`, `${secs(cli.wallMs)} (${n(cli.speedupVsTurndownLoop, 2)}×), ${mb(cli.peakRssBytes)}`, `turndown loop alone ${secs(cli.turndownLoopMs)}${one}`, ...met]);
  }
  return rows;
}

/** The rows of the one table `npm run bench` prints (and docs/benchmarks.md shows). */
export function tableRows(sections: BenchSections, targets: readonly TargetCheck[]): TableRow[] {
  const { conversion, cli, real, startup, exp, previous } = sections;
  const rows: TableRow[] = [...conversionRows('generated', conversion, cli, targets, '')];
  if (real.conversion) rows.push(...conversionRows('real', real.conversion, real.cli, targets, 'real: '));
  else rows.push(['real pages', '–', real.note, '', '']);
  rows.push(
    ['start-up: wikiport --help', secs(startup.helpMs), `node -e 0 alone ${secs(startup.nodeAloneMs)}`, ...verdict(targets, 'start-up: wikiport --help')],
    ['start-up: convert of one page', secs(startup.convertOneMs), `node -e 0 alone ${secs(startup.nodeAloneMs)}`, ...verdict(targets, 'start-up: one-page')],
  );
  const large = exp.large;
  const small = exp.small;
  const inc = exp.incremental;
  const floor = exportFloorMs(sections);
  const conversionOfExport = floor !== null ? floor - exp.lowerBound.wallMs : null;
  rows.push(
    [`export ${exp.lowerBound.pages} pages, ${exp.latencyMs} ms latency: wall`, secs(large?.wallMs), `conversion of those pages ${secs(conversionOfExport)} + listing lower bound ${secs(exp.lowerBound.wallMs)} (${exp.lowerBound.requests} requests)`, ...verdict(targets, 'export wall vs')],
    ['export: HTTP requests (per page)', large ? `${n(large.requests, 0)} (${n(large.requestsPerPage, 3)})` : '–', `lower bound ${exp.lowerBound.requests} (${n(exp.lowerBound.requestsPerPage, 3)})`, ...verdict(targets, 'requests per page')],
    ['incremental re-run: requests', inc ? `${n(inc.requests, 0)} (${n(inc.requestShare * 100, 1)}% of first)` : '–', large ? `first run ${n(large.requests, 0)}` : '–', '', ''],
    ['incremental re-run: bytes', inc ? `${mb(inc.responseBytes)} (${n(inc.byteShare * 100, 1)}% of first)` : '–', large ? `first run ${mb(large.responseBytes)}` : '–', ...verdict(targets, 'incremental: bytes')],
    ['incremental re-run: page bodies fetched', inc ? n(inc.bodiesFetched, 0) : '–', large ? `first run ${n(large.bodiesFetched, 0)}` : '–', ...verdict(targets, 'incremental: page bodies')],
    [`peak RSS, export of ${small?.pages ?? '?'} pages`, mb(small?.peakRssBytes), '', '', ''],
    [`peak RSS, export of ${large?.pages ?? exp.lowerBound.pages} pages`, mb(large?.peakRssBytes), `previous run ${mb(previous?.exportPeakRssBytes)}`, ...verdict(targets, 'peak RSS at')],
    ['peak RSS growth (large / small)', exp.rssGrowth !== null ? `${n(exp.rssGrowth, 2)}×` : '–', '', ...verdict(targets, 'peak RSS growth')],
    ['peak RSS vs previous run: export', mb(large?.peakRssBytes), `previous run ${mb(previous?.exportPeakRssBytes)}`, ...verdict(targets, 'peak RSS vs previous run: export')],
    [`peak RSS vs previous run: convert process, ${cli.pages} pages`, mb(cli.peakRssBytes), `previous run ${mb(previous?.cliPeakRssBytes)}; real pages ${mb(real.cli?.peakRssBytes)}`, ...verdict(targets, 'peak RSS vs previous run: convert')],
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
