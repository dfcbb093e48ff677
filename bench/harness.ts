import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliConvertBench } from './cli-convert-bench.js';
import type { CliConvertSection } from './cli-convert-bench.js';
import { repoRoot } from './child-process.js';
import { runConversionBench } from './conversion-bench.js';
import { loadWikiportLibrary } from './wikiport-pipeline.js';
import { generateCorpus } from './corpus/generate.js';
import { findRealCorpus, loadRealCorpus } from './corpus/real-corpus.js';
import { runStartupBench } from './startup-bench.js';
import type { StartupSection } from './startup-bench.js';
import type { PreviousRss, RealSection } from './sections.js';
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
  /** bench/results.json of an earlier run: its peak RSS is the figure this run must not exceed. */
  previousResults?: string;
  log?: (line: string) => void;
}


/** Sizes per mode: full is what issue 7 asks for; quick is a smoke test of the same code paths. */
export const PLANS = {
  full: { pages: 1000, runs: 5, pandocSample: 40, cliRuns: 3, startupRuns: 5, smallExport: 1000, largeExport: 10000, latencyMs: 20 },
  quick: { pages: 40, runs: 2, pandocSample: 4, cliRuns: 1, startupRuns: 1, smallExport: 30, largeExport: 120, latencyMs: 20 },
} as const;

function build(log: (line: string) => void): string | null {
  log('building dist/ (tsc -p tsconfig.build.json, then the CLI bundle) ...');
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repoRoot, encoding: 'utf8' });
  const bundle = run.status === 0 ? spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bundle-cli.mjs')], { cwd: repoRoot, encoding: 'utf8' }) : run;
  if (bundle.status === 0) return null;
  const first = `${bundle.stdout}${bundle.stderr}`.split('\n').find((l) => l.trim()) ?? '';
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

function skippedStartup(note: string): StartupSection {
  return { status: 'unavailable', note, runs: 0, helpMs: null, convertOneMs: null, nodeAloneMs: null };
}

function readPreviousRss(path: string | undefined): PreviousRss | null {
  if (!path) return null;
  try {
    const old = JSON.parse(readFileSync(path, 'utf8')) as {
      cli?: { peakRssBytes?: number | null };
      real?: { cli?: { peakRssBytes?: number | null } | null };
      export?: { large?: { peakRssBytes?: number | null } | null };
    };
    return { from: path, cliPeakRssBytes: old.cli?.peakRssBytes ?? null, realCliPeakRssBytes: old.real?.cli?.peakRssBytes ?? null, exportPeakRssBytes: old.export?.large?.peakRssBytes ?? null };
  } catch {
    return null;
  }
}

async function runRealSections(plan: (typeof PLANS)[BenchMode], library: Awaited<ReturnType<typeof loadWikiportLibrary>>, skipCli: boolean, log: (line: string) => void): Promise<RealSection> {
  const dir = findRealCorpus(repoRoot);
  if (dir === null) {
    return { status: 'unavailable', note: 'skipped: ../shared/corpus is missing (set WIKIPORT_BENCH_REAL_CORPUS to its folder)', source: null, conversion: null, cli: null };
  }
  const real = loadRealCorpus(dir, plan.pages);
  const source = { dir, files: real.files, repeats: real.repeats };
  log(`real corpus: ${real.files} storage pages from ${dir}, ${real.repeats} times (${real.pages.length} pages); converting ...`);
  const conversion = runConversionBench(real.pages, { runs: plan.runs, pandocSample: plan.pandocSample, library });
  let cli: CliConvertSection | null = null;
  if (!skipCli) {
    log(`timing the wikiport convert --out process over ${real.pages.length} real files ...`);
    cli = await runCliConvertBench(real.pages, conversion.turndown.medianMs, plan.cliRuns);
  }
  return { status: conversion.status, note: `${real.files} real storage pages (storage/ and the storage pages of peers/), each ${real.repeats} times`, source, conversion, cli };
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

  const real = await runRealSections(plan, library, options.skipCli === true, log);

  let startup = skippedStartup('skipped');
  if (!options.skipCli) {
    log(`timing start-up: wikiport --help, a one-page convert, node alone (${plan.startupRuns} runs each) ...`);
    startup = await runStartupBench(plan.startupRuns);
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

  const previous = readPreviousRss(options.previousResults);
  const sections = { conversion, cli, real, startup, exp, previous };
  const targets = checkTargets(sections);
  const rows = tableRows(sections, targets);
  const table = formatTable(rows);
  return BenchResultsSchema.parse({
    schemaVersion: 2,
    mode: options.mode,
    startedAt: startedAt.toISOString(),
    durationMs: round(performance.now() - t0, 0),
    machine: describeMachine(),
    conversion,
    cli,
    real,
    startup,
    export: exp,
    previousRss: previous,
    targets,
    rows,
    table,
  });
}
