import { afterEach, describe, expect, it } from 'vitest';
import { TokenBucket } from '../../src/sandbox/rate-limit.js';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { clientFor } from './client.js';

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('token bucket', () => {
  it('allows a burst, refuses the next request with the seconds to wait, and refills with time', () => {
    let clock = 0;
    const bucket = new TokenBucket({ requestsPerSecond: 0.5, burst: 2 }, () => clock);
    expect(bucket.take()).toMatchObject({ allowed: true, remaining: 1 });
    expect(bucket.take()).toMatchObject({ allowed: true, remaining: 0 });
    expect(bucket.take()).toEqual({ allowed: false, retryAfter: 2, remaining: 0 });
    clock = 1000;
    expect(bucket.take()).toEqual({ allowed: false, retryAfter: 1, remaining: 0 });
    clock = 2000;
    expect(bucket.take().allowed).toBe(true);
    expect(bucket.take().allowed).toBe(false);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => new TokenBucket({ requestsPerSecond: 0 })).toThrow(/above 0/);
  });
});

describe('rate limit over HTTP', () => {
  it('answers 429 with Retry-After once the burst is spent', async () => {
    sandbox = await startSandbox({ faults: { rateLimit: { requestsPerSecond: 2, burst: 3 } } });
    const call = clientFor(sandbox);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 6; i++) {
      const answer = await call('GET', '/wiki/api/v2/spaces');
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = answer.headers.get('retry-after');
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    expect(retryAfter).toBe('1');
    expect(sandbox.stats.status429).toBe(statuses.filter((s) => s === 429).length);
  });
});
