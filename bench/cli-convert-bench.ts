import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchPage } from './corpus/real-corpus.js';
import { cliEntry, firstErrorLine, runNodeChild } from './child-process.js';
import { median, round } from './stats.js';

export interface CliConvertSection {
  status: 'ok' | 'unavailable';
  note: string;
  pages: number;
  /** Wall time of the whole `wikiport convert --out` process (start-up, reading, writing), median. */
  wallMs: number | null;
  runsMs: number[];
  pagesPerSecond: number | null;
  peakRssBytes: number | null;
  /** turndown+GFM's in-process conversion loop over the same pages (no start-up, no I/O). */
  turndownLoopMs: number;
  /** turndownLoopMs / wallMs: above 1 means the whole wikiport process beats turndown's loop alone. */
  speedupVsTurndownLoop: number | null;
  /**
   * The same process with `--threads N`, one per core up to 4 (the runs alternate with the
   * default's, one thread): converting on a worker thread per further core (docs/benchmarks.md).
   */
  threaded?: { threads: number; wallMs: number; runsMs: number[]; peakRssBytes: number | null; speedupVsTurndownLoop: number } | null;
}

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) n += countFiles(join(dir, entry.name));
    else if (entry.name.endsWith('.md')) n++;
  }
  return n;
}

/**
 * The user's view: the pages as storage files on disk, then `wikiport convert --from storage
 * --to md --out DIR <files..>` as one process, timed from spawn to exit.
 */
export async function runCliConvertBench(pages: readonly BenchPage[], turndownLoopMs: number, runs: number): Promise<CliConvertSection> {
  const base = { pages: pages.length, turndownLoopMs: round(turndownLoopMs, 1) };
  if (!existsSync(join(cliEntry, '..', '..', 'dist', 'bin', 'main.js'))) {
    return { ...base, status: 'unavailable', note: 'dist/ is not built (npm run build)', wallMs: null, runsMs: [], pagesPerSecond: null, peakRssBytes: null, speedupVsTurndownLoop: null };
  }
  const work = mkdtempSync(join(tmpdir(), 'wikiport-bench-convert-'));
  try {
    const inputDir = join(work, 'storage');
    mkdirSync(inputDir);
    const files = pages.map((p) => {
      const file = join(inputDir, `page-${p.id}.xml`);
      writeFileSync(file, p.body);
      return file;
    });
    const threads = Math.min(availableParallelism(), 4);
    const runsMs: number[] = [];
    const threadedRunsMs: number[] = [];
    let peak: number | null = null;
    let threadedPeak: number | null = null;
    for (let i = 0; i < runs * 2; i++) {
      // The default (one thread) and --threads N alternate, the order turning each round.
      const threaded = i % 2 === Math.floor(i / 2) % 2;
      const out = join(work, `out-${i}`);
      const run = await runNodeChild([cliEntry, 'convert', '--from', 'storage', '--to', 'md', '--out', out, '--quiet', ...(threaded ? ['--threads', String(threads)] : []), ...files], { timeoutMs: 600_000 });
      const written = countFiles(out);
      if (run.exitCode !== 0 && written < pages.length) {
        return { ...base, status: 'unavailable', note: `wikiport convert failed: ${firstErrorLine(run)}`, wallMs: null, runsMs: [], pagesPerSecond: null, peakRssBytes: run.peakRssBytes, speedupVsTurndownLoop: null };
      }
      if (threaded) {
        threadedRunsMs.push(run.wallMs);
        threadedPeak = Math.max(threadedPeak ?? 0, run.peakRssBytes ?? 0) || null;
        continue;
      }
      runsMs.push(run.wallMs);
      peak = Math.max(peak ?? 0, run.peakRssBytes ?? 0) || null;
      // Each run's output stays until the section ends: deleting a thousand files just before the
      // next run makes that run's file creation slower on some file systems (ext4 without a journal
      // skips inodes freed in the last 30 s one by one), which measured the harness, not wikiport.
    }
    const wallMs = median(runsMs);
    const threadedWallMs = median(threadedRunsMs);
    return {
      ...base,
      status: 'ok',
      note: `one process, ${pages.length} input files, median of ${runs}, alternating with ${runs} runs of --threads ${threads}`,
      wallMs: round(wallMs, 1),
      runsMs: runsMs.map((ms) => round(ms, 1)),
      pagesPerSecond: round(pages.length / (wallMs / 1000), 1),
      peakRssBytes: peak,
      speedupVsTurndownLoop: round(turndownLoopMs / wallMs, 2),
      threaded: { threads, wallMs: round(threadedWallMs, 1), runsMs: threadedRunsMs.map((ms) => round(ms, 1)), peakRssBytes: threadedPeak, speedupVsTurndownLoop: round(turndownLoopMs / threadedWallMs, 2) },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
