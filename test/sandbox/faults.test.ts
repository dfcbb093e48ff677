import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { authorizationHeader } from '../../src/sandbox/auth.js';
import { FaultInjector, seededRandom } from '../../src/sandbox/faults.js';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { clientFor } from './client.js';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

/** One raw GET that reports a dropped connection instead of throwing. */
function rawGet(sb: Sandbox, path: string): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> } | 'dropped'> {
  return new Promise((resolve) => {
    const req = request(sb.origin + path, { headers: { Authorization: authorizationHeader(sb.auth) }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      res.on('error', () => resolve('dropped'));
    });
    req.on('error', () => resolve('dropped'));
    req.end();
  });
}

describe('fault dice', () => {
  it('are deterministic for a seed and differ between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(first);
    expect(Array.from({ length: 20 }, () => c())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('hit each configured rate within a few percent over 10,000 requests', () => {
    const faults = new FaultInjector({ rate429: 0.1, rate5xx: 0.05, rateDrop: 0.02, rateTruncate: 0.03, seed: 7 });
    const counts: Record<string, number> = {};
    for (let i = 0; i < 10_000; i++) {
      const kind = faults.decide('GET', '/wiki/api/v2/pages').kind;
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    expect(counts['429']! / 10_000).toBeGreaterThan(0.09);
    expect(counts['429']! / 10_000).toBeLessThan(0.11);
    expect(counts['5xx']! / 10_000).toBeGreaterThan(0.04);
    expect(counts['5xx']! / 10_000).toBeLessThan(0.06);
    expect(counts.drop! / 10_000).toBeGreaterThan(0.014);
    expect(counts.drop! / 10_000).toBeLessThan(0.026);
    expect(counts.truncate! / 10_000).toBeGreaterThan(0.024);
    expect(counts.truncate! / 10_000).toBeLessThan(0.036);
  });

  it('replay the same sequence for the same seed', () => {
    const run = () => {
      const faults = new FaultInjector({ rate429: 0.2, rate5xx: 0.2, seed: 99 });
      return Array.from({ length: 200 }, () => {
        const d = faults.decide('GET', '/x');
        return `${d.kind}:${d.status ?? ''}`;
      });
    };
    expect(run()).toEqual(run());
  });

  it('spare requests outside the targeted methods or paths', () => {
    const faults = new FaultInjector({ rate429: 1, methods: ['GET'], pathPattern: /\/pages\/\d+$/ });
    expect(faults.decide('PUT', '/wiki/api/v2/pages/1').kind).toBe('none');
    expect(faults.decide('GET', '/wiki/api/v2/spaces').kind).toBe('none');
    expect(faults.decide('GET', '/wiki/api/v2/pages/1').kind).toBe('429');
  });
});

describe('faults over HTTP', () => {
  it('answers 429 with Retry-After in seconds and counts it', async () => {
    sandbox = await startSandbox({ faults: { rate429: 1, retryAfterSeconds: 3 } });
    const answer = await clientFor(sandbox)('GET', '/wiki/api/v2/spaces');
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('3');
    expect(answer.json.errors[0].status).toBe(429);
    const v1 = await clientFor(sandbox)('GET', '/wiki/rest/api/space/MIN');
    expect(v1.json.statusCode).toBe(429);
    expect(sandbox.stats.status429).toBe(2);
  });

  it('answers 502/503/504, with Retry-After on 503', async () => {
    sandbox = await startSandbox({ faults: { rate5xx: 1, seed: 3 } });
    const seen = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const answer = await clientFor(sandbox)('GET', '/wiki/api/v2/spaces');
      seen.add(answer.status);
      if (answer.status === 503) expect(answer.headers.get('retry-after')).toBe('1');
      else expect(answer.headers.get('retry-after')).toBeNull();
    }
    expect([...seen].sort()).toEqual([502, 503, 504]);
    expect(sandbox.stats.status5xx).toBe(40);
  });

  it('drops connections without an answer', async () => {
    sandbox = await startSandbox({ faults: { rateDrop: 1 } });
    expect(await rawGet(sandbox, '/wiki/api/v2/spaces')).toBe('dropped');
    expect(sandbox.stats.dropped).toBe(1);
  });

  it('truncates JSON bodies so that they no longer parse', async () => {
    sandbox = await startSandbox({ faults: { rateTruncate: 1 } });
    const answer = await rawGet(sandbox, '/wiki/api/v2/spaces');
    if (answer === 'dropped') throw new Error('expected an answer');
    expect(answer.status).toBe(200);
    expect(() => JSON.parse(answer.body)).toThrow();
    expect(answer.body.startsWith('{"results":[')).toBe(true);
  });

  it('serves scripted faults to the named request only, then recovers', async () => {
    sandbox = await startSandbox({});
    sandbox.faults.inject({ kind: '429', path: '/pages/2719809', retryAfter: 2 });
    sandbox.faults.inject({ kind: 'status', status: 404, path: '/pages/2719777', times: 2 });
    const call = clientFor(sandbox);
    expect((await call('GET', '/wiki/api/v2/pages/2719745')).status).toBe(200);
    const limited = await call('GET', '/wiki/api/v2/pages/2719809');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await call('GET', '/wiki/api/v2/pages/2719809')).status).toBe(200);
    expect((await call('GET', '/wiki/api/v2/pages/2719777')).status).toBe(404);
    expect((await call('GET', '/wiki/api/v2/pages/2719777')).status).toBe(404);
    expect((await call('GET', '/wiki/api/v2/pages/2719777')).status).toBe(200);
  });

  it('delays every answer by the configured latency', async () => {
    sandbox = await startSandbox({ faults: { latencyMs: 60 } });
    const call = clientFor(sandbox);
    const started = performance.now();
    await call('GET', '/wiki/api/v2/spaces');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('counts requests by route and bytes sent', async () => {
    sandbox = await startSandbox({});
    const call = clientFor(sandbox);
    const a = await call('GET', '/wiki/api/v2/pages/2719745');
    await call('GET', '/wiki/api/v2/pages/2719761');
    await call('GET', '/wiki/rest/api/space/MIN');
    expect(sandbox.stats.requests).toBe(3);
    expect(sandbox.stats.byRoute).toEqual({ 'GET /wiki/api/v2/pages/{id}': 2, 'GET /wiki/rest/api/space/{key}': 1 });
    expect(sandbox.stats.bytesSent).toBeGreaterThan(Buffer.byteLength(a.text));
    sandbox.resetStats();
    expect(sandbox.stats.requests).toBe(0);
  });
});
