import { describe, expect, it } from 'vitest';
import { runPool } from '../../src/export/export-pool.js';

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('runPool', () => {
  it('keeps at most `size` items in flight and runs them all', async () => {
    let inFlight = 0;
    let most = 0;
    const done: number[] = [];
    await runPool([5, 1, 4, 2, 3, 1, 2], 3, async (ms) => {
      most = Math.max(most, ++inFlight);
      await tick(ms);
      inFlight--;
      done.push(ms);
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 1, 2, 2, 3, 4, 5]);
  });

  it('after a failure starts nothing more, tells the items in flight, and throws once they have ended', async () => {
    const started: string[] = [];
    const ended: string[] = [];
    const sawStop: string[] = [];
    const run = runPool(['slow', 'bad', 'c', 'd', 'e'], 2, async (name, stopped) => {
      started.push(name);
      if (name === 'bad') {
        await tick(5);
        throw new Error('401 from the server');
      }
      for (let step = 0; step < 6; step++) {
        if (stopped()) {
          sawStop.push(name);
          break;
        }
        await tick(10);
      }
      ended.push(name);
    });
    await expect(run).rejects.toThrow('401 from the server');
    expect(started).toEqual(['slow', 'bad']);
    expect(ended).toEqual(['slow']);
    expect(sawStop).toEqual(['slow']);
  });
});
