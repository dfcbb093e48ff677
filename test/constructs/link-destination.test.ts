import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownParser } from '../../src/formats/markdown/markdown-parser.js';
import { normalizedLink } from '../../src/constructs/link.js';

const runs = process.env.WIKIPORT_DEEP ? 20_000 : 1_000;
const reference = (href: string): string => markdownParser().normalizeLink(href);

/** Pieces real destinations are made of, and the characters that make normalization do something. */
const piece = fc.constantFrom(
  'http://', 'https://', 'HTTP://', 'mailto:', 'ftp://', '//', '/', '../', './', '#', '?', '&', '=', '%', '%20', '%2f', '%zz', '@', ':', ':8080',
  'example.com', 'wiki.example.org', 'a', 'Z', '0', '-', '_', '.', '..', '~', '!', '$', "'", '(', ')', '*', '+', ',', ';', '[', ']', '{', '}', '|', '\\',
  '^', '`', '"', '<', '>', ' ', '\t', 'é', 'ü', 'xn--', '\u00a0', '\u2028', '😀', 'münchen.de', 'a'.repeat(64), 'b'.repeat(70) + '.com',
);

describe('link destinations', () => {
  it('are normalized exactly as markdown-it normalizes them (its fast path included)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (href) => {
        expect(normalizedLink(href)).toBe(reference(href));
      }),
      { numRuns: runs },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (href) => {
        expect(normalizedLink(href)).toBe(reference(href));
      }),
      { numRuns: runs },
    );
  });

  it('leave plain paths and ASCII web addresses as they are, and still encode what needs it', () => {
    for (const href of ['attachments/123/file.png', '#section-2', '../Other-page.md', 'https://example.com/a/b?c=d&e=f#g', 'http://x.org', 'https://a.b/%20x']) {
      expect(normalizedLink(href)).toBe(href);
      expect(reference(href)).toBe(href);
    }
    for (const href of ['https://münchen.de/ä', 'a b', 'x[1]', 'https://user@host/', 'HTTP://EXAMPLE.COM', 'https://example.com:8080/x', '100%']) {
      expect(normalizedLink(href)).toBe(reference(href));
    }
  });
});
