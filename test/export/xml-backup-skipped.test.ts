import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertXmlBackup } from '../../src/export/xml-backup/convert-xml-backup.js';
import { xmlSummaryLine } from '../../src/export/xml-backup/convert-xml-inputs.js';
import { zipSync } from 'fflate';
import { body, comment, siteBackup, teamSpaceExport, users } from '../support/entities-xml.js';
import { writeExportZip } from '../support/xml-backup-disk.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-xml-skipped-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('what a conversion leaves out, counted', () => {
  it('counts the trash only of the spaces picked with --space', async () => {
    const input = await writeExportZip(join(dir, 'site.zip'), siteBackup());
    const ops = await convertXmlBackup({ input, out: join(dir, 'out'), spaces: ['OPS'] });
    expect(ops.skipped.trashed).toBe(0);
    expect(xmlSummaryLine([ops], 'out', 0)).not.toContain('trash');
  });

  it('names the drafts left out in the summary line, as the trash', async () => {
    const input = await writeExportZip(join(dir, 'site.zip'), siteBackup());
    const all = await convertXmlBackup({ input, out: join(dir, 'out') });
    const line = xmlSummaryLine([{ ...all, skipped: { ...all.skipped, drafts: 2 } }], 'out', 0);
    expect(line).toContain('2 drafts left out');
  });
});

describe('a comment whose page is missing', () => {
  it('is named, with the page it points to, in its own line', async () => {
    const files = siteBackup();
    const xml = files.entities.replace('</hibernate-generic>', `${comment({ id: '777', containerId: '424242', creatorKey: users.alice.key, created: '2024-02-01 10:00:00.000' })}${body({ id: '7770', contentId: '777', contentClass: 'Comment', body: '<p>lost</p>' })}</hibernate-generic>`);
    const input = await writeExportZip(join(dir, 'site.zip'), { ...files, entities: xml });
    const result = await convertXmlBackup({ input, out: join(dir, 'out') });
    expect(result.problems).toContain('comment 777: its page 424242 is not in the export; left out');
  });
});

describe('converting again after a page was renamed', () => {
  const renamed = (): ReturnType<typeof siteBackup> => {
    const files = siteBackup();
    return { ...files, entities: files.entities.replace('<![CDATA[Runbook]]>', '<![CDATA[Operations runbook]]>') };
  };

  it('names an edit made to the page under its old name and keeps it', async () => {
    const out = join(dir, 'out');
    await convertXmlBackup({ input: await writeExportZip(join(dir, 'a.zip'), siteBackup()), out });
    await writeFile(join(out, 'OPS/Runbook.md'), 'my notes\n');
    const again = await convertXmlBackup({ input: await writeExportZip(join(dir, 'b.zip'), renamed()), out });
    expect(again.problems.some((p) => p.includes('OPS/Runbook.md was edited since the last conversion'))).toBe(true);
    expect(await readFile(join(out, 'OPS/Runbook.md'), 'utf8')).toBe('my notes\n');
  });

  it('leaves no unedited files of the page under its old name', async () => {
    const out = join(dir, 'out');
    await convertXmlBackup({ input: await writeExportZip(join(dir, 'a.zip'), siteBackup()), out });
    const again = await convertXmlBackup({ input: await writeExportZip(join(dir, 'b.zip'), renamed()), out });
    expect(again.problems).toEqual([]);
    expect(existsSync(join(out, 'OPS/Operations runbook.md'))).toBe(true);
    expect(existsSync(join(out, 'OPS/Runbook.md'))).toBe(false);
    expect(existsSync(join(out, 'OPS/Operations runbook/Restart the queue.md'))).toBe(true);
    expect(existsSync(join(out, 'OPS/Runbook/Restart the queue.md'))).toBe(false);
  });
});

describe('a zip with a root folder, cut off at its end', () => {
  it('still finds entities.xml and the attachments under the folder', async () => {
    const files = teamSpaceExport();
    const entries: Record<string, Uint8Array> = { 'Export-TEAM/entities.xml': new TextEncoder().encode(files.entities) };
    for (const [name, bytes] of Object.entries(files.attachments)) entries[`Export-TEAM/${name}`] = bytes;
    const zip = zipSync(entries, { level: 6 });
    const input = join(dir, 'cut.zip');
    await writeFile(input, zip.subarray(0, zip.length - 30));
    const result = await convertXmlBackup({ input, out: join(dir, 'out') });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ pages: 5, blogPosts: 1, attachments: 2 });
  });
});

describe('converting again after two pages swapped names', () => {
  it('writes both, under their new names, and calls neither edited', async () => {
    const out = join(dir, 'out');
    const files = siteBackup();
    await convertXmlBackup({ input: await writeExportZip(join(dir, 'a.zip'), files), out });
    const swapped = files.entities.replace('<![CDATA[Runbook]]>', '<![CDATA[SWAP]]>').replace('<![CDATA[Restart the queue]]>', '<![CDATA[Runbook]]>').replace('<![CDATA[SWAP]]>', '<![CDATA[Restart the queue]]>');
    const xml = swapped.replace(/(<property name="parent" class="Page" package="com.atlassian.confluence.pages"><id name="id"><!\[CDATA\[9001\]\]><\/id><\/property>)/, '');
    const again = await convertXmlBackup({ input: await writeExportZip(join(dir, 'b.zip'), { ...files, entities: xml }), out });
    expect(again.problems).toEqual([]);
    expect(await readFile(join(out, 'OPS/Runbook.md'), 'utf8')).toContain('id: "9002"');
    expect(await readFile(join(out, 'OPS/Restart the queue.md'), 'utf8')).toContain('id: "9001"');
  });
});

describe('converting again after two pages swapped names, one of them edited', () => {
  it('keeps the edit: the other page does not write over it', async () => {
    const out = join(dir, 'out');
    const files = siteBackup();
    await convertXmlBackup({ input: await writeExportZip(join(dir, 'a.zip'), files), out });
    await writeFile(join(out, 'OPS/Runbook.md'), 'my notes\n');
    const swapped = files.entities.replace('<![CDATA[Runbook]]>', '<![CDATA[SWAP]]>').replace('<![CDATA[Restart the queue]]>', '<![CDATA[Runbook]]>').replace('<![CDATA[SWAP]]>', '<![CDATA[Restart the queue]]>');
    const xml = swapped.replace(/(<property name="parent" class="Page" package="com.atlassian.confluence.pages"><id name="id"><!\[CDATA\[9001\]\]><\/id><\/property>)/, '');
    const again = await convertXmlBackup({ input: await writeExportZip(join(dir, 'b.zip'), { ...files, entities: xml }), out });
    expect(await readFile(join(out, 'OPS/Runbook.md'), 'utf8')).toBe('my notes\n');
    expect(again.problems.filter((p) => p.includes('OPS/Runbook.md was edited since the last conversion')).length).toBeGreaterThan(0);
  });
});
