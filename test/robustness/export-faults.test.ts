import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WikiportError } from '../../src/errors.js';
import { exportPages } from '../../src/export/export.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import type { FaultOptions } from '../../src/sandbox/types.js';
import { allBytes, snapshotTree, treeDifferences } from './tree-snapshot.js';
import { scaled, scaledTimeout } from './soak.js';

/**
 * An export through a faulty network must write exactly what a fault-free export writes, and say
 * how many requests it had to retry.
 */

const fixedClock = () => new Date('2026-01-15T09:30:00.000Z');
const dirs: string[] = [];
const sandboxes: Sandbox[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wikiport-faults-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function sandbox(flavor: 'cloud' | 'dc', faults?: FaultOptions): Promise<Sandbox> {
  const s = await startSandbox({ flavor, contextPath: flavor === 'dc' ? '/confluence' : undefined, faults });
  sandboxes.push(s);
  return s;
}

function connection(s: Sandbox) {
  return 'pat' in s.auth
    ? { baseUrl: s.baseUrl, pat: s.auth.pat }
    : { baseUrl: s.baseUrl, email: s.auth.email, token: s.auth.token };
}

describe.each(['cloud', 'dc'] as const)('export under faults (%s)', (flavor) => {
  it('20% of requests failing (429 with Retry-After, 503, dropped connections, truncated JSON) changes no byte of the output', async () => {
    const clean = await sandbox(flavor);
    const cleanOut = tempDir();
    const expected = await exportPages({ connection: connection(clean), space: 'MIN', out: cleanOut, formats: ['md', 'json'], attachments: true, now: fixedClock });
    expect(expected.pages.failed).toBe(0);
    expect(expected.retries).toBe(0);

    // The same server (same base URL in every link and source URL), now answering 20% of requests badly.
    const faulty = clean;
    faulty.resetStats();
    faulty.faults.configure({ rate429: 0.05, retryAfterSeconds: 0, rate5xx: 0.05, rateDrop: 0.05, rateTruncate: 0.05, seed: 42 });
    // A soak run also repeats the faulty export with other dice.
    for (let extra = 1; extra < scaled(1); extra++) {
      faulty.faults.configure({ rate429: 0.05, retryAfterSeconds: 0, rate5xx: 0.05, rateDrop: 0.05, rateTruncate: 0.05, seed: 42 + extra });
      const again = tempDir();
      await exportPages({ connection: connection(faulty), space: 'MIN', out: again, formats: ['md', 'json'], attachments: true, now: fixedClock });
      expect(treeDifferences(snapshotTree(cleanOut), snapshotTree(again))).toEqual([]);
    }
    faulty.faults.configure({ rate429: 0.05, retryAfterSeconds: 0, rate5xx: 0.05, rateDrop: 0.05, rateTruncate: 0.05, seed: 42 });
    faulty.resetStats();
    const faultyOut = tempDir();
    const summary = await exportPages({ connection: connection(faulty), space: 'MIN', out: faultyOut, formats: ['md', 'json'], attachments: true, now: fixedClock });

    expect(summary.pages.failed).toBe(0);
    expect(summary.pages.written).toBe(expected.pages.written);
    const injected = faulty.stats.status429 + faulty.stats.status5xx + faulty.stats.dropped + faulty.stats.truncated;
    expect(injected).toBeGreaterThan(0);
    expect(summary.retries).toBeGreaterThanOrEqual(injected);
    expect(treeDifferences(snapshotTree(cleanOut), snapshotTree(faultyOut))).toEqual([]);
  }, scaledTimeout(60_000));
});

describe('answers of the wrong shape', () => {
  it.each([
    ['an HTML error page', { status: 200, contentType: 'text/html', body: '<html><body><h1>Proxy error</h1></body></html>' }],
    ['an empty body', { status: 200, contentType: 'application/json', body: '' }],
    ['a missing field', { status: 200, contentType: 'application/json', body: JSON.stringify({ results: [{ id: '1', title: 'x' }] }) }],
    ['wrong types', { status: 200, contentType: 'application/json', body: JSON.stringify({ results: 'none', _links: 7 }) }],
  ])('%s gives a clear error naming the endpoint, not a crash', async (_name, answer) => {
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      res.writeHead(answer.status, { 'content-type': answer.contentType });
      res.end(answer.body);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const port = (server.address() as { port: number }).port;
    try {
      const error = await exportPages({
        connection: { baseUrl: `http://127.0.0.1:${port}/wiki`, email: 'ann@example.com', token: 'tok-wrong-shape-9f8e7d' },
        space: 'MIN',
        out: tempDir(),
      }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      const message = (error as Error).message;
      expect(message).toMatch(/\/wiki\/(api\/v2|rest\/api)\//);
      expect(message).not.toContain('tok-wrong-shape-9f8e7d');
      expect(error).toBeInstanceOf(WikiportError);
    } finally {
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });
});

describe('secrets', () => {
  it('the token appears in no byte written by an export, a failed one included', async () => {
    const s = await sandbox('cloud', { rate5xx: 0.1, seed: 3 });
    const out = tempDir();
    const auth = s.auth as { email: string; token: string };
    await exportPages({ connection: connection(s), space: 'MIN', out, formats: ['md', 'json', 'ndjson'], attachments: true, now: fixedClock });
    const failed = await exportPages({ connection: { baseUrl: s.baseUrl, email: auth.email, token: `${auth.token}-wrong` }, space: 'MIN', out, now: fixedClock }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(failed?.message ?? '').toMatch(/401|authentication/i);
    expect(failed?.message ?? '').not.toContain(auth.token);
    const written = allBytes(out);
    expect(written).not.toContain(auth.token);
    expect(written).not.toContain(Buffer.from(`${auth.email}:${auth.token}`).toString('base64'));
  });
});
