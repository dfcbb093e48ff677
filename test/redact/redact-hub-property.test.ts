import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redactHub } from '../../src/redact/redact-hub.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';
import { propertyRuns } from '../robustness/soak.js';

const rules = redactionRules();
const INLINE = ['strong', 'em', 'u', 's', 'code'];

/** Cuts the text at the given points and wraps some pieces in inline tags, as editors do. */
function splitIntoInlineTags(text: string, cuts: number[], tags: number[]): string {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let at = 0;
  for (const p of [...points, text.length]) {
    pieces.push(text.slice(at, p));
    at = p;
  }
  return pieces
    .map((piece, i) => {
      const escaped = piece.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/:/g, '&#58;');
      const tag = INLINE[(tags[i] ?? 0) % (INLINE.length + 1)];
      return tag ? `<${tag}>${escaped}</${tag}>` : escaped;
    })
    .join('');
}

describe('redactHub, whatever the inline markup and entities', () => {
  it('finds a labelled passcode split across inline tags and spelled with entities', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(40), { maxLength: 6 }), fc.array(fc.nat(10), { maxLength: 7 }), (cuts, tags) => {
        const hub = `<p>Recording link above. ${splitIntoInlineTags('Passcode: Zq81&x<y', cuts, tags)}</p><p>Next</p>`;
        const { hub: out, counts } = redactHub(hub, rules);
        expect(counts).toEqual({ passcode: 1 });
        expect(out.replace(/<[^>]*>/g, '')).not.toMatch(/Zq81|&amp;x|&lt;y/);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
