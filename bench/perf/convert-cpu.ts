// CPU time of convert() to Markdown and convertMany() to Markdown + JSON over the real corpus, for
// one or more bundled converters (bench/perf/bundle-converter.mjs) in one process, their passes
// interleaved (A B, B A, ...), medians of --runs passes. CPU time (process.cpuUsage) rather than
// wall time: the machine is shared. With --nhm, node-html-markdown's loop over the same pages too.
//   node --import tsx bench/perf/convert-cpu.ts [--runs 5] [--only md|many] [--nhm] [--generated N] a.mjs [b.mjs ...]
// --fine: page by page instead of pass by pass (each page through every build in turn), steadier
// on a loaded machine; md, or md+json with --only many.
// --generated N: the first N pages of the generated corpus instead of the real one.
// With --loop N, runs N passes of the first bundle and nothing else (for node --cpu-prof).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createNodeHtmlMarkdownBaseline } from '../node-html-markdown-baseline.js';
import type * as Wikiport from '../../src/index.js';
import { generatedPages, realPages } from './pages.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const flag = (name: string): boolean => {
  const i = args.indexOf(name);
  return i >= 0 ? (args.splice(i, 1), true) : false;
};
const runs = Number(option('--runs') ?? 5);
const only = option('--only');
const loop = option('--loop');
const nhm = flag('--nhm');
const fine = flag('--fine');
const generated = option('--generated');
const pages = generated !== undefined ? generatedPages(Number(generated)) : realPages();
if (pages.length === 0) throw new Error('no real corpus (../shared/corpus)');
type Lib = typeof Wikiport;
const libs = await Promise.all(args.map(async (file) => ({ name: file.replace(/^.*\//, ''), lib: (await import(pathToFileURL(resolve(file)).href)) as Lib })));

const tasks: Array<{ name: string; pass: () => void }> = [];
for (const { name, lib } of libs) {
  if (only !== 'many') tasks.push({ name: `${name} md`, pass: () => pages.forEach((p) => lib.convert(p.body, { from: 'storage', to: 'md' })) });
  if (only !== 'md') tasks.push({ name: `${name} md+json`, pass: () => pages.forEach((p) => lib.convertMany(p.body, { from: 'storage', to: ['md', 'json'], meta: p.meta })) });
}
if (nhm) {
  const baseline = createNodeHtmlMarkdownBaseline();
  tasks.push({ name: 'node-html-markdown', pass: () => pages.forEach((p) => baseline(p.body)) });
}
const cpuMs = (f: () => void): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
if (loop) {
  const task = tasks[0]!;
  for (let i = 0; i < Number(loop); i++) console.log(`${task.name} pass ${i}: ${cpuMs(task.pass).toFixed(0)} ms CPU`);
  process.exit(0);
}
if (fine) {
  // Page by page: each page goes through every task back to back (the order turning with the page),
  // so that the machine's load, which drifts over seconds, falls on all of them alike.
  const one: Array<(p: (typeof pages)[number]) => void> = [];
  for (const { lib } of libs) one.push(only === 'many' ? (p) => lib.convertMany(p.body, { from: 'storage', to: ['md', 'json'], meta: p.meta }) : (p) => lib.convert(p.body, { from: 'storage', to: 'md' }));
  for (const f of one) pages.forEach(f);
  const sums = one.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    const pass = one.map(() => 0);
    pages.forEach((p, i) => {
      for (let j = 0; j < one.length; j++) {
        const k = (i + r + j) % one.length;
        pass[k]! += cpuMs(() => one[k]!(p));
      }
    });
    pass.forEach((ms, k) => sums[k]!.push(ms));
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${pages.length} pages, ${runs} passes, each page through every build in turn; CPU ms per pass (median; all)`);
  libs.forEach(({ name }, k) => console.log(`${name.padEnd(30)} ${median(sums[k]!).toFixed(0).padStart(6)}  ${(median(sums[k]!.map((x, r) => x / sums[0]![r]!))).toFixed(3)}× the first  [${sums[k]!.map((x) => x.toFixed(0)).join(' ')}]`));
  process.exit(0);
}
for (const t of tasks) t.pass();
const times = new Map(tasks.map((t) => [t.name, [] as number[]]));
for (let r = 0; r < runs; r++) {
  for (let j = 0; j < tasks.length; j++) {
    const t = tasks[(r + j) % tasks.length]!;
    times.get(t.name)!.push(cpuMs(t.pass));
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`${pages.length} ${generated !== undefined ? 'generated' : 'real'} pages, ${runs} interleaved passes, CPU ms per pass (median; all)`);
for (const [name, xs] of times) console.log(`${name.padEnd(40)} ${median(xs).toFixed(0).padStart(6)}  ${(pages.length / (median(xs) / 1000)).toFixed(0).padStart(6)} pages/CPU s   [${xs.map((x) => x.toFixed(0)).join(' ')}]`);
// The machine's load drifts during a run; each round's ratio to the first task of the same round
// (the tasks of a round run back to back) is steadier than the ratio of the medians.
const first = times.get(tasks[0]!.name)!;
for (const [name, xs] of [...times].slice(1)) {
  const ratios = xs.map((x, r) => x / first[r]!);
  console.log(`${name.padEnd(40)} ${median(ratios).toFixed(3)}× the time of ${tasks[0]!.name} (median of the rounds' ratios)`);
}
