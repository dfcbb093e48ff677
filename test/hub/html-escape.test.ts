import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attributes, escapeAttribute, escapeText } from '../../src/hub/html.js';

const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '"': '&quot;' };

/** The plain spelling of each escape: every special character replaced by its entity. */
const byReplace = (text: string, entities: Record<string, string>): string => text.replace(/[&<>"]/g, (c) => entities[c] ?? c);

/** Strings heavy in what the escapes look at, beside any string at all. */
const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", 'a', ' ', 'é', '😀', '&amp;', '\n') }),
);

describe('escaping hub text and attribute values', () => {
  it('escapes &, < and > in text, and also " in attribute values, as a replace of each does', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(escapeText(text)).toBe(byReplace(text, TEXT_ENTITIES));
        expect(escapeAttribute(text)).toBe(byReplace(text, ATTRIBUTE_ENTITIES));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a kept macro payload and parameters JSON as attribute values a parser reads back', () => {
    const payload = '<ac:structured-macro ac:name="toc"><ac:parameter ac:name="minLevel">1 & 2 > 0</ac:parameter></ac:structured-macro>';
    expect(attributes({ 'data-storage': payload, 'data-params': '{"title":"A \\"B\\""}' })).toBe(
      ' data-storage="&lt;ac:structured-macro ac:name=&quot;toc&quot;&gt;&lt;ac:parameter ac:name=&quot;minLevel&quot;&gt;1 &amp; 2 &gt; 0&lt;/ac:parameter&gt;&lt;/ac:structured-macro&gt;"' +
        ' data-params="{&quot;title&quot;:&quot;A \\&quot;B\\&quot;&quot;}"',
    );
  });

  it('leaves text without special characters as it is, and escapes one at either end', () => {
    expect(escapeText('plain words')).toBe('plain words');
    expect(escapeAttribute('"quoted"')).toBe('&quot;quoted&quot;');
    expect(escapeText('<')).toBe('&lt;');
    expect(escapeText('a "b"')).toBe('a "b"');
  });
});
