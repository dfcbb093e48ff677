import type { CliConvertSection } from './cli-convert-bench.js';
import type { ConversionSection } from './conversion-bench.js';
import type { ExportSection } from './export-bench.js';
import type { StartupSection } from './startup-bench.js';

/** The real-page sections: the same conversion and convert-process measures on ../shared/corpus. */
export interface RealSection {
  status: 'ok' | 'unavailable';
  note: string;
  source: { dir: string; files: number; repeats: number } | null;
  conversion: ConversionSection | null;
  cli: CliConvertSection | null;
}

/** Peak RSS figures of an earlier results.json, to hold this run to. */
export interface PreviousRss {
  from: string;
  cliPeakRssBytes: number | null;
  realCliPeakRssBytes: number | null;
  exportPeakRssBytes: number | null;
}

/** Everything one run measured, as the targets and the table read it. */
export interface BenchSections {
  conversion: ConversionSection;
  cli: CliConvertSection;
  real: RealSection;
  startup: StartupSection;
  exp: ExportSection;
  previous: PreviousRss | null;
}
