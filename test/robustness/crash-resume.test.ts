import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { repoRoot } from '../support/shared-corpus.js';
import { snapshotTree, treeDifferences } from './tree-snapshot.js';
import { depth, scaledTimeout } from './soak.js';

/**
 * Kill an export with SIGKILL at moments spread across its run (6 in npm test, 20 with
 * WIKIPORT_DEEP=1), run it again, and the result must be byte for byte what an uninterrupted run
 * writes, with no temporary file left behind.
 * The export runs from the compiled library (dist/, built by `npm ci`), in a child process.
 */

const driver = join(repoRoot, 'test', 'robustness', 'export-driver.mjs');
const built = existsSync(join(repoRoot, 'dist', 'index.js'));
const killPoints = depth(6, 20, 5);
let sandbox: Sandbox;
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wikiport-crash-'));
  dirs.push(dir);
  return dir;
}

/**
 * Runs the export in a child process. With `killAtPage`, the child is killed with SIGKILL as soon
 * as it reports that many finished pages (0: right after it starts), wherever it is then.
 */
function runExport(out: string, killAtPage?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; pages: number; stderr: string }> {
  const auth = sandbox.auth as { email: string; token: string };
  const child = spawn(process.execPath, [driver, sandbox.baseUrl, auth.email, auth.token, out], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let pages = 0;
  let buffered = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = killAtPage === 0 ? setTimeout(() => child.kill('SIGKILL'), 150) : null;
  child.stdout.on('data', (d: Buffer) => {
    buffered += d.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const match = /^page (\d+)\//.exec(line);
      if (!match) continue;
      pages = Number(match[1]);
      if (killAtPage !== undefined && killAtPage > 0 && pages >= killAtPage) child.kill('SIGKILL');
    }
  });
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, pages, stderr });
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

    const total = first.pages;
    expect(total).toBeGreaterThan(killPoints);
    const killed: number[] = [];
    for (let i = 0; i < killPoints; i++) {
      const out = tempDir();
      // Spread the kills over the whole run: at start-up, then after every twentieth of the pages.
      const at = Math.floor((total * i) / killPoints);
      const interrupted = await runExport(out, at);
      if (interrupted.signal === 'SIGKILL') killed.push(at);
      const resumed = await runExport(out);
      expect(resumed.code, resumed.stderr).toBe(0);
      const actual = snapshotTree(out);
      expect(treeDifferences(expected, actual), `killed after ${at} pages`).toEqual([]);
      expect([...actual.keys()].filter((p) => /\.tmp$|\.partial$/.test(p))).toEqual([]);
    }
    // Nearly every kill must really have interrupted a run (a child may finish a burst first).
    expect(killed.length).toBeGreaterThanOrEqual(killPoints - 2);
  }, scaledTimeout(300_000, 5));
});

if (!built) console.warn('[wikiport tests] dist/ is not built: the crash-and-resume suite is skipped (npm ci builds it).');
