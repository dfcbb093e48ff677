#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Export and convert keep a small live heap (about 40 MB at 1,000 pages), but by default V8 lets
// the old generation grow to up to four times the live size before a full collection, so peak RSS
// is mostly garbage. Growing it by at most half keeps peak RSS near the live size for the same
// time (issue 7). It is no cap: the heap still grows as far as a large space needs. A
// --heap-growing-percent given to node itself wins.
if (!process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) setFlagsFromString('--heap-growing-percent=50');

// A CLI run is short and converts each page once: by default V8 hands a function to its optimizing
// compiler (TurboFan) after about 66 KB of its bytecode has run, and on a convert of 1,000 real
// pages that compiling was a quarter of the process's CPU time, on the threads the conversion
// needs too. Waiting for 4 MB optimizes only what stays hot: about a quarter less CPU for the same
// output (issue 17). A --interrupt-budget given to node itself wins.
if (!process.execArgv.some((arg) => /^--interrupt[-_]budget\b/.test(arg))) setFlagsFromString('--interrupt-budget=4194304');

// The CLI is compiled and bundled into dist/bin/ by `npm run build` (scripts/bundle-cli.mjs), which
// `npm ci` runs through the prepare script.
import('../dist/bin/main.js').then((cli) => cli.main(process.argv.slice(2))).catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('wikiport: the compiled CLI is missing; run `npm run build` (npm ci does it for you).');
    process.exit(2);
  }
  throw error;
});
