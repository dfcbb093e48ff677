import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReport } from '../../src/report/run-report.js';
import { seriesDir } from './series-fixture.js';

const work = mkdtempSync(join(tmpdir(), 'wikiport-report-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function seriesAsNdjson(): string {
  return readdirSync(seriesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.stringify(JSON.parse(readFileSync(join(seriesDir, f), 'utf8'))))
    .join('\n');
}

describe('runReport (wikiport report)', () => {
  it('reads an NDJSON export the same as the folder of JSON files', async () => {
    const file = join(work, 'space.ndjson');
    writeFileSync(file, seriesAsNdjson() + '\n\n');
    const fromNdjson = await runReport({ input: file, format: 'json' });
    const fromDir = await runReport({ input: seriesDir, format: 'json' });
    expect(fromNdjson.problems).toEqual([]);
    expect(fromNdjson.exitCode).toBe(0);
    const a = JSON.parse(fromNdjson.stdout);
    const b = JSON.parse(fromDir.stdout);
    // Sources differ (file vs file:line); everything else agrees.
    for (const r of [a, b]) for (const m of r.attendance.meetings) delete m.source;
    expect(a).toEqual(b);
    expect(fromNdjson.summary).toEqual({ meetings: 6, people: 6, openActions: 3, closedActions: 2, decisions: 4 });
  });

  it('skips a broken file and an invalid page with a message naming them, does the rest, exits 1', async () => {
    const dir = join(work, 'mixed');
    const ndjson = seriesAsNdjson().split('\n');
    const broken = JSON.parse(ndjson[1] ?? '{}');
    broken.meeting.date = '22/02/2024';
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(join(dir, 'space.ndjson'), [ndjson[0], '{"truncated":', JSON.stringify(broken), ...ndjson.slice(2)].join('\n'));
    writeFileSync(join(dir, 'nested', 'half-written.json'), '{"meeting": {');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ pages: {} }));
    const result = await runReport({ input: dir, format: 'md' });
    expect(result.exitCode).toBe(1);
    expect(result.problems).toHaveLength(3);
    expect(result.problems[0]).toMatch(/^nested\/half-written\.json: not valid JSON/);
    expect(result.problems[1]).toMatch(/^space\.ndjson:2: not valid JSON/);
    expect(result.problems[2]).toBe('space.ndjson:3: meeting.date: expected a date YYYY-MM-DD; skipped');
    expect(result.summary.meetings).toBe(5);
    expect(result.stdout).toContain('5 meetings from 2024-01-25 to 2024-06-27');
  });

  it('writes --out files atomically; csv puts the matrix in FILE.csv and the other tables beside it', async () => {
    const svg = await runReport({ input: seriesDir, format: 'svg', out: join(work, 'out', 'attendance.svg') });
    expect(svg.written).toEqual([join(work, 'out', 'attendance.svg')]);
    expect(readFileSync(join(work, 'out', 'attendance.svg'), 'utf8')).toMatch(/^<svg /);
    const csv = await runReport({ input: seriesDir, format: 'csv', out: join(work, 'out', 'sc.csv') });
    expect(csv.written.map((f) => f.slice(join(work, 'out').length + 1))).toEqual(['sc.csv', 'sc.people.csv', 'sc.organizations.csv', 'sc.open-actions.csv', 'sc.closed-actions.csv', 'sc.decisions.csv']);
    expect(readFileSync(join(work, 'out', 'sc.csv'), 'utf8')).toMatch(/^person,organization,2024-01-25,/);
    const folder = await runReport({ input: seriesDir, format: 'csv', out: join(work, 'csv-folder') });
    expect(folder.written).toContain(join(work, 'csv-folder', 'decisions.csv'));
    expect(readdirSync(join(work, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a missing folder with a usage error that says what to give', async () => {
    await expect(runReport({ input: join(work, 'nope'), format: 'md' })).rejects.toThrow(/nope does not exist\. Give a folder of exported page JSON/);
    expect(existsSync(join(work, 'nope'))).toBe(false);
  });

  it('exits 2 when no meeting minutes are found', async () => {
    const dir = join(work, 'empty');
    mkdirSync(dir);
    writeFileSync(join(dir, 'home.json'), JSON.stringify({ title: 'Home', meeting: null }));
    const result = await runReport({ input: dir, format: 'md' });
    expect(result.exitCode).toBe(2);
    expect(result.problems[0]).toMatch(/no page with meeting minutes and a meeting date was found \(1 pages read\)/);
  });
});

describe('runReport --series', () => {
  it('keeps only the meetings of one series, by title text or parent page id', async () => {
    const dir = join(work, 'two-series');
    mkdirSync(dir);
    for (const f of readdirSync(seriesDir)) writeFileSync(join(dir, f), readFileSync(join(seriesDir, f)));
    const other = JSON.parse(readFileSync(join(seriesDir, '2024-03-28-sc-minutes.json'), 'utf8'));
    Object.assign(other, { id: '77', title: '2024-03-30 TSC sync', parentId: '2250900777' });
    other.meeting.title = '2024-03-30 TSC sync';
    other.meeting.date = '2024-03-30';
    writeFileSync(join(dir, 'tsc.json'), JSON.stringify(other));
    expect((await runReport({ input: dir, format: 'json' })).summary.meetings).toBe(7);
    expect((await runReport({ input: dir, format: 'json', series: 'sc meeting' })).summary.meetings).toBe(6);
    expect((await runReport({ input: dir, format: 'json', series: '2250900777' })).summary.meetings).toBe(1);
    const none = await runReport({ input: dir, format: 'md', series: 'board' });
    expect(none.exitCode).toBe(2);
    expect(none.problems[0]).toContain('matching --series "board"');
  });
});

describe('runReport over an export folder holding both page JSON and pages.ndjson', () => {
  it('counts each page once', async () => {
    const dir = join(work, 'both');
    mkdirSync(dir);
    for (const f of readdirSync(seriesDir)) writeFileSync(join(dir, f), readFileSync(join(seriesDir, f)));
    writeFileSync(join(dir, 'pages.ndjson'), seriesAsNdjson() + '\n');
    const result = await runReport({ input: dir, format: 'json' });
    expect(result.summary.meetings).toBe(6);
    expect(result.problems).toEqual([]);
  });
});
