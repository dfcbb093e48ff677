#!/usr/bin/env node
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** A V8 flag given to node itself (on its command line or in NODE_OPTIONS) wins over the ones set here. */
const givenToNode = (pattern) => process.execArgv.some((arg) => pattern.test(arg)) || (process.env.NODE_OPTIONS ?? '').split(/\s+/).some((arg) => pattern.test(arg));

// Export and convert keep a small live heap (about 40 MB at 1,000 pages), but by default V8 lets
// the old generation grow to up to four times the live size before a full collection, so peak RSS
// is mostly garbage. Growing it by at most half keeps peak RSS near the live size for the same
// time (issue 7). It is no cap: the heap still grows as far as a large space needs. A
// --heap-growing-percent given to node itself wins.
/** The V8 flags set here, each as last set: a worker thread's start puts them back to V8's defaults, so they are set again then (below). */
const flagsSet = new Map();
const setFlag = (name, value) => {
  flagsSet.set(name, value);
  setFlagsFromString(`--${name}=${value}`);
};

if (!givenToNode(/^--heap[-_]growing[-_]percent\b/)) setFlag('heap-growing-percent', 50);

// A CLI run is short and converts each page once: by default V8 hands a function to its optimizing
// compiler (TurboFan) after about 66 KB of its bytecode has run, and on a convert of 1,000 real
// pages that compiling was a quarter of the process's CPU time, on the threads the conversion
// needs too. Waiting for 4 MB optimizes only what stays hot: about a quarter less CPU for the same
// output (issue 17). A --interrupt-budget given to node itself wins.
if (!givenToNode(/^--interrupt[-_]budget\b/)) setFlag('interrupt-budget', 4194304);

// The young generation (where new objects are made, two semi-spaces) starts at 1 MB a semi-space
// and doubles, as objects survive, up to 16 MB: 32 MB of the process's resident memory, when a
// conversion's garbage needs less. At 8 MB a semi-space a 10,000-page export peaks about 20 MB
// lower for about the same CPU time (at 4 MB: 25 MB lower, but 9% more CPU, as more of what lives
// across a few pages is promoted; docs/benchmarks.md, issue 17). V8 fixes the largest size
// (--max-semi-space-size) when the process starts, but reads how much to grow at each growth: it
// doubles (1, 2, 4, 8 MB) and, from the first collection that finds the semi-spaces at 8 MB or
// more, stays. Should V8 shrink them again (it may in an idle stretch), they grow back to 8 MB.
// A --max-semi-space-size, --min-semi-space-size or --semi-space-growth-factor given to node wins.
if (!givenToNode(/^--(max|min)[-_]semi[-_]space[-_]size\b|^--semi[-_]space[-_]growth[-_]factor\b/)) {
  const capBytes = 2 * 8 * 1024 * 1024;
  let growing = true;
  const steer = () => {
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (young === undefined) return;
    const grow = young.space_size < capBytes;
    if (grow === growing) return;
    growing = grow;
    setFlag('semi-space-growth-factor', grow ? 2 : 1);
  };
  new PerformanceObserver(steer).observe({ entryTypes: ['gc'] });
}

// Starting a worker thread (convert --out on several cores) sets V8's flags back to their defaults
// once the worker runs: left so, this thread's young generation grew to 32 MB and its functions were
// optimized at V8's default budget. Set them again then.
process.on('worker', (worker) => worker.once('online', () => {
  for (const [name, value] of flagsSet) setFlagsFromString(`--${name}=${value}`);
}));

// The CLI is compiled and bundled into dist/bin/ by `npm run build` (scripts/bundle-cli.mjs), which
// `npm ci` runs through the prepare script.
import('../dist/bin/main.js').then((cli) => cli.main(process.argv.slice(2))).catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('wikiport: the compiled CLI is missing; run `npm run build` (npm ci does it for you).');
    process.exit(2);
  }
  throw error;
});
