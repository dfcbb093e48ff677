import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { repoRoot } from '../support/shared-corpus.js';
import { snapshotTree, treeDifferences } from './tree-snapshot.js';
import { scaled, scaledTimeout } from './soak.js';

/**
 * Kill an export with SIGKILL at 20 moments spread across its run, run it again, and the result
 * must be byte for byte what an uninterrupted run writes, with no temporary file left behind.
 * The export runs from the compiled library (dist/, built by `npm ci`), in a child process.
 */

const driver = join(repoRoot, 'test', 'robustness', 'export-driver.mjs');
const built = existsSync(join(repoRoot, 'dist', 'index.js'));
const killPoints = scaled(20, 5);
let sandbox: Sandbox;
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wikiport-crash-'));
  dirs.push(dir);
  return dir;
}

function runExport(out: string, killAfterMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number; stderr: string }> {
  const auth = sandbox.auth as { email: string; token: string };
  const started = performance.now();
  const child = spawn(process.execPath, [driver, sandbox.baseUrl, auth.email, auth.token, out], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - started, stderr });
    });
  });
}

beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'cloud', data: false, generate: { pages: 60, spaceKey: 'BIG', bodyBytes: 2000 }, faults: { latencyMs: 10 } });
});
afterAll(async () => {
  await sandbox?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!built)('export killed at random moments and run again', () => {
  it(`is byte-identical to an uninterrupted run at ${killPoints} kill points, with no temporary files`, async () => {
    const reference = tempDir();
    const first = await runExport(reference);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const expected = snapshotTree(reference);
    expect([...expected.keys()].some((p) => p.endsWith('.md'))).toBe(true);

    const killed: number[] = [];
    for (let i = 0; i < killPoints; i++) {
      const out = tempDir();
      // Spread the kills over the whole run, start-up included.
      const at = Math.round((first.ms * (i + 0.5)) / killPoints);
      const interrupted = await runExport(out, at);
      if (interrupted.signal === 'SIGKILL') killed.push(at);
      const resumed = await runExport(out);
      expect(resumed.code, resumed.stderr).toBe(0);
      const actual = snapshotTree(out);
      expect(treeDifferences(expected, actual), `killed after ${at} ms`).toEqual([]);
      expect([...actual.keys()].filter((p) => /\.tmp$|\.partial$/.test(p))).toEqual([]);
    }
    // Most kill points must really have interrupted a run (the last ones may land after it ended).
    expect(killed.length).toBeGreaterThanOrEqual(killPoints - 3);
  }, scaledTimeout(300_000, 5));
});

if (!built) console.warn('[wikiport tests] dist/ is not built: the crash-and-resume suite is skipped (npm ci builds it).');
