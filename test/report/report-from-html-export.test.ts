import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertHtmlExport } from '../../src/export/html-export/convert-html-export.js';
import { loadSeriesPages } from '../../src/report/load-series-pages.js';
import { buildSeriesReport } from '../../src/report/series-report.js';
import { exportDir } from '../formats/html-export/export-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'wikiport-report-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('report over an HTML space export converted to JSON', () => {
  it('sees the three minutes pages, matches people across spellings, follows the action items', async () => {
    const out = join(work, 'ldcg');
    await convertHtmlExport({ input: exportDir, out, formats: ['json'] });
    const loaded = await loadSeriesPages(out);
    expect(loaded.problems).toEqual([]);
    const report = buildSeriesReport(loaded.pages);
    expect(report.meetingCount).toBe(3);
    expect(report.skippedPages).toBe(9);
    // "Muller, Ana" (read upstream as name "Muller" of organization "Ana") is Ana Müller.
    const ana = report.attendance.people.find((p) => p.accountId === '5b10ac8d82e05b22cc7d4ef5');
    expect(ana?.cells).toEqual(['present', 'present', 'absent']);
    expect(report.attendance.people.map((p) => p.name)).not.toContain('Muller');
    const priya = report.attendance.people.find((p) => p.name === 'Priya Nair');
    expect(priya?.cells).toEqual(['present', 'absent', 'present']);
    expect(report.actionItems.open).toHaveLength(1);
    expect(report.actionItems.open[0]).toMatchObject({ owner: 'José Ortega', raisedOn: '2024-02-22', ageDays: 35, overdue: false });
    expect(report.actionItems.closed.map((a) => [a.owner, a.closedOn])).toEqual([['Ana Müller', '2024-03-28'], ['Priya Nair', '2024-01-25']]);
    expect(report.decisions.map((d) => d.text)).toEqual(['Move the meeting to 16:00 UTC from April', 'Adopt CCA as the main priority for 2024']);
  });
});
