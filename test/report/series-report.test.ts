import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/report/person-identity.js';
import { buildSeriesReport } from '../../src/report/series-report.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PageDocumentSchema } from '../../src/model/page-document.js';
import { fixtureReport, seriesDir } from './series-fixture.js';

describe('normalizeName', () => {
  it('ignores case, accents, inner spacing, a leading @ and "Last, First" order', () => {
    expect(normalizeName('Müller, Ana')).toBe('ana muller');
    expect(normalizeName('  ANA   Muller ')).toBe('ana muller');
    expect(normalizeName('@José Ortega')).toBe('jose ortega');
    expect(normalizeName("Sam O'Neil")).toBe(normalizeName('Sam ONeil'));
    expect(normalizeName('Ana Müller')).not.toBe(normalizeName('Anna Müller'));
  });
});

describe('series report over fixtures/series', () => {
  it('finds the six meetings, oldest first, and skips the page without minutes', async () => {
    const report = await fixtureReport();
    expect(report.meetingCount).toBe(6);
    expect(report.skippedPages).toBe(1);
    expect(report.attendance.meetings.map((m) => m.date)).toEqual(['2024-01-25', '2024-02-22', '2024-03-28', '2024-04-25', '2024-05-23', '2024-06-27']);
  });

  it('matches people by account id, then by normalized name, across spellings', async () => {
    const { attendance } = await fixtureReport();
    const names = attendance.people.map((p) => p.name).sort();
    expect(names).toEqual(['Ana Müller', 'José Ortega', 'Lin Wei', 'Priya Nair', "Sam O'Neil", 'Tom Becker']);
    const ana = attendance.people.find((p) => p.accountId === '5b10ac8d82e05b22cc7d4ef5');
    // "Muller, Ana" (no id) in February is the same person as "Ana Müller" (with id).
    expect(ana?.cells).toEqual(['present', 'present', 'absent', 'present', 'unknown', 'present']);
    expect(ana).toMatchObject({ present: 4, known: 5, rate: 0.8, firstSeen: '2024-01-25', lastSeen: '2024-06-27', organization: 'Acme' });
    // "PRIYA NAIR" without an id in June lands on the account seen elsewhere.
    const priya = attendance.people.find((p) => p.accountId?.startsWith('712020:'));
    expect(priya?.cells).toEqual(['present', 'absent', 'present', 'present', 'unknown', 'present']);
    const lin = attendance.people.find((p) => normalizeName(p.name) === 'lin wei');
    // A guest is not absent from the meetings that did not invite them.
    expect(lin?.cells).toEqual(['present', 'unknown', 'unknown', 'unknown', 'unknown', 'present']);
  });

  it('treats people not listed as absent once they have been listed, unmarked as unknown, and a meeting without a list as unknown', async () => {
    const { attendance } = await fixtureReport();
    const tom = attendance.people.find((p) => p.name === 'Tom Becker');
    expect(tom?.cells).toEqual(['unknown', 'present', 'present', 'absent', 'unknown', 'absent']);
    expect(tom).toMatchObject({ present: 2, known: 4, rate: 0.5, firstSeen: '2024-02-22', lastSeen: '2024-03-28' });
    const sam = attendance.people.find((p) => normalizeName(p.name) === 'sam oneil');
    // Sam joins in March: not absent from the meetings before.
    expect(sam?.cells).toEqual(['unknown', 'unknown', 'present', 'absent', 'unknown', 'present']);
    expect(sam).toMatchObject({ present: 2, known: 3, firstSeen: '2024-03-28' });
  });

  it('rates organizations by meetings where one of their people was present', async () => {
    const { attendance } = await fixtureReport();
    const byName = Object.fromEntries(attendance.organizations.map((o) => [o.organization, o]));
    expect(byName.Acme).toMatchObject({ people: 2, represented: 5, known: 5, rate: 1 });
    expect(byName.Globex).toMatchObject({ people: 2, represented: 4, known: 5, rate: 0.8 });
    expect(byName.Initech).toMatchObject({ represented: 4, known: 5 });
    expect(attendance.organizations[0]?.organization).toBe('Acme');
  });

  it('follows action items carried across meetings; ages count to the newest meeting, not the clock', async () => {
    const { actionItems } = await fixtureReport();
    expect(actionItems.asOf).toBe('2024-06-27');
    const qemu = actionItems.open.find((a) => a.text.startsWith('Set up QEMU CI dashboard'));
    expect(qemu).toMatchObject({ owner: 'José Ortega', raisedOn: '2024-02-22', lastSeen: '2024-06-27', meetings: 5, ageDays: 126, due: '2024-04-30', overdue: true, closedOn: null });
    const review = actionItems.open.find((a) => a.text.includes('attestation service proposal'));
    expect(review).toMatchObject({ raisedOn: '2024-04-25', ageDays: 63, due: '2024-07-31', overdue: false, meetings: 2 });
    expect(actionItems.open).toHaveLength(3);
    expect(actionItems.closed.map((a) => [a.text, a.closedOn, a.ageDays])).toEqual([
      ['Ana: circulate the 2024 roadmap draft', '2024-03-28', 63],
      ['Book venue for the FOSDEM demo', '2024-01-25', 0],
    ]);
  });

  it('logs decisions newest first with their meeting', async () => {
    const { decisions } = await fixtureReport();
    expect(decisions.map((d) => [d.date, d.text])).toEqual([
      ['2024-06-27', 'Retire the BMC working group'],
      ['2024-03-28', 'Move the meeting to 16:00 UTC from April'],
      ['2024-03-28', 'Publish minutes within one week'],
      ['2024-01-25', 'Adopt CCA as the main priority for 2024'],
    ]);
    expect(decisions[0]?.meeting).toBe('2024-06-27 SC Meeting Agenda/Minutes');
  });
});

describe('a "Last, First" cell read as name and organization', () => {
  const page = (date: string, attendees: { name: string; organization: string | null; present: boolean; accountId?: string }[]) => ({
    source: `${date}.json`,
    page: { id: date, title: date, meeting: { title: date, date, attendees: attendees.map((a) => ({ accountId: null, ...a })), actionItems: [], decisions: [] } },
  });

  it('is the known person "First Last", and only when that person is known', () => {
    const report = buildSeriesReport([
      page('2024-01-01', [{ name: 'Kim Park', organization: 'Acme', present: true }, { name: 'Board', organization: 'Seat', present: true }]),
      page('2024-02-01', [{ name: 'Park', organization: 'Kim', present: true }, { name: 'Lee', organization: 'Globex', present: true }]),
    ]);
    const names = report.attendance.people.map((p) => `${p.name}/${p.organization}`).sort();
    expect(names).toEqual(['Board/Seat', 'Kim Park/Acme', 'Lee/Globex']);
    expect(report.attendance.people.find((p) => p.name === 'Kim Park')?.cells).toEqual(['present', 'present']);
  });
});

describe('Data Center minutes (mentions carry a user key, no account id)', () => {
  const page = (date: string, attendees: { name: string; present: boolean; userKey?: string }[]) => ({
    source: `${date}.json`,
    page: { id: date, title: date, meeting: { title: date, date, attendees: attendees.map((a) => ({ accountId: null, organization: null, ...a })), actionItems: [], decisions: [] } },
  });

  it('one person per user key, and a name seen with a key lands on that person', () => {
    const report = buildSeriesReport([
      page('2024-01-01', [{ name: 'Agnieszka Nowak', present: true, userKey: '8a7f80c35e1a0001' }, { name: 'Tomasz Wiśniewski', present: true, userKey: '8a7f80c35e1a0002' }]),
      // Display name changed in the directory: same key, same person.
      page('2024-02-01', [{ name: 'Agnieszka Nowak-Lis', present: false, userKey: '8a7f80c35e1a0001' }, { name: 'Tomasz Wiśniewski', present: true }]),
    ]);
    expect(report.attendance.people).toHaveLength(2);
    const agnieszka = report.attendance.people.find((p) => p.name?.startsWith('Agnieszka'));
    expect(agnieszka?.cells).toEqual(['present', 'absent']);
    expect(report.attendance.people.find((p) => p.name === 'Tomasz Wiśniewski')?.cells).toEqual(['present', 'present']);
  });
});

describe('fixtures/series', () => {
  it('are page documents of the current JSON model', () => {
    const files = readdirSync(seriesDir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) {
      const parsed = PageDocumentSchema.safeParse(JSON.parse(readFileSync(join(seriesDir, f), 'utf8')));
      expect(parsed.success, `${f}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });
});

describe('a long series', () => {
  it('builds in time linear in the meetings (8,000 weekly meetings, 12 people, well under 10 s)', () => {
    const pages = Array.from({ length: 8000 }, (_, m) => {
      const date = new Date(Date.UTC(1900, 0, 1) + m * 7 * 86_400_000).toISOString().slice(0, 10);
      return {
        source: `${date}.json`,
        page: { id: String(m), title: date, meeting: { title: date, date, decisions: [{ text: `D${m}` }],
          attendees: Array.from({ length: 12 }, (_, p) => ({ name: p % 2 ? `Person ${p}` : `PERSON ${p}`, organization: `Org ${p % 4}`, present: (m + p) % 3 !== 0, accountId: null })),
          actionItems: [{ text: `Item ${Math.floor(m / 4)}`, assignee: 'Person 1', due: null, done: m % 4 === 3 }] } },
      };
    });
    const started = performance.now();
    const report = buildSeriesReport(pages);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report.attendance.people).toHaveLength(12);
    expect(report.actionItems.closed).toHaveLength(2000);
    expect(report.decisions).toHaveLength(8000);
  });
});

describe('an action carried from meeting to meeting is one item', () => {
  it('ignores a carried-over mark, a changed due date and an owner prefix', async () => {
    const { actionKey } = await import('../../src/report/action-items.js');
    const keys = [
      ['Pin the dbt adapter in CI', 'Eleanor Fairbrother'],
      ['Pin the dbt adapter in CI (carried over)', 'Eleanor Fairbrother'],
      ['Eleanor: pin the dbt adapter in CI by 2025-01-15', 'Eleanor Fairbrother'],
      ['Eleanor to pin the dbt adapter in CI by 22 January', 'Eleanor Fairbrother'],
    ].map(([text, owner]) => actionKey(text!, owner!));
    expect(new Set(keys).size).toBe(1);
  });
});
