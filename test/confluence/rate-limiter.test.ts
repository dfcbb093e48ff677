import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/confluence/rate-limiter.js';

describe('RateLimiter', () => {
  it('never lets more than the limit run at once', async () => {
    const limiter = new RateLimiter(3);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        await limiter.acquire();
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 2));
        running--;
        limiter.release('ok');
      }),
    );
    expect(peak).toBe(3);
  });

  it('pauses every caller after a throttle, halves concurrency, and grows back with successes', async () => {
    const limiter = new RateLimiter(8);
    limiter.throttle(120);
    expect(limiter.concurrency).toBe(4);
    const started = Date.now();
    await limiter.acquire();
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    limiter.release('ok');
    limiter.throttle(0);
    expect(limiter.concurrency).toBe(2);
    for (let i = 0; i < 40; i++) {
      await limiter.acquire();
      limiter.release('ok');
    }
    expect(limiter.concurrency).toBe(4);
  });
});
