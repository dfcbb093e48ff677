import { describe, expect, it } from 'vitest';
import { readStorage } from '../../src/formats/storage/read-storage.js';
import { writeStorage } from '../../src/formats/storage/write-storage.js';
import { readMarkdown } from '../../src/formats/markdown/read-markdown.js';
import { writeMarkdown } from '../../src/formats/markdown/write-markdown.js';
import { ConversionReport } from '../../src/hub/report.js';
import { flattenCellMarkdown } from '../../src/constructs/table.js';

const storage = `<table data-layout="default" ac:local-id="t1"><colgroup><col style="width: 200.0px;" /><col /><col /></colgroup>
<thead><tr><th><p><strong>Company</strong></p></th><th><p><strong>Representative</strong></p></th><th><p /></th></tr></thead>
<tbody><tr><td rowspan="2"><p>Helix Robotics</p></td><td><p>Greta Lindqvist</p></td><td><p /></td></tr>
<tr><td><p>Tariq&nbsp;Haddad</p><p>(deputy)</p></td><td><p><br /></p></td></tr>
<tr><td><p>Pipe | Works</p></td><td><ul><li><p>Chen Wei</p></li><li><p>Ana Costa</p></li></ul></td><td /></tr></tbody></table>`;

describe('table construct', () => {
  it('storage → hub: no thead/tbody/colgroup, spans kept, single paragraphs unwrapped', () => {
    const hub = readStorage(storage, new ConversionReport());
    expect(hub).not.toMatch(/thead|tbody|colgroup|local-id|data-layout/);
    expect(hub).toContain('<td rowspan="2">Helix Robotics</td>');
    expect(hub).toContain('<th><strong>Company</strong></th>');
    expect(hub).toMatch(/<td><p>Tariq\s?Haddad<\/p><p>\(deputy\)<\/p><\/td>/);
  });

  it('hub → Markdown: a clean pipe table from the normalized grid', () => {
    const hub = readStorage(storage, new ConversionReport());
    const md = writeMarkdown(hub);
    expect(md.trim()).toBe(
      [
        '| Company | Representative |',
        '| --- | --- |',
        '| Helix Robotics | Greta Lindqvist |',
        '| Helix Robotics | Tariq Haddad<br>(deputy) |',
        '| Pipe \\| Works | - Chen Wei<br>- Ana Costa |',
      ].join('\n'),
    );
  });

  it('Markdown → hub → Markdown is a fixed point', () => {
    const md = writeMarkdown(readStorage(storage, new ConversionReport()));
    const again = writeMarkdown(readMarkdown(md).hub);
    expect(again).toBe(md);
  });

  it('hub → storage: tbody, spans and cell content', () => {
    const out = writeStorage('<table><tr><th>A</th><th>B</th></tr><tr><td colspan="2"><strong>x</strong></td></tr></table>', new ConversionReport());
    expect(out).toContain('<table><tbody><tr><th>A</th><th>B</th></tr><tr><td colspan="2"><strong>x</strong></td></tr></tbody></table>');
  });

  it('storage → hub → storage → hub keeps the hub', () => {
    const hub = readStorage(storage, new ConversionReport());
    expect(readStorage(writeStorage(hub, new ConversionReport()), new ConversionReport())).toBe(hub);
  });

  it('a header column is written bold so that it is read back as a header column', () => {
    const md = writeMarkdown('<table><tr><th>Owner</th><td>Ada</td></tr><tr><th>Budget</th><td>240</td></tr></table>');
    expect(md).toContain('| **Owner** | Ada |');
    expect(writeMarkdown(readMarkdown(md).hub)).toBe(md);
  });

  it('a table whose cells hold blocks that cannot sit on one line is kept as HTML, visibly', () => {
    const hub = '<table><tr><th>Step</th><th>Command</th></tr><tr><td>Build</td><td><pre data-macro="code" data-language="bash"><code>npm ci\nnpm run build</code></pre></td></tr></table>';
    const md = writeMarkdown(hub);
    expect(md).toContain('<table>');
    expect(md).toContain('npm run build');
    expect(flattenCellMarkdown('```\nx\n```')).toBeNull();
  });

  it('an empty table disappears', () => {
    expect(writeMarkdown('<table><tr><td></td><td> </td></tr></table>').trim()).toBe('');
  });
});

describe('table degradation report', () => {
  it('reports a table kept as HTML, naming its heading; says nothing of pipe tables', async () => {
    const { reportTablesKeptAsHtml } = await import('../../src/constructs/table.js');
    const report = new ConversionReport();
    reportTablesKeptAsHtml('<h2>Build</h2><table><tr><td><pre><code>a\nb</code></pre></td></tr></table><table><tr><td>ok</td></tr></table>', report);
    expect(report.entries).toEqual([
      { kind: 'degraded', construct: 'table', message: expect.stringContaining('under "Build"') as unknown as string },
    ]);
  });
});

describe('convert() reports tables kept as HTML', () => {
  it('has a degraded entry for --to md', async () => {
    const { convert } = await import('../../src/convert.js');
    const storage = '<h2>Steps</h2><table><tbody><tr><th>Step</th><th>Command</th></tr><tr><td>Build</td><td><ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[npm ci\nnpm test]]></ac:plain-text-body></ac:structured-macro></td></tr></tbody></table>';
    const result = convert(storage, { from: 'storage', to: 'md' });
    expect(result.output).toContain('<table>');
    expect(result.report.entries.filter((e) => e.construct === 'table')).toHaveLength(1);
  });
});

describe('table caption', () => {
  it('is written as a bold line above the pipe table, stable on the way back', () => {
    const md = writeMarkdown('<table><tr><th colspan="2">Budget 2025</th></tr><tr><th>Item</th><th>Q1</th></tr><tr><td>CI</td><td>4</td></tr></table>');
    expect(md.trim()).toBe('**Budget 2025**\n\n| Item | Q1 |\n| --- | --- |\n| CI | 4 |');
    expect(writeMarkdown(readMarkdown(md).hub)).toBe(md);
  });
});
