import { arbitraryHubTable } from '../support/arbitrary-hub-table.js';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeTableHtml, renderNormalizedTable } from '../../src/hub/table-normalize.js';
import { cleanLine, cleanCellHtml } from '../../src/hub/table-cell-text.js';
import { propertyRuns } from '../robustness/soak.js';

const texts = (html: string): string[][] => normalizeTableHtml(html).rows.map((row) => row.map((c) => c.text));

describe('table normalization', () => {
  it('expands colspan and rowspan so a merged value covers every cell it spans', () => {
    const html = `<table><tr><th>Company</th><th>Person</th><th>Role</th></tr>
      <tr><td rowspan="2">Helix Robotics</td><td>Greta</td><td>Lead</td></tr>
      <tr><td>Tariq</td><td>Deputy</td></tr>
      <tr><td colspan="2">Vacant seat</td><td>Observer</td></tr></table>`;
    expect(texts(html)).toEqual([
      ['Helix Robotics', 'Greta', 'Lead'],
      ['Helix Robotics', 'Tariq', 'Deputy'],
      ['Vacant seat', 'Vacant seat', 'Observer'],
    ]);
  });

  it('drops rows and columns that are empty everywhere, header included', () => {
    const html = `<table><tr><th>Name</th><th>Alternate</th><th></th><th><br></th></tr>
      <tr><td>Leonardo</td><td></td><td>&nbsp;</td><td></td></tr>
      <tr><td></td><td></td><td></td><td></td></tr>
      <tr><td>Andy</td><td>Ashok</td><td>\u200b</td><td> </td></tr></table>`;
    const table = normalizeTableHtml(html);
    expect(table.header).toEqual(['Name', 'Alternate']);
    expect(texts(html)).toEqual([
      ['Leonardo', ''],
      ['Andy', 'Ashok'],
    ]);
  });

  it('keeps a column that holds only an image or emoticon', () => {
    const html = `<table><tr><th>Name</th><th></th></tr><tr><td>Ada</td><td><span data-emoticon="tick">✅</span></td></tr></table>`;
    expect(normalizeTableHtml(html).width).toBe(2);
  });

  it('detects a header row of th cells', () => {
    expect(normalizeTableHtml('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>').header).toEqual(['A', 'B']);
  });

  it('detects a header row of td cells that are entirely bold', () => {
    const html = '<table><tr><td><strong>Present</strong></td><td><strong>Name</strong></td></tr><tr><td>✓</td><td>Noor</td></tr></table>';
    expect(normalizeTableHtml(html).header).toEqual(['Present', 'Name']);
    expect(texts(html)).toEqual([['✓', 'Noor']]);
  });

  it('does not take a partly bold first row as a header', () => {
    const html = '<table><tr><td><strong>Noor</strong> (lead)</td><td>Platform</td></tr><tr><td>Felix</td><td>Storage</td></tr></table>';
    const table = normalizeTableHtml(html);
    expect(table.header).toBeNull();
    expect(table.rows).toHaveLength(2);
  });

  it('merges a two-row header: a spanning cell prefixes the labels under it', () => {
    const html = `<table><tr><th rowspan="2">Name</th><th colspan="2">Present</th></tr>
      <tr><th>Asia TZ</th><th>US TZ</th></tr><tr><td>Haruto</td><td>✓</td><td></td></tr></table>`;
    const table = normalizeTableHtml(html);
    expect(table.header).toEqual(['Name', 'Present Asia TZ', 'Present US TZ']);
    expect(texts(html)).toEqual([['Haruto', '✓', '']]);
  });

  it('treats a bold second row under a plain header as data', () => {
    const html = '<table><tr><th>Item</th><th>Owner</th></tr><tr><td><b>Total</b></td><td><b>All</b></td></tr></table>';
    const table = normalizeTableHtml(html);
    expect(table.header).toEqual(['Item', 'Owner']);
    expect(table.rows).toHaveLength(1);
  });

  it('detects a header column (key/value table)', () => {
    const html = '<table><tr><th>Owner</th><td>Ada</td></tr><tr><th>Budget</th><td>240</td></tr></table>';
    const table = normalizeTableHtml(html);
    expect(table.header).toBeNull();
    expect(table.headerColumn).toBe(true);
  });

  it('takes a first row that is one cell spanning the table as its caption, not its header', () => {
    const html = `<table><tr><th colspan="3">Budget 2025</th></tr><tr><th>Item</th><th>Q1</th><th>Q2</th></tr><tr><td>CI</td><td>4</td><td>5</td></tr></table>`;
    const table = normalizeTableHtml(html);
    expect(table.caption).toBe('Budget 2025');
    expect(table.header).toEqual(['Item', 'Q1', 'Q2']);
    expect(normalizeTableHtml(renderNormalizedTable(table))).toEqual(table);
  });

  it('names unlabeled columns and numbers duplicate labels', () => {
    const html = '<table><tr><th>Name</th><th></th><th>Name</th></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>';
    expect(normalizeTableHtml(html).header).toEqual(['Name', 'Column 2', 'Name 2']);
  });

  it('ignores the rows of a table nested in a cell', () => {
    const html = '<table><tr><th>Topic</th><th>Detail</th></tr><tr><td>A</td><td><table><tr><td>x</td><td>y</td><td>z</td></tr></table></td></tr></table>';
    const table = normalizeTableHtml(html);
    expect(table.width).toBe(2);
    expect(table.rows).toHaveLength(1);
  });

  it('cleans cell text: no-break spaces, zero-width characters, stray whitespace; keeps line breaks', () => {
    const html = '<table><tr><td>  Ben&nbsp;&nbsp;Okafor\u200b </td><td><p>one</p><p>two<br>three</p></td></tr></table>';
    expect(texts(html)).toEqual([['Ben Okafor', 'one\ntwo\nthree']]);
    expect(cleanLine('\u00a0a \u200d b\ufeff')).toBe('a b');
    expect(cleanCellHtml(' <p>x&nbsp;y</p><br> ')).toBe('<p>x y</p>');
  });

  it('leaves code and kept storage markup in cells byte for byte', () => {
    const html = '<div data-opaque data-storage="&lt;ac:x&gt;  a&amp;nbsp;&lt;/ac:x&gt;"></div>';
    expect(cleanCellHtml(html)).toBe(html);
  });

  it('is idempotent: normalizing a rendered normalized table changes nothing', () => {
    const samples = [
      '<table><tr><th rowspan="2">Name</th><th colspan="2">Present</th></tr><tr><th>Asia TZ</th><th>US TZ</th></tr><tr><td>Haruto</td><td>✓</td><td></td></tr></table>',
      '<table><tr><th>Owner</th><td>Ada</td></tr><tr><th>Budget</th><td>240</td></tr></table>',
      '<table><tr><td>a</td><td></td></tr><tr><td>b</td><td><em>c</em></td></tr></table>',
    ];
    for (const html of samples) {
      const once = normalizeTableHtml(html);
      expect(normalizeTableHtml(renderNormalizedTable(once))).toEqual(once);
    }
  });

  it('is idempotent on random tables with spans, empty cells and bold rows', () => {
    fc.assert(
      fc.property(arbitraryHubTable(['', ' ', 'a', 'Name', 'x y', '&nbsp;', '✓'], 5), (html) => {
        const once = normalizeTableHtml(html);
        expect(normalizeTableHtml(renderNormalizedTable(once))).toEqual(once);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('drops a column that only a cell spanning into it from the left fills', () => {
    const html = `<table><tr><th>Region</th><th>City</th><th></th><th>Phone</th></tr>
      <tr><td>Europe</td><td>Dublin</td><td></td><td>+353</td></tr>
      <tr><td colspan="4"><strong>Closed 24–26 December</strong></td></tr></table>`;
    const table = normalizeTableHtml(html);
    expect(table.header).toEqual(['Region', 'City', 'Phone']);
    expect(texts(html)).toEqual([
      ['Europe', 'Dublin', '+353'],
      ['Closed 24–26 December', 'Closed 24–26 December', 'Closed 24–26 December'],
    ]);
    expect(table.rows[1]!.map((c) => c.spanCopy)).toEqual([false, true, true]);
    expect(table.rows[0]!.map((c) => c.spanCopy)).toEqual([false, false, false]);
  });

  it('marks only column copies of a merged cell, not row copies, nor copies of an empty cell', () => {
    const html = `<table><tr><td rowspan="2" colspan="2">Helix</td><td>a</td></tr><tr><td>b</td></tr><tr><td colspan="2"></td><td>c</td></tr><tr><td>d</td><td>e</td><td>f</td></tr></table>`;
    const flags = normalizeTableHtml(html).rows.map((row) => row.map((c) => c.spanCopy));
    expect(flags).toEqual([
      [false, true, false],
      [false, true, false],
      [false, false, false],
      [false, false, false],
    ]);
  });

  it('keeps inline markup in header cells; the bold of a wholly bold header cell goes', () => {
    const html = '<table><tr><th><strong>Owner</strong></th><th>Sign-off <span data-status="Green">DONE</span></th></tr><tr><td>Ada</td><td>yes</td></tr></table>';
    const table = normalizeTableHtml(html);
    expect(table.header).toEqual(['Owner', 'Sign-off DONE']);
    expect(table.headerCells!.map((c) => c.html)).toEqual(['Owner', 'Sign-off <span data-status="Green">DONE</span>']);
  });

  it('reads a header row whose key is bold and whose value is not as the first row of a key/value table', () => {
    const html = '<table><tr><th><strong>Owner</strong></th><th>Ada</th></tr><tr><td><strong>Budget</strong></td><td>240</td></tr></table>';
    const table = normalizeTableHtml(html);
    expect(table.header).toBeNull();
    expect(table.headerColumn).toBe(true);
    expect(texts(html)).toEqual([['Owner', 'Ada'], ['Budget', '240']]);
    const real = normalizeTableHtml('<table><tr><th><strong>Office</strong></th><th><strong>Mon</strong></th></tr><tr><td><strong>Dublin</strong></td><td>8</td></tr></table>');
    expect(real.header).toEqual(['Office', 'Mon']);
  });

  it('points each cell at the td/th it was read from, outside the cell value', () => {
    const html = `<table><tr><th rowspan="2">Site</th><th colspan="2">Load</th></tr><tr><th>Peak</th><th>Idle</th></tr>
      <tr><td colspan="2"><em>Cork</em> north</td><td>12</td></tr><tr><td>Oslo</td></tr></table>`;
    const table = normalizeTableHtml(html);
    const [cork, copy, twelve] = table.rows[0]!;
    expect(cork!.element?.name).toBe('td');
    expect(cork!.element?.attribs['colspan']).toBe('2');
    expect(copy!.spanCopy).toBe(true);
    expect(copy!.element).toBe(cork!.element);
    expect(twelve!.element?.children.map((n) => (n as { data?: string }).data)).toEqual(['12']);
    // Oslo's row is short: the positions after it are made up.
    expect(table.rows[1]!.map((c) => c.element?.name ?? null)).toEqual(['td', null, null]);
    // "Load Peak" is joined from two header rows: no one cell holds it; "Site" is one (spanning) cell.
    expect(table.headerCells!.map((c) => c.element?.name ?? null)).toEqual(['th', null, null]);
    expect(table.headerCells![0]!.element?.attribs['rowspan']).toBe('2');
    expect(Object.keys(cork!)).toEqual(['html', 'text', 'spanCopy']);
    expect(JSON.stringify(cork)).toBe('{"html":"<em>Cork</em> north","text":"Cork north","spanCopy":false}');
  });
});
