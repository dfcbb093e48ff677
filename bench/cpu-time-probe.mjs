// Preloaded into a measured child process (`node --import <this file> ...`): at exit, writes the
// process's CPU time (user + system, milliseconds) to $WIKIPORT_BENCH_CPU_FILE. On a shared,
// loaded machine wall time measures the neighbours; CPU time measures the work.
import { writeFileSync } from 'node:fs';

const file = process.env.WIKIPORT_BENCH_CPU_FILE;

if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, String(Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)));
  });
}
