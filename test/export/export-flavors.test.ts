import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClientConfig } from '../../src/confluence/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';
import { readManifest } from '../../src/manifest/manifest.js';

/**
 * The acceptance matrix of issue 4: every scenario against Cloud v2, Cloud v1 and Data Center
 * (context path, PAT, ri:userkey), each on its own sandbox.
 */
const flavors = [
  { name: 'Cloud v2', flavor: 'cloud' as const, api: 'auto' as const, bodyRoute: /^GET \/wiki\/api\/v2\/pages(\/\{id\})?$/ },
  { name: 'Cloud v1', flavor: 'cloud' as const, api: 'v1' as const, bodyRoute: /^GET \/wiki\/rest\/api\/content(\/search|\/\{id\})$/ },
  { name: 'Data Center', flavor: 'dc' as const, api: 'auto' as const, bodyRoute: /^GET \/confluence\/rest\/api\/content(\/search|\/\{id\})$/ },
];

const dirs: string[] = [];
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop() as string, { recursive: true, force: true });
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wikiport-flavor-'));
  dirs.push(dir);
  return dir;
}

describe.each(flavors)('export against the sandbox: $name', ({ flavor, api, bodyRoute }) => {
  let sandbox: Sandbox;
  let secret: string;
  const conn = (s: Sandbox = sandbox, retry = { maxRetries: 6, baseDelayMs: 20, maxDelayMs: 200 }): ClientConfig => {
    const auth = s.auth;
    return { baseUrl: s.baseUrl, api, retry, ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }) };
  };
  beforeAll(async () => {
    sandbox = await startSandbox({ flavor, contextPath: '/confluence', generate: { pages: 260, spaceKey: 'BIG', fanout: 20 } });
    secret = 'pat' in sandbox.auth ? sandbox.auth.pat : sandbox.auth.token;
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('exports a space larger than one listing, then re-runs without fetching a body', async () => {
    const out = await tempDir();
    sandbox.resetStats();
    const first = await exportPages({ connection: conn(), space: 'BIG', out, formats: ['md', 'json'] });
    expect(first.api).toBe(api === 'v1' || flavor === 'dc' ? 'v1' : 'v2');
    expect(first.pages).toMatchObject({ listed: 260, written: 260, failed: 0 });
    expect(first.requestsPerPage).toBeLessThanOrEqual(1.2);
    sandbox.resetStats();
    const again = await exportPages({ connection: conn(), space: 'BIG', out, formats: ['md', 'json'] });
    expect(again.pages).toMatchObject({ listed: 260, written: 0, skipped: 260 });
    const bodyFetches = Object.entries(sandbox.stats.byRoute).filter(([route]) => bodyRoute.test(route));
    expect(bodyFetches).toEqual([]);
    // The listing (and, on v2, the space lookup), plus labels in bulk where the listing lacks them
    // (v2: one CQL search per 200 pages; v1 listings carry them).
    const labelLookups = api === 'v1' || flavor === 'dc' ? 0 : Math.ceil(260 / 200);
    expect(again.requests).toBeLessThanOrEqual(4 + labelLookups);
  });

  it('exports a page tree with attachments into folders, secrets nowhere', async () => {
    const out = await tempDir();
    const summary = await exportPages({ connection: conn(), page: '2719761', descendants: true, out, attachments: true });
    expect(summary.pages.failed).toBe(0);
    expect(summary.pages.listed).toBeGreaterThanOrEqual(7);
    const manifest = await readManifest(out);
    expect(manifest?.pages['2719761']?.files.md?.path).toBe('Steering Committee.md');
    expect(manifest?.pages['2719777']?.files.md?.path).toBe('Steering Committee/2024-01-25 Steering Committee Meeting.md');
    const charter = manifest?.pages['2719761']?.attachments.find((a) => a.title === 'steering-committee-charter.pdf');
    expect(charter?.path).toBe('attachments/2719761/steering-committee-charter.pdf');
    expect(existsSync(join(out, charter?.path ?? 'missing'))).toBe(true);
    const md = await readFile(join(out, 'Steering Committee.md'), 'utf8');
    expect(md).toContain('parent: "2719745"');
    for (const entry of await readdir(out, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile()) continue;
      const bytes = await readFile(join(entry.parentPath, entry.name), 'latin1');
      expect(bytes.includes(secret), `${entry.name} holds the secret`).toBe(false);
    }
  });

  it('exports the pages of a CQL query', async () => {
    const out = await tempDir();
    const summary = await exportPages({ connection: conn(), cql: 'space = "MIN" and label = "minutes"', out });
    expect(summary.pages.failed).toBe(0);
    expect(summary.pages.listed).toBeGreaterThanOrEqual(3);
    const manifest = await readManifest(out);
    expect(Object.values(manifest?.pages ?? {}).every((p) => p.labels.includes('minutes'))).toBe(true);
  });

  it('honours Retry-After on 429s and still exports everything', async () => {
    const throttled = await startSandbox({ flavor, contextPath: '/confluence', faults: { rate429: 0.5, retryAfterSeconds: 1, seed: 3, pathPattern: /\/content|\/pages/ } });
    try {
      const started = Date.now();
      const summary = await exportPages({ connection: conn(throttled, { maxRetries: 10, baseDelayMs: 20, maxDelayMs: 100 }), space: 'MIN', out: await tempDir() });
      expect(summary.pages.failed).toBe(0);
      expect(summary.throttled).toBeGreaterThan(0);
      expect(summary.retries).toBeGreaterThanOrEqual(summary.throttled);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    } finally {
      await throttled.close();
    }
  });

  it('reports a page that returns 404 mid-export and exports the rest (exit 1 material)', async () => {
    const out = await tempDir();
    const victim = '2719809';
    try {
      const summary = await exportPages({
        connection: conn(),
        space: 'MIN',
        out,
        onProgress: (event) => {
          if (event.kind === 'listed') sandbox.store.deletePage(victim);
        },
      });
      expect(summary.failures).toHaveLength(1);
      expect(summary.failures[0]).toMatchObject({ id: victim });
      expect(summary.failures[0]?.reason).toMatch(/404/);
      expect(summary.pages.written).toBe(summary.pages.listed - 1);
    } finally {
      sandbox.store.setStatus(victim, 'current');
    }
  });
});

describe('export through a flaky network', () => {
  it.each(['cloud', 'dc'] as const)('%s: 5xx, dropped connections and cut-off bodies are retried; nothing fails', async (flavor) => {
    const flaky = await startSandbox({ flavor, faults: { rate5xx: 0.15, rateDrop: 0.1, rateTruncate: 0.1, seed: 5, methods: ['GET'] } });
    try {
      const auth = flaky.auth;
      const summary = await exportPages({
        connection: { baseUrl: flaky.baseUrl, retry: { maxRetries: 8, baseDelayMs: 5, maxDelayMs: 20 }, ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }) },
        space: 'MIN',
        out: await tempDir(),
        attachments: true,
      });
      expect(summary.failures).toEqual([]);
      expect(summary.pages.written).toBe(summary.pages.listed);
      expect(summary.retries).toBeGreaterThan(0);
      expect(flaky.stats.dropped + flaky.stats.truncated + flaky.stats.status5xx).toBeGreaterThan(0);
    } finally {
      await flaky.close();
    }
  });
});

describe('Cloud where the deprecated v1 content endpoints are gone (410, as through the API gateway)', () => {
  it('auto stays on v2 and still uses CQL search; --api v1 fails with one line that suggests v2', async () => {
    const gone = await startSandbox({ flavor: 'cloud', v1Deprecation: 'gone' });
    try {
      const auth = gone.auth as { email: string; token: string };
      const connection = { baseUrl: gone.baseUrl, email: auth.email, token: auth.token, deployment: 'cloud' as const };
      const summary = await exportPages({ connection, cql: 'space = "MIN" and label = "minutes"', out: await tempDir() });
      expect(summary.api).toBe('v2');
      expect(summary.failures).toEqual([]);
      expect(summary.pages.written).toBeGreaterThan(2);
      const error = (await exportPages({ connection: { ...connection, api: 'v1' }, space: 'MIN', out: await tempDir() }).catch((e: Error) => e)) as Error & { exitCode: number };
      expect(error.message).toMatch(/gone \(410\).*--api v2/);
      expect(error.exitCode).toBe(2);
    } finally {
      await gone.close();
    }
  });
});
