import type { BenchSections } from './sections.js';

/** One target of issues 7 and 17, with what this run measured; `met` is null when it could not be measured. */
export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
}

const MB = 1_000_000;
/** Peak RSS "unchanged": within this share of the previous run's (VmHWM moves a few MB run to run). */
const RSS_NOISE = 0.05;

function check(name: string, target: string, value: number | null | undefined, ok: (v: number) => boolean, show: (v: number) => string): TargetCheck {
  if (value === null || value === undefined || !Number.isFinite(value)) return { name, target, measured: 'not measured', met: null };
  return { name, target, measured: show(value), met: ok(value) };
}

/**
 * The time the export of the large space cannot beat: converting its pages (at the md+json rate
 * of the conversion section, same generator) plus the listing requests at the largest page size.
 */
export function exportFloorMs({ conversion, exp }: Pick<BenchSections, 'conversion' | 'exp'>): number | null {
  const rate = conversion.wikiport?.pagesPerSecond;
  if (!rate) return null;
  return (exp.lowerBound.pages / rate) * 1000 + exp.lowerBound.wallMs;
}

const ratio = (now: number | null | undefined, before: number | null | undefined): number | null => (now && before ? now / before : null);

export function checkTargets(sections: BenchSections): TargetCheck[] {
  const { conversion, cli, real, startup, exp, previous } = sections;
  const times = (v: number): string => `${v}×`;
  const seconds = (v: number): string => `${(v / 1000).toFixed(2)} s`;
  const floor = exportFloorMs(sections);
  const exportOverFloor = exp.large?.status === 'ok' && floor ? Math.round((exp.large.wallMs / floor) * 100) / 100 : null;
  const rc = real.conversion;
  return [
    check('conversion vs turndown+GFM', '≥ 1× (aim 2×)', conversion.speedupVsTurndown, (v) => v >= 1, times),
    check('conversion vs pandoc per page', '≥ 20×', conversion.speedupVsPandoc, (v) => v >= 20, times),
    check('wikiport convert process vs turndown loop', '≥ 1×', cli.speedupVsTurndownLoop, (v) => v >= 1, times),
    check('real: convert process vs turndown loop', '≥ 1.5×', real.cli?.speedupVsTurndownLoop, (v) => v >= 1.5, times),
    check('real: convert() to Markdown vs node-html-markdown', '≥ 1×', rc?.markdownSpeedupVsNodeHtmlMarkdown, (v) => v >= 1, times),
    check('real: md+json vs pandoc per page', '≥ 25×', rc?.speedupVsPandoc, (v) => v >= 25, times),
    check('start-up: wikiport --help', '< 0.3 s', startup.helpMs, (v) => v < 300, seconds),
    check('start-up: one-page convert', '< 0.3 s', startup.convertOneMs, (v) => v < 300, seconds),
    check('export wall vs conversion + listing', '≤ 2×', exportOverFloor, (v) => v <= 2, times),
    check('requests per page (space export)', '≤ 1.05', exp.large?.status === 'ok' ? exp.large.requestsPerPage : null, (v) => v <= 1.05, String),
    check('incremental: page bodies fetched', '0', exp.incremental?.status === 'ok' ? exp.incremental.bodiesFetched : null, (v) => v === 0, String),
    check('incremental: bytes vs first run', '≤ 10%', exp.incremental?.status === 'ok' ? exp.incremental.byteShare : null, (v) => v <= 0.1, (v) => `${(v * 100).toFixed(1)}%`),
    check(`peak RSS at ${exp.large?.pages ?? '?'} pages`, '< 300 MB', exp.large?.peakRssBytes, (v) => v < 300 * MB, (v) => `${(v / MB).toFixed(0)} MB`),
    check('peak RSS growth (large / small)', '≤ 1.5×', exp.rssGrowth, (v) => v <= 1.5, times),
    check('peak RSS vs previous run: export', `≤ 1× (+${RSS_NOISE * 100}%)`, ratio(exp.large?.peakRssBytes, previous?.exportPeakRssBytes), (v) => v <= 1 + RSS_NOISE, (v) => `${v.toFixed(2)}×`),
    check('peak RSS vs previous run: convert process', `≤ 1× (+${RSS_NOISE * 100}%)`, ratio(cli.peakRssBytes, previous?.cliPeakRssBytes), (v) => v <= 1 + RSS_NOISE, (v) => `${v.toFixed(2)}×`),
  ];
}
