import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest leaves one core idle by default: on a 2-core machine that is one worker for 400 files.
    maxWorkers: availableParallelism(),
    // One process per worker runs file after file: no suite mocks modules or changes the working
    // folder, and each restores what it spies on, so re-importing cheerio, turndown, zod and the
    // rest for every file (most of the CPU time of a short file) buys nothing.
    isolate: false,
  },
});
