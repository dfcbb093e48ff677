import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSequences } from '../../../src/push/storage-edits/blocks-align.js';
import { pairBlocksByKind } from '../../../src/push/storage-edits/blocks-pair.js';

const block = (kind: string, raw: string) => ({ kind, raw });

describe('pairing replaced blocks with the blocks written in their place', () => {
  it('pairs a written panel with the panel whose words it shares, not the first of its kind', () => {
    const replaced = [block('panel', '<p>Venue deposit is due</p>'), block('panel', '<p>Catering quote from the bakery</p>')];
    const written = [block('panel', '<p>Catering quote from the bakery, signed</p>')];
    expect(pairBlocksByKind(replaced, written)).toEqual([[1, 0]]);
  });

  it('still pairs in order, and as many as possible, whatever the words', () => {
    const replaced = [block('p', 'alpha'), block('table', 'x'), block('p', 'beta')];
    const written = [block('table', 'y'), block('p', 'alpha')];
    // (the paragraph after the table pairs with the paragraph after it, although its words are the first one's)
    expect(pairBlocksByKind(replaced, written)).toEqual([[1, 0], [2, 1]]);
  });

  it('pairs as many blocks as the longest common subsequence of kinds, in ascending order', () => {
    const kinds = fc.array(fc.constantFrom('p', 'ul', 'table', 'ac:structured-macro info'), { maxLength: 8 });
    const words = fc.constantFrom('budget', 'rollout', 'hiring', 'office', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(kinds.map((k) => k[0] ?? 'p'), words), { maxLength: 8 }), fc.array(fc.tuple(kinds.map((k) => k[0] ?? 'p'), words), { maxLength: 8 }), (a, b) => {
        const base = a.map(([kind, raw]) => block(kind, raw));
        const other = b.map(([kind, raw]) => block(kind, raw));
        const pairs = pairBlocksByKind(base, other);
        expect(pairs.length).toBe(alignSequences(base.map((x) => x.kind), other.map((x) => x.kind)).length);
        pairs.forEach(([i, j], n) => {
          expect(base[i]!.kind).toBe(other[j]!.kind);
          if (n > 0) {
            expect(i).toBeGreaterThan(pairs[n - 1]![0]);
            expect(j).toBeGreaterThan(pairs[n - 1]![1]);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
