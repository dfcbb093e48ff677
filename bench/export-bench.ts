import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GenerateSpaceOptions } from '../src/sandbox/generate.js';
import { startSandbox } from '../src/sandbox/server.js';
import type { Sandbox } from '../src/sandbox/server.js';
import { cliEntry, firstErrorLine, repoRoot, runNodeChild } from './child-process.js';
import type { ChildRun } from './child-process.js';
import { generatePage } from './corpus/generate.js';
import type { CorpusOptions } from './corpus/generate.js';
import { startCountingProxy } from './counting-proxy.js';
import type { TrafficCounts } from './counting-proxy.js';
import { round } from './stats.js';

/** The largest `limit` a v2 list endpoint accepts (reference: min 1, max 250). */
export const MAX_PAGE_SIZE = 250;
const SPACE_KEY = 'BENCH';

export interface ExportRun {
  status: 'ok' | 'failed';
  note: string;
  pages: number;
  wallMs: number;
  exitCode: number | null;
  peakRssBytes: number | null;
  requests: number;
  requestsPerPage: number;
  responseBytes: number;
  /** Page bodies (storage) transferred. */
  bodiesFetched: number;
  byEndpoint: Record<string, number>;
  /** The exporter's own `--json` summary, when it printed one. */
  summary: unknown;
}

export interface ExportSection {
  status: 'ok' | 'unavailable';
  note: string;
  latencyMs: number;
  /** Listing requests needed at the maximum page size: ceil(pages / 250). */
  lowerBound: { pages: number; requests: number; requestsPerPage: number; wallMs: number };
  small: ExportRun | null;
  large: ExportRun | null;
  incremental: (ExportRun & { requestShare: number; byteShare: number }) | null;
  /** Peak RSS of the large export over the small one. */
  rssGrowth: number | null;
}

export interface ExportOptions {
  smallPages: number;
  largePages: number;
  latencyMs: number;
  concurrency?: number;
  timeoutMs: number;
}

function corpusSource(options: CorpusOptions): GenerateSpaceOptions['source'] {
  const firstId = 100001;
  return (index) => {
    const page = generatePage(index, { ...options, firstId });
    return {
      title: page.title,
      body: page.body,
      parentIndex: page.parentId === null ? null : Number(page.parentId) - firstId,
      labels: page.labels,
    };
  };
}

function credentialsEnv(sandbox: Sandbox, baseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { CONFLUENCE_BASE_URL: baseUrl, CONFLUENCE_EMAIL: '', CONFLUENCE_API_TOKEN: '', CONFLUENCE_PAT: '' };
  if ('pat' in sandbox.auth) env.CONFLUENCE_PAT = sandbox.auth.pat;
  else {
    env.CONFLUENCE_EMAIL = sandbox.auth.email;
    env.CONFLUENCE_API_TOKEN = sandbox.auth.token;
  }
  return env;
}

function parseSummary(stdout: string): unknown {
  const start = stdout.indexOf('{');
  if (start < 0) return null;
  try {
    return JSON.parse(stdout.slice(start)) as unknown;
  } catch {
    return null;
  }
}

function toRun(pages: number, run: ChildRun, traffic: TrafficCounts): ExportRun {
  const ok = run.exitCode === 0;
  return {
    status: ok ? 'ok' : 'failed',
    note: ok ? '' : `wikiport export exited ${String(run.exitCode)}: ${firstErrorLine(run)}`,
    pages,
    wallMs: round(run.wallMs, 1),
    exitCode: run.exitCode,
    peakRssBytes: run.peakRssBytes,
    requests: traffic.requests,
    requestsPerPage: round(traffic.requests / pages, 3),
    responseBytes: traffic.responseBytes,
    bodiesFetched: traffic.storageBodies,
    byEndpoint: traffic.byEndpoint,
    summary: parseSummary(run.stdout),
  };
}

/**
 * Exports a generated space of `pages` pages from the sandbox (injected latency per request)
 * through a counting proxy, with `wikiport export` as a child process; with `rerun`, exports it a
 * second time into the same folder (the incremental case).
 */
async function exportSpace(pages: number, options: ExportOptions, rerun: boolean): Promise<ExportRun[]> {
  const generate: GenerateSpaceOptions = { pages, spaceKey: SPACE_KEY, source: corpusSource({ spaceKey: SPACE_KEY }) };
  const sandbox = await startSandbox({ data: false, generate, faults: { latencyMs: options.latencyMs } });
  const proxy = await startCountingProxy(sandbox.origin);
  const out = mkdtempSync(join(tmpdir(), 'wikiport-bench-export-'));
  try {
    const baseUrl = proxy.origin + new URL(sandbox.baseUrl).pathname;
    const args = [cliEntry, 'export', '--space', SPACE_KEY, '--out', out, '--format', 'md,json', '--json', '--quiet'];
    if (options.concurrency) args.push('--concurrency', String(options.concurrency));
    const env = credentialsEnv(sandbox, baseUrl);
    const runs: ExportRun[] = [];
    for (let i = 0; i < (rerun ? 2 : 1); i++) {
      proxy.reset();
      const run = await runNodeChild(args, { env, timeoutMs: options.timeoutMs });
      runs.push(toRun(pages, run, proxy.counts()));
      if (run.exitCode !== 0) break;
    }
    return runs;
  } finally {
    rmSync(out, { recursive: true, force: true });
    await proxy.close();
    await sandbox.close();
  }
}

export async function runExportBench(options: ExportOptions): Promise<ExportSection> {
  const lowerRequests = Math.ceil(options.largePages / MAX_PAGE_SIZE);
  const lowerBound = {
    pages: options.largePages,
    requests: lowerRequests,
    requestsPerPage: round(lowerRequests / options.largePages, 4),
    wallMs: lowerRequests * options.latencyMs,
  };
  const empty = { latencyMs: options.latencyMs, lowerBound, small: null, large: null, incremental: null, rssGrowth: null };
  if (!existsSync(join(repoRoot, 'dist', 'bin', 'main.js'))) {
    return { ...empty, status: 'unavailable', note: 'dist/ is not built (npm run build)' };
  }
  const [small] = await exportSpace(options.smallPages, options, false);
  if (!small || small.status !== 'ok') {
    return { ...empty, small: small ?? null, status: 'unavailable', note: small?.note ?? 'export did not run' };
  }
  const [large, second] = await exportSpace(options.largePages, options, true);
  const incremental =
    large && second
      ? { ...second, requestShare: round(second.requests / Math.max(1, large.requests), 4), byteShare: round(second.responseBytes / Math.max(1, large.responseBytes), 4) }
      : null;
  const rssGrowth = large?.peakRssBytes && small.peakRssBytes ? round(large.peakRssBytes / small.peakRssBytes, 2) : null;
  const failed = [large, second].find((r) => r && r.status !== 'ok');
  return {
    status: large?.status === 'ok' ? 'ok' : 'unavailable',
    note: failed ? failed.note : `sandbox (Cloud v2) with ${options.latencyMs} ms latency per request, counted by a proxy in front of it`,
    latencyMs: options.latencyMs,
    lowerBound,
    small,
    large: large ?? null,
    incremental,
    rssGrowth,
  };
}
