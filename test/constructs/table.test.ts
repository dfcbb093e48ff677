import { arbitraryHubTable } from '../support/arbitrary-hub-table.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readStorage } from '../../src/formats/storage/read-storage.js';
import { writeStorage } from '../../src/formats/storage/write-storage.js';
import { readMarkdown } from '../../src/formats/markdown/read-markdown.js';
import { writeMarkdown } from '../../src/formats/markdown/write-markdown.js';
import { ConversionReport } from '../../src/hub/report.js';
import { flattenCellMarkdown } from '../../src/constructs/table-pipe.js';
import { propertyRuns } from '../robustness/soak.js';
import { md, mdAgain, storage as toStorage } from './convert-helpers.js';

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
        '| Pipe \\| Works | <ul><li>Chen Wei</li><li>Ana Costa</li></ul> |',
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
    const { reportTablesKeptAsHtml } = await import('../../src/formats/markdown/table-report.js');
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

describe('merged cells in Markdown', () => {
  const roundTrips = (md: string): void => expect(writeMarkdown(readMarkdown(md).hub)).toBe(md);

  it('a full-width section row in the body appears once and keeps no empty column alive', () => {
    const hub = `<table><tr><th>Region</th><th>City</th><th></th><th>Phone</th></tr>
      <tr><td>Europe</td><td>Dublin</td><td></td><td>+353 1 555 0142</td></tr>
      <tr><td>APAC</td><td>Singapore</td><td>&nbsp;</td><td>+65 6555 0188</td></tr>
      <tr><td colspan="4">All offices close on <strong>24–26 December</strong>.</td></tr></table>`;
    const md = writeMarkdown(hub);
    expect(md.trim()).toBe(
      [
        '| Region | City | Phone |',
        '| --- | --- | --- |',
        '| Europe | Dublin | +353 1 555 0142 |',
        '| APAC | Singapore | +65 6555 0188 |',
        '| All offices close on **24–26 December**. | | |',
      ].join('\n'),
    );
    expect(md.match(/24–26 December/g)).toHaveLength(1);
    roundTrips(md);
  });

  it('a cell spanning two columns is written once, the column it covers left empty there', () => {
    const hub = `<table><tr><th>Area</th><th>Owner</th><th>Checks</th></tr>
      <tr><td>Backend</td><td>Ana</td><td>migrations reviewed</td></tr>
      <tr><td>Docs</td><td colspan="2">Nobody assigned yet — ask in <a href="https://chat.example/rt">#release-train</a></td></tr></table>`;
    const md = writeMarkdown(hub);
    expect(md).toContain('| Docs | Nobody assigned yet — ask in [#release-train](https://chat.example/rt) | |');
    expect(md.match(/Nobody assigned/g)).toHaveLength(1);
    roundTrips(md);
  });

  it('a cell spanning two rows is still written in both (each row reads on its own)', () => {
    const md = writeMarkdown('<table><tr><th>Company</th><th>Person</th></tr><tr><td rowspan="2">Helix</td><td>Greta</td></tr><tr><td>Tariq</td></tr></table>');
    expect(md.match(/Helix/g)).toHaveLength(2);
  });
});

describe('header row in Markdown', () => {
  it('a key/value table takes its first row as the GFM header instead of an empty one', () => {
    const hub = `<table><tr><th>Incident</th><td><a href="/browse/INC-318">INC-318</a></td></tr>
      <tr><th>Severity</th><td><strong><span data-status="Red">SEV-2</span></strong></td></tr>
      <tr><th>Status</th><td><em>In review</em></td></tr></table>`;
    const md = writeMarkdown(hub);
    expect(md).not.toMatch(/^\| \| \|$/m);
    expect(md.trim().split('\n').slice(0, 3)).toEqual(['| **Incident** | [INC-318](/browse/INC-318) |', '| --- | --- |', expect.stringMatching(/^\| \*\*Severity\*\* \| /) as unknown as string]);
    expect(writeMarkdown(readMarkdown(md).hub)).toBe(md);
  });

  it('an empty header cell stays empty rather than a made-up "Column 1"', () => {
    const md = writeMarkdown('<table><tr><th></th><th>Mon</th></tr><tr><th>Dublin</th><td>08:00</td></tr><tr><th>Toronto</th><td>08:30</td></tr></table>');
    expect(md.trim().split('\n')[0]).toBe('| | Mon |');
    expect(writeMarkdown(readMarkdown(md).hub)).toBe(md);
  });

  it('keeps inline markup in header cells: a status, a mention, a link, emphasis', () => {
    const hub = `<table><tr><th><strong>Owner</strong></th><th>Sign-off <span data-status="Green">DONE</span></th><th><a data-mention data-account-id="5b84c77ac70eed2a73a700c2">@Ana Costa</a></th><th><em>Notes</em></th></tr>
      <tr><td>Ada</td><td>yes</td><td>x</td><td>none</td></tr></table>`;
    const md = writeMarkdown(hub);
    const header = md.trim().split('\n')[0]!;
    expect(header).toMatch(/^\| Owner \| Sign-off .*DONE.* \| .*Ana Costa.* \| \*Notes\* \|$/);
    expect(header).toBe(writeMarkdown(`<table><tr><th>Owner</th><th>Sign-off <span data-status="Green">DONE</span></th><th><a data-mention data-account-id="5b84c77ac70eed2a73a700c2">@Ana Costa</a></th><th><em>Notes</em></th></tr></table>`).trim().split('\n')[0]);
    expect(writeMarkdown(readMarkdown(md).hub)).toBe(md);
  });
});

describe('Markdown of random tables', () => {
  it('is a fixed point: spans, empty cells, bold and th cells, statuses in any place', () => {
    const tables = arbitraryHubTable(['', ' ', 'a', 'Name', 'x y', '&nbsp;', '✓', '<em>e</em>', '<span data-status="Green">OK</span>'], 6);
    fc.assert(
      fc.property(tables, (hub) => {
        const md = writeMarkdown(hub);
        expect(writeMarkdown(readMarkdown(md).hub)).toBe(md);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('a table kept as HTML in Markdown', () => {
  it('stays one HTML block when a code block in a cell has blank lines, and comes back byte for byte', async () => {
    const { convert } = await import('../../src/convert.js');
    const code = '\n\nnpm ci\n\n  npm test &amp; <x>';
    const storage = `<table><tbody><tr><th>Step</th><th>Command</th></tr><tr><td>Build</td><td><ac:structured-macro ac:name="code" ac:schema-version="1"><ac:plain-text-body><![CDATA[${code}]]></ac:plain-text-body></ac:structured-macro></td></tr></tbody></table>`;
    const md = convert(storage, { from: 'storage', to: 'md' }).output;
    expect(md).not.toMatch(/<table>[^]*\n[ \t]*\n[^]*<\/table>/);
    const back = convert(md, { from: 'markdown', to: 'storage' }).output;
    expect(back).toContain(`<![CDATA[${code}]]>`);
    expect(back).not.toContain('<p></p>');
    expect(convert(back, { from: 'storage', to: 'md' }).output).toBe(md);
  });
});

describe('tables kept as HTML (a cell holds blocks)', () => {
  const pageLink = (space: string, title: string): string => `<ac:link><ri:page ri:space-key="${space}" ri:content-title="${title}" /></ac:link>`;
  const tasks = '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>rotate keys</ac:task-body></ac:task><ac:task><ac:task-id>2</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body>renew cert</ac:task-body></ac:task></ac:task-list>';
  const nested = `<table><tbody><tr><th>Host</th><th>Runbook</th></tr><tr><td>db-1</td><td>${pageLink('OPS', 'Database failover')}</td></tr></tbody></table>`;
  const source = '<table><tbody><tr><th>Item</th><th>Notes</th></tr>' +
    `<tr><td>Runbook</td><td><p>See ${pageLink('OPS', 'Disk alerts')} first.</p><p>Then page the on-call.</p></td></tr>` +
    `<tr><td>Tasks</td><td><p>Open:</p>${tasks}</td></tr>` +
    `<tr><td>Hosts</td><td>${nested}</td></tr></tbody></table>`;

  it('write page links, task lists and nested tables as the HTML a Markdown reader makes of them', () => {
    const markdown = md(source);
    expect(markdown).toContain('<p>See <a href="/display/OPS/Disk+alerts">Disk alerts</a> first.</p>\n<p>Then page the on-call.</p>');
    expect(markdown).toContain('<ul>\n<li>[ ] rotate keys</li>\n<li>[x] renew cert</li>\n</ul>');
    expect(markdown).toMatch(/^<!-- markdownlint-disable MD033 -->\n<table>[\s\S]*<\/table>\n<!-- markdownlint-enable MD033 -->\n$/);
    expect(markdown).toContain('<td><table><thead><tr><th>Host</th><th>Runbook</th></tr></thead><tbody><tr><td>db-1</td><td><a href="/display/OPS/Database+failover">Database failover</a></td></tr></tbody></table></td>');
    expect(mdAgain(source)).toBe(markdown);
  });

  it('read them back: the page links, the task list and the nested table come back unchanged', () => {
    const back = toStorage(md(source));
    expect(back).toContain(`<p>See ${pageLink('OPS', 'Disk alerts')} first.</p>\n<p>Then page the on-call.</p>`);
    expect(back).toContain(`<p>Open:</p>\n${tasks}`);
    expect(back).toContain(`<td>${nested}</td>`);
    expect(toStorage(md(back))).toBe(back);
  });
});

describe('empty table rows', () => {
  const rows = (cells: string[][]): string => cells.map((r) => `<tr>${r.join('')}</tr>`).join('');
  // An action table with a row left to fill in, and an empty row between two others.
  const page = `<table><tbody>${rows([['<th>Action</th>', '<th>Owner</th>'], ['<td>Order chairs</td>', '<td>Ines</td>'], ['<td></td>', '<td><p /></td>'], ['<td>Book room</td>', '<td>Tom</td>'], ['<td><br /></td>', '<td></td>']])}</tbody></table>`;

  it('are written as empty pipe rows where they stand and come back as rows', () => {
    const markdown = md(page);
    expect(markdown.trim().split('\n')).toEqual(['| Action | Owner |', '| --- | --- |', '| Order chairs | Ines |', '| | |', '| Book room | Tom |', '| | |']);
    const back = toStorage(markdown);
    expect(back.match(/<tr>/g)?.length).toBe(5);
    expect(back).toContain('<tr><td>Order chairs</td><td>Ines</td></tr><tr><td></td><td></td></tr><tr><td>Book room</td>');
    expect(md(back)).toBe(markdown);
  });

  it('in a table kept as HTML too', () => {
    const html = `<table><tbody>${rows([['<th>Step</th>', '<th>Notes</th>'], ['<td>One</td>', '<td><p>a</p><p>b</p></td>'], ['<td></td>', '<td></td>']])}</tbody></table>`;
    const back = toStorage(md(html));
    expect(back.match(/<tr>/g)?.length).toBe(3);
    expect(md(back)).toBe(md(html));
  });

  it('a table of empty rows only still disappears; leading empty rows are no rows', () => {
    expect(md(`<table><tbody>${rows([['<td></td>', '<td></td>']])}</tbody></table>`).trim()).toBe('');
    expect(md(`<table><tbody>${rows([['<td></td>', '<td></td>'], ['<th>A</th>', '<th>B</th>'], ['<td>1</td>', '<td>2</td>']])}</tbody></table>`).trim().split('\n')[0]).toBe('| A | B |');
  });
});

describe('empty rows in a table whose first column labels the rows', () => {
  it('the labels stay th cells on the way back', () => {
    const page = '<table><tbody><tr><th>Site</th><th>Open</th></tr><tr><th>Oslo</th><td>9–5</td></tr><tr><th>Lima</th><td>8–4</td></tr><tr><td></td><td></td></tr></tbody></table>';
    const markdown = md(page);
    expect(markdown).toContain('| **Lima** | 8–4 |\n| | |');
    const back = toStorage(markdown);
    expect(back).toContain('<th><strong>Oslo</strong></th>');
    expect(back).toContain('<tr><td></td><td></td></tr>');
    expect(md(back)).toBe(markdown);
  });
});
