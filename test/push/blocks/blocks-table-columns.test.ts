import { describe, expect, it } from 'vitest';
import { patchEditedTableCells, pipeTableCells } from '../../../src/push/blocks/blocks-table-cells.js';
import { colgroupCols, pairColumns } from '../../../src/push/blocks/blocks-table-columns.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';

const converters = hubBlockConverters();

// A service status table as Confluence stores it: layout, width and id on the table, column widths,
// bold headers in paragraphs, a highlighted cell, a mention, an empty third column the Markdown
// hides, an empty row, cells with and without paragraphs, a self-closing cell.
const cols = '<col style="width: 180.0px;" /><col style="width: 120.0px;" /><col style="width: 60.0px;" /><col style="width: 400.0px;" />';
const head = '<tr ac:local-id="r0"><th><p><strong>Service</strong></p></th><th><p><strong>Owner</strong></p></th><th><p /></th><th><p><strong>Status</strong></p></th></tr>';
const build =
  '<tr ac:local-id="r1"><td class="highlight-#e3fcef" data-highlight-colour="#e3fcef"><p>Build farm</p></td><td><p><ac:link><ri:user ri:account-id="5b10ac8d82e05b22cc7d4ef5" /></ac:link></p></td><td><p /></td><td><p>Green&nbsp;since Monday</p></td></tr>';
const store = '<tr ac:local-id="r2"><td><p>Artifact store</p></td><td><p>Infra team</p></td><td /><td>Degraded</td></tr>';
const blank = '<tr ac:local-id="r3"><td><p /></td><td><p /></td><td><p /></td><td><p /></td></tr>';
const runners = '<tr ac:local-id="r4"><td><p>CI runners</p></td><td><p>Infra team</p></td><td /><td><p><em>Scaling up</em></p></td></tr>';
const tableOpen = '<table data-layout="default" data-table-width="760" ac:local-id="3f1c2a9e-77b0-4a51-9d0e-b1c2d3e4f5a6">';
const original = `${tableOpen}<colgroup>${cols}</colgroup><tbody>${head}${build}${store}${blank}${runners}</tbody></table>`;
const exported = converters.storageToMarkdown(original);
const mention = '[@user-7d4ef5](/people/5b10ac8d82e05b22cc7d4ef5)';

/** Pushes the edited Markdown through the real converter and the patch; checks it reads back as written. */
function push(edited: string, table = original, shown = exported): string | null {
  const patched = patchEditedTableCells(table, converters.markdownToStorage(edited).trim(), shown, edited);
  if (patched !== null) expect(converters.storageToMarkdown(patched)).toBe(edited);
  return patched;
}

const md = (...rows: string[][]) => [`| ${rows[0]!.join(' | ')} |`, `| ${rows[0]!.map(() => '---').join(' | ')} |`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`.replace(/\| {2}(?=\|)/g, '| ')), ''].join('\n');
/** The service table's rows as Markdown: the page's empty row stands after the artifact store's row, where the page has it. */
const service = (...rows: string[][]) => md(...rows.flatMap((row) => (row.includes('Artifact store') ? [row, row.map(() => '')] : [row])));

describe('columns added or removed in a Markdown table keep the table markup', () => {
  it('the Markdown the user saw hides the empty column', () => {
    expect(exported).toBe(
      service(['Service', 'Owner', 'Status'], ['Build farm', mention, 'Green since Monday'], ['Artifact store', 'Infra team', 'Degraded'], ['CI runners', 'Infra team', '*Scaling up*']),
    );
  });

  it('adds a column at the end: a th header bold like the others, cells shaped like their neighbours, a <col /> without width', () => {
    const edited = service(
      ['Service', 'Owner', 'Status', 'Runbook'],
      ['Build farm', mention, 'Green since Monday', 'RB-12'],
      ['Artifact store', 'Infra team', 'Degraded', 'RB-7'],
      ['CI runners', 'Infra team', '*Scaling up*', ''],
    );
    expect(push(edited)).toBe(
      original
        .replace(cols, `${cols}<col />`)
        .replace(head, head.replace('</tr>', '<th><p><strong>Runbook</strong></p></th></tr>'))
        .replace(build, build.replace('</tr>', '<td><p>RB-12</p></td></tr>'))
        .replace(store, store.replace('</tr>', '<td>RB-7</td></tr>'))
        .replace(blank, blank.replace('</tr>', '<td></td></tr>'))
        .replace(runners, runners.replace('</tr>', '<td></td></tr>')),
    );
  });

  it('adds a column in the middle, right after the column before it', () => {
    const edited = service(
      ['Service', 'Tier', 'Owner', 'Status'],
      ['Build farm', '1', mention, 'Green since Monday'],
      ['Artifact store', '2', 'Infra team', 'Degraded'],
      ['CI runners', '1', 'Infra team', '*Scaling up*'],
    );
    const after = (row: string, marker: string, cell: string) => row.replace(marker, `${marker}${cell}`);
    expect(push(edited)).toBe(
      original
        .replace('<col style="width: 180.0px;" />', '<col style="width: 180.0px;" /><col />')
        .replace(head, after(head, '<strong>Service</strong></p></th>', '<th><p><strong>Tier</strong></p></th>'))
        .replace(build, after(build, '<p>Build farm</p></td>', '<td><p>1</p></td>'))
        .replace(store, after(store, '<p>Artifact store</p></td>', '<td><p>2</p></td>'))
        .replace(blank, blank.replace('<td><p /></td>', '<td><p /></td><td></td>'))
        .replace(runners, after(runners, '<p>CI runners</p></td>', '<td><p>1</p></td>')),
    );
  });

  it('adds a column at the start, tagged and shaped like the cell after it', () => {
    const edited = service(
      ['#', 'Service', 'Owner', 'Status'],
      ['1', 'Build farm', mention, 'Green since Monday'],
      ['2', 'Artifact store', 'Infra team', 'Degraded'],
      ['3', 'CI runners', 'Infra team', '*Scaling up*'],
    );
    const first = (row: string, cell: string) => row.replace(/^(<tr[^>]*>)/, `$1${cell}`);
    expect(push(edited)).toBe(
      original
        .replace(cols, `<col />${cols}`)
        .replace(head, first(head, '<th><p><strong>#</strong></p></th>'))
        .replace(build, first(build, '<td><p>1</p></td>'))
        .replace(store, first(store, '<td><p>2</p></td>'))
        .replace(blank, first(blank, '<td></td>'))
        .replace(runners, first(runners, '<td><p>3</p></td>')),
    );
  });

  it('removes a column: its cell in every row (the empty row too) and its <col>, nothing else', () => {
    const edited = service(['Service', 'Status'], ['Build farm', 'Green since Monday'], ['Artifact store', 'Degraded'], ['CI runners', '*Scaling up*']);
    expect(push(edited)).toBe(
      original
        .replace('<col style="width: 120.0px;" />', '')
        .replace('<th><p><strong>Owner</strong></p></th>', '')
        .replace('<td><p><ac:link><ri:user ri:account-id="5b10ac8d82e05b22cc7d4ef5" /></ac:link></p></td>', '')
        .replace(store, store.replace('<td><p>Infra team</p></td>', ''))
        .replace(blank, blank.replace('<td><p /></td>', ''))
        .replace(runners, runners.replace('<td><p>Infra team</p></td>', '')),
    );
  });

  it('removes a column and edits a cell in the same edit', () => {
    const edited = service(['Service', 'Status'], ['Build farm', 'Green since Monday'], ['Artifact store', 'Recovered'], ['CI runners', '*Scaling up*']);
    const patched = push(edited);
    expect(patched).toContain(`${tableOpen}<colgroup><col style="width: 180.0px;" /><col style="width: 60.0px;" /><col style="width: 400.0px;" /></colgroup>`);
    expect(patched).toContain('<tr ac:local-id="r2"><td><p>Artifact store</p></td><td /><td>Recovered</td></tr>');
    expect(patched).toContain('<tr ac:local-id="r1"><td class="highlight-#e3fcef" data-highlight-colour="#e3fcef"><p>Build farm</p></td><td><p /></td><td><p>Green&nbsp;since Monday</p></td></tr>');
  });

  it('removes one column and adds another at once', () => {
    const edited = service(['Service', 'Status', 'Pager'], ['Build farm', 'Green since Monday', 'yes'], ['Artifact store', 'Degraded', 'no'], ['CI runners', '*Scaling up*', 'yes']);
    const patched = push(edited);
    expect(patched).toContain(`<colgroup><col style="width: 180.0px;" /><col style="width: 60.0px;" /><col style="width: 400.0px;" /><col /></colgroup>`);
    expect(patched).toContain('<tr ac:local-id="r2"><td><p>Artifact store</p></td><td /><td>Degraded</td><td>no</td></tr>');
  });

  it('adds a column and a row in the same edit: the new row has the new column and the empty one', () => {
    const edited = service(
      ['Service', 'Owner', 'Region', 'Status'],
      ['Build farm', mention, 'eu-west', 'Green since Monday'],
      ['Artifact store', 'Infra team', 'us-east', 'Degraded'],
      ['CI runners', 'Infra team', 'eu-west', '*Scaling up*'],
      ['Docs site', 'Web team', 'global', 'Green'],
    );
    const patched = push(edited)!;
    expect(patched).toContain(`<colgroup><col style="width: 180.0px;" /><col style="width: 120.0px;" /><col /><col style="width: 60.0px;" /><col style="width: 400.0px;" /></colgroup>`);
    expect(patched).toContain('<tr ac:local-id="r2"><td><p>Artifact store</p></td><td><p>Infra team</p></td><td><p>us-east</p></td><td /><td>Degraded</td></tr>');
    expect(patched).toContain(`${runners.replace('<td /><td><p><em>', '<td><p>eu-west</p></td><td /><td><p><em>')}<tr><td><p>Docs site</p></td><td><p>Web team</p></td><td><p>global</p></td><td></td><td><p>Green</p></td></tr></tbody></table>`);
  });

  it('a renamed header with the same columns is a cell edit, bold like the header it replaces', () => {
    const edited = exported.replace('| Status |', '| Health |');
    expect(push(edited)).toBe(original.replace('<p><strong>Status</strong></p>', '<p><strong>Health</strong></p>'));
  });

  it('every header renamed and a row added: the header row stays the header row', () => {
    const edited = service(
      ['System', 'Team', 'State'],
      ['Docs site', 'Web team', 'Green'],
      ['Build farm', mention, 'Green since Monday'],
      ['Artifact store', 'Infra team', 'Degraded'],
      ['CI runners', 'Infra team', '*Scaling up*'],
    );
    const patched = push(edited)!;
    expect(patched).toContain(
      '<tr ac:local-id="r0"><th><p><strong>System</strong></p></th><th><p><strong>Team</strong></p></th><th><p /></th><th><p><strong>State</strong></p></th></tr>' +
        `<tr><td><p>Docs site</p></td><td><p>Web team</p></td><td></td><td><p>Green</p></td></tr>${build}`,
    );
  });

  it('gives up (null) when headers were renamed and a column added so that nothing pairs', () => {
    const edited = service(['Service', 'Team', 'Health', 'Notes'], ['Build farm', 'a', 'b', 'c'], ['Artifact store', 'd', 'e', 'f'], ['CI runners', 'g', 'h', 'i']);
    expect(push(edited)).toBeNull();
  });

  it('gives up (null) on a table with merged cells', () => {
    const merged = original.replace(blank, '<tr><td colspan="4"><p>Legacy services</p></td></tr>');
    const shown = converters.storageToMarkdown(merged);
    const edited = shown.replace(/\| Status \|/, '| Status | Notes |').replace(/\| --- \|$/m, '| --- | --- |');
    expect(patchEditedTableCells(merged, converters.markdownToStorage(edited).trim(), shown, edited)).toBeNull();
  });
});

describe('a table whose first column is row headers (th in every row)', () => {
  const keyValue =
    '<table data-table-width="760" data-layout="default" ac:local-id="kv1"><colgroup><col style="width: 175.0px;" /><col style="width: 584.0px;" /></colgroup><tbody>' +
    '<tr ac:local-id="k1"><th><p>Description</p></th><td><p><strong>Ledger</strong> keeps the team’s decisions.</p></td></tr>' +
    '<tr ac:local-id="k2"><th><p>Owner</p></th><td><p>Platform group</p></td></tr></tbody></table>';
  const shown = converters.storageToMarkdown(keyValue);

  it('gives up (null) when removing a column would leave the body rows all th (they would read back as header rows)', () => {
    const edited = md(['**Description**'], ['**Owner**']);
    expect(push(edited, keyValue, shown)).toBeNull();
  });

  it('adds a column after the row headers as td cells in the body', () => {
    const rows = pipeTableCells(shown)!;
    const edited = md([...rows[0]!, 'Since'], [...rows[1]!, '2024']);
    expect(push(edited, keyValue, shown)).toBe(
      keyValue
        .replace('<col style="width: 584.0px;" />', '<col style="width: 584.0px;" /><col />')
        .replace('decisions.</p></td>', 'decisions.</p></td><td><p>Since</p></td>')
        .replace('<td><p>Platform group</p></td>', '<td><p>Platform group</p></td><td><p>2024</p></td>'),
    );
  });
});

describe('a table whose body rows are labelled by th cells (bold in Markdown)', () => {
  const labelled =
    '<table data-layout="default" ac:local-id="lb1"><colgroup><col style="width: 150px;" /><col style="width: 300px;" /></colgroup><tbody>' +
    '<tr><th><p><strong>Phase</strong></p></th><th><p><strong>Date</strong></p></th></tr>' +
    '<tr ac:local-id="p1"><th><p>Kick-off</p></th><td><p>12 Jan</p></td></tr>' +
    '<tr ac:local-id="p2"><th><p>Review</p></th><td><p>3 Mar</p></td></tr></tbody></table>';
  const shown = converters.storageToMarkdown(labelled);

  it('an added column and a row whose label is bold: the label is a th like the others', () => {
    expect(shown).toBe(md(['Phase', 'Date'], ['**Kick-off**', '12 Jan'], ['**Review**', '3 Mar']));
    const edited = md(['Phase', 'Date', 'Owner'], ['**Kick-off**', '12 Jan', 'Mia'], ['**Review**', '3 Mar', ''], ['**Launch**', '1 May', 'Raj']);
    expect(push(edited, labelled, shown)).toBe(
      labelled
        .replace('<col style="width: 300px;" />', '<col style="width: 300px;" /><col />')
        .replace('<th><p><strong>Date</strong></p></th>', '<th><p><strong>Date</strong></p></th><th><p><strong>Owner</strong></p></th>')
        .replace('<td><p>12 Jan</p></td>', '<td><p>12 Jan</p></td><td><p>Mia</p></td>')
        .replace('<td><p>3 Mar</p></td></tr>', '<td><p>3 Mar</p></td><td></td></tr><tr><th><p>Launch</p></th><td><p>1 May</p></td><td><p>Raj</p></td></tr>'),
    );
  });

  it('gives up (null) when a label is written plain (the column would no longer label the rows)', () => {
    const edited = md(['Phase', 'Date', 'Owner'], ['**Kick-off**', '12 Jan', 'Mia'], ['Review', '3 Mar', 'Raj']);
    expect(push(edited, labelled, shown)).toBeNull();
  });
});

describe('pairColumns', () => {
  it('pairs by header text, by position within a stretch of equal size, by shared cells otherwise', () => {
    expect(pairColumns([['A', 'B', 'C']], [['A', 'C']])).toEqual([0, 2]);
    expect(pairColumns([['A', 'B', 'C']], [['A', 'X', 'C']])).toEqual([0, 1, 2]);
    expect(pairColumns([['', ''], ['1', '2']], [['', '', ''], ['1', '2', '3']])).toEqual([0, 1, null]);
    expect(pairColumns([['A', 'B'], ['1', 'x']], [['A', 'N', 'R'], ['1', 'y', 'x']])).toEqual([0, null, 1]);
    expect(pairColumns([['A', 'B'], ['1', 'x']], [['A', 'N', 'R'], ['1', 'y', 'z']])).toBeNull();
  });
});

describe('colgroupCols', () => {
  it('finds the table’s own cols, not a nested table’s', () => {
    const table = '<table><colgroup><col style="width: 10px;" /><col></col></colgroup><tbody><tr><td><table><colgroup><col /></colgroup></table></td></tr></tbody></table>';
    const found = colgroupCols(table)!;
    expect(found.cols.map((c) => table.slice(c.start, c.end))).toEqual(['<col style="width: 10px;" />', '<col></col>']);
    expect(colgroupCols('<table><tbody><tr><td><table><colgroup><col /></colgroup></table></td></tr></tbody></table>')).toBeNull();
  });
});
