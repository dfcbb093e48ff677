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
  const inputBytes = bodies.reduce((sum, b) => sum + Buffer.byteLength(b), 0);
  const pass = (): number => {
    const start = performance.now();
    for (const body of bodies) convertOne(body);
    return performance.now() - start;
  };
  pass();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) runsMs.push(pass());
  return throughput(bodies.length, inputBytes, runsMs);
}
