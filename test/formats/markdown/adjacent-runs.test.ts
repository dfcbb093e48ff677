import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHTML } from 'entities';
import { propertyRuns } from '../../robustness/soak.js';
import { convert } from '../../../src/convert.js';

function toMarkdown(storage: string): string {
  return convert(storage, { from: 'storage', to: 'md' }).output;
}

function toStorage(markdown: string): string {
  return convert(markdown, { from: 'markdown', to: 'storage' }).output;
}

/** What a reader sees, spaces aside (the writer may move a space out of a run, or trim inline code). */
function visible(storage: string): string {
  return decodeHTML(storage.replace(/<[^>]*>/g, '')).replace(/\s+/g, '');
}

// Issue 15 (hostile round trips): runs of formatting side by side in storage.
describe('adjacent formatting runs: storage -> Markdown', () => {
  it('writes two bold runs side by side as one (it wrote **a****5**, read back as literal asterisks)', () => {
    expect(toMarkdown('<p><strong>a</strong><strong>5</strong></p>')).toBe('**a5**\n');
    expect(toStorage('**a5**\n')).toBe('<p><strong>a5</strong></p>');
  });

  it('merges italic, struck and code runs the same way', () => {
    expect(toMarkdown('<p><em>a</em><em>b</em></p>')).toBe('*ab*\n');
    expect(toMarkdown('<p><s>a</s><s>b</s></p>')).toBe('~~ab~~\n');
    expect(toMarkdown('<p><code>a</code><code>b</code></p>')).toBe('`ab`\n');
    expect(toMarkdown('<p>x <b>a</b><strong>b</strong><b>c</b> y</p>')).toBe('x **abc** y\n');
  });

  it('merges runs nested the same way, and leaves runs of different kinds apart', () => {
    expect(toMarkdown('<p><strong><em>a</em></strong><strong><em>b</em></strong></p>')).toBe('***ab***\n');
    const mixed = '<p><strong>a</strong><em>b</em><code>c</code><s>d</s></p>';
    const markdown = toMarkdown(mixed);
    expect(markdown).toBe('**a***b*`c`~~d~~\n');
    expect(toStorage(markdown)).toBe(mixed);
  });

  it('keeps bold inside a word (** works there, unlike __)', () => {
    expect(toMarkdown('<p>x<strong>y</strong>z</p>')).toBe('x**y**z\n');
    expect(toStorage('x**y**z\n')).toBe('<p>x<strong>y</strong>z</p>');
  });

  it('keeps sequences of adjacent runs a fixed point (storage -> md -> storage -> md), with their text', () => {
    // The paragraph starts with a word: text split across runs at the start of a line is another matter (todo below).
    const word = fc.stringMatching(/^[a5 .x]{1,4}$/);
    const run: fc.Arbitrary<string> = fc.oneof(
      word.map((w) => w.replace(/ /g, ' ')),
      fc.tuple(fc.constantFrom('strong', 'em', 'code', 's', 'b', 'i'), word).map(([tag, w]) => `<${tag}>${w}</${tag}>`),
    );
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 5 }), (runs) => {
        const storage = `<p>w ${runs.join('')}</p>`;
        const markdown = toMarkdown(storage);
        const back = toStorage(markdown);
        expect(toMarkdown(back), storage).toBe(markdown);
        expect(visible(back), storage).toBe(visible(storage));
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('writes a run whose parent formatting cannot be delimited as HTML rather than fusing with a neighbour run (it wrote **x****a**)', () => {
    const struck = '<p><strong>x</strong><s><strong>a</strong></s></p>';
    expect(toMarkdown(struck)).toBe('**x**~~**a**~~\n');
    expect(toStorage(toMarkdown(struck))).toBe(struck);
    // The closing ~~ could not follow "." before "b": the strike is kept as HTML, the runs stay apart.
    const closed = '<p><strong>x</strong><s><strong>a</strong>.</s>b</p>';
    expect(toMarkdown(closed)).toBe('**x**<s>**a**.</s>b\n');
    expect(toStorage(toMarkdown(closed))).toBe(closed);
    // After a letter ~~ cannot open before *: the strike was dropped, and is now kept.
    expect(toMarkdown('<p>x<s><strong>a</strong></s></p>')).toBe('x<s>**a**</s>\n');
    expect(toStorage('x<s>**a**</s>\n')).toBe('<p>x<s><strong>a</strong></s></p>');
  });

  it('keeps text split across runs at a line start text (5<strong>.</strong> was written 5., an empty ordered list)', () => {
    // **.** cannot be read as bold after a digit: the run is written as its tag, which is no list marker either.
    expect(toMarkdown('<p>5<strong>.</strong></p>')).toBe('5<strong>.</strong>\n');
    expect(toStorage(toMarkdown('<p>5<strong>.</strong></p>'))).toBe('<p>5<strong>.</strong></p>');
    expect(toMarkdown('<p>5<strong>.</strong> a</p>')).toBe('5<strong>.</strong> a\n');
    expect(toStorage(toMarkdown('<p>1<em>)</em> b</p>'))).toBe('<p>1<em>)</em> b</p>');
    expect(toMarkdown('<p>12<em>a</em></p>')).toBe('12*a*\n');
  });

  it('keeps runs nested in runs of another character, and runs at the start of a paragraph, a fixed point with their text', () => {
    // Old code: 534 of 20,000 such paragraphs moved or lost text; now none.
    const word = fc.stringMatching(/^[a5 .)x-]{1,3}$/).map((w) => w.replace(/ /g, '\u00a0'));
    const outer = fc.constantFrom('strong', 'em', 's');
    // Bold in italic and italic in bold are the todo below (runs of three or more asterisks).
    const pair = fc.tuple(outer, outer).filter(([a, b]) => a !== b && (a === 's' || b === 's'));
    const run = fc.oneof(
      word,
      fc.tuple(fc.constantFrom('strong', 'em', 's', 'code'), word).map(([t, w]) => `<${t}>${w}</${t}>`),
      fc.tuple(pair, word, fc.option(word)).map(([[a, b], w, v]) => `<${a}><${b}>${w}</${b}>${v ?? ''}</${a}>`),
      fc.tuple(pair, word, word).map(([[a, b], w, v]) => `<${a}>${v}<${b}>${w}</${b}></${a}>`),
    );
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), (runs) => {
        const storage = `<p>${runs.join('')}</p>`;
        const markdown = toMarkdown(storage);
        const back = toStorage(markdown);
        expect(toMarkdown(back), `${storage}\n${markdown}`).toBe(markdown);
        expect(visible(back), `${storage}\n${markdown}`).toBe(visible(storage));
      }),
      { numRuns: propertyRuns(2000) },
    );
  });

  it.todo('bold in italic beside other runs: <strong><em>5</em>5<em>x)</em></strong> is written ***5*5*x)*** (runs of three asterisks CommonMark pairs otherwise)');
  it.todo('code in formatting left out beside code or a run kept as HTML: about 12 of 20,000 random paragraphs of such runs (<code>)x-</code><em><s>a</s>-</em><strong><code>5x5</code></strong>…) move on the way back');
  it.todo('formatting inside the same formatting next to code spans: <s><code>x</code><s><code>5</code>x</s></s> is written ~~`x``5`x~~ (the inner s is left out and the two code spans fuse)');
  it('a run whose bold/italic/struck parent cannot be delimited does not fuse with a neighbour run: the parent is written as its tag', () => {
    const storage = '<p><strong>x</strong><s><strong>a</strong></s></p>';
    expect(toMarkdown(storage)).toBe('**x**~~**a**~~\n');
    expect(toStorage(toMarkdown(storage))).toBe(storage);
  });

  it('text split across runs at a line start stays text: <p>5<strong>.</strong></p> is no ordered list', () => {
    for (const storage of ['<p>5<strong>.</strong></p>', '<p>5<strong>.</strong> a</p>']) expect(toStorage(toMarkdown(storage))).toBe(storage);
  });
});

// hostile-16: formatting whose delimiters Markdown cannot read (punctuation inside, a letter outside) was dropped, bold and all.
describe('formatting the delimiters cannot spell is written as its HTML tag', () => {
  it.each([
    ['<p>これは<strong>「引用」</strong>です。</p>', 'これは<strong>「引用」</strong>です。\n'],
    ['<p>中文<strong>“加粗”</strong>文本</p>', '中文<strong>“加粗”</strong>文本\n'],
    ['<p><strong>한국어:</strong>값</p>', '<strong>한국어:</strong>값\n'],
    ['<p>a<strong>foo.</strong>bar</p>', 'a<strong>foo.</strong>bar\n'],
    ['<p>x<em>(y)</em>z</p>', 'x<em>(y)</em>z\n'],
    ['<p>a<s>x.</s>b</p>', 'a<s>x.</s>b\n'],
  ])('%s', (storage, markdown) => {
    expect(toMarkdown(storage)).toBe(markdown);
    expect(toStorage(markdown)).toBe(storage);
  });

  it('and where they can, the delimiters stay', () => {
    expect(toMarkdown('<p>中文<strong>加粗</strong>文本</p>')).toBe('中文**加粗**文本\n');
    expect(toMarkdown('<p><strong>bold</strong>.<em>it</em>,</p>')).toBe('**bold**.*it*,\n');
  });

  it('an underscore that opens an italic run after a word is a fixed point', () => {
    const markdown = toMarkdown('<p>snake<em>_case</em></p>');
    expect(toMarkdown(toStorage(markdown))).toBe(markdown);
  });
});
