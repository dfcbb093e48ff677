// Runs only the export section of the benchmark (the same sandbox, corpus, latency and proxy as
// bench/export-bench.ts), for two or more builds of wikiport alternating in one session, so that
// a change in the machine's load falls on all of them: peak RSS (VmHWM), CPU time (user + sys)
// and wall time of each `wikiport export --format md,json` child.
//
//   node --import tsx bench/export-rss-compare.ts --pages 2000 --rounds 3 --build /tmp/base --build .
//
// A build is a folder holding bin/wikiport.js and dist/ (and node_modules, or a link to it).
// --node-arg passes a flag to the children's node; --mem samples process.memoryUsage() in them
// (bench/memory-sampler-probe.mjs) and prints the sample taken at the highest RSS. Each run's
// output folder is kept until the end (deleting 30,000 files just before the next run makes its
// inode creation slower on this machine's ext4, docs/benchmarks.md second round).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startSandbox } from '../src/sandbox/server.js';
import type { GenerateSpaceOptions } from '../src/sandbox/generate.js';
import { repoRoot } from './child-process.js';
import { generatePage } from './corpus/generate.js';
import { startCountingProxy } from './counting-proxy.js';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    latency: { type: 'string', default: '20' },
    build: { type: 'string', multiple: true },
    'node-arg': { type: 'string', multiple: true },
    mem: { type: 'boolean', default: false },
    'mem-dir': { type: 'string' },
  },
});
const pages = Number(values.pages);
const rounds = Number(values.rounds);
// `--build DIR::--flag,NAME=value` gives that build's children node flags and environment
// variables of their own.
const builds = values.build ?? [repoRoot];
const buildDir = (build: string): string => resolve(build.split('::')[0] as string);
const buildExtras = (build: string): string[] => (build.split('::')[1] ?? '').split(',').filter((f) => f !== '');
const buildFlags = (build: string): string[] => buildExtras(build).filter((f) => f.startsWith('-'));
const buildEnv = (build: string): Record<string, string> =>
  Object.fromEntries(buildExtras(build).filter((f) => !f.startsWith('-')).map((f) => [f.slice(0, f.indexOf('=')), f.slice(f.indexOf('=') + 1)]));
const nodeArgs = values['node-arg'] ?? [];
const probe = (name: string): string => pathToFileURL(join(repoRoot, 'bench', name)).href;
const SPACE = 'BENCH';
const firstId = 100001;

const generate: GenerateSpaceOptions = {
  pages,
  spaceKey: SPACE,
  source: (index) => {
    const page = generatePage(index, { spaceKey: SPACE, firstId });
    return { title: page.title, body: page.body, parentIndex: page.parentId === null ? null : Number(page.parentId) - firstId, labels: page.labels };
  },
};
const sandbox = await startSandbox({ data: false, generate, faults: { latencyMs: Number(values.latency) } });
const proxy = await startCountingProxy(sandbox.origin);
const baseUrl = proxy.origin + new URL(sandbox.baseUrl).pathname;
const auth = sandbox.auth;
const env: NodeJS.ProcessEnv = { ...process.env, CONFLUENCE_BASE_URL: baseUrl, CONFLUENCE_EMAIL: '', CONFLUENCE_API_TOKEN: '', CONFLUENCE_PAT: '', NO_COLOR: '1' };
if ('pat' in auth) env.CONFLUENCE_PAT = auth.pat;
else {
  env.CONFLUENCE_EMAIL = auth.email;
  env.CONFLUENCE_API_TOKEN = auth.token;
}

interface Run {
  build: string;
  wallS: number;
  cpuS: number;
  rssMB: number;
  exit: number | null;
  peak?: unknown;
}

const scratch = mkdtempSync(join(tmpdir(), 'wikiport-rss-compare-'));

function runOnce(build: string, n: number): Promise<Run> {
  const out = join(scratch, `out-${n}`);
  const rssFile = join(scratch, `rss-${n}`);
  const cpuFile = join(scratch, `cpu-${n}`);
  const memFile = join(scratch, `mem-${n}`);
  const args = ['--import', probe('peak-rss-probe.mjs'), '--import', probe('cpu-time-probe.mjs')];
  if (values.mem) args.push('--import', probe('memory-sampler-probe.mjs'));
  args.push(...nodeArgs, ...buildFlags(build), join(buildDir(build), 'bin', 'wikiport.js'), 'export', '--space', SPACE, '--out', out, '--format', 'md,json', '--json', '--quiet');
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: buildDir(build),
      env: { ...env, ...buildEnv(build), WIKIPORT_BENCH_RSS_FILE: rssFile, WIKIPORT_BENCH_CPU_FILE: cpuFile, WIKIPORT_BENCH_MEM_FILE: memFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => {
      const wallS = (performance.now() - start) / 1000;
      if (code !== 0) console.error(`exit ${String(code)}: ${stderr.slice(0, 500)}`);
      const run: Run = {
        build,
        wallS: Math.round(wallS * 10) / 10,
        cpuS: Math.round(Number(readFileSync(cpuFile, 'utf8')) / 100) / 10,
        rssMB: Math.round(Number(readFileSync(rssFile, 'utf8')) / 1048576),
        exit: code,
      };
      if (values.mem) {
        run.peak = (JSON.parse(readFileSync(memFile, 'utf8')) as { peak: unknown }).peak;
        if (values['mem-dir']) copyFileSync(memFile, join(values['mem-dir'], `mem-${n}.json`));
      }
      done(run);
    });
  });
}

const runs: Run[] = [];
let n = 0;
try {
  for (let round = 0; round < rounds; round++) {
    // The order turns every round: on this machine the first run of a pair tends to be the faster.
    const order = builds.map((_, i) => builds[(i + round) % builds.length] as string);
    for (const build of order) {
      const run = await runOnce(build, n++);
      runs.push(run);
      console.log(JSON.stringify(run));
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
  await proxy.close();
  await sandbox.close();
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
for (const build of builds) {
  const mine = runs.filter((r) => r.build === build);
  const col = (k: 'wallS' | 'cpuS' | 'rssMB'): string => `${k} median ${median(mine.map((r) => r[k]))} [${mine.map((r) => r[k]).join(', ')}]`;
  console.log(`${build} (${pages} pages): ${col('rssMB')}; ${col('cpuS')}; ${col('wallS')}`);
}
