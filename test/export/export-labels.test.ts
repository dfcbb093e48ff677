import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, type ClientConfig } from '../../src/confluence/client.js';
import { readFrontMatter } from '../../src/formats/markdown/front-matter.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';
import { readManifest } from '../../src/manifest/manifest.js';
import { removeTempDirs, tempFolder } from '../push/push-sandbox-helpers.js';

const folder = (): Promise<string> => tempFolder('wikiport-export-labels-');
afterEach(removeTempDirs);

function connection(sandbox: Sandbox, api: 'v1' | 'v2'): ClientConfig {
  const auth = sandbox.auth;
  return { baseUrl: sandbox.baseUrl, ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }), deployment: 'cloud', api };
}

/**
 * Requests that could carry bodies: through v2 the page gets (labels come from a CQL search);
 * through v1 single gets and CQL searches (bulk bodies go by `id in`; labels come with the listing).
 */
function bodyRequests(sandbox: Sandbox, api: 'v1' | 'v2'): number {
  const route = api === 'v2' ? /^GET \S*\/api\/v2\/pages(\/\{id\})?$/ : /^GET \S*\/rest\/api\/content\/(search|\{id\})$/;
  return Object.entries(sandbox.stats.byRoute)
    .filter(([r]) => route.test(r))
    .reduce((n, [, c]) => n + c, 0);
}

async function filesOf(out: string, id: string): Promise<{ mdLabels: unknown; jsonLabels: unknown; manifestLabels: string[] }> {
  const entry = (await readManifest(out))?.pages[id];
  if (!entry?.files.md || !entry.files.json) throw new Error(`page ${id} not exported in md and json`);
  const md = await readFile(join(out, entry.files.md.path), 'utf8');
  const json = JSON.parse(await readFile(join(out, entry.files.json.path), 'utf8')) as { labels?: unknown };
  return { mdLabels: readFrontMatter(md).meta.labels ?? [], jsonLabels: json.labels, manifestLabels: entry.labels };
}

describe.each([
  { name: 'Cloud v2', api: 'v2' as const, pages: 500 },
  { name: 'Cloud v1', api: 'v1' as const, pages: 120 },
])('export re-runs notice label-only changes ($name)', ({ api, pages }) => {
  it('refreshes labels in front matter, JSON and manifest without fetching a body, at <= 1.05 requests per page', async () => {
    const sandbox = await startSandbox({ flavor: 'cloud', data: false, generate: { pages, spaceKey: 'LBL', attachmentEvery: 0 } });
    try {
      const out = await folder();
      const first = await exportPages({ client: createClient(connection(sandbox, api)), space: 'LBL', out, formats: ['md', 'json'], refreshLabels: true });
      expect(first.pages).toMatchObject({ listed: pages, written: pages, failed: 0 });
      expect(first.requestsPerPage).toBeLessThanOrEqual(1.05);

      // Labels change upstream without a new version: one added, one removed, one page relabelled.
      const added = '50000003';
      const removed = '50000008'; // index 7: generated with "generated" and "group-1"
      sandbox.store.addLabel(added, 'decisions');
      expect(sandbox.store.removeLabel(removed, 'generated')).toBe(true);
      const versionBefore = sandbox.store.current(sandbox.store.page(added)!).number;

      sandbox.resetStats();
      const second = await exportPages({ client: createClient(connection(sandbox, api)), space: 'LBL', out, formats: ['md', 'json'], refreshLabels: true });
      expect(sandbox.store.current(sandbox.store.page(added)!).number).toBe(versionBefore);
      expect(second.pages).toMatchObject({ listed: pages, written: 2, rerendered: 2, skipped: pages - 2, failed: 0 });
      expect(bodyRequests(sandbox, api)).toBe(0);
      expect(second.requestsPerPage).toBeLessThanOrEqual(0.05);
      expect(first.requests + second.requests).toBeLessThanOrEqual(1.05 * pages);

      expect(await filesOf(out, added)).toEqual({ mdLabels: ['decisions'], jsonLabels: ['decisions'], manifestLabels: ['decisions'] });
      expect(await filesOf(out, removed)).toEqual({ mdLabels: ['group-1'], jsonLabels: ['group-1'], manifestLabels: ['group-1'] });

      // Nothing changed since: nothing written, still no body.
      sandbox.resetStats();
      const third = await exportPages({ client: createClient(connection(sandbox, api)), space: 'LBL', out, formats: ['md', 'json'], refreshLabels: true });
      expect(third.pages).toMatchObject({ written: 0, skipped: pages });
      expect(bodyRequests(sandbox, api)).toBe(0);
    } finally {
      await sandbox.close();
    }
  });
});

describe('without --refresh-labels', () => {
  it('a v2 re-run of an unchanged space sends only its listing: no label search, no body', async () => {
    const sandbox = await startSandbox({ flavor: 'cloud', data: false, generate: { pages: 500, spaceKey: 'LBL', attachmentEvery: 0 } });
    try {
      const out = await folder();
      await exportPages({ client: createClient(connection(sandbox, 'v2')), space: 'LBL', out, formats: ['md'] });
      sandbox.store.addLabel('50000003', 'decisions');
      sandbox.resetStats();
      const again = await exportPages({ client: createClient(connection(sandbox, 'v2')), space: 'LBL', out, formats: ['md'] });
      expect(again.pages).toMatchObject({ written: 0, skipped: 500 });
      expect(Object.keys(sandbox.stats.byRoute).filter((route) => /search/.test(route))).toEqual([]);
      expect(bodyRequests(sandbox, 'v2')).toBe(0);
    } finally {
      await sandbox.close();
    }
  });
});

describe('a label-only change to a page the user edited locally', () => {
  it('leaves the edited file alone and names it', async () => {
    const sandbox = await startSandbox({ flavor: 'cloud', data: false, generate: { pages: 5, spaceKey: 'LBE', attachmentEvery: 0 } });
    try {
      const out = await folder();
      await exportPages({ client: createClient(connection(sandbox, 'v2')), space: 'LBE', out, formats: ['md'], refreshLabels: true });
      const entry = (await readManifest(out))?.pages['50000002'];
      const md = join(out, entry!.files.md!.path);
      const edited = `${await readFile(md, 'utf8')}\nA local note not pushed yet.\n`;
      await writeFile(md, edited);
      sandbox.store.addLabel('50000002', 'agenda');
      const summary = await exportPages({ client: createClient(connection(sandbox, 'v2')), space: 'LBE', out, formats: ['md'], refreshLabels: true });
      expect(summary.failures).toHaveLength(1);
      expect(summary.failures[0]?.reason).toMatch(/edited since the last export and its labels or the --redact setting changed/);
      expect(await readFile(md, 'utf8')).toBe(edited);
      expect((await readManifest(out))?.pages['50000002']?.labels).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });
});
