import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { renderReport } from '../../src/report/render-report.js';
import { tableCsv } from '../../src/report/render-csv.js';
import { fixtureReport } from './series-fixture.js';

describe('report renderers', () => {
  it('md: one table per section, pipes escaped, a matrix row per person', async () => {
    const md = renderReport(await fixtureReport(), 'md').get('report.md') ?? '';
    expect(md).toContain('6 meetings from 2024-01-25 to 2024-06-27.');
    expect(md).toMatch(/## Attendance\n\n\| person \| organization \| 2024-01-25 \| 2024-02-22 \| 2024-03-28 \| 2024-04-25 \| 2024-05-23 \| 2024-06-27 \|/);
    expect(md).toContain('| Ana Müller | Acme | present | present | absent | present | unknown | present |');
    expect(md).toMatch(/\| Set up QEMU CI dashboard \| José Ortega \| 2024-04-30 \| yes \| 126 \| 2024-02-22 \|/);
    expect(md).toContain('| 2024-06-27 | 2024-06-27 SC Meeting Agenda/Minutes | Retire the BMC working group |');
    for (const section of ['Attendance rate per person', 'Attendance rate per organization', 'Open action items (age as of 2024-06-27)', 'Closed action items', 'Decisions (newest first)']) {
      expect(md).toContain(`## ${section}`);
    }
  });

  it('csv: one RFC 4180 file per table, quoted where needed', async () => {
    const files = renderReport(await fixtureReport(), 'csv');
    expect([...files.keys()]).toEqual(['attendance.csv', 'people.csv', 'organizations.csv', 'open-actions.csv', 'closed-actions.csv', 'decisions.csv']);
    const people = files.get('people.csv') ?? '';
    expect(people.split('\r\n')[0]).toBe('person,organization,account id,present,known,rate,first seen,last seen');
    expect(people).toContain('Ana Müller,Acme,5b10ac8d82e05b22cc7d4ef5,4,5,80%,2024-01-25,2024-06-27\r\n');
    expect(files.get('closed-actions.csv')).toContain('Ana: circulate the 2024 roadmap draft,Ana Müller,2024-02-15,2024-01-25,2024-03-28,63\r\n');
    expect(files.get('decisions.csv')).toContain('2024-03-28,2024-03-28 SC Meeting Agenda/Minutes,Move the meeting to 16:00 UTC from April');
    const attendance = (files.get('attendance.csv') ?? '').trim().split('\r\n');
    expect(attendance).toHaveLength(1 + 6);
    expect(attendance.every((line) => line.split(',').length === 8)).toBe(true);
  });

  it('csv: quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const csv = tableCsv({ name: 'decisions', title: 'd', header: ['date', 'decision'], rows: [['2024-01-25', 'Adopt "CCA", then review'], ['2024-02-01', '=HYPERLINK("x")'], ['2024-02-02', 'two\nlines'], ['2024-02-03', '-5%']] });
    expect(csv).toBe('date,decision\r\n2024-01-25,"Adopt ""CCA"", then review"\r\n2024-02-01,"\'=HYPERLINK(""x"")"\r\n2024-02-02,"two\nlines"\r\n2024-02-03,-5%\r\n');
  });

  it('json: the whole report, parseable, with counts that agree with the tables', async () => {
    const json = JSON.parse(renderReport(await fixtureReport(), 'json').get('report.json') ?? '{}');
    expect(json).toMatchObject({ reportVersion: 1, meetingCount: 6, firstMeeting: '2024-01-25', lastMeeting: '2024-06-27' });
    expect(json.attendance.people).toHaveLength(6);
    expect(json.actionItems.open).toHaveLength(3);
    expect(json.decisions).toHaveLength(4);
  });

  it('svg: well-formed, one cell per person and meeting, escaped labels, white background', async () => {
    const report = await fixtureReport();
    const svg = renderReport(report, 'svg').get('attendance.svg') ?? '';
    const $ = load(svg, { xml: true });
    const root = $('svg');
    expect(root.attr('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.attr('width'))).toBeGreaterThan(200);
    expect(Number(root.attr('height'))).toBeGreaterThan(150);
    expect($('rect.cell')).toHaveLength(6 * 6);
    expect($('rect.cell.present')).toHaveLength(report.attendance.people.reduce((n, p) => n + p.present, 0));
    expect($('rect.cell.unknown').first().attr('fill')).toBe('url(#unknown)');
    expect($('pattern#unknown')).toHaveLength(1);
    expect(svg).toContain('Sam O&#39;Neil'.replace('&#39;', "'"));
    expect(svg).not.toMatch(/<text[^>]*>[^<]*&(?!amp;|lt;|gt;|quot;)/);
  });
});
