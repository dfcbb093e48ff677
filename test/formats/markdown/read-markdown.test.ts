import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../src/formats/markdown/read-markdown.js';
import { ConversionReport } from '../../../src/hub/report.js';

describe('Markdown -> hub', () => {
  it('produces plain hub HTML for plain Markdown', () => {
    const { hub } = readMarkdown('# T\n\nA **b** *c* `d` ~~e~~ H<sub>2</sub>O <u>u</u>\\\nnext\n\n- x\n  - y\n\n1. one\n\n> q\n\n---\n');
    expect(hub).toBe('<h1>T</h1>\n<p>A <strong>b</strong> <em>c</em> <code>d</code> <s>e</s> H<sub>2</sub>O <u>u</u><br>\nnext</p>\n<ul>\n<li>x\n<ul>\n<li>y</li>\n</ul>\n</li>\n</ul>\n<ol>\n<li>one</li>\n</ol>\n<blockquote>\n<p>q</p>\n</blockquote>\n<hr>');
  });

  it('neutralizes raw HTML that would run in a viewer', () => {
    const report = new ConversionReport();
    const { hub } = readMarkdown('<script>alert(1)</script>\n\n[x](javascript:alert(2)) <img src="x" onerror="alert(3)"> <a href="jav&#x09;ascript:alert(4)" onclick="y()">z</a>\n', report);
    expect(hub).not.toMatch(/<script|\son\w+=|(?:href|src)="\s*javascript/i);
    expect(hub).toContain('<img src="x">');
    expect(report.entries.every((e) => e.kind === 'redacted' || e.kind === 'degraded')).toBe(true);
    expect(report.entries.length).toBeGreaterThanOrEqual(2);
  });

  it('reads front matter into metadata', () => {
    expect(readMarkdown('---\ntitle: Hello\nlabels: [a]\n---\n\ntext\n').meta).toEqual({ title: 'Hello', labels: ['a'] });
  });
});
