import { describe, expect, it } from 'vitest';
import { toHub } from '../../../src/convert.js';
import { writePageJson } from '../../../src/formats/json/write-page-json.js';
import { tableRecords } from '../../../src/formats/json/table-records.js';
import { typedCellValue } from '../../../src/formats/json/typed-cell.js';
import { extractMeeting } from '../../../src/minutes/extract-meeting.js';
import { ConversionReport } from '../../../src/hub/report.js';
import { emptyPageMeta } from '../../../src/model/page-meta.js';

// Minutes with an attendance table (mentions, emoticons, a merged cell) and a discussion table.
const PAGE = `<h1>Steering group 14 May 2024</h1>
<p><strong>Date:</strong> <time datetime="2024-05-14" /></p>
<h2>Attendance</h2>
<table><tbody>
<tr><th>Member</th><th>Organisation</th><th>Present</th></tr>
<tr><td><ac:link><ri:user ri:account-id="557058:aa11" /></ac:link></td><td>City Council</td><td><ac:emoticon ac:name="tick" /></td></tr>
<tr><td>Jo Okafor</td><td rowspan="2">Harbour Trust</td><td><ac:emoticon ac:name="cross" /></td></tr>
<tr><td>Sam Ruiz (alternate)</td><td>yes</td></tr>
</tbody></table>
<h2>Discussion items</h2>
<table><tbody><tr><th>Time</th><th>Item</th><th>Who</th><th>Notes</th></tr>
<tr><td>10</td><td>Budget 2025</td><td>Jo</td><td>Due <time datetime="2024-06-01" /></td></tr></tbody></table>`;

describe('writePageJson reads the page once', () => {
  const { hub } = toHub(PAGE, 'storage', new ConversionReport());
  const meta = emptyPageMeta({ title: 'Steering group 14 May 2024' });

  it('gives the meeting and tables that separate loads of the hub give', () => {
    const doc = writePageJson(hub, meta, new ConversionReport());
    expect(doc.meeting).not.toBeNull();
    expect(doc.meeting).toEqual(extractMeeting(hub, meta));
    expect(doc.tables).toEqual(tableRecords(hub));
    expect(doc.tables[0]!.rows[0]!['Present']).toBe(true);
    expect(doc.tables[1]!.rows[0]!['Time']).toBe(10);
  });

  it('types a cell by its markup only where mentions, emoticons or dates are in it', () => {
    expect(typedCellValue({ html: '<strong>42</strong>', text: '42' })).toBe(42);
    expect(typedCellValue({ html: '<em>no</em>', text: 'no' })).toBe(false);
    expect(typedCellValue({ html: '<time datetime="2024-06-01">1 Jun 2024</time>', text: '1 Jun 2024' })).toBe('2024-06-01');
    expect(typedCellValue({ html: '<a data-mention data-account-id="x1">@Ana Muller</a>', text: '@Ana Muller' })).toEqual({ name: 'Ana Muller', accountId: 'x1' });
    expect(typedCellValue({ html: '<span data-emoticon="tick"></span>', text: '' })).toBe(true);
  });
});
