import type { CliConvertSection } from './cli-convert-bench.js';
import type { ConversionSection } from './conversion-bench.js';
import type { ExportSection } from './export-bench.js';

/** One target of issue 7, with what this run measured; `met` is null when it could not be measured. */
export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean | null;
}

const MB = 1_000_000;

function check(name: string, target: string, value: number | null | undefined, ok: (v: number) => boolean, show: (v: number) => string): TargetCheck {
  if (value === null || value === undefined || !Number.isFinite(value)) return { name, target, measured: 'not measured', met: null };
  return { name, target, measured: show(value), met: ok(value) };
}

export function checkTargets(conversion: ConversionSection, cli: CliConvertSection, exp: ExportSection): TargetCheck[] {
  const times = (v: number): string => `${v}×`;
  return [
    check('conversion vs turndown+GFM', '≥ 1× (aim 2×)', conversion.speedupVsTurndown, (v) => v >= 1, times),
    check('conversion vs pandoc per page', '≥ 20×', conversion.speedupVsPandoc, (v) => v >= 20, times),
    check('wikiport convert process vs turndown loop', '≥ 1×', cli.speedupVsTurndownLoop, (v) => v >= 1, times),
    check('requests per page (space export)', '≤ 1.05', exp.large?.status === 'ok' ? exp.large.requestsPerPage : null, (v) => v <= 1.05, String),
    check('incremental: page bodies fetched', '0', exp.incremental?.status === 'ok' ? exp.incremental.bodiesFetched : null, (v) => v === 0, String),
    check('incremental: bytes vs first run', '≤ 10%', exp.incremental?.status === 'ok' ? exp.incremental.byteShare : null, (v) => v <= 0.1, (v) => `${(v * 100).toFixed(1)}%`),
    check(`peak RSS at ${exp.large?.pages ?? '?'} pages`, '< 300 MB', exp.large?.peakRssBytes, (v) => v < 300 * MB, (v) => `${(v / MB).toFixed(0)} MB`),
    check('peak RSS growth (large / small)', '≤ 1.5×', exp.rssGrowth, (v) => v <= 1.5, times),
  ];
}
