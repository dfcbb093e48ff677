import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const cliEntry = join(repoRoot, 'bin', 'wikiport.js');
const probe = pathToFileURL(join(repoRoot, 'bench', 'peak-rss-probe.mjs')).href;

export interface ChildRun {
  exitCode: number | null;
  wallMs: number;
  /** Peak resident set size of the child, bytes (null if it could not be read). */
  peakRssBytes: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/**
 * Runs `node <args>` as a child process with the peak-RSS probe preloaded; resolves with its wall
 * time, exit code, output and peak RSS. Killed after `timeoutMs`.
 */
export function runNodeChild(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs: number; cwd?: string }): Promise<ChildRun> {
  const dir = mkdtempSync(join(tmpdir(), 'wikiport-bench-rss-'));
  const rssFile = join(dir, 'rss');
  return new Promise((resolvePromise) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', probe, ...args], {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env, WIKIPORT_BENCH_RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (stdout.length < 1_000_000) stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 1_000_000) stderr += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = performance.now() - start;
      let peakRssBytes: number | null = null;
      try {
        peakRssBytes = Number(readFileSync(rssFile, 'utf8')) || null;
      } catch {
        peakRssBytes = null;
      }
      rmSync(dir, { recursive: true, force: true });
      resolvePromise({ exitCode: code, wallMs, peakRssBytes, stdout, stderr, timedOut });
    });
  });
}

/** The first line of a failed child's stderr (or stdout), for a note in the results. */
export function firstErrorLine(run: ChildRun): string {
  const text = `${run.stderr}\n${run.stdout}`.split('\n').map((l) => l.trim()).find((l) => l.length > 0);
  return run.timedOut ? 'timed out' : (text ?? `exit code ${String(run.exitCode)}`).slice(0, 300);
}
