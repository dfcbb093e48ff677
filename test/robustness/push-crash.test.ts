import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/confluence/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';
import { repoRoot } from '../support/shared-corpus.js';
import { depth, scaledTimeout } from './soak.js';
import { markdownFiles, snapshotTree } from './tree-snapshot.js';

/**
 * Kill a push with SIGKILL at moments spread across its run and push again: every edited page
 * ends with exactly one new version holding its edit, no page is created twice, and no temporary
 * file is left in the export folder. Runs the compiled library (dist/, built by `npm ci`).
 */

const driver = join(repoRoot, 'test', 'robustness', 'push-driver.mjs');
const built = existsSync(join(repoRoot, 'dist', 'index.js'));
const killPoints = depth(6, 20, 5);
const dirs: string[] = [];

/** Writes (PUT/POST/DELETE) the wiki has received so far. */
function writesReceived(sandbox: Sandbox): number {
  return Object.entries(sandbox.stats.byRoute)
    .filter(([route]) => /^(PUT|POST|DELETE) /.test(route))
    .reduce((sum, [, n]) => sum + n, 0);
}

/**
 * Runs the push in a child process. With `killAtWrite`, the child is killed with SIGKILL as soon
 * as the wiki has received that many write requests (0: right after it starts): a kill lands
 * between a write arriving and its answer reaching the client, the hardest moment to resume from.
 */
function runPush(sandbox: Sandbox, dir: string, killAtWrite?: number): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  const auth = sandbox.auth as { email: string; token: string };
  const base = writesReceived(sandbox);
  const child = spawn(process.execPath, [driver, sandbox.baseUrl, auth.email, auth.token, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const started = Date.now();
  const poll =
    killAtWrite === undefined
      ? null
      : setInterval(() => {
          const due = killAtWrite === 0 ? Date.now() - started >= 150 : writesReceived(sandbox) - base >= killAtWrite;
          if (due) child.kill('SIGKILL');
        }, 1);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      if (poll) clearInterval(poll);
      resolve({ code, signal, stderr });
    });
  });
}

let template: string;
let sandboxes: Sandbox[] = [];

beforeAll(async () => {
  // One export, edited, copied for every kill point (each against a fresh wiki).
  const sandbox = await startSandbox({ flavor: 'cloud', samplePages: false });
  sandboxes.push(sandbox);
  template = mkdtempSync(join(tmpdir(), 'wikiport-push-crash-'));
  dirs.push(template);
  const auth = sandbox.auth as { email: string; token: string };
  await exportPages({ client: createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token }), space: 'MIN', out: template, formats: ['md'] });
});
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  sandboxes = [];
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!built)('push killed and run again', () => {
  it(`never writes a page twice or loses an edit, at ${killPoints} kill points`, async () => {
    const measure = await prepare();
    const full = await runPush(measure.sandbox, measure.dir);
    expect(full.code, full.stderr).toBe(0);
    const writes = writesReceived(measure.sandbox);
    expect(writes).toBeGreaterThanOrEqual(10);
    measure.check();

    let killed = 0;
    for (let i = 0; i < killPoints; i++) {
      const run = await prepare();
      const at = Math.floor((writes * i) / killPoints);
      const interrupted = await runPush(run.sandbox, run.dir, at);
      if (interrupted.signal === 'SIGKILL') killed++;
      const resumed = await runPush(run.sandbox, run.dir);
      expect(resumed.code, `killed at write ${at}: ${resumed.stderr}`).toBe(0);
      run.check();
      expect([...snapshotTree(run.dir).keys()].filter((p) => p.endsWith('.tmp'))).toEqual([]);
    }
    expect(killed).toBeGreaterThanOrEqual(killPoints - 3);
  }, scaledTimeout(300_000, 5));
});

async function prepare(): Promise<{ sandbox: Sandbox; dir: string; check: () => void }> {
    const sandbox = await startSandbox({ flavor: 'cloud', samplePages: false, faults: { latencyMs: 5 } });
  sandboxes.push(sandbox);
  const dir = mkdtempSync(join(tmpdir(), 'wikiport-push-crash-'));
  dirs.push(dir);
  cpSync(template, dir, { recursive: true });
  // The export was taken from another sandbox on another port: point the manifest here.
  const manifestPath = join(dir, '.wikiport', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { baseUrl: string; pages: Record<string, { id: string; version: number; files: { md: { path: string } } }> };
  manifest.baseUrl = sandbox.baseUrl;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const files = markdownFiles(dir);
  files.forEach((file, i) => writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nResumable edit ${i}.\n`));
  const spaceId = sandbox.store.spaceByKey('MIN')!.id;
  const pagesBefore = sandbox.store.listSpace(spaceId).length;
  const check = (): void => {
    for (const [i, file] of files.entries()) {
      const rel = file.slice(dir.length + 1).split('\\').join('/');
      const entry = Object.values(manifest.pages).find((p) => p.files.md.path === rel)!;
      const page = sandbox.store.page(entry.id)!;
      const current = sandbox.store.current(page);
      expect(current.number, `${rel}: exactly one new version`).toBe(entry.version + 1);
      expect(sandbox.store.bodyOf(page, current)).toContain(`Resumable edit ${i}.`);
    }
    expect(sandbox.store.listSpace(spaceId).length).toBe(pagesBefore);
  };
  return { sandbox, dir, check };
}

if (!built) console.warn('[wikiport tests] dist/ is not built: the push crash suite is skipped (npm ci builds it).');
