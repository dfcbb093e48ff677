import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromOption, PageOutcome } from './convert-files.js';
import type { OutputFormat } from '../convert.js';

/** A page for a worker: its place among the inputs, its path, and its name as printed (masked with --redact). */
export interface ConvertJob {
  slot: number;
  input: string;
  shown: string;
}

/** What every worker is started with (structured-cloned: no functions, so redaction rules go as their file). */
export interface ConvertWorkerData {
  settings: { from: FromOption; to: OutputFormat; jiraBaseUrl?: string };
  /** Present with --redact: the --redact-rules file, or null for the built-in rules. */
  redactRulesFile?: string | null;
}

/** Messages between convertFiles' thread and a worker. */
export type ToWorker = { jobs: ConvertJob[] };
export type FromWorker = { ready: true } | { outcomes: PageOutcome[] };

export interface ConvertWorkersOptions extends ConvertWorkerData {
  /** Up to `max` next jobs in input order; fewer or none when none is within reach now. */
  jobs: (max: number) => ConvertJob[];
  /** A page's outcome, as each chunk comes back. */
  deliver: (outcome: PageOutcome) => void;
  /** Slots a worker took and will not convert (it died): convertFiles converts them itself. */
  giveBack: (slots: number[]) => void;
}

export interface ConvertWorkers {
  /** Hands new jobs to the workers with room for them (called as results are taken). */
  wake(): void;
  /** The slots the workers hold now (handed to them, not answered yet), in the order they were handed out. */
  heldSlots(): number[];
  /** Stops every worker (what they hold is given back first). */
  close(): Promise<void>;
}

/** Pages a worker is handed at a time, and chunks it holds at once (one converting, one waiting). */
const CHUNK = 8;
const CHUNKS_HELD = 2;

/**
 * A worker's young generation (where a page's garbage is made): V8's default lets it grow to 32
 * MB beside the calling thread's, which bin/wikiport.js holds to 16; 6 MB kept a 1,056-page
 * convert's peak RSS about 10 MB lower for the same CPU (docs/benchmarks.md, issue 17).
 */
const WORKER_YOUNG_MB = 6;

/**
 * Starts `count` worker threads that convert page files (convert-worker.ts) beside the thread
 * that calls convertFiles, which converts too. A worker asks for work once it has loaded the
 * converter (about 0.25 s of CPU), then always holds up to two chunks of eight pages; it only
 * converts: the outputs come back as text and are named and written by convertFiles in input
 * order, so they are the bytes a single thread writes. A worker that dies (a page that exhausts
 * its heap, say) gives its pages back to the calling thread; the run goes on without it.
 */
export function startConvertWorkers(count: number, options: ConvertWorkersOptions): ConvertWorkers {
  const { url, eval: evaluated } = workerEntry();
  const data: ConvertWorkerData = { settings: options.settings, ...(options.redactRulesFile !== undefined ? { redactRulesFile: options.redactRulesFile } : {}) };
  const lanes = Array.from({ length: count }, () => {
    const held = new Map<number, ConvertJob[]>();
    let ready = false;
    let dead = false;
    let chunks = 0;
    const worker = new Worker(url, { workerData: data, eval: evaluated, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const feed = (): void => {
      while (ready && !dead && held.size < CHUNKS_HELD) {
        const jobs = options.jobs(CHUNK);
        if (jobs.length === 0) return;
        held.set(chunks++, jobs);
        worker.postMessage({ jobs } satisfies ToWorker);
      }
    };
    const die = (): void => {
      if (dead) return;
      dead = true;
      const slots = [...held.values()].flatMap((jobs) => jobs.map((job) => job.slot));
      held.clear();
      if (slots.length > 0) options.giveBack(slots);
    };
    worker.on('message', (message: FromWorker) => {
      if ('ready' in message) {
        ready = true;
      } else {
        // Chunks come back in the order they were sent.
        const first = held.keys().next();
        if (!first.done) held.delete(first.value);
        for (const outcome of message.outcomes) options.deliver(outcome);
      }
      feed();
    });
    worker.on('error', die);
    worker.on('exit', die);
    return { worker, feed, die, held };
  });
  return {
    heldSlots: () => lanes.flatMap((lane) => [...lane.held.values()].flatMap((jobs) => jobs.map((job) => job.slot))),
    wake: () => {
      for (const lane of lanes) lane.feed();
    },
    close: async () => {
      for (const lane of lanes) lane.die();
      await Promise.all(lanes.map((lane) => lane.worker.terminate()));
    },
  };
}

/**
 * The worker's module: convert-worker.js beside this one (in the bundled CLI, dist/bin/, where
 * scripts/bundle-cli.mjs puts it; in the library, dist/export/). Run from the TypeScript sources
 * (the tests), the worker registers tsx first, which a worker's execArgv cannot do.
 */
function workerEntry(): { url: URL | string; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { url: new URL('./convert-worker.js', here), eval: false };
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs')).href;
  const entry = new URL('./convert-worker.ts', here).href;
  return { url: `import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(entry)}))`, eval: true };
}
