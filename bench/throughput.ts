import { median, megabytes, round } from './stats.js';

/** Pages per second and storage megabytes per second of one converter over one corpus. */
export interface Throughput {
  pages: number;
  inputBytes: number;
  /** Wall time of each measured run, ms. */
  runsMs: number[];
  medianMs: number;
  pagesPerSecond: number;
  mbPerSecond: number;
}

export function throughput(pages: number, inputBytes: number, runsMs: number[]): Throughput {
  const medianMs = median(runsMs);
  return {
    pages,
    inputBytes,
    runsMs: runsMs.map((ms) => round(ms, 1)),
    medianMs: round(medianMs, 1),
    pagesPerSecond: round(pages / (medianMs / 1000), 1),
    mbPerSecond: round(megabytes(inputBytes) / (medianMs / 1000), 3),
  };
}

/**
 * Runs `convertAll` once to warm up the JIT, then `runs` times, and reports the median. The
 * converters are synchronous, so one call is one uninterrupted pass over the corpus.
 */
export function measureThroughput(bodies: readonly string[], runs: number, convertOne: (body: string) => unknown): Throughput {
  return measureInterleaved(bodies, runs, { only: convertOne }).only as Throughput;
}

/**
 * Several converters over the same pages, their passes interleaved (A B C, B C A, C A B, ...)
 * after one warm-up pass each: on a shared machine the load changes over a run, and alternating
 * lets every converter see the same mix of quiet and busy moments, so their ratio holds.
 */
export function measureInterleaved<K extends string>(bodies: readonly string[], runs: number, converters: Record<K, (body: string) => unknown>): Record<K, Throughput> {
  const inputBytes = bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0);
  const names = Object.keys(converters) as K[];
  const pass = (name: K): number => {
    const convertOne = converters[name];
    const start = performance.now();
    for (const body of bodies) convertOne(body);
    return performance.now() - start;
  };
  for (const name of names) pass(name);
  const runsMs = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length] as K;
      runsMs[name].push(pass(name));
    }
  }
  return Object.fromEntries(names.map((name) => [name, throughput(bodies.length, inputBytes, runsMs[name])])) as Record<K, Throughput>;
}
