import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { clientFor } from './client.js';

let sandbox: Sandbox;
let call: ReturnType<typeof clientFor>;
const api = '/wiki/rest/api';

beforeAll(async () => {
  sandbox = await startSandbox({ generate: { pages: 330 } });
  call = clientFor(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

/** Follows v1 `_links.next`, which is relative to `_links.base`. */
async function followV1(first: string): Promise<{ results: Array<Record<string, unknown>>; requests: number; limits: number[] }> {
  const results: Array<Record<string, unknown>> = [];
  const limits: number[] = [];
  let next: string | undefined = first;
  let requests = 0;
  while (next && requests < 100) {
    const answer = await call('GET', next);
    requests++;
    expect(answer.status).toBe(200);
    results.push(...answer.json.results);
    limits.push(answer.json.limit);
    next = answer.json._links.next ? new URL(answer.json._links.base + answer.json._links.next).pathname + new URL(answer.json._links.base + answer.json._links.next).search : undefined;
  }
  return { results, requests, limits };
}

describe('v1 content listing', () => {
  it('pages a space by offset with next relative to base, lowering a big limit when bodies are expanded', async () => {
    const first = await call('GET', `${api}/content?spaceKey=GEN&type=page&limit=500&expand=body.storage,version,ancestors`);
    expect(first.json).toMatchObject({ start: 0, limit: 100, size: 100 });
    expect(first.json._links).toMatchObject({ base: `${sandbox.origin}/wiki`, context: '/wiki' });
    expect(first.json._links.next).toBe('/rest/api/content?spaceKey=GEN&type=page&limit=100&expand=body.storage%2Cversion%2Cancestors&start=100');
    const all = await followV1(`${api}/content?spaceKey=GEN&type=page&limit=500&expand=body.storage,version,ancestors`);
    expect(all.requests).toBe(4);
    expect(new Set(all.results.map((r) => r.id)).size).toBe(330);
    const deep = all.results.find((r) => r.id === '50000300') as { ancestors: Array<{ id: string }>; body: { storage: { value: string } } };
    expect(deep.ancestors.map((a) => a.id)).toEqual(['50000001', '50000003', '50000030']);
    expect(deep.body.storage.value).toContain('Generated page 299');
  });

  it('defaults to 25 and leaves unexpanded parts in _expandable', async () => {
    const answer = await call('GET', `${api}/content?spaceKey=MIN`);
    expect(answer.json.limit).toBe(25);
    expect(answer.json.size).toBe(12);
    expect(answer.json._links.next).toBeUndefined();
    const item = answer.json.results[0];
    expect(item.body).toBeUndefined();
    expect(item._expandable.body).toBe('');
    expect(item._links.webui).toBe('/spaces/MIN/overview');
  });

  it('gets one page with space, history and version expanded by default, and an old version', async () => {
    const answer = await call('GET', `${api}/content/2719809`);
    expect(answer.json).toMatchObject({ id: '2719809', type: 'page', status: 'current', space: { id: 98445, key: 'MIN' }, version: { number: 3 }, history: { latest: true } });
    expect(answer.json.version.by.displayName).toBe('Priya Nair');
    const old = await call('GET', `${api}/content/2719809?version=1&expand=body.storage`);
    expect(old.json.status).toBe('historical');
    expect(old.json.body.storage.value).toContain('DRAFT');
  });

  it('lists direct children and all descendants', async () => {
    const children = await call('GET', `${api}/content/2719745/child/page?limit=50`);
    expect(children.json.results.map((c: { title: string }) => c.title)).toEqual(['Steering Committee', 'Projects', 'How to record a steering committee meeting']);
    const descendants = await call('GET', `${api}/content/2719745/descendant/page?limit=50`);
    expect(descendants.json.size).toBe(11);
  });

  it('lists attachments and serves their bytes', async () => {
    const list = await call('GET', `${api}/content/2719761/child/attachment`);
    expect(list.json.results[0]).toMatchObject({ id: 'att2719901', type: 'attachment', title: 'steering-committee-charter.pdf', metadata: { mediaType: 'application/pdf' } });
    const link: string = list.json.results[0]._links.download;
    const file = await fetch(`${sandbox.origin}/wiki${link}`, { headers: { Authorization: (await import('../../src/sandbox/auth.js')).authorizationHeader(sandbox.auth) } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('v1 users and spaces', () => {
  it('resolves a Cloud account id and refuses key on Cloud', async () => {
    const user = await call('GET', `${api}/user?accountId=${encodeURIComponent('5b84c77ac70eed2a73a700c2')}`);
    expect(user.json).toMatchObject({ type: 'known', accountId: '5b84c77ac70eed2a73a700c2', displayName: 'Tomáš Novák' });
    expect((await call('GET', `${api}/user?key=2c9d802a8067b72f018067b8b7d40002`)).status).toBe(400);
    expect((await call('GET', `${api}/user?accountId=nobody`)).status).toBe(404);
  });

  it('gets a space by key with a numeric id', async () => {
    const space = await call('GET', `${api}/space/MIN`);
    expect(space.json).toMatchObject({ id: 98445, key: 'MIN', name: 'Meeting Minutes', type: 'global', status: 'current' });
    expect((await call('GET', `${api}/space/NOPE`)).status).toBe(404);
  });
});

describe('v1 writes', () => {
  it('creates, refuses a duplicate title with 400, updates, and refuses a stale version with the 409 envelope', async () => {
    const created = await call('POST', `${api}/content`, {
      type: 'page',
      title: 'Retro notes',
      space: { key: 'MIN' },
      ancestors: [{ id: 2719873 }],
      body: { storage: { value: '<p>first</p>', representation: 'storage' } },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ title: 'Retro notes', version: { number: 1 }, ancestors: [{ id: '2719745' }, { id: '2719873' }] });
    const id: string = created.json.id;

    const duplicate = await call('POST', `${api}/content`, { type: 'page', title: 'Retro notes', space: { key: 'MIN' } });
    expect(duplicate.status).toBe(400);
    expect(duplicate.json).toMatchObject({ statusCode: 400, message: 'A page with this title already exists: A page already exists with the title Retro notes in the space with key MIN' });

    const update = (number: number) =>
      call('PUT', `${api}/content/${id}`, { id, type: 'page', title: 'Retro notes', body: { storage: { value: `<p>v${number}</p>`, representation: 'storage' } }, version: { number, message: 'edit' } });
    expect((await update(2)).status).toBe(200);
    const stale = await update(2);
    expect(stale.status).toBe(409);
    expect(stale.json).toEqual({
      statusCode: 409,
      data: { authorized: true, valid: true, allowedInReadOnlyMode: true, errors: [], successful: false },
      message: 'com.atlassian.confluence.api.service.exceptions.ConflictException: Version must be incremented on update. Current version is: 2',
      reason: 'Conflict',
    });
    const missingVersion = await call('PUT', `${api}/content/${id}`, { type: 'page', title: 'Retro notes' });
    expect(missingVersion.status).toBe(400);
    expect(missingVersion.json.message).toContain("field 'version'");

    expect((await call('DELETE', `${api}/content/${id}`)).status).toBe(204);
    expect((await call('GET', `${api}/content/${id}`)).status).toBe(404);
    expect((await call('DELETE', `${api}/content/${id}?status=trashed`)).status).toBe(204);
    expect(sandbox.store.page(id)).toBeUndefined();
  });

  it('adds and removes labels', async () => {
    const added = await call('POST', `${api}/content/2719889/label`, [{ prefix: 'global', name: 'ci' }, { prefix: 'global', name: 'infra' }]);
    expect(added.status).toBe(200);
    expect(added.json.results.map((l: { name: string }) => l.name)).toEqual(['project', 'ci', 'infra']);
    expect(added.json.results[1]).toMatchObject({ prefix: 'global', name: 'ci', label: 'ci' });
    expect((await call('DELETE', `${api}/content/2719889/label/ci`)).status).toBe(204);
    expect((await call('DELETE', `${api}/content/2719889/label?name=infra`)).status).toBe(204);
    const after = await call('GET', `${api}/content/2719889/label`);
    expect(after.json.results.map((l: { name: string }) => l.name)).toEqual(['project']);
    expect((await call('POST', `${api}/content/2719889/label`, { name: 'has space' })).status).toBe(400);
  });
});

describe('v1 CQL search', () => {
  const search = (cql: string, extra = '') => call('GET', `${api}/content/search?cql=${encodeURIComponent(cql)}${extra}`);
  const titles = (answer: { json: { results: Array<{ title: string }> } }) => answer.json.results.map((r) => r.title);

  it('filters by space, type, label and orders', async () => {
    const answer = await search('space = MIN AND type = page AND label = "decision" order by created desc');
    expect(titles(answer)).toEqual(['2024-06-27 Steering Committee Meeting', '2024-04-25 Steering Committee Meeting']);
  });

  it('finds descendants with ancestor = and children with parent =', async () => {
    expect((await search('ancestor = 2719873')).json.totalSize).toBe(2);
    expect((await search('ancestor = 2719745 and type = page', '&limit=100')).json.size).toBe(11);
    expect((await search('parent = 2719745 order by title')).json.results.map((r: { id: string }) => r.id)).toEqual(['2719921', '2719873', '2719761']);
  });

  it('matches title ~ words, OR, NOT and IN lists', async () => {
    expect(titles(await search('title ~ "project" and space = MIN order by title'))).toEqual(['Project Atlas: CI runners', 'Project Beacon: spring summit', 'Projects']);
    expect((await search('(label in (how-to, events) or id = 2719745) and space = MIN')).json.totalSize).toBe(3);
    expect((await search('space = MIN and not label = minutes and label != home')).json.totalSize).toBe(5);
    expect((await search('space = MIN and lastmodified >= "2024-06-01"')).json.results.map((r: { id: string }) => r.id)).toEqual(['2719857', '2719889']);
    expect((await search('type = blogpost')).json.totalSize).toBe(0);
  });

  it('pages with a cursor inside next, and caps the limit by expansion', async () => {
    const first = await search('space = GEN', '&limit=5000');
    expect(first.json.limit).toBe(1000);
    const withBody = await search('space = GEN', '&limit=5000&expand=body.storage');
    expect(withBody.json.limit).toBe(50);
    const next: string = withBody.json._links.next;
    expect(next).toMatch(/^\/rest\/api\/content\/search\?next=true&cursor=[^&]+&expand=body.storage&limit=50&start=50&cql=/);
    const second = await call('GET', `/wiki${next}`);
    expect(second.json.start).toBe(50);
    expect(second.json.results[0].id).toBe(withBody.json.results.length === 50 ? '50000051' : '');
  });

  it('sees changes made between two searches', async () => {
    expect((await search('label = "fresh"')).json.totalSize).toBe(0);
    sandbox.store.addLabel('2719793', 'fresh');
    expect((await search('label = "fresh"')).json.results.map((r: { id: string }) => r.id)).toEqual(['2719793']);
    sandbox.store.editPage('2719793', { title: '2024-02-22 Steering Committee Meeting (final)' });
    expect(titles(await search('label = "fresh"'))).toEqual(['2024-02-22 Steering Committee Meeting (final)']);
    sandbox.store.deletePage('2719793');
    expect((await search('label = "fresh"')).json.totalSize).toBe(0);
    sandbox.store.setStatus('2719793', 'current');
  });

  it('refuses a field it does not know with a 400 that names it', async () => {
    const answer = await search('favourite = yes');
    expect(answer.status).toBe(400);
    expect(answer.json.message).toContain("'favourite'");
    expect((await search('space = "MIN')).status).toBe(400);
  });
});

describe('v1 deprecation on Cloud', () => {
  it('marks deprecated endpoints with the Deprecation, Warning and Link headers, and not the others', async () => {
    const content = await call('GET', `${api}/content/2719745`);
    expect(content.headers.get('deprecation')).toBe('Wed, 1 Mar 2023 00:00:00 GMT');
    expect(content.headers.get('warning')).toMatch(/^299 - "Deprecated API/);
    expect(content.headers.get('link')).toContain('rel="deprecation"');
    const search = await call('GET', `${api}/content/search?cql=${encodeURIComponent('space = MIN')}`);
    expect(search.headers.get('deprecation')).toBeNull();
  });

  it("answers 410 GoneException for removed endpoints with v1Deprecation: 'gone', while search, labels and users work", async () => {
    const gone = await startSandbox({ v1Deprecation: 'gone' });
    try {
      const goneCall = clientFor(gone);
      const answer = await goneCall('GET', `${api}/content/2719745?expand=body.storage`);
      expect(answer.status).toBe(410);
      expect(answer.json.message).toContain('GoneException');
      expect((await goneCall('GET', `${api}/content?spaceKey=MIN`)).status).toBe(410);
      expect((await goneCall('GET', `${api}/content/search?cql=${encodeURIComponent('space = MIN')}`)).status).toBe(200);
      expect((await goneCall('GET', `${api}/content/2719745/label`)).status).toBe(200);
      expect((await goneCall('GET', `${api}/user/current`)).status).toBe(200);
      expect((await goneCall('GET', '/wiki/api/v2/pages/2719745')).status).toBe(200);
    } finally {
      await gone.close();
    }
  });
});

describe('odd requests', () => {
  it('answers 404 in the v1 envelope for unknown paths and malformed escapes, 405 for a wrong method', async () => {
    const unknown = await call('GET', `${api}/nothing/here`);
    expect(unknown.status).toBe(404);
    expect(unknown.json.statusCode).toBe(404);
    expect((await call('GET', '/wiki/download/attachments/2719921/%E0%A4%A')).status).toBe(404);
    expect((await call('PATCH', `${api}/content/2719745`)).status).toBe(405);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await fetch(`${sandbox.origin}${api}/content`, {
      method: 'POST',
      headers: { Authorization: (await import('../../src/sandbox/auth.js')).authorizationHeader(sandbox.auth), 'Content-Type': 'application/json' },
      body: '{"type": "page", ',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain('not valid JSON');
  });
});
