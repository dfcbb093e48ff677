import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ConfluenceClient } from '../../src/confluence/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';
import { pushPages } from '../../src/push/push.js';
import { markdownFiles } from './tree-snapshot.js';

/**
 * Push through a network that fails a fifth of the time: every edited page gets exactly one new
 * version holding the edit; none gets two, none loses its edit.
 */

let sandbox: Sandbox;
const dirs: string[] = [];

function client(): ConfluenceClient {
  const auth = sandbox.auth as { email: string; token: string };
  return createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token, retry: { maxRetries: 8, baseDelayMs: 5, maxDelayMs: 40 } });
}

beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'cloud', samplePages: false });
});
afterAll(async () => {
  await sandbox.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('push under faults', () => {
  it('20% failing requests: each edited page gets exactly one new version with its edit', async () => {
    const out = mkdtempSync(join(tmpdir(), 'wikiport-push-faults-'));
    dirs.push(out);
    await exportPages({ client: client(), space: 'MIN', out, formats: ['md'] });
    const manifest = JSON.parse(readFileSync(join(out, '.wikiport', 'manifest.json'), 'utf8')) as { pages: Record<string, { id: string; version: number; files: { md: { path: string } } }> };
    const byPath = new Map(Object.values(manifest.pages).map((p) => [p.files.md.path, p]));

    const edited = markdownFiles(out);
    expect(edited.length).toBeGreaterThanOrEqual(10);
    for (const [i, file] of edited.entries()) {
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nEdited under faults, note ${i}.\n`);
    }

    sandbox.resetStats();
    sandbox.faults.configure({ rate429: 0.05, retryAfterSeconds: 0, rate5xx: 0.05, rateDrop: 0.05, rateTruncate: 0.05, seed: 1234 });
    const summary = await pushPages({ paths: [out], client: client(), cwd: out, message: 'faulty network' });
    sandbox.faults.configure({});

    const injected = sandbox.stats.status429 + sandbox.stats.status5xx + sandbox.stats.dropped + sandbox.stats.truncated;
    expect(injected).toBeGreaterThan(0);
    expect(summary.pages.filter((p) => p.status === 'failed' || p.status === 'conflict')).toEqual([]);
    for (const [i, file] of edited.entries()) {
      const rel = file.slice(out.length + 1).split('\\').join('/');
      const entry = byPath.get(rel);
      expect(entry, rel).toBeDefined();
      const page = sandbox.store.page(entry!.id)!;
      const current = sandbox.store.current(page);
      expect(current.number, `${rel}: one new version`).toBe(entry!.version + 1);
      expect(sandbox.store.bodyOf(page, current)).toContain(`Edited under faults, note ${i}.`);
    }

    // A second push sees nothing to do and sends no request.
    sandbox.resetStats();
    const again = await pushPages({ paths: [out], client: client(), cwd: out });
    expect(again.pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(sandbox.stats.requests).toBe(0);
  });
});
