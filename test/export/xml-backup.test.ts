import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertXmlBackup } from '../../src/export/xml-backup/convert-xml-backup.js';
import { readManifest } from '../../src/manifest/manifest.js';
import { PageDocumentSchema } from '../../src/model/page-document.js';
import { siteBackup, teamSpaceExport } from '../support/entities-xml.js';
import { writeExportFolder, writeExportZip } from '../support/xml-backup-disk.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-xml-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (path: string): Promise<string> => readFile(join(dir, 'out', path), 'utf8');
const json = async (path: string): Promise<Record<string, unknown>> => JSON.parse(await read(path)) as Record<string, unknown>;
const minutes = 'Team Home/Meeting minutes/2024-01-10 Steering committee';

describe('converting an XML space export', () => {
  it('writes the page tree, Markdown, JSON, attachments and manifest that export writes', async () => {
    const input = await writeExportZip(join(dir, 'TEAM.zip'), teamSpaceExport());
    const result = await convertXmlBackup({ input, out: join(dir, 'out') });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ spaces: ['TEAM'], pages: 5, blogPosts: 1, attachments: 2, skipped: { trashed: 1 } });
    expect([...result.written].sort()).toEqual([
      'Blog/Release 1.0 is out.json',
      'Blog/Release 1.0 is out.md',
      'Team Home.json',
      'Team Home.md',
      'Team Home/Meeting minutes.json',
      'Team Home/Meeting minutes.md',
      `${minutes}.json`,
      `${minutes}.md`,
      'Team Home/Meeting minutes/2024-01-17 Steering committee.json',
      'Team Home/Meeting minutes/2024-01-17 Steering committee.md',
      'Team Home/Project notes.json',
      'Team Home/Project notes.md',
      'attachments/1005/diagram.png',
      'attachments/1005/report.pdf',
    ].sort());
    const notes = await read('Team Home/Project notes.md');
    expect(notes).toContain('labels:\n  - project\n'); // the personal `my:` label stays private
    expect(notes).toContain('created: 2024-01-05T08:00:00');
    expect(notes).toContain('[Team Home](../Team%20Home.md');
    expect(notes).toContain('(../attachments/1005/report.pdf)');
    expect(notes).toContain('![diagram.png](../attachments/1005/diagram.png)');
    // The current attachment version, not the first.
    expect(await read('attachments/1005/report.pdf')).toBe('%PDF-1.4 v2\n');
    const doc = PageDocumentSchema.parse(await json('Team Home/Project notes.json'));
    expect(doc).toMatchObject({ id: '1005', space: 'TEAM', parentId: '1001', createdBy: 'Bob Baker', updatedBy: 'Bob Baker', labels: ['project'] });
    expect(doc.versions).toBeUndefined();
    const manifest = (await readManifest(join(dir, 'out')))!;
    expect(Object.keys(manifest.pages).sort()).toEqual(['1001', '1002', '1003', '1004', '1005', '1100']);
    expect(manifest.source).toEqual({ kind: 'space', value: 'TEAM', descendants: false });
    expect(manifest.pages['1005']!.attachments.map((a) => [a.title, a.path, a.version])).toEqual([
      ['diagram.png', 'attachments/1005/diagram.png', 1],
      ['report.pdf', 'attachments/1005/report.pdf', 2],
    ]);
    expect(manifest.pages['1005']!.files.storage.path).toBe('.wikiport/storage/1005.xhtml');
  });

  it('reads an unpacked folder the same as the zip', async () => {
    const zip = await convertXmlBackup({ input: await writeExportZip(join(dir, 'TEAM.zip'), teamSpaceExport()), out: join(dir, 'out') });
    const first = await read(`${minutes}.json`);
    const folder = await convertXmlBackup({ input: await writeExportFolder(join(dir, 'unpacked'), teamSpaceExport()), out: join(dir, 'out2') });
    expect(folder.written.sort()).toEqual(zip.written.sort());
    expect(await readFile(join(dir, 'out2', `${minutes}.json`), 'utf8')).toBe(first);
  });

  it('names attendees given as user-key mentions, in the Markdown and the meeting model', async () => {
    await convertXmlBackup({ input: await writeExportZip(join(dir, 'TEAM.zip'), teamSpaceExport()), out: join(dir, 'out') });
    expect(await read(`${minutes}.md`)).toContain('- [@Carol Chen](/people/8a7f80c3000000000000000000000ca7)');
    const doc = PageDocumentSchema.parse(await json(`${minutes}.json`));
    expect(doc.meeting?.attendees.map((a) => a.name)).toEqual(['Alice Archer', 'Bob Baker', 'Carol Chen']);
    expect(doc.meeting?.actionItems).toEqual([expect.objectContaining({ assignee: 'Bob Baker', done: true })]);
  });

  it('with history, keeps every earlier version and lists the versions in the JSON', async () => {
    const result = await convertXmlBackup({ input: await writeExportZip(join(dir, 'TEAM.zip'), teamSpaceExport()), out: join(dir, 'out'), history: true });
    expect(result.versions).toBe(2);
    const doc = PageDocumentSchema.parse(await json(`${minutes}.json`));
    expect(doc.versions).toEqual([
      { number: 1, author: 'Alice Archer', date: '2024-01-10T15:00:00', message: null, storage: '.wikiport/history/1003/v1.xhtml' },
      { number: 2, author: 'Bob Baker', date: '2024-01-11T09:30:00', message: 'Carol attended too', storage: '.wikiport/history/1003/v2.xhtml' },
      { number: 3, author: 'Carol Chen', date: '2024-01-16T17:45:00', message: 'budget draft sent', storage: '.wikiport/storage/1003.xhtml' },
    ]);
    const v1 = await read('.wikiport/history/1003/v1.xhtml');
    expect(v1).toContain('8a7f80c3000000000000000000000b0b');
    expect(v1).not.toContain('ca7');
    expect(await read('.wikiport/history/1003/v2.xhtml')).toContain('ca7');
  });

  it('puts footer and inline comments in the JSON, and in the Markdown when asked', async () => {
    const input = await writeExportZip(join(dir, 'TEAM.zip'), teamSpaceExport());
    await convertXmlBackup({ input, out: join(dir, 'out'), comments: true });
    const notes = PageDocumentSchema.parse(await json('Team Home/Project notes.json'));
    expect(notes.comments).toEqual([
      { id: '3001', author: 'Bob Baker', date: '2024-01-06T10:00:00', text: 'Can we add the **timeline**?', replyTo: null, inline: null },
      { id: '3002', author: 'Alice Archer', date: '2024-01-06T11:00:00', text: 'Done, see below.', replyTo: '3001', inline: null },
    ]);
    const minutesDoc = PageDocumentSchema.parse(await json(`${minutes}.json`));
    expect(minutesDoc.comments).toEqual([expect.objectContaining({ author: 'Carol Chen', text: 'Which budget line is this?', inline: { anchor: 'Review budget', resolved: null } })]);
    expect(await read(`${minutes}.md`)).toMatch(/## Comments\n\n- \*\*Carol Chen, 2024-01-11 08:00:00\*\* on "Review budget":\n {2}Which budget line is this\?\n$/);
    await convertXmlBackup({ input, out: join(dir, 'plain') });
    expect(await readFile(join(dir, 'plain', `${minutes}.md`), 'utf8')).not.toContain('## Comments');
  });

  it('converts every space of a site backup, each in its folder, or the spaces asked for', async () => {
    const input = await writeExportZip(join(dir, 'site.zip'), siteBackup());
    const all = await convertXmlBackup({ input, out: join(dir, 'out') });
    expect(all.spaces).toEqual(['TEAM', 'OPS']);
    expect(all.written).toContain('OPS/Runbook/Restart the queue.md');
    expect(all.written).toContain('TEAM/Team Home/Project notes.md');
    expect(await read('OPS/Runbook/Restart the queue.md')).toContain('[Project notes](../../TEAM/Team%20Home/Project%20notes.md');
    const ops = await convertXmlBackup({ input, out: join(dir, 'ops'), spaces: ['ops'] });
    expect(ops).toMatchObject({ spaces: ['OPS'], pages: 2, blogPosts: 0, problems: [] });
    expect(existsSync(join(dir, 'ops', 'Runbook.md'))).toBe(true);
    expect(existsSync(join(dir, 'ops', 'Team Home.md'))).toBe(false);
    const none = await convertXmlBackup({ input, out: join(dir, 'none'), spaces: ['NOPE'] });
    expect(none.problems).toEqual(['--space NOPE: no such space in the export (spaces: TEAM, OPS)']);
  });

  it('leaves a file edited since the last conversion as it is, and says so', async () => {
    const input = await writeExportZip(join(dir, 'TEAM.zip'), teamSpaceExport());
    await convertXmlBackup({ input, out: join(dir, 'out') });
    await writeFile(join(dir, 'out', 'Team Home.md'), 'my notes\n');
    const again = await convertXmlBackup({ input, out: join(dir, 'out') });
    expect(again.problems).toEqual([expect.stringMatching(/^page 1001 "Team Home": Team Home.md was edited since the last conversion/)]);
    expect(await read('Team Home.md')).toBe('my notes\n');
    expect((await convertXmlBackup({ input, out: join(dir, 'out') })).problems).toHaveLength(1);
    expect(await read('Team Home.md')).toBe('my notes\n');
  });
});
