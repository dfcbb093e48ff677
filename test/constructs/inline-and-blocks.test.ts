import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { md, mdAgain, storage } from './convert-helpers.js';

describe('headings, paragraphs, inline formatting, links, breaks, rules, quotes', () => {
  it('spells inline formatting in Markdown, with HTML only where Markdown has no spelling (sub, sup, u, a colour)', () => {
    const source = '<p><b>b</b> <i>i</i> <code>c</code> <sub>s</sub><sup>p</sup> <del>d</del> <u>u</u> <span style="color:red">red</span> <span style="text-decoration: underline">ul</span></p>';
    expect(md(source)).toBe('**b** *i* `c` <sub>s</sub><sup>p</sup> ~~d~~ <u>u</u> <span style="color:red">red</span> <u>ul</u>\n');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('bold inside bold (and italic inside italic) is written once, a fixed point', () => {
    expect(md('<p>Go <strong>now <strong>please</strong></strong> and <em><em>quietly</em></em></p>')).toBe('Go **now please** and *quietly*\n');
    const glued = '<p>0<strong><strong>!</strong></strong></p>';
    expect(mdAgain(glued)).toBe(md(glued));
  });

  it('keeps spaces outside emphasis and escapes Markdown in text', () => {
    expect(md('<p>a<strong> b </strong>c *not* [x]</p>')).toBe('a **b** c \\*not\\* \\[x\\]\n');
    expect(mdAgain('<p>a<strong> b </strong>c *not* [x]</p>')).toBe('a **b** c \\*not\\* \\[x\\]\n');
  });

  it('writes links with a destination markdown-it reads back the same', () => {
    const source = '<p><a href="https://x.test/a b(c)?q=1&amp;r=2">t</a> <a href="https://y.test/">https://y.test/</a></p>';
    expect(md(source)).toBe('[t](<https://x.test/a%20b(c)?q=1&r=2>) <https://y.test/>\n');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('drops empty headings and blank paragraphs, keeps breaks inside paragraphs only', () => {
    expect(md('<h1> </h1><p>&nbsp;</p><p><br/></p><h3>T<br/></h3><p>a<br/>b<br/></p><hr/><blockquote><p>q</p></blockquote>'))
      .toBe('### T\n\na\\\nb\n\n---\n\n> q\n');
  });

  it('a numbered heading keeps its number unescaped (a heading is never a list), and reads back the same', () => {
    const page = '<h1>1. Scope</h1><h2>2.1 Disk encryption</h2><h2>3) Devices</h2><p>1. not a heading</p>';
    expect(md(page)).toBe('# 1. Scope\n\n## 2.1 Disk encryption\n\n## 3) Devices\n\n1\\. not a heading\n');
    expect(storage(md(page))).toContain('<h1>1. Scope</h1>');
    expect(mdAgain(page)).toBe(md(page));
  });

  it('drops placeholders and keeps dynamic macros invisible but intact', () => {
    const toc = '<ac:structured-macro ac:name="toc"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>';
    const out = md(`<p><ac:placeholder>Type here</ac:placeholder></p>${toc}<p>text</p>`);
    expect(out).not.toContain('Type here');
    expect(out).toMatch(/^<!-- wikiport:block dynamic toc .* -->\n\ntext\n$/);
    expect(storage(out)).toBe(`${toc}\n<p>text</p>`);
  });

  it('shows one line naming an unknown macro and restores it byte for byte', () => {
    const macro = '<ac:structured-macro ac:name="roadmap" ac:macro-id="7"><ac:parameter ac:name="source">%7B--%7D | x</ac:parameter></ac:structured-macro>';
    const out = md(`<p>Plan:</p>${macro}`);
    expect(out.split('\n')[2]).toMatch(/^\*\[roadmap macro\]\* <!-- wikiport:block roadmap /);
    expect(storage(out)).toBe(`<p>Plan:</p>\n${macro}`);
  });

  it('keeps the text of an inline comment marker, in the span that carries its thread', () => {
    const result = convert('<p>Say <ac:inline-comment-marker ac:ref="c1a2">hello</ac:inline-comment-marker> world</p>', { from: 'storage', to: 'md' });
    expect(result.output).toBe('Say <span data-inline-comment="c1a2">hello</span> world\n');
    expect(result.report.entries).toEqual([]);
  });

  it('is deterministic', () => {
    const source = '<h2>A</h2><ul><li>x<ul><li>y</li></ul></li></ul><ac:structured-macro ac:name="info"><ac:rich-text-body><p>z</p></ac:rich-text-body></ac:structured-macro>';
    expect(md(source)).toBe(md(source));
  });
});
