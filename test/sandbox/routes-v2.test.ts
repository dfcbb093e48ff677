import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { clientFor, followV2 } from './client.js';

let sandbox: Sandbox;
let call: ReturnType<typeof clientFor>;
const v2 = '/wiki/api/v2';

beforeAll(async () => {
  sandbox = await startSandbox({ generate: { pages: 620, attachmentEvery: 100 } });
  call = clientFor(sandbox);
});
afterAll(async () => {
  await sandbox.close();
});

describe('v2 spaces', () => {
  it('finds the MIN space by key and gives its id as a string', async () => {
    const answer = await call('GET', `${v2}/spaces?keys=MIN`);
    expect(answer.status).toBe(200);
    expect(answer.json.results).toHaveLength(1);
    expect(answer.json.results[0]).toMatchObject({ key: 'MIN', id: '98445', homepageId: '2719745', status: 'current' });
    expect(answer.json._links.base).toBe(`${sandbox.origin}/wiki`);
    expect(answer.json._links.next).toBeUndefined();
  });

  it('answers 404 for an unknown space id', async () => {
    const answer = await call('GET', `${v2}/spaces/123`);
    expect(answer.status).toBe(404);
    expect(answer.json.errors[0]).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('v2 cursor pagination', () => {
  it('lists a big space 250 at a time with next links in the body and the Link header', async () => {
    const gen = (await call('GET', `${v2}/spaces?keys=GEN`)).json.results[0];
    const first = await call('GET', `${v2}/spaces/${gen.id}/pages?limit=250&body-format=storage`);
    expect(first.json.results).toHaveLength(250);
    const next: string = first.json._links.next;
    expect(next.startsWith('/wiki/api/v2/spaces/')).toBe(true);
    expect(first.headers.get('link')).toBe(`<${next}>; rel="next", <${sandbox.origin}/wiki>; rel="base"`);
    expect(first.json.results[0].body.storage.value).toContain('Generated page 0');
    const all = await followV2(call, `${v2}/spaces/${gen.id}/pages?limit=250`);
    expect(all.requests).toBe(3);
    const ids = all.results.map((p) => (p as { id: string }).id);
    expect(new Set(ids).size).toBe(620);
    expect(all.results.every((p) => JSON.stringify((p as { body: unknown }).body) === '{}')).toBe(true);
  });

  it('defaults to 25 and rejects limits outside 1..250', async () => {
    const gen = (await call('GET', `${v2}/spaces?keys=GEN`)).json.results[0];
    expect((await call('GET', `${v2}/spaces/${gen.id}/pages`)).json.results).toHaveLength(25);
    expect((await call('GET', `${v2}/spaces/${gen.id}/pages?limit=251`)).status).toBe(400);
    expect((await call('GET', `${v2}/spaces/${gen.id}/pages?limit=0`)).status).toBe(400);
  });

  it('neither repeats nor skips pages when one is trashed between two requests', async () => {
    const first = await call('GET', `${v2}/spaces/98445/pages?limit=4`);
    const seen = first.json.results.map((p: { id: string }) => p.id);
    sandbox.store.deletePage('2719825');
    try {
      const rest = await followV2(call, first.json._links.next);
      const restIds = rest.results.map((p) => (p as { id: string }).id);
      expect(restIds.filter((id) => seen.includes(id))).toEqual([]);
      expect(restIds).not.toContain('2719825');
      expect(seen.length + restIds.length).toBe(11);
    } finally {
      sandbox.store.setStatus('2719825', 'current');
    }
  });

  it('lists only root pages with depth=root', async () => {
    const answer = await call('GET', `${v2}/spaces/98445/pages?depth=root`);
    expect(answer.json.results.map((p: { id: string }) => p.id)).toEqual(['2719745']);
  });
});

describe('v2 pages', () => {
  it('returns a page with its storage body, parent and version', async () => {
    const answer = await call('GET', `${v2}/pages/2719809?body-format=storage`);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      id: '2719809',
      title: '2024-03-28 Steering Committee Meeting',
      parentId: '2719761',
      parentType: 'page',
      spaceId: '98445',
      version: { number: 3, minorEdit: false },
    });
    expect(answer.json.body.storage.representation).toBe('storage');
    expect(answer.json.body.storage.value).toContain('ri:account-id="5b84c77ac70eed2a73a700c2"');
    expect(answer.json._links.base).toBe(`${sandbox.origin}/wiki`);
  });

  it('returns an old version with ?version=N', async () => {
    const old = await call('GET', `${v2}/pages/2719809?body-format=storage&version=1`);
    expect(old.json.version.number).toBe(1);
    expect(old.json.body.storage.value).toContain('DRAFT');
    const current = await call('GET', `${v2}/pages/2719809?body-format=storage`);
    expect(current.json.body.storage.value).not.toContain('DRAFT');
    expect((await call('GET', `${v2}/pages/2719809?version=9`)).status).toBe(404);
  });

  it('lists versions newest first, and one version in detail', async () => {
    const answer = await call('GET', `${v2}/pages/2719809/versions`);
    expect(answer.json.results.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
    expect(answer.json.results[1]).toMatchObject({ minorEdit: true, message: 'Gap analysis sent', page: { id: '2719809' } });
    const detail = await call('GET', `${v2}/pages/2719809/versions/2`);
    expect(detail.json).toMatchObject({ number: 2, prevVersion: 1, nextVersion: 3 });
  });

  it('fetches pages by id in bulk', async () => {
    const answer = await call('GET', `${v2}/pages?id=2719857,2719745&body-format=storage`);
    expect(answer.json.results.map((p: { id: string }) => p.id)).toEqual(['2719745', '2719857']);
  });

  it('answers 404 with the v2 envelope for a missing page', async () => {
    const answer = await call('GET', `${v2}/pages/999`);
    expect(answer.status).toBe(404);
    expect(answer.json.errors[0].status).toBe(404);
  });

  it('lists children in position order, on both children endpoints', async () => {
    const old = await call('GET', `${v2}/pages/2719761/children`);
    expect(old.json.results.map((c: { title: string }) => c.title.slice(0, 10))).toEqual([
      '2024-01-25', '2024-02-22', '2024-03-28', '2024-04-25', '2024-05-23', '2024-06-27',
    ]);
    expect(old.json.results[0]).toEqual({ id: '2719777', status: 'current', title: '2024-01-25 Steering Committee Meeting', spaceId: '98445', childPosition: 301 });
    const direct = await call('GET', `${v2}/pages/2719761/direct-children?limit=4`);
    expect(direct.json.results).toHaveLength(4);
    expect(direct.json.results[0].type).toBe('page');
    expect(direct.json._links.next).toContain('/wiki/api/v2/pages/2719761/direct-children?limit=4&cursor=');
  });

  it('lists attachments (default limit 50) and labels', async () => {
    const attachments = await call('GET', `${v2}/pages/2719921/attachments`);
    expect(attachments.json.results[0]).toMatchObject({ id: 'att2719937', title: 'recording-settings.png', mediaType: 'image/png', pageId: '2719921', fileSize: 129 });
    expect(attachments.json.results[0].downloadLink).toMatch(/^\/download\/attachments\/2719921\/recording-settings\.png\?version=1&/);
    const labels = await call('GET', `${v2}/pages/2719825/labels`);
    expect(labels.json.results.map((l: { name: string }) => l.name)).toEqual(['minutes', 'steering-committee', 'decision']);
    expect(labels.json.results[0]).toEqual({ prefix: 'global', name: 'minutes', id: expect.stringMatching(/^\d+$/) });
  });
});

describe('v2 writes', () => {
  it('creates a page (200) under the home page, updates it with version + 1, refuses a stale version with 409', async () => {
    const created = await call('POST', `${v2}/pages`, {
      spaceId: '98445',
      status: 'current',
      title: '2024-07-25 Steering Committee Meeting',
      body: { representation: 'storage', value: '<p>Agenda to follow</p>' },
    });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ parentId: '2719745', version: { number: 1 }, title: '2024-07-25 Steering Committee Meeting' });
    const id: string = created.json.id;

    const update = (number: number) =>
      call('PUT', `${v2}/pages/${id}`, {
        id,
        status: 'current',
        title: '2024-07-25 Steering Committee Meeting',
        body: { storage: { representation: 'storage', value: `<p>Edit ${number}</p>` } },
        version: { number, message: 'from test' },
      });
    const ok = await update(2);
    expect(ok.status).toBe(200);
    expect(ok.json.version).toMatchObject({ number: 2, message: 'from test' });
    const stale = await update(2);
    expect(stale.status).toBe(409);
    expect(stale.json.errors[0]).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      title: 'Version must be incremented when updating a page. Current Version: [2]. Provided version: [2]',
    });
    const body = await call('GET', `${v2}/pages/${id}?body-format=storage&version=1`);
    expect(body.json.body.storage.value).toBe('<p>Agenda to follow</p>');

    expect((await call('DELETE', `${v2}/pages/${id}`)).status).toBe(204);
    expect((await call('GET', `${v2}/pages/${id}`)).status).toBe(404);
    expect((await call('DELETE', `${v2}/pages/${id}?purge=true`)).status).toBe(204);
    expect(sandbox.store.page(id)).toBeUndefined();
  });

  it('names the bad field of an invalid write', async () => {
    const answer = await call('POST', `${v2}/pages`, { spaceId: '98445', title: '' });
    expect(answer.status).toBe(400);
    expect(answer.json.errors[0].title).toContain("field 'title'");
  });

  it('sees an edit made in the wiki as a new version', async () => {
    sandbox.store.editPage('2719905', { body: '<p>Edited in the wiki</p>', message: 'wiki edit' });
    const answer = await call('GET', `${v2}/pages/2719905?body-format=storage`);
    expect(answer.json.version).toMatchObject({ number: 2, message: 'wiki edit' });
    expect(answer.json.body.storage.value).toBe('<p>Edited in the wiki</p>');
  });
});

describe('v2 auth', () => {
  it('answers 401 without credentials and with wrong ones', async () => {
    const anonymous = clientFor(sandbox, null);
    const missing = await anonymous('GET', `${v2}/spaces`);
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({ code: 401, message: 'Unauthorized; scope does not match' });
    const wrong = clientFor(sandbox, `Basic ${Buffer.from('demo@example.com:nope').toString('base64')}`);
    expect((await wrong('GET', `${v2}/spaces`)).status).toBe(401);
  });
});

describe('v2 rendered bodies', () => {
  it('answers body-format=view with view HTML, not storage', async () => {
    const answer = await clientFor(sandbox)('GET', '/wiki/api/v2/pages/2719777?body-format=view');
    expect(answer.json.body.storage).toBeUndefined();
    const view: string = answer.json.body.view.value;
    expect(answer.json.body.view.representation).toBe('view');
    expect(view).not.toMatch(/<ac:|<ri:/);
    expect(view).toContain('>Tomáš Novák</a>');
    expect((await clientFor(sandbox)('GET', '/wiki/api/v2/pages/2719777?body-format=wiki')).status).toBe(400);
  });
});
