// The whole `wikiport convert --out` process, variants against each other and against turndown's
// loop, in one session: `node --import tsx bench/perf/convert-process.ts [--runs 5] [--pages 1000]
// NAME=CLI[::ARG,ARG] ...` (CLI: a bin/wikiport.js; ARGs added to the command line, e.g.
// `one=bin/wikiport.js::--threads,1`). Runs the variants in turn, the order turning each round, on
// the real corpus (bench/corpus/real-corpus.ts) written into files once; then turndown+GFM's
// in-process loop over the same pages (median of 5 passes after a warm-up). Prints each variant's
// wall, CPU (user + sys) and peak RSS medians, and turndown's loop over the wall median.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawn } from 'node:child_process';
import { findRealCorpus, loadRealCorpus } from '../corpus/real-corpus.js';
import { repoRoot } from '../child-process.js';
import { createTurndownBaseline } from '../turndown-baseline.js';
import { median } from '../stats.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args.splice(at, 2)[1]);
};
const runs = flag('--runs', 5);
const minPages = flag('--pages', 1000);
const variants = args.map((arg) => {
  const [name, rest] = arg.split('=') as [string, string];
  const [cli, extra] = rest.split('::') as [string, string | undefined];
  return { name, cli: resolve(cli), extra: extra ? extra.split(',') : [], wall: [] as number[], cpu: [] as number[], rss: [] as number[] };
});
const corpusDir = findRealCorpus(repoRoot);
if (!corpusDir) throw new Error('no real corpus (../shared/corpus)');
const pages = loadRealCorpus(corpusDir, minPages).pages;
const work = mkdtempSync(join(tmpdir(), 'wikiport-convert-process-'));
const inputs = join(work, 'in');
mkdirSync(inputs);
const files = pages.map((p) => {
  const file = join(inputs, `page-${p.id}.xml`);
  writeFileSync(file, p.body);
  return file;
});
const probes = ['peak-rss-probe.mjs', 'cpu-time-probe.mjs'].flatMap((f) => ['--import', pathToFileURL(join(repoRoot, 'bench', f)).href]);

function run(variant: (typeof variants)[number], out: string): Promise<void> {
  const rssFile = join(work, 'rss');
  const cpuFile = join(work, 'cpu');
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...probes, variant.cli, 'convert', '--from', 'storage', '--to', 'md', '--out', out, '--quiet', ...variant.extra, ...files], {
      env: { ...process.env, WIKIPORT_BENCH_RSS_FILE: rssFile, WIKIPORT_BENCH_CPU_FILE: cpuFile },
      stdio: 'inherit',
    });
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`${variant.name} exited ${code}`));
      variant.wall.push(performance.now() - start);
      variant.rss.push(Number(readFileSync(rssFile, 'utf8')) / 2 ** 20);
      variant.cpu.push(Number(readFileSync(cpuFile, 'utf8')));
      done();
    });
  });
}

try {
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < variants.length; i++) {
      const variant = variants[(i + round) % variants.length] as (typeof variants)[number];
      await run(variant, join(work, `out-${variant.name}-${round}`));
    }
  }
  const turndown = createTurndownBaseline();
  const passes: number[] = [];
  for (let pass = 0; pass < 6; pass++) {
    const start = performance.now();
    for (const p of pages) turndown(p.body);
    if (pass > 0) passes.push(performance.now() - start);
  }
  const loop = median(passes);
  console.log(`${pages.length} pages, ${runs} rounds; turndown+GFM loop ${loop.toFixed(0)} ms (passes ${passes.map((x) => x.toFixed(0)).join(' ')})`);
  for (const v of variants) {
    const wall = median(v.wall);
    console.log(
      `${v.name}: wall ${wall.toFixed(0)} ms (${v.wall.map((x) => x.toFixed(0)).join(' ')}), CPU ${median(v.cpu).toFixed(0)} ms (${v.cpu.join(' ')}), peak RSS ${median(v.rss).toFixed(0)} MB (${v.rss.map((x) => x.toFixed(0)).join(' ')}); turndown loop / wall ${(loop / wall).toFixed(2)}×`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
