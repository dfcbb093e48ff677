import { spawnSync } from 'node:child_process';
import { megabytes, round } from './stats.js';

export interface PandocResult {
  available: boolean;
  version: string | null;
  note: string;
  sampledPages: number;
  sampleBytes: number;
  wallMs: number;
  pagesPerSecond: number;
  mbPerSecond: number;
  /** Time pandoc would take for the whole corpus at the sampled rate. */
  estimatedCorpusSeconds: number;
}

export function pandocVersion(): string | null {
  const probe = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return null;
  return probe.stdout.split('\n')[0]?.trim() ?? 'pandoc';
}

/** Every k-th page, so the sample keeps the corpus's mix of page kinds and sizes. */
export function evenSample<T>(items: readonly T[], size: number): T[] {
  if (size >= items.length) return [...items];
  const step = items.length / size;
  const out: T[] = [];
  for (let i = 0; i < size; i++) {
    const item = items[Math.floor(i * step)];
    if (item !== undefined) out.push(item);
  }
  return out;
}

/**
 * pandoc as a user would script it over exported pages: one `pandoc -f html -t gfm` process per
 * page, one after the other, on a sample of the corpus; the rate is scaled to the whole corpus.
 */
export function measurePandoc(bodies: readonly string[], sampleSize: number): PandocResult {
  const version = pandocVersion();
  const empty = { sampledPages: 0, sampleBytes: 0, wallMs: 0, pagesPerSecond: 0, mbPerSecond: 0, estimatedCorpusSeconds: 0 };
  if (version === null) {
    return { available: false, version: null, note: 'pandoc is not on PATH: skipped (install it, e.g. apt-get install pandoc, to compare)', ...empty };
  }
  const sample = evenSample(bodies, sampleSize);
  const sampleBytes = sample.reduce((sum, b) => sum + Buffer.byteLength(b), 0);
  let failures = 0;
  const start = performance.now();
  for (const body of sample) {
    const run = spawnSync('pandoc', ['-f', 'html', '-t', 'gfm'], { input: body, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) failures++;
  }
  const wallMs = performance.now() - start;
  const seconds = wallMs / 1000;
  return {
    available: true,
    version,
    note: `one process per page, ${sample.length} of ${bodies.length} pages sampled evenly${failures > 0 ? `, ${failures} failed` : ''}`,
    sampledPages: sample.length,
    sampleBytes,
    wallMs: round(wallMs, 1),
    pagesPerSecond: round(sample.length / seconds, 2),
    mbPerSecond: round(megabytes(sampleBytes) / seconds, 3),
    estimatedCorpusSeconds: round((bodies.length / sample.length) * seconds, 1),
  };
}
