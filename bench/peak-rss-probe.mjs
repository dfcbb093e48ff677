// Preloaded into a measured child process (`node --import <this file> ...`): at exit, writes the
// process's peak resident set size in bytes to $WIKIPORT_BENCH_RSS_FILE. VmHWM is the kernel's
// own high-water mark; resourceUsage().maxRSS is the portable fallback.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.WIKIPORT_BENCH_RSS_FILE;

function peakRssBytes() {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS * 1024;
}

if (file) {
  process.on('exit', () => {
    writeFileSync(file, String(peakRssBytes()));
  });
}
