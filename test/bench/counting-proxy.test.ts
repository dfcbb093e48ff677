import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCountingProxy } from '../../bench/counting-proxy.js';
import type { CountingProxy } from '../../bench/counting-proxy.js';

describe('counting proxy', () => {
  let origin = '';
  let proxy: CountingProxy;
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/wiki/api/v2/pages?')) {
      const body = JSON.stringify({
        results: [1, 2, 3].map((id) => ({ id: String(id), body: { storage: { representation: 'storage', value: `<p>page ${id} says "representation":"storage"</p>` } } })),
        _links: { next: '/wiki/api/v2/pages?cursor=abc', base: `${origin}/wiki` },
      });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"message":"nope"}');
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    proxy = await startCountingProxy(origin);
  });
  afterAll(async () => {
    await proxy.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('counts requests, bytes, storage bodies and endpoints, and keeps links on the proxy', async () => {
    const res = await fetch(`${proxy.origin}/wiki/api/v2/pages?body-format=storage&limit=250`);
    const text = await res.text();
    const json = JSON.parse(text) as { _links: { base: string }; results: unknown[] };
    expect(json.results).toHaveLength(3);
    expect(json._links.base).toBe(`${proxy.origin}/wiki`);
    expect(text).not.toContain(origin);
    const missing = await fetch(`${proxy.origin}/wiki/api/v2/pages/123/labels`);
    expect(missing.status).toBe(404);
    await missing.text();

    const counts = proxy.counts();
    expect(counts.requests).toBe(2);
    // The quoted text inside a body value is JSON-escaped, so only the three real bodies count.
    expect(counts.storageBodies).toBe(3);
    expect(counts.responseBytes).toBe(Buffer.byteLength(text) + '{"message":"nope"}'.length);
    expect(counts.byEndpoint).toEqual({ 'GET /wiki/api/v2/pages': 1, 'GET /wiki/api/v2/pages/{id}/labels': 1 });
    expect(counts.byStatus).toEqual({ 200: 1, 404: 1 });

    proxy.reset();
    expect(proxy.counts().requests).toBe(0);
  });
});
