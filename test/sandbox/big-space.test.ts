import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { clientFor, followV2 } from './client.js';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ data: false, generate: { pages: 10_000 } });
});
afterAll(async () => {
  await sandbox.close();
});

describe('a 10,000-page generated space', () => {
  it('lists with bodies in 40 requests of 250 on v2, every page once', async () => {
    const call = clientFor(sandbox);
    const spaceId = sandbox.store.spaceByKey('GEN')?.id ?? '';
    const started = performance.now();
    const all = await followV2(call, `/wiki/api/v2/spaces/${spaceId}/pages?limit=250&body-format=storage`);
    expect(all.requests).toBe(40);
    expect(new Set(all.results.map((p) => (p as { id: string }).id)).size).toBe(10_000);
    // Loose on purpose (shared CI machines): a few hundred milliseconds when the machine is idle.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(sandbox.stats.bytesSent).toBeGreaterThan(10_000 * 1500);
  });

  it('pages through v1 by offset, 100 bodies at a time, to the same 10,000 pages', async () => {
    const call = clientFor(sandbox);
    const ids = new Set<string>();
    let next: string | undefined = '/wiki/rest/api/content?spaceKey=GEN&limit=250&expand=body.storage,version';
    let requests = 0;
    while (next && requests < 200) {
      const answer = await call('GET', next);
      requests++;
      for (const page of answer.json.results) ids.add(page.id);
      next = answer.json._links.next ? `/wiki${answer.json._links.next}` : undefined;
    }
    expect(requests).toBe(100);
    expect(ids.size).toBe(10_000);
  });
});
