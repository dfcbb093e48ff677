// Preloaded into a measured child process (`node --import <this file> ...`) when studying its
// memory: samples process.memoryUsage() and V8's heap spaces every $WIKIPORT_BENCH_MEM_EVERY_MS
// (default 100) and, at exit, writes the samples and the one taken at the highest RSS as JSON to
// $WIKIPORT_BENCH_MEM_FILE.
import { writeFileSync } from 'node:fs';
import { setInterval } from 'node:timers';
import { getHeapSpaceStatistics } from 'node:v8';

const file = process.env.WIKIPORT_BENCH_MEM_FILE;
const every = Number(process.env.WIKIPORT_BENCH_MEM_EVERY_MS ?? 100);

if (file) {
  const samples = [];
  let peak = null;
  const started = performance.now();
  const take = () => {
    const m = process.memoryUsage();
    const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, Math.round(s.space_size / 1048576)]));
    const sample = {
      t: Math.round(performance.now() - started),
      rss: Math.round(m.rss / 1048576),
      heapTotal: Math.round(m.heapTotal / 1048576),
      heapUsed: Math.round(m.heapUsed / 1048576),
      external: Math.round(m.external / 1048576),
      arrayBuffers: Math.round(m.arrayBuffers / 1048576),
      spaces,
    };
    samples.push(sample);
    if (!peak || sample.rss > peak.rss) peak = sample;
  };
  setInterval(take, every).unref();
  process.on('exit', () => {
    take();
    writeFileSync(file, JSON.stringify({ peak, samples }));
  });
}
