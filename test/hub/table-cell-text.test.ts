import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCellHtml, cleanLine, cleanText } from '../../src/hub/table-cell-text.js';
import { propertyRuns } from '../robustness/soak.js';

/** The rule as written: zero-width characters go, every run of white space (no-break spaces too) is one space, none at the ends. */
const byRule = (line: string): string => line.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').replace(/\s+/g, ' ').trim();

describe('cell text cleaning', () => {
  it('cleans lines', () => {
    expect(cleanLine('  Ana\u00a0\u00a0Lima\u200b ')).toBe('Ana Lima');
    expect(cleanLine('Ana Lima')).toBe('Ana Lima');
    expect(cleanLine('\u202fx\u2007y\t')).toBe('x y');
    expect(cleanText('one\n\n  two  \n\u00a0')).toBe('one\ntwo');
  });

  it('gives what the rule gives, also for text it returns untouched', () => {
    const piece = fc.constantFrom('a', 'Bo', ' ', '  ', '\n', '\t', '\u00a0', '\u2007', '\u202f', '\u200b', '\u00ad', '\ufeff', '\u3000', '\u2028', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (text) => {
        expect(cleanLine(text)).toBe(byRule(text));
        expect(cleanText(text)).toBe(text.split('\n').map(byRule).filter((l) => l !== '').join('\n'));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('cleans cell HTML as the rule does, also when it returns it untouched', () => {
    const rule = (html: string): string =>
      /<pre[\s>]|data-storage=/i.test(html)
        ? html.trim()
        : byRule(html.replace(/&nbsp;|&#160;|&#xa0;|\u00A0/gi, ' ')).replace(/\s*<br\s*\/?>\s*/gi, '<br>').replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '').trim();
    expect(cleanCellHtml(' <strong>Ana</strong>&nbsp;Lima <br/> ')).toBe('<strong>Ana</strong> Lima');
    const piece = fc.constantFrom('a', '<b>', '</b>', ' ', '  ', '\n', '\t', '\u00a0', '&nbsp;', '&NBSP;', '&#160;', '&#xA0;', '<br>', '<BR/>', '<br />', '\u200b', '\u3000', '<pre>', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (html) => {
        expect(cleanCellHtml(html)).toBe(rule(html));
      }),
      { numRuns: propertyRuns(3000) },
    );
  });
});
