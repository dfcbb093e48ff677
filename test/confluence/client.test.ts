import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/confluence/client.js';
import { parseBaseUrl } from '../../src/confluence/base-url.js';
import { backoffDelay, parseRetryAfter } from '../../src/confluence/retry.js';
import { startFakeServer, sendJson, v2Page } from './fake-server.js';

const token = 'ATATT3xFfGF0-secret-token-value';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

async function server(handler: Parameters<typeof startFakeServer>[0]) {
  const s = await startFakeServer(handler);
  closers.push(s.close);
  return s;
}

const fast = { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 50 };

describe('v2 pagination', () => {
  it('follows _links.next relative to the origin and never assumes a short page is the last', async () => {
    const s = await server((req, res) => {
      if (req.path === '/wiki/api/v2/spaces') return sendJson(res, 200, { results: [{ id: '98445', key: 'OPS', name: 'Ops' }], _links: {} });
      if (req.path === '/wiki/api/v2/spaces/98445/pages') {
        const cursor = req.query.get('cursor');
        if (!cursor) return sendJson(res, 200, { results: [v2Page('1'), v2Page('2')], _links: { next: '/wiki/api/v2/spaces/98445/pages?cursor=b', base: 'x' } });
        if (cursor === 'b') return sendJson(res, 200, { results: [v2Page('3')], _links: { next: '/wiki/api/v2/spaces/98445/pages?cursor=c' } });
        // Only the Link header says where to go next.
        if (cursor === 'c') return sendJson(res, 200, { results: [] }, { Link: '</wiki/api/v2/spaces/98445/pages?cursor=d>; rel="next", <http://x/wiki>; rel="base"' });
        return sendJson(res, 200, { results: [v2Page('4')], _links: {} });
      }
      sendJson(res, 404, { errors: [{ status: 404, code: 'NOT_FOUND', title: 'Not found' }] });
    });
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', email: 'a@example.com', token, retry: fast });
    const ids: string[] = [];
    for await (const p of client.listSpacePages('OPS')) ids.push(p.id);
    expect(ids).toEqual(['1', '2', '3', '4']);
    expect(await client.api()).toBe('v2');
    expect(client.stats.requests).toBe(5);
    expect(s.seen.every((r) => r.authorization === `Basic ${Buffer.from(`a@example.com:${token}`).toString('base64')}`)).toBe(true);
  });

  it('refuses a next link to another host and never sends credentials there', async () => {
    const other = await server((_req, res) => sendJson(res, 200, { results: [], _links: {} }));
    const s = await server((req, res) => {
      if (req.path === '/wiki/api/v2/spaces') return sendJson(res, 200, { results: [{ id: '9', key: 'OPS' }], _links: {} });
      sendJson(res, 200, { results: [v2Page('1')], _links: { next: `${other.origin}/wiki/api/v2/spaces/9/pages?cursor=x` } });
    });
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', email: 'a@example.com', token, retry: fast });
    const run = async () => {
      for await (const _ of client.listSpacePages('OPS')) void _;
    };
    await expect(run()).rejects.toThrow(/another host/);
    expect(other.seen).toHaveLength(0);
  });

  it('refuses a redirect to another host', async () => {
    const other = await server((_req, res) => sendJson(res, 200, {}));
    const s = await server((_req, res) => {
      res.writeHead(302, { Location: `${other.origin}/steal` });
      res.end();
    });
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', pat: token, retry: fast });
    const error = await client.getPage('5').catch((e: Error) => e);
    expect(String(error)).toMatch(/refused a redirect to another host/);
    expect(String(error)).not.toContain(token);
    expect(other.seen).toHaveLength(0);
  });
});

describe('v1 and Data Center', () => {
  it('auto picks v1 when the server has no v2, pages by offset relative to _links.base, sends the PAT as bearer', async () => {
    const s = await server((req, res) => {
      const base = `${s.origin}/confluence`;
      if (req.path.startsWith('/confluence/api/v2')) {
        res.writeHead(404, { 'Content-Type': 'text/html' });
        return res.end('<html><body>Page not found</body></html>');
      }
      if (req.path === '/confluence/rest/api/content') {
        const start = Number(req.query.get('start') ?? 0);
        const item = (id: string) => ({
          id, type: 'page', title: `T${id}`, status: 'current', space: { id: 2719747, key: 'TST' }, version: { number: 2 },
          ancestors: id === '1' ? [] : [{ id: '1' }], _links: { webui: `/display/TST/T${id}` },
        });
        if (start === 0) return sendJson(res, 200, { results: [item('1')], start: 0, limit: 200, size: 1, _links: { base, context: '/confluence', next: '/rest/api/content?spaceKey=TST&start=1' } });
        return sendJson(res, 200, { results: [item('2')], start: 1, limit: 200, size: 1, _links: { base, context: '/confluence' } });
      }
      sendJson(res, 404, { statusCode: 404, message: 'No content' });
    });
    const client = createClient({ baseUrl: `${s.origin}/confluence/`, pat: token, retry: fast });
    const pages = [];
    for await (const p of client.listSpacePages('TST')) pages.push(p);
    expect(await client.api()).toBe('v1');
    expect(pages.map((p) => [p.id, p.parentId, p.spaceKey, p.webUrl])).toEqual([
      ['1', null, 'TST', `${s.origin}/confluence/display/TST/T1`],
      ['2', '1', 'TST', `${s.origin}/confluence/display/TST/T2`],
    ]);
    expect(s.seen.at(-1)?.query.get('start')).toBe('1');
    expect(s.seen.every((r) => r.authorization === `Bearer ${token}`)).toBe(true);
  });

  it('resolves DC user keys once per run', async () => {
    const s = await server((req, res) => {
      if (req.path === '/rest/api/user' && req.query.get('key') === '2c9d802a8067b72f018067b876420000') return sendJson(res, 200, { type: 'known', username: 'jsmith', userKey: '2c9d802a8067b72f018067b876420000', displayName: 'Jane Smith' });
      sendJson(res, 404, { statusCode: 404, message: 'not found' });
    });
    const client = createClient({ baseUrl: s.origin, pat: token, api: 'v1', retry: fast });
    expect(await client.resolveUser({ userKey: '2c9d802a8067b72f018067b876420000' })).toBe('Jane Smith');
    expect(await client.resolveUser({ userKey: '2c9d802a8067b72f018067b876420000' })).toBe('Jane Smith');
    expect(await client.resolveUser({ userKey: 'ffff' })).toBeNull();
    expect(client.knownUserName({ userKey: '2c9d802a8067b72f018067b876420000' })).toBe('Jane Smith');
    expect(s.seen.filter((r) => r.path === '/rest/api/user')).toHaveLength(2);
  });
});

describe('retries and rate limits', () => {
  it('honours Retry-After on a 429 and slows every worker', async () => {
    let throttledOnce = false;
    const s = await server((req, res) => {
      if (!throttledOnce && req.path === '/wiki/api/v2/pages/1') {
        throttledOnce = true;
        return sendJson(res, 429, { message: 'Rate limited' }, { 'Retry-After': '1' });
      }
      const id = req.path.split('/').pop() ?? '0';
      if (req.path.startsWith('/wiki/api/v2/spaces/')) return sendJson(res, 200, { id: '98445', key: 'OPS' });
      sendJson(res, 200, v2Page(id));
    });
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', pat: token, retry: fast, concurrency: 4 });
    const first = client.getPage('1');
    // Wait (bounded) until the 429 has been answered, then start other workers.
    for (let i = 0; i < 200 && s.seen.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    const throttledAt = s.seen[0]?.at ?? 0;
    await Promise.all([first, ...['2', '3', '4'].map((id) => client.getPage(id))]);
    const retried = s.seen.filter((r) => r.path === '/wiki/api/v2/pages/1');
    expect(retried).toHaveLength(2);
    expect((retried[1]?.at ?? 0) - throttledAt).toBeGreaterThanOrEqual(950);
    // The other workers were held back by the same pause.
    for (const id of ['2', '3', '4']) {
      const arrived = s.seen.find((r) => r.path === `/wiki/api/v2/pages/${id}`)?.at ?? 0;
      expect(arrived - throttledAt).toBeGreaterThanOrEqual(950);
    }
    expect(client.stats.retries).toBe(1);
    expect(client.stats.throttled).toBe(1);
  });

  it('retries 503 and dropped connections on reads, then gives up with a clear error', async () => {
    let calls = 0;
    const s = await server((_req, res) => {
      calls++;
      if (calls === 1) return res.socket?.destroy();
      if (calls === 2) return sendJson(res, 503, { message: 'busy' });
      sendJson(res, 200, v2Page('7', { spaceId: null }));
    });
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', pat: token, retry: fast });
    expect((await client.getPage('7')).id).toBe('7');
    expect(client.stats.retries).toBe(2);

    const down = await server((_req, res) => sendJson(res, 502, { message: 'bad gateway' }));
    const c2 = createClient({ baseUrl: `${down.origin}/wiki`, deployment: 'cloud', pat: token, retry: fast });
    await expect(c2.getPage('7')).rejects.toThrow(/GET \/wiki\/api\/v2\/pages\/7: HTTP 502/);
    expect(down.seen).toHaveLength(4);
  });

  it('checks the page version before retrying an interrupted update', async () => {
    let version = 4;
    let puts = 0;
    const s = await server((req, res) => {
      if (req.method === 'PUT') {
        puts++;
        if (version === 4) version = 5; // the write lands, but the gateway times out
        return sendJson(res, 504, { message: 'gateway timeout' });
      }
      sendJson(res, 200, v2Page('9', { spaceId: null, title: 'Minutes', version: { number: version }, body: { storage: { value: '<p>new</p>' } } }));
    });
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', pat: token, retry: fast });
    const page = await client.updatePage({ id: '9', title: 'Minutes', storage: '<p>new</p>', version: 5 });
    expect(page.version).toBe(5);
    expect(puts).toBe(1);

    version = 7; // someone else moved on: refuse instead of retrying
    await expect(client.updatePage({ id: '9', title: 'Minutes', storage: '<p>x</p>', version: 6 })).rejects.toMatchObject({ exitCode: 3 });
  });
});

describe('downloads', () => {
  it('streams an attachment to a file, retrying a connection dropped mid-body', async () => {
    const payload = Buffer.alloc(300_000, 7);
    let calls = 0;
    const s = await server((_req, res) => {
      calls++;
      res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': String(payload.length) });
      if (calls === 1) {
        res.write(payload.subarray(0, 1000));
        setTimeout(() => res.socket?.destroy(), 20);
        return;
      }
      res.end(payload);
    });
    const dir = await mkdtemp(join(tmpdir(), 'wikiport-dl-'));
    closers.push(() => rm(dir, { recursive: true, force: true }));
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', pat: token, retry: fast });
    const target = join(dir, 'attachments', '98305', 'charter.pdf');
    await client.downloadToFile(`${s.origin}/wiki/download/attachments/98305/charter.pdf?version=3`, target);
    expect((await readFile(target)).equals(payload)).toBe(true);
    expect(calls).toBe(2);
    expect(await readdir(join(dir, 'attachments', '98305'))).toEqual(['charter.pdf']);
    await expect(client.downloadToFile('https://evil.example/x.pdf', target)).rejects.toThrow(/Refused to follow a link to another host \(evil\.example\)/);
  });
});

describe('base URLs and backoff', () => {
  it.each([
    ['https://acme.atlassian.net', 'cloud', 'https://acme.atlassian.net/wiki'],
    ['https://acme.atlassian.net/wiki/', 'cloud', 'https://acme.atlassian.net/wiki'],
    ['https://api.atlassian.com/ex/confluence/1324a887-45db-1bf4-1e99-ef0ff456d421', 'gateway', 'https://api.atlassian.com/ex/confluence/1324a887-45db-1bf4-1e99-ef0ff456d421/wiki'],
    ['https://wiki.corp.example/confluence/', 'dc', 'https://wiki.corp.example/confluence'],
    ['http://10.0.0.5:8090', 'dc', 'http://10.0.0.5:8090'],
  ])('%s is %s at %s', (raw, deployment, base) => {
    const site = parseBaseUrl(raw);
    expect(site.deployment).toBe(deployment);
    expect(site.base).toBe(base);
    expect(site.v2Root).toBe(`${base}/api/v2`);
    expect(site.v1Root).toBe(`${base}/rest/api`);
  });

  it('rejects URLs that are not Confluence base URLs', () => {
    expect(() => parseBaseUrl('acme.atlassian.net')).toThrow(/not a URL/);
    expect(() => parseBaseUrl('ftp://x')).toThrow(/https/);
    expect(() => parseBaseUrl('https://me:secret@acme.atlassian.net')).toThrow(/must not contain credentials/);
    expect(() => parseBaseUrl('https://api.atlassian.com/other')).toThrow(/ex\/confluence\/CLOUDID/);
  });

  it('reads Retry-After as seconds or a date, and backs off exponentially with jitter', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeNull();
    const policy = { maxRetries: 4, baseDelayMs: 1000, maxDelayMs: 30_000 };
    expect(backoffDelay(0, policy, null, () => 0)).toBe(700);
    expect(backoffDelay(3, policy, null, () => 1)).toBe(10_400);
    expect(backoffDelay(10, policy, null, () => 0.5)).toBe(30_000);
    expect(backoffDelay(0, policy, 5000, () => 0.5)).toBe(5000);
  });
});

describe('writes whose outcome is unknown', () => {
  it('checks by title before sending an interrupted create again', async () => {
    let created = false;
    let posts = 0;
    const s = await server((req, res) => {
      if (req.path === '/wiki/api/v2/spaces') return sendJson(res, 200, { results: [{ id: '98445', key: 'OPS' }], _links: {} });
      if (req.method === 'POST') {
        posts++;
        created = true; // the page is made, then the connection drops before the answer
        return res.socket?.destroy();
      }
      if (req.path === '/wiki/api/v2/pages' && req.query.get('title') === 'Minutes 2024-03-07') {
        return sendJson(res, 200, { results: created ? [v2Page('555', { title: 'Minutes 2024-03-07', version: { number: 1 } })] : [], _links: {} });
      }
      if (req.path === '/wiki/api/v2/pages/555/labels') return sendJson(res, 200, { results: [{ id: '1', name: 'minutes', prefix: 'global' }], _links: {} });
      if (req.path === '/wiki/api/v2/pages/555') return sendJson(res, 200, v2Page('555', { title: 'Minutes 2024-03-07', version: { number: 1 }, body: { storage: { value: '<p>x</p>' } } }));
      sendJson(res, 404, { errors: [{ status: 404, code: 'NOT_FOUND', title: 'Not found' }] });
    });
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', pat: token, retry: fast });
    const page = await client.createPage({ spaceKey: 'OPS', title: 'Minutes 2024-03-07', storage: '<p>x</p>' });
    expect(page.id).toBe('555');
    expect(page.labels).toEqual(['minutes']);
    expect(posts).toBe(1);
  });

  it('retries a DELETE (idempotent) after a dropped connection', async () => {
    let calls = 0;
    const s = await server((req, res) => {
      if (req.method !== 'DELETE') return sendJson(res, 404, {});
      calls++;
      if (calls === 1) return res.socket?.destroy();
      res.writeHead(204).end();
    });
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', pat: token, retry: fast });
    await client.removeLabel('555', 'draft');
    expect(calls).toBe(2);
    expect(s.seen.at(-1)?.query.get('name')).toBe('draft');
  });
});

describe('errors', () => {
  it('names the endpoint and field of an unexpected shape', async () => {
    const s = await server((_req, res) => sendJson(res, 200, { id: '3', title: 'T', version: { number: 'three' } }));
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', pat: token, retry: fast });
    await expect(client.getPage('3')).rejects.toThrow(/GET \/wiki\/api\/v2\/pages\/3: unexpected response shape: field version\.number/);
  });

  it('explains a 401 without the secret', async () => {
    const s = await server((_req, res) => sendJson(res, 401, { code: 401, message: `Unauthorized; token ${token} rejected` }));
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', email: 'a@example.com', token, retry: fast });
    const error = (await client.getSpace('OPS').catch((e: Error) => e)) as Error & { exitCode: number };
    expect(error.message).toMatch(/GET \/wiki\/api\/v2\/spaces: authentication failed \(401\)/);
    expect(error.message).not.toContain(token);
    expect(error.exitCode).toBe(2);
  });

  it('says which host cannot be reached', async () => {
    const s = await server((_req, res) => sendJson(res, 200, {}));
    await s.close();
    closers.pop();
    const client = createClient({ baseUrl: `${s.origin}/wiki`, deployment: 'cloud', pat: token, retry: { maxRetries: 1, baseDelayMs: 5, maxDelayMs: 5 } });
    await expect(client.getPage('1')).rejects.toThrow(/Cannot reach 127\.0\.0\.1:\d+: connection refused/);
  });

  it('asks for credentials when none are given', () => {
    expect(() => createClient({ baseUrl: 'https://acme.atlassian.net' })).toThrow(/No Confluence credentials/);
  });
});
