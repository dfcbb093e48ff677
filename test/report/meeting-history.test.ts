import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingChanges } from '../../src/report/meeting-changes.js';
import { runReport } from '../../src/report/run-report.js';
import { convertXmlBackup } from '../../src/export/xml-backup/convert-xml-backup.js';
import { teamSpaceExport } from '../support/entities-xml.js';
import { writeExportFolder } from '../support/xml-backup-disk.js';

const meeting = (attendees: Array<[string, boolean | null]>, actions: Array<[string, boolean]>, decisions: string[] = []) => ({
  date: '2024-01-10',
  attendees: attendees.map(([name, present]) => ({ name, present })),
  actionItems: actions.map(([text, done]) => ({ text, done })),
  decisions: decisions.map((text) => ({ text })),
});
const version = (number: number, m: ReturnType<typeof meeting>) => ({ number, author: `user ${number}`, date: `2024-01-1${number}`, message: null, meeting: m });

describe('what later versions of a minutes page changed', () => {
  it('names attendance corrections, closed and reopened actions, added decisions; skips wording-only versions', () => {
    const changes = meetingChanges('Board', [
      version(3, meeting([['Ann', true], ['Bo', false], ['Cy', true]], [['send draft', true], ['book room', false]], ['Go ahead'])),
      version(1, meeting([['Ann', true], ['Bo', true]], [['send draft', false]])),
      version(2, meeting([['Ann', true], ['Bo', true]], [['send draft', false]])),
      version(4, meeting([['Ann', true], ['Cy', true]], [['send draft', false], ['book room', false]], ['Go ahead'])),
    ]);
    expect(changes.map((c) => [c.version, c.author, c.changes])).toEqual([
      [3, 'user 3', ['attendance corrected: Bo present -> absent', 'attendee added: Cy', 'action closed: send draft', 'action added: book room', 'decision added: Go ahead']],
      [4, 'user 4', ['attendee removed: Bo', 'action reopened: send draft']],
    ]);
  });
});

describe('wikiport report --history', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wikiport-history-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('shows, for a minutes series converted from an XML export, what changed after each meeting', async () => {
    const out = join(dir, 'out');
    await convertXmlBackup({ input: await writeExportFolder(join(dir, 'in'), teamSpaceExport()), out, history: true });
    const result = await runReport({ input: out, format: 'json', history: true });
    expect(result.problems).toEqual([]);
    const report = JSON.parse(result.stdout) as { history: unknown };
    expect(report.history).toEqual([
      { page: '2024-01-10 Steering committee', meetingDate: '2024-01-10', version: 2, author: 'Bob Baker', date: '2024-01-11T09:30:00', message: 'Carol attended too', changes: ['attendee added: Carol Chen'] },
      { page: '2024-01-10 Steering committee', meetingDate: '2024-01-10', version: 3, author: 'Carol Chen', date: '2024-01-16T17:45:00', message: 'budget draft sent', changes: ['action closed: @Bob Baker send the budget draft'] },
    ]);
    const md = await runReport({ input: out, format: 'md', history: true });
    expect(md.stdout).toContain('| 2024-01-10 Steering committee | 2 | Bob Baker | 2024-01-11T09:30:00 | Carol attended too | attendee added: Carol Chen |');
    expect((await runReport({ input: out, format: 'md' })).stdout).not.toContain('Changed after the meeting');
  });

  it('names a version whose kept storage is gone, and goes on', async () => {
    const out = join(dir, 'out');
    await convertXmlBackup({ input: await writeExportFolder(join(dir, 'in'), teamSpaceExport()), out, history: true });
    await unlink(join(out, '.wikiport/history/1003/v1.xhtml'));
    const result = await runReport({ input: out, format: 'json', history: true });
    expect(result.problems).toEqual([expect.stringMatching(/2024-01-10 Steering committee\.json: version 1: \.wikiport\/history\/1003\/v1\.xhtml cannot be read \(ENOENT\); left out of the history$/)]);
    expect(result.exitCode).toBe(1);
    expect((JSON.parse(result.stdout) as { history: unknown[] }).history).toHaveLength(1);
  });
});
