import { describe, expect, it } from 'vitest';
import { readStorage } from '../../../src/formats/storage/read-storage.js';
import { parseStorage } from '../../../src/formats/storage/parse-storage.js';
import { ConversionReport } from '../../../src/hub/report.js';

const BODY = '<p>Caf&eacute; &amp; bar&nbsp;&mdash; <strong>open</strong></p>';

describe('storage parsing', () => {
  it.each([
    ['no wrapper', BODY],
    ['<?xml?> prolog', `<?xml version="1.0" encoding="UTF-8"?>\n${BODY}`],
    ['<xml xmlns:ac> wrapper', `<xml xmlns:ac="http://atlassian.com/content" xmlns:ri="http://atlassian.com/resource/identifier">${BODY}</xml>`],
    ['<html><body> wrapper', `<html><head><title>x</title></head><body>\n${BODY}\n</body></html>`],
  ])('reads the same hub with %s, decoding HTML named entities', (_label, input) => {
    expect(readStorage(input).trim()).toBe('<p>Café &amp; bar — <strong>open</strong></p>');
  });

  it('keeps CDATA literally and does not decode entities inside it', () => {
    const input = '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[a &amp;&nbsp;b < c]]></ac:plain-text-body></ac:structured-macro>';
    expect(readStorage(input)).toBe('<pre data-macro="code"><code>a &amp;amp;&amp;nbsp;b &lt; c</code></pre>');
  });

  it('decodes attributes too, and keeps the exact source of every element', () => {
    const source = '<p><a href="https://x.test/?a=1&amp;b=2">q</a></p>';
    const parsed = parseStorage(source);
    const p = parsed.nodes[0];
    expect(p?.type).toBe('tag');
    expect(readStorage(source)).toBe('<p><a href="https://x.test/?a=1&amp;b=2">q</a></p>');
  });

  it('converts malformed storage as far as it can, with a warning and no exception', () => {
    const report = new ConversionReport();
    const hub = readStorage('<p>one <strong>two</p><p>three', report);
    expect(hub).toContain('one <strong>two</strong>');
    expect(hub).toContain('three');
    expect(report.entries.some((e) => e.kind === 'warning' && e.construct === 'xml' && /not closed/.test(e.message))).toBe(true);
  });

  it('never throws on garbage', () => {
    for (const input of ['', '<', '</p>', '<<>>', '<ac:structured-macro', ']]>', '&', '<p a="', '\u0000\u0001']) {
      expect(() => readStorage(input)).not.toThrow();
    }
  });

  it('drops scripts and unsafe links, and says so', () => {
    const report = new ConversionReport();
    const hub = readStorage('<p><a href=" javascript:alert(1)">x</a></p><script>alert(2)</script><p onclick="x()">y</p>', report);
    expect(hub).toBe('<p>x</p><p>y</p>');
    expect(report.entries.map((e) => e.kind)).toEqual(['redacted', 'redacted']);
  });

  it('wraps unknown macros whole, with their exact source bytes', () => {
    const macro = '<ac:structured-macro ac:name="gliffy" ac:schema-version="1" >\n  <ac:parameter ac:name="name">a &amp; b</ac:parameter>\n</ac:structured-macro>';
    const report = new ConversionReport();
    const hub = readStorage(`<p>before</p>${macro}<p>after</p>`, report);
    expect(hub).toContain('<div data-opaque data-macro="gliffy" data-storage="');
    const storage = /data-storage="([^"]*)"/.exec(hub)?.[1] ?? '';
    expect(storage.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(macro);
    expect(report.entries).toEqual([expect.objectContaining({ kind: 'kept-invisible', construct: 'gliffy' })]);
  });

  it('marks a macro in running text as inline, a macro alone in its paragraph as a block', () => {
    expect(readStorage('<p>see <ac:structured-macro ac:name="x1"/> here</p>')).toMatch(/^<p>see <span data-opaque data-macro="x1"/);
    expect(readStorage('<p><ac:structured-macro ac:name="x1"/></p>')).toMatch(/^<div data-opaque data-macro="x1"/);
  });
});
