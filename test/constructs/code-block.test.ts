import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';

const CODE = '<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="language">python</ac:parameter>'
  + '<ac:parameter ac:name="title">fetch.py</ac:parameter><ac:parameter ac:name="collapse">true</ac:parameter>'
  + '<ac:plain-text-body><![CDATA[def f():\n    return "```" + "]]]]><![CDATA[>"\n]]></ac:plain-text-body></ac:structured-macro>';

describe('code and noformat macros', () => {
  it('become fenced code with the language, title and other parameters in the info string', () => {
    expect(md(CODE)).toBe('**fetch.py**\n\n```python collapse="true" title="fetch.py"\ndef f():\n    return "```" + "]]>"\n```\n');
  });

  it('show the title above the code, as Confluence does; the bold line is dropped on the way back only when it is the title', () => {
    expect(storage(md(CODE))).not.toContain('<strong>');
    const renamed = md(CODE).replace('**fetch.py**', '**Fetching**');
    expect(storage(renamed)).toMatch(/^<p><strong>Fetching<\/strong><\/p>\s*<ac:structured-macro ac:name="code"[^]*<ac:parameter ac:name="title">fetch.py<\/ac:parameter>/);
    expect(storage('**notes.txt**\n\n```text\nx\n```\n')).toContain('<p><strong>notes.txt</strong></p>');
    const spaced = '<ac:structured-macro ac:name="code"><ac:parameter ac:name="title"> a   *b* [c] </ac:parameter><ac:plain-text-body><![CDATA[z]]></ac:plain-text-body></ac:structured-macro>';
    expect(md(spaced)).toBe('**a \\*b\\* \\[c\\]**\n\n```text title=" a   *b* [c] "\nz\n```\n');
    expect(mdAgain(spaced)).toBe(md(spaced));
  });

  it('use a longer fence when a line of the code starts with backticks', () => {
    const source = '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[```js\nx\n```]]></ac:plain-text-body></ac:structured-macro>';
    expect(md(source)).toBe('````text\n```js\nx\n```\n````\n');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('come back as the same macro with the same parameters and body', () => {
    const back = storage(md(CODE));
    expect(back).toBe('<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:parameter ac:name="collapse">true</ac:parameter>'
      + '<ac:parameter ac:name="language">python</ac:parameter><ac:parameter ac:name="title">fetch.py</ac:parameter>'
      + '<ac:plain-text-body><![CDATA[def f():\n    return "```" + "]]]]><![CDATA[>"]]></ac:plain-text-body></ac:structured-macro>');
    expect(mdAgain(CODE)).toBe(md(CODE));
  });

  it('spell noformat as its own info word', () => {
    const source = '<ac:structured-macro ac:name="noformat"><ac:plain-text-body><![CDATA[  raw <text>]]></ac:plain-text-body></ac:structured-macro>';
    expect(md(source)).toBe('```noformat\n  raw <text>\n```\n');
    expect(storage(md(source))).toContain('ac:name="noformat"');
  });

  it('read plain fenced and indented code as a code macro without language', () => {
    expect(storage('```\nx\n```\n')).toBe('<ac:structured-macro ac:name="code" ac:schema-version="1"><ac:plain-text-body><![CDATA[x]]></ac:plain-text-body></ac:structured-macro>');
    expect(storage('    y\n')).toContain('<![CDATA[y]]>');
  });

  it('keep a title without a language', () => {
    const source = '<ac:structured-macro ac:name="code"><ac:parameter ac:name="title">T</ac:parameter><ac:plain-text-body><![CDATA[z]]></ac:plain-text-body></ac:structured-macro>';
    expect(md(source)).toBe('**T**\n\n```text title="T"\nz\n```\n');
    expect(mdAgain(source)).toBe(md(source));
  });
});

describe('a block formula macro (Easy Math), TeX source in its body parameter', () => {
  const source = '<p>Roots:</p><ac:structured-macro ac:name="easy-math-block" ac:schema-version="1"><ac:parameter ac:name="body">x = \\frac{-b\\pm \\sqrt{b^{2}-4ac}}{2a}</ac:parameter><ac:parameter ac:name="align">center</ac:parameter></ac:structured-macro>';

  it('is a math fence, which GitHub shows as the formula, and comes back as the macro', () => {
    expect(md(source)).toBe('Roots:\n\n```math align="center" macro="easy-math-block"\nx = \\frac{-b\\pm \\sqrt{b^{2}-4ac}}{2a}\n```\n');
    expect(storage(md(source))).toBe('<p>Roots:</p>\n<ac:structured-macro ac:name="easy-math-block" ac:schema-version="1"><ac:parameter ac:name="align">center</ac:parameter><ac:parameter ac:name="body">x = \\frac{-b\\pm \\sqrt{b^{2}-4ac}}{2a}</ac:parameter></ac:structured-macro>');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('an edited formula goes into the body parameter; a math fence of its own stays a code block', () => {
    expect(storage('```math macro="easy-math-block"\na < b & c\n```\n')).toContain('<ac:parameter ac:name="body">a &lt; b &amp; c</ac:parameter>');
    expect(storage('```math\nE = mc^2\n```\n')).toContain('<ac:structured-macro ac:name="code"');
  });
});

describe('the html macro (Server and Data Center), HTML source in its body', () => {
  const source = '<ac:structured-macro ac:name="html" ac:schema-version="1"><ac:plain-text-body><![CDATA[<div style="padding:8px"><b>Status board:</b> all green</div>]]></ac:plain-text-body></ac:structured-macro>';

  it('is an html fence, its words shown as GitHub can show them safely (it was *[html macro kept from Confluence]*), and comes back as the macro', () => {
    expect(md(source)).toBe('```html macro="html"\n<div style="padding:8px"><b>Status board:</b> all green</div>\n```\n');
    expect(storage(md(source))).toBe(source);
    expect(mdAgain(source)).toBe(md(source));
  });
});
