import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '../../robustness/soak.js';
import { convert } from '../../../src/convert.js';

/** Markdown -> storage, with the report's lines. */
function toStorage(markdown: string): { storage: string; lines: string[] } {
  const { output, report } = convert(markdown, { from: 'markdown', to: 'storage' });
  return { storage: output, lines: report.toLines('page.md') };
}

// Odd GFM a new user tried (issue 15's hostile pass): what cannot reach Confluence is said, never
// dropped without a word.
describe('Markdown the dialect cannot carry is reported', () => {
  it('says an HTML comment the user wrote is dropped (it was dropped without a word)', () => {
    const { storage, lines } = toStorage('Before.\n\n<!-- TODO: ask Kim about the budget -->\n\nAfter.\n');
    expect(storage).not.toContain('TODO');
    expect(lines).toEqual(['page.md: degraded comment: an HTML comment in the Markdown is not carried to Confluence: <!-- TODO: ask Kim about the budget -->']);
  });

  it('reports nothing for the comments wikiport writes itself', () => {
    const { lines } = toStorage('- a\n\n<!-- -->\n\n- b\n\n<!-- markdownlint-disable MD033 -->\n\ntext\n');
    expect(lines).toEqual([]);
  });

  it('says a link title is dropped, and keeps the link', () => {
    const { storage, lines } = toStorage('[docs](https://docs.example.com "The manual")\n');
    expect(storage).toContain('href="https://docs.example.com"');
    expect(lines).toEqual(['page.md: degraded link: the title "The manual" of a link is not carried to Confluence (its links have none); the link is kept']);
  });

  it('keeps the title of a link to an exported page, which names the wiki page, without a report', () => {
    const { storage, lines } = toStorage('[x](../OPS/runbook.md#step "/display/OPS/Runbook")\n');
    expect(storage).toContain('ri:content-title="Runbook"');
    expect(lines).toEqual([]);
  });

  it.todo('an HTML block that sets alignment (<div align="center">) keeps it: its text comes out plain, the alignment is lost (reported only as an unwrapped div: nothing)');
  it.todo('an inline <div> inside a paragraph leaves its text outside any paragraph in storage (<p>a </p>text<p></p>)');
});

/** storage -> Markdown. */
function toMarkdown(storage: string): string {
  return convert(storage, { from: 'storage', to: 'md' }).output;
}

describe('single-tilde strikethrough, as GitHub reads it', () => {
  it('strikes ~text~ as ~~text~~ (it was read as literal tildes)', () => {
    const { storage, lines } = toStorage('~struck~ and ~~also~~, but not ~this~~.\n');
    expect(storage).toBe('<p><s>struck</s> and <s>also</s>, but not ~this~~.</p>');
    expect(lines).toEqual([]);
  });

  it('leaves a tilde with no partner as text: ~5 minutes, ~/bin, a run of three', () => {
    expect(toStorage('About ~5 minutes, or ~10 at most.\n').storage).toBe('<p>About ~5 minutes, or ~10 at most.</p>');
    expect(toStorage('Copy it to ~/bin and ~/lib.\n').storage).toBe('<p>Copy it to ~/bin and ~/lib.</p>');
    expect(toStorage('~~~a~~~ b\n').storage).not.toContain('<s>');
  });

  it('writes tildes of the text so they read back as text, and leaves a lone one bare', () => {
    const cases = [
      '<p>about ~5 minutes in ~/bin</p>',
      '<p>~a <strong>b</strong> c~</p>',
      '<p><s>a</s>~b</p>',
      '<p><s>~a</s> x</p>',
      '<p>x ~a~ y</p>',
      '<table><tbody><tr><th>h</th></tr><tr><td><p>~a</p><p>b~</p></td></tr></tbody></table>',
    ];
    for (const storage of cases) {
      const markdown = toMarkdown(storage);
      expect(markdown).not.toContain('\uE005');
      const back = toStorage(markdown).storage;
      expect(toMarkdown(back), storage).toBe(markdown);
      expect(back.includes('<s>'), storage).toBe(storage.includes('<s>'));
    }
    expect(toMarkdown('<p>about ~5 minutes in ~/bin</p>')).toBe('about \\~5 minutes in \\~/bin\n');
    expect(toMarkdown('<p>about ~5 minutes</p>')).toBe('about ~5 minutes\n');
  });

  it('keeps text with tildes, struck or not, a fixed point: storage -> md -> storage -> md', () => {
    const word = fc.stringMatching(/^[a~ /5]{1,6}$/);
    // Text, then text in <s> or <strong>: formatted runs never touch (adjacent <strong>s are another matter).
    const piece = fc.tuple(word, fc.constantFrom('s', 'strong', null), word).map(([text, tag, inner]) => (tag === null ? text : `${text}<${tag}>${inner}</${tag}>`));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), (pieces) => {
        const markdown = toMarkdown(`<p>${pieces.join('')}</p>`);
        const back = toStorage(markdown).storage;
        expect(toMarkdown(back)).toBe(markdown);
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});

describe('e-mail addresses, as GitHub links them', () => {
  it('links a bare e-mail address to mailto: (it stayed text)', () => {
    const { storage, lines } = toStorage('Write to kim.ode+ops@example.com, or to <lee@example.org>.\n');
    expect(storage).toBe('<p>Write to <a href="mailto:kim.ode+ops@example.com">kim.ode+ops@example.com</a>, or to <a href="mailto:lee@example.org">lee@example.org</a>.</p>');
    expect(lines).toEqual([]);
  });

  it('leaves what is no address as text: no dot in the host, an @mention', () => {
    expect(toStorage('ping @kim or root@localhost\n').storage).toBe('<p>ping @kim or root@localhost</p>');
  });

  it('writes a link to an address that shows the address, and an address in text, as <name@host>, and reads it back the same', () => {
    const linked = '<p>Mail <a href="mailto:kim_o@example.com">kim_o@example.com</a> or jo@example.net.</p>';
    const markdown = toMarkdown(linked);
    expect(markdown).toBe('Mail <kim_o@example.com> or <jo@example.net>.\n');
    const back = toStorage(markdown).storage;
    expect(back).toBe('<p>Mail <a href="mailto:kim_o@example.com">kim_o@example.com</a> or <a href="mailto:jo@example.net">jo@example.net</a>.</p>');
    expect(toMarkdown(back)).toBe(markdown);
    expect(toMarkdown('<p><a href="mailto:kim@example.com">Kim</a></p>')).toBe('[Kim](mailto:kim@example.com)\n');
    // In a table cell too (a cell of plain words was written as it is, and read back as a link).
    const cell = toMarkdown('<table><tbody><tr><th>Who</th></tr><tr><td>Kim kim@example.com</td></tr></tbody></table>');
    expect(cell).toBe('| Who |\n| --- |\n| Kim <kim@example.com> |\n');
    expect(toMarkdown(toStorage(cell).storage)).toBe(cell);
    const web = toMarkdown('<table><tbody><tr><th>Where</th></tr><tr><td>see https://example.com/a</td></tr></tbody></table>');
    expect(web).toBe('| Where |\n| --- |\n| see <https://example.com/a> |\n');
    expect(toMarkdown(toStorage(web).storage)).toBe(web);
    // An address in the text of another link stays text: an autolink inside a link would end it.
    const inLink = toMarkdown('<p><a href="https://x.example.com/">write to kim@example.com</a></p>');
    expect(inLink).toBe('[write to kim@example.com](https://x.example.com/)\n');
    expect(toStorage(inLink).storage).toBe('<p><a href="https://x.example.com/">write to kim@example.com</a></p>');
  });
});

describe('table cells past the header width', () => {
  it('reports a row whose | inside code split it past the header (its cells were dropped without a word), with its line', () => {
    const markdown = 'Intro.\n\n| Command | Meaning |\n| --- | --- |\n| `a|b` | pipe |\n| `c\\|d` | escaped |\n';
    const { storage, lines } = toStorage(markdown);
    expect(storage).toContain('<td>`a</td><td>b`</td>');
    expect(storage).not.toContain('pipe');
    expect(storage).toContain('<code>c|d</code>');
    expect(lines).toEqual([
      'page.md: degraded table: line 5: a table row has 3 cells and its header 2; the cells past the header (pipe) are not carried over (GitHub does not show them either): a | inside code splits the cell, write it \\| there, or add header cells',
    ]);
  });

  it('counts lines after front matter and inside a quote, and says nothing of rows that fit', () => {
    const { lines } = toStorage('---\ntitle: T\n---\n> | a |\n> | - |\n> | 1 | 2 | 3 |\n> | 4 |\n\n| x | y |\n| - | - |\n| 1 |\n');
    expect(lines).toEqual([expect.stringMatching(/^page\.md: degraded table: line 6: a table row has 3 cells and its header 1; the cells past the header \(2 \| 3\)/)]);
  });
});
