import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOpaquePayload, encodeOpaquePayload, opaqueCommentBody, opaqueLabel, parseOpaqueComment } from '../../src/hub/opaque.js';
import { markdownParser } from '../../src/formats/markdown/markdown-parser.js';

describe('opaque constructs in Markdown comments', () => {
  it('round-trips any payload, and the encoding can never end the comment, break the line or split a table row', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), fc.boolean(), (storage, inline, dynamic) => {
        const encoded = encodeOpaquePayload(storage);
        expect(encoded).not.toMatch(/--|\n|\r|\|/);
        expect(decodeOpaquePayload(encoded)).toBe(storage);
        const body = opaqueCommentBody({ macro: 'x-y', storage, inline, dynamic });
        expect(`<!--${body}-->`.indexOf('-->')).toBe(body.length + 4);
        expect(parseOpaqueComment(body)).toEqual({ macro: 'x-y', storage, inline, dynamic });
      }),
    );
  });

  it('escapes exactly as the character-by-character spelling the comments were first written with (the bytes of every file written before stay the same)', () => {
    const byCharacter = (text: string): string => {
      let out = '';
      let previous = '';
      for (const c of text) {
        out += c === '%' ? '%25' : c === '\n' ? '%0A' : c === '\r' ? '%0D' : c === '|' ? '%7C' : c === '-' && previous === '-' ? '%2D' : c;
        previous = c;
      }
      return out;
    };
    const pieces = fc.constantFrom('-', '--', '---', '%', '|', '\n', '\r\n', '<ac:x a="1">', 'é', '😀', ' ');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(encodeOpaquePayload(text)).toBe(byCharacter(text));
      }),
    );
  });

  it('survives markdown-it as one inline comment inside a table cell', () => {
    const comment = `<!--${opaqueCommentBody({ macro: 'm', storage: '<a>x | y -- z\n</a>', inline: true })}-->`;
    const html = markdownParser().render(`| a | b |\n| --- | --- |\n| ${comment} | c |\n`);
    expect(html).toContain(comment);
    expect(html.match(/<td>/g)).toHaveLength(2);
  });

  it('ignores comments that are not ours', () => {
    expect(parseOpaqueComment(' just a note ')).toBeNull();
  });

  it('names a macro, or a bare element without its namespace', () => {
    expect(opaqueLabel('drawio')).toBe('[drawio macro]');
    expect(opaqueLabel('ac:inline-comment-marker')).toBe('[inline-comment-marker element]');
  });
});

describe('opaque storage through the Markdown writer', () => {
  it('restores the original storage even where a rule copies hub HTML through as is', async () => {
    const { stashStorageAttributes, storedStorage } = await import('../../src/formats/markdown/storage-stash.js');
    const stashed = stashStorageAttributes('<p>x</p><div data-opaque data-macro="m" data-storage="&lt;ac:x a=&quot;1&quot;/&gt;"></div>');
    try {
      const token = /data-storage="([^"]*)"/.exec(stashed.hub)?.[1] ?? null;
      expect(token).not.toContain('ac:x');
      expect(storedStorage(token)).toBe('<ac:x a="1"/>');
      expect(stashed.unstash(`<td>${stashed.hub}</td>`)).toBe('<td><p>x</p><div data-opaque data-macro="m" data-storage="&lt;ac:x a=&quot;1&quot;/&gt;"></div></td>');
    } finally {
      stashed.restore();
    }
  });
});
