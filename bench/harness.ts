import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCliConvertBench } from './cli-convert-bench.js';
import type { CliConvertSection } from './cli-convert-bench.js';
import { repoRoot } from './child-process.js';
import { runConversionBench } from './conversion-bench.js';
import { loadWikiportLibrary } from './wikiport-pipeline.js';
import { generateCorpus } from './corpus/generate.js';
import { MAX_PAGE_SIZE, runExportBench } from './export-bench.js';
import type { ExportSection } from './export-bench.js';
import { describeMachine } from './machine.js';
import { BenchResultsSchema } from './results-schema.js';
import type { BenchResults } from './results-schema.js';
import { formatTable, tableRows } from './results-table.js';
import { round } from './stats.js';
import { checkTargets } from './targets.js';

export type BenchMode = 'quick' | 'full';

export interface BenchOptions {
  mode: BenchMode;
  /** Compile src/ to dist/ first, so the CLI measured is the code measured in-process. Default true. */
  build?: boolean;
  /** Leave out the child-process sections (the convert process, export). */
  skipCli?: boolean;
  skipExport?: boolean;
  log?: (line: string) => void;
}

/** Sizes per mode: full is what issue 7 asks for; quick is a smoke test of the same code paths. */
export const PLANS = {
  full: { pages: 1000, runs: 5, pandocSample: 40, cliRuns: 3, smallExport: 1000, largeExport: 10000, latencyMs: 20 },
  quick: { pages: 40, runs: 2, pandocSample: 4, cliRuns: 1, smallExport: 30, largeExport: 120, latencyMs: 20 },
} as const;

function build(log: (line: string) => void): string | null {
  log('building dist/ (tsc -p tsconfig.build.json) ...');
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repoRoot, encoding: 'utf8' });
  if (run.status === 0) return null;
  const first = `${run.stdout}${run.stderr}`.split('\n').find((l) => l.trim()) ?? '';
  return `build reported errors (dist/ may be partly stale): ${first.slice(0, 200)}`;
}

function skippedCli(turndownLoopMs: number, pages: number): CliConvertSection {
  return { status: 'unavailable', note: 'skipped', pages, wallMs: null, runsMs: [], pagesPerSecond: null, peakRssBytes: null, turndownLoopMs, speedupVsTurndownLoop: null };
}

function skippedExport(pages: number, latencyMs: number): ExportSection {
  const requests = Math.ceil(pages / MAX_PAGE_SIZE);
  return {
    status: 'unavailable',
    note: 'skipped',
    latencyMs,
    lowerBound: { pages, requests, requestsPerPage: round(requests / pages, 4), wallMs: requests * latencyMs },
    small: null,
    large: null,
    incremental: null,
    rssGrowth: null,
  };
}

/** Runs every section of the benchmark and returns the validated results (table included). */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? (() => undefined);
  const plan = PLANS[options.mode];
  const startedAt = new Date();
  const t0 = performance.now();

  // Build first, so that the in-process sections and the CLI processes measure the same code: dist/.
  const building = options.build !== false && !(options.skipCli && options.skipExport);
  const buildNote = building ? build(log) : null;
  const library = await loadWikiportLibrary(building && buildNote === null);

  log(`generating ${plan.pages} pages ...`);
  const pages = generateCorpus(plan.pages);
  log(`converting: wikiport, turndown+GFM (${plan.runs} runs each), pandoc (${plan.pandocSample}-page sample) ...`);
  const conversion = runConversionBench(pages, { runs: plan.runs, pandocSample: plan.pandocSample, library });

  let cli = skippedCli(conversion.turndown.medianMs, pages.length);
  if (!options.skipCli) {
    log(`timing the wikiport convert --out process over ${pages.length} files ...`);
    cli = await runCliConvertBench(pages, conversion.turndown.medianMs, plan.cliRuns);
    if (buildNote) cli.note = `${cli.note}; ${buildNote}`;
  }

  let exp = skippedExport(plan.largeExport, plan.latencyMs);
  if (!options.skipExport) {
    log(`exporting ${plan.smallExport} and ${plan.largeExport} pages from the sandbox (${plan.latencyMs} ms latency), then re-exporting ...`);
    try {
      exp = await runExportBench({ smallPages: plan.smallExport, largePages: plan.largeExport, latencyMs: plan.latencyMs, timeoutMs: 30 * 60_000 });
    } catch (error) {
      exp = { ...skippedExport(plan.largeExport, plan.latencyMs), note: `export bench failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  const targets = checkTargets(conversion, cli, exp);
  const rows = tableRows(conversion, cli, exp, targets);
  const table = formatTable(rows);
  return BenchResultsSchema.parse({
    schemaVersion: 1,
    mode: options.mode,
    startedAt: startedAt.toISOString(),
    durationMs: round(performance.now() - t0, 0),
    machine: describeMachine(),
    conversion,
    cli,
    export: exp,
    targets,
    rows,
    table,
  });
}
