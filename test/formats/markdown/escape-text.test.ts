import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownText, settleLineStartEscapes, settleLoneTildes } from '../../../src/formats/markdown/escape-text.js';
import { markdownParser } from '../../../src/formats/markdown/markdown-parser.js';
import { load } from 'cheerio';
import { propertyRuns } from '../../robustness/soak.js';

/** What markdown-it shows for a paragraph of escaped text. */
function shown(text: string, prefix: string): { text: string; elements: number } {
  const $ = load(markdownParser().render(settleLoneTildes(settleLineStartEscapes(`${prefix}${escapeMarkdownText(text)}`))), null, false);
  const p = $.root().children();
  return { text: p.length === 1 && p.is('p') ? p.text().slice(prefix.length) : `<${$.root().html() ?? ''}>`, elements: p.find('*').length };
}

describe('escapeMarkdownText', () => {
  it.each([
    ['snake_case_name', 'snake_case_name'],
    ['_lead and trail_', '\\_lead and trail\\_'],
    ['a < b && c > d', 'a < b && c > d'],
    ['<script>x</script>', '&lt;script>x&lt;/script>'],
    ['0=', '0='],
    ['&amp; &#169; &copy', '\\&amp; \\&#169; &copy'],
    ['~~no~~ ~50', '\\~\\~no\\~\\~ \\~50'],
    ['about ~50', 'about ~50'],
    ['2*3 `x` [y]', '2\\*3 \\`x\\` \\[y\\]'],
    ['- no', '\\- no'],
    ['1. no', '1\\. no'],
    ['# no', '\\# no'],
    ['> no', '\\> no'],
    ['~one~ and ~/two', '\\~one\\~ and \\~/two'],
    ['mail kim@example.com.', 'mail <kim@example.com>.'],
  ])('%s -> %s', (input, expected) => {
    expect(settleLoneTildes(settleLineStartEscapes(escapeMarkdownText(input)))).toBe(expected);
  });

  it('escapes line-start syntax only where the text really starts a line', () => {
    const text = escapeMarkdownText('- x');
    expect(settleLineStartEscapes(`${text}`)).toBe('\\- x');
    expect(settleLineStartEscapes(`> - ${text}`)).toBe('> - \\- x');
    expect(settleLineStartEscapes(`[a](b) ${text}`)).toBe('[a](b) - x');
    expect(settleLineStartEscapes(`| ${escapeMarkdownText('1. y')} |`)).toBe('| 1. y |');
    expect(settleLineStartEscapes(`   ${escapeMarkdownText('12) y')}`)).toBe('   12\\) y');
  });

  it('makes markdown-it show any text literally, with no elements', () => {
    const alphabet = fc.constantFrom(...'ab_*`[]<>&~#-+=!().\\|:/ ;1'.split(''), 'amp;', 'lt;', '#39;', 'x>', 'b>');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('').trim()), fc.constantFrom('', 'x '), (text, prefix) => {
        if (text === '') return;
        const result = shown(text, prefix);
        expect(result.elements).toBe(0);
        expect(result.text).toBe(text);
      }),
      { numRuns: propertyRuns(400) },
    );
  });
});
