import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { writeMarkdown } from '../../../src/formats/markdown/write-markdown.js';
import { hubWithTableSlots } from '../../../src/formats/markdown/table-slots.js';
import { ConversionReport } from '../../../src/hub/report.js';
import { propertyRuns } from '../../robustness/soak.js';

/**
 * The writer replaces each outer table by a slot made from the page's one parse. A table it cannot
 * locate in the hub text (here: tags spelled `<TABLE>`, which the parse reports lower-case) is
 * written the other way, from the table's own HTML inside turndown. Both must give the same bytes.
 */
const unlocatable = (hub: string): string => hub.replace(/<table>/g, '<TABLE>').replace(/<\/table>/g, '</TABLE>');

const drawio = '<span data-opaque data-macro="drawio" data-storage="&lt;ac:structured-macro ac:name=&quot;drawio&quot;&gt;&lt;ac:parameter ac:name=&quot;name&quot;&gt;x &amp;lt; y&lt;/ac:parameter&gt;&lt;/ac:structured-macro&gt;"></span>';
const cellContents = [
  '',
  'Ada Lovelace',
  '42',
  '1. not a list',
  'snake_case and *stars*',
  '<strong>Owner</strong>',
  '<strong>State: <span data-status="Green">DONE</span></strong>',
  '<span data-status="Red">BLOCKED</span>',
  '<a data-mention data-account-id="5b0cef43bc8a27a99e438e75">@5b0cef43bc8a27a99e438e75</a>',
  '<a href="https://example.com/ticket/302?ref=wiki&amp;id=58">ticket (302)</a>',
  '<a data-page-title="Release plan" data-space-key="OPS" data-content-type="page">plan</a>',
  `${drawio} after the drawing`,
  'before <img src="https://example.com/a.png" alt="chart"> after',
  '<p>one</p><p>two&nbsp;&nbsp;three</p>',
  '<ul><li>first</li><li>second <em>really</em></li></ul>',
  '<ul data-tasks><li data-task="complete">ship it</li></ul>',
  'line<br>break',
  '<code>a | b</code>',
  '<pre data-macro="code" data-language="bash"><code>npm ci\n\nnpm test</code></pre>',
  '<table><tr><td>inner</td><td>x</td></tr></table>',
  '<h3>Heading in a cell</h3>',
  '&lt;ac:link&gt; &amp; more',
  '| pipes |',
  'WIKIPORTCELLBREAK',
  '<p>a</p>\n<p>b</p>\n',
  ' <em>x</em> ',
  '<img src="https://example.com/i.png" alt=""> leading space',
  '<pre><code>  indented\n</code></pre>',
  '<time datetime="2024-03-28">2024-03-28</time>',
  '<span data-emoticon="warning">⚠️</span>',
];

const cell = fc.record({
  tag: fc.constantFrom('td', 'th'),
  content: fc.constantFrom(...cellContents),
  colspan: fc.constantFrom(1, 1, 1, 2),
  rowspan: fc.constantFrom(1, 1, 1, 2),
});
const tableHtml = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map(
  (rows) => `<table>${rows.map((row) => `<tr>${row.map((c) => {
    const spans = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
    return `<${c.tag}${spans}>${c.content}</${c.tag}>`;
  }).join('')}</tr>`).join('')}</table>`,
);
const placed = fc.tuple(tableHtml, fc.constantFrom(
  (t: string) => t,
  (t: string) => `<h2>Plan</h2>${t}<p>After the table ${drawio}</p>`,
  (t: string) => `<ul><li>${t}</li><li>next</li></ul>`,
  (t: string) => `<blockquote>${t}</blockquote>${t}`,
  (t: string) => `<div data-layout-section data-layout="two_equal"><div data-layout-cell><p>left</p></div><div data-layout-cell>${t}</div></div>`,
  (t: string) => `<p><strong>Status</strong></p>${t}${drawio}`,
)).map(([table, place]) => place(table));

describe('table slots', () => {
  it('write the same Markdown as tables read from their own HTML', () => {
    fc.assert(
      fc.property(placed, (hub) => {
        expect(writeMarkdown(hub)).toBe(writeMarkdown(unlocatable(hub)));
      }),
      { numRuns: propertyRuns(250) },
    );
  });

  it('replace each outer table and nothing else; plain cells stay out of the slot', () => {
    const hub = '<p>Before</p><table><tr><th>Name</th><th>Link</th></tr><tr><td>Ada</td><td><a href="https://example.com/x">x</a></td></tr></table><p>Middle</p><table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table><p>After</p>';
    const { html, slots } = hubWithTableSlots(hub);
    expect(slots).toHaveLength(2);
    expect(html).toBe(
      '<p>Before</p><table data-wikiport-table="0"><caption><div><a href="https://example.com/x">x</a></div></caption></table>'
      + '<p>Middle</p><table data-wikiport-table="1"><caption><div><table><tr><td>inner</td></tr></table></div></caption></table><p>After</p>',
    );
    expect(slots[0]!.known).toEqual(['Name', 'Link', 'Ada', null]);
  });

  it('leave a hub whose tables cannot be located as it is', () => {
    const hub = unlocatable('<table><tr><td>a</td></tr></table>');
    expect(hubWithTableSlots(hub)).toEqual({ html: hub, slots: [] });
  });

  it('keep a table inside a list item, all of whose cells are plain', () => {
    expect(writeMarkdown('<ul><li><table><tr><th>Key</th><th>Value</th></tr><tr><td>a</td><td>1</td></tr></table></li></ul>')).toBe(
      '- | Key | Value |\n  | --- | --- |\n  | a | 1 |\n',
    );
  });

  it('report the tables written as HTML, once each, under their heading', () => {
    const report = new ConversionReport();
    const hub = '<h2>Deploy</h2><table><tr><th>Step</th><th>Command</th></tr><tr><td>Build</td><td><pre><code>npm ci\nnpm run build</code></pre></td></tr></table><table><tr><td>plain</td><td><pre><code>x</code></pre></td></tr></table>';
    const md = writeMarkdown(hub, null, {}, report);
    expect(md.match(/<table>/g)).toHaveLength(2);
    expect(report.entries.map((e) => e.message)).toEqual([
      'a table under "Deploy" has cells with code blocks or nested tables; it is written as an HTML table in the Markdown',
      'a table under "Deploy" has cells with code blocks or nested tables; it is written as an HTML table in the Markdown',
    ]);
  });
});
