import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lazyRegExp } from '../../src/minutes/lazy-pattern.js';

describe('lazyRegExp', () => {
  it('builds its pattern on first use, once', () => {
    let built = 0;
    const re = lazyRegExp(() => {
      built++;
      return /a(b)/giu;
    });
    expect(built).toBe(0);
    expect(re.test('xab')).toBe(true);
    expect(re.test('xab')).toBe(false);
    expect(built).toBe(1);
  });

  it('answers as the pattern it stands for, through every way String and RegExp use one', () => {
    const flagSets = ['', 'g', 'i', 'gi', 'giu', 'u', 'y', 'gy', 'gs', 'm', 'gm'];
    const sources = ['a', 'a(b)?', '\\s+', '(?<w>\\p{L}+)', '^x|y$', 'a*'];
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.constantFrom(...flagSets), fc.string({ unit: fc.constantFrom('a', 'b', 'x', 'y', ' ', 'é', '\n'), maxLength: 12 }), (source, givenFlags, text) => {
        const flags = !givenFlags.includes('u') && source.includes('\\p') ? `${givenFlags}u` : givenFlags;
        const real = (): RegExp => new RegExp(source, flags);
        const lazyOne = (): RegExp => lazyRegExp(real);
        expect(lazyOne() instanceof RegExp).toBe(true);
        expect(String(lazyOne())).toBe(String(real()));
        expect([lazyOne().source, lazyOne().flags, lazyOne().global, lazyOne().sticky]).toEqual([real().source, real().flags, real().global, real().sticky]);
        expect(text.replace(lazyOne(), '<$&>')).toBe(text.replace(real(), '<$&>'));
        expect(text.replace(lazyOne(), (m) => m.toUpperCase())).toBe(text.replace(real(), (m) => m.toUpperCase()));
        expect(text.split(lazyOne())).toEqual(text.split(real()));
        expect(text.search(lazyOne())).toBe(text.search(real()));
        expect(text.match(lazyOne())).toEqual(text.match(real()));
        if (flags.includes('g')) expect([...text.matchAll(lazyOne())]).toEqual([...text.matchAll(real())]);
        expect(new RegExp(lazyOne()).flags).toBe(real().flags);
        const a = lazyOne();
        const b = real();
        for (let i = 0; i < 4; i++) {
          expect(a.exec(text)).toEqual(b.exec(text));
          expect(a.lastIndex).toBe(b.lastIndex);
        }
        a.lastIndex = 0;
        b.lastIndex = 0;
        expect(a.test(text)).toBe(b.test(text));
      }),
      { numRuns: process.env.WIKIPORT_DEEP ? 2000 : 200 },
    );
  });
});
