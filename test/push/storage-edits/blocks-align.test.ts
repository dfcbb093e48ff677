import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSequences, changedRanges } from '../../../src/push/storage-edits/blocks-align.js';

describe('alignSequences', () => {
  it('pairs a longest common subsequence, in order in both', () => {
    expect(alignSequences(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([[0, 0], [2, 2], [3, 3]]);
  });

  it('among equally long alignments, pairs a repeated key with the one in its place (the first and third of three alike edited)', () => {
    // Deep mode of blocks-push-lists.property.test.ts: three alike tasks, the first and last reworded,
    // the middle one was paired with the last and the tasks' ids came back swapped.
    expect(alignSequences(['x', 'd', 'd', 'd'], ['x', 'd1', 'd', 'd3'])).toEqual([[0, 0], [2, 2]]);
    expect(alignSequences(['d', 'd', 'd', 'd', 'e'], ['n', 'd', 'd', 'n', 'e'])).toEqual([[1, 1], [2, 2], [4, 4]]);
  });

  it('is as long as a longest common subsequence (property)', () => {
    const lcs = (a: readonly string[], b: readonly string[]): number[][] => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
      return t;
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('p', 'q', 'r'), { maxLength: 14 }), fc.array(fc.constantFrom('p', 'q', 'r'), { maxLength: 14 }), (a, b) => {
        const pairs = alignSequences(a, b);
        expect(pairs).toHaveLength(lcs(a, b)[0]![0]!);
      }),
    );
  });

  it('always gives equal, strictly increasing pairs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('p', 'q', 'r', 's'), { maxLength: 30 }), fc.array(fc.constantFrom('p', 'q', 'r', 's'), { maxLength: 30 }), (a, b) => {
        const pairs = alignSequences(a, b);
        pairs.forEach(([i, j], k) => {
          expect(a[i]).toBe(b[j]);
          if (k > 0) {
            expect(i).toBeGreaterThan(pairs[k - 1]![0]);
            expect(j).toBeGreaterThan(pairs[k - 1]![1]);
          }
        });
        expect(alignSequences(a, a)).toHaveLength(a.length);
      }),
    );
  });

  it('stays within memory on two very different long sequences (greedy fallback), still in order', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `a${i % 1000}`);
    const b = Array.from({ length: 5000 }, (_, i) => `a${(i * 7) % 1000}`);
    const pairs = alignSequences(a, b);
    expect(pairs.length).toBeGreaterThan(0);
    pairs.forEach(([i, j], k) => {
      expect(a[i]).toBe(b[j]);
      if (k > 0) expect(j).toBeGreaterThan(pairs[k - 1]![1]);
    });
  });
});

describe('changedRanges', () => {
  it('lists the unmatched stretches between pairs', () => {
    expect(changedRanges(4, 5, [[0, 0], [2, 2], [3, 3]])).toEqual([
      { baseStart: 1, baseEnd: 2, otherStart: 1, otherEnd: 2 },
      { baseStart: 4, baseEnd: 4, otherStart: 4, otherEnd: 5 },
    ]);
  });
});
