// CPU time of convert() to Markdown and convertMany() to Markdown + JSON over the real corpus, for
// one or more bundled converters (bench/perf/bundle-converter.mjs) in one process, their passes
// interleaved (A B, B A, ...), medians of --runs passes. CPU time (process.cpuUsage) rather than
// wall time: the machine is shared. With --nhm, node-html-markdown's loop over the same pages too.
//   node --import tsx bench/perf/convert-cpu.ts [--runs 5] [--only md|many] [--nhm] [--generated N] a.mjs [b.mjs ...]
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
