import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';

const anchor = (name: string): string => `<ac:structured-macro ac:name="anchor" ac:schema-version="1"><ac:parameter ac:name="">${name}</ac:parameter></ac:structured-macro>`;
const link = (target: string, body: string): string => `<ac:link ac:anchor="${target}"><ac:link-body>${body}</ac:link-body></ac:link>`;
const ref = (label: string, n: number, anchorName: string): string => `<sup>${anchor(anchorName)}${link(`footnote-def-${label}`, String(n))}</sup>`;

/** The spelling md2conf gives footnotes in storage, and wikiport too. */
const page = `<p>Latency rose${ref('1', 1, 'footnote-ref-1')} after the <em>cache</em> change${ref('cache', 2, 'footnote-ref-cache')}, and again${ref('1', 1, 'footnote-ref-1-2')}.</p>\n` +
  '<hr />\n<ol>' +
  `<li><p>${anchor('footnote-def-1')}Measured at the edge, p95.&nbsp;${link('footnote-ref-1', '↩¹')}${link('footnote-ref-1-2', '↩²')}</p></li>` +
  `<li><p>${anchor('footnote-def-cache')}See the <strong>cache</strong> runbook.&nbsp;${link('footnote-ref-cache', '↩')}</p></li>` +
  '</ol>';

describe('footnotes', () => {
  it('storage footnotes (anchors, links, the numbered notes after a rule) are GFM footnotes', () => {
    expect(md(page)).toBe('Latency rose[^1] after the *cache* change[^cache], and again[^1].\n\n[^1]: Measured at the edge, p95.\n[^cache]: See the **cache** runbook.\n');
    expect(mdAgain(page)).toBe(md(page));
  });

  it('GFM footnotes become that storage, byte for byte, and back', () => {
    expect(storage(md(page))).toBe(page);
    expect(storage('Text[^n].\n\n[^n]: A note\n    on two lines.\n')).toContain(`${anchor('footnote-def-n')}A note\non two lines.&nbsp;${link('footnote-ref-n', '↩')}</p></li></ol>`);
  });

  it('a note of several paragraphs keeps them, its anchor in the first and its links back in the last', () => {
    const markdown = 'See[^long].\n\n[^long]: First paragraph.\n\n    Second paragraph.\n';
    const back = storage(markdown);
    expect(back).toContain(`<li><p>${anchor('footnote-def-long')}First paragraph.</p>\n<p>Second paragraph.&nbsp;${link('footnote-ref-long', '↩')}</p></li>`);
    expect(md(back)).toBe(markdown);
  });

  it('a note nothing refers to any more keeps its text (last, without links back)', () => {
    const back = storage('No reference here.\n\n[^gone]: The note stays.\n');
    expect(back).toBe(`<p>No reference here.</p>\n<hr />\n<ol><li><p>${anchor('footnote-def-gone')}The note stays.</p></li></ol>`);
    expect(md(back)).toBe('No reference here.\n\n[^gone]: The note stays.\n');
  });

  it('notes keep the order they are written in, whatever the order of their references', () => {
    const markdown = 'Second[^b] then first[^a].\n\n[^a]: Note A.\n[^b]: Note B.\n';
    const back = storage(markdown);
    expect(back.indexOf('footnote-def-a</ac:parameter>')).toBeLessThan(back.indexOf('footnote-def-b</ac:parameter>'));
    expect(md(back)).toBe(markdown);
  });

  it('a reference whose note is gone shows as its text, as a Markdown reader shows it', () => {
    const dangling = `<p>Rose${ref('gone', 1, 'footnote-ref-gone')}.</p>`;
    expect(md(dangling)).toBe('Rose\\[^gone\\].\n');
    expect(mdAgain(dangling)).toBe(md(dangling));
  });

  it('other superscripts, numbered lists and rules stay what they are; inline ^[notes] are text', () => {
    const plain = '<p>E = mc<sup>2</sup></p>\n<hr />\n<ol><li>one</li></ol>';
    expect(md(plain)).toBe('E = mc<sup>2</sup>\n\n---\n\n1. one\n');
    expect(storage('Text^[inline note].\n')).toBe('<p>Text^[inline note].</p>');
  });
});

describe('footnotes as Markdown renderers write them (mark\'s storage)', () => {
  const rendered = '<p>Cold starts got slower<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> last week.</p>\n' +
    '<div class="footnotes" role="doc-endnotes">\n<hr />\n<ol>\n<li id="fn:1">\n<p>Only on <em>arm64</em> hosts.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>\n</ol>\n</div>';

  it('a reference to an `li id` footnote list and the list are GFM footnotes', () => {
    expect(md(rendered)).toBe('Cold starts got slower[^1] last week.\n\n[^1]: Only on *arm64* hosts.\n');
    expect(mdAgain(rendered)).toBe(md(rendered));
  });

  it('come back in the anchor spelling', () => {
    const back = storage(md(rendered));
    expect(back).toContain(link('footnote-def-1', '1'));
    expect(back).toContain(`${anchor('footnote-def-1')}Only on <em>arm64</em> hosts.&nbsp;${link('footnote-ref-1', '↩')}`);
  });

  it('a plain superscript link or a div of another class stays what it is', () => {
    expect(md('<p>See<sup><a href="#top">up</a></sup></p>')).toContain('<sup>[up](#top)</sup>');
    expect(md('<div class="box"><ol><li id="fn:1">x</li></ol></div>')).toContain('1. x');
  });
});

describe('footnotes whose reference anchors have names of their own', () => {
  // An editor that names the reference anchors itself (`ref-latency`), the notes linking back there.
  const named = `<p>Latency rose${ref('1', 1, 'ref-latency')} again.</p>\n<hr />\n<ol><li><p>${anchor('footnote-def-1')}Measured at the edge.&nbsp;${link('ref-latency', '↩')}</p></li></ol>`;

  it('are GFM footnotes: the reference is [^1] and the note shows without its arrow link', () => {
    expect(md(named)).toBe('Latency rose[^1] again.\n\n[^1]: Measured at the edge.\n');
  });

  it('come back in the anchor spelling, a fixed point', () => {
    expect(storage(md(named))).toBe(storage('Latency rose[^1] again.\n\n[^1]: Measured at the edge.\n'));
    expect(mdAgain(named)).toBe(md(named));
  });

  it('a superscript link to a note anchor without an anchor of its own is a reference too; a link back that is no arrow stays text', () => {
    const bare = `<p>See${'<sup>' + link('footnote-def-x', '1') + '</sup>'}.</p>\n<hr />\n<ol><li><p>${anchor('footnote-def-x')}Note x. ${link('elsewhere', 'more')}</p></li></ol>`;
    expect(md(bare)).toBe('See[^x].\n\n[^x]: Note x. [more](#elsewhere)\n');
  });
});
