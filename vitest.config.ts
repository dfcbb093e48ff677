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
    // Each file in a fresh process (isolate): with one process reused file after file, a run on
    // this machine once ended with a worker that exited unexpectedly, which fails the run even
    // though every test passed. Two workers already halve the wall time.
    isolate: true,
  },
});
