import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertXmlBackup } from '../../src/export/xml-backup/convert-xml-backup.js';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { teamSpaceExport } from '../support/entities-xml.js';
import { writeExportFolder } from '../support/xml-backup-disk.js';
import { clientFor, writeRequests } from '../push/push-sandbox-helpers.js';

let dir: string;
let sandbox: Sandbox;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-xml-push-'));
  sandbox = await startSandbox({ flavor: 'dc', contextPath: '/confluence' });
});
afterEach(async () => {
  await sandbox.close();
  await rm(dir, { recursive: true, force: true });
});

describe('an XML export converted --for-new-site, pushed to another Confluence with push --create', () => {
  it('becomes the same page tree there: the top page under --parent, the rest under the pages of their folders', async () => {
    const out = join(dir, 'out');
    await convertXmlBackup({ input: await writeExportFolder(join(dir, 'in'), teamSpaceExport()), out, forNewSite: true, formats: ['md'] });
    expect(Object.keys((await readManifest(out))!.pages)).toEqual([]);
    const home = await readFile(join(out, 'Team Home.md'), 'utf8');
    expect(home).toMatch(/^---\ntitle: Team Home\nspace: TEAM\ncreated: /);
    const client = clientFor(sandbox, 'v1');
    const space = sandbox.store.spaceByKey('MIN')!;
    const top = await pushPages({ paths: [join(out, 'Team Home.md')], client, cwd: out, create: true, parentId: space.homepageId!, spaceKey: 'MIN' });
    expect(top.pages[0]?.status).toBe('created');
    const rest = await pushPages({ paths: [join(out, 'Team Home')], client, cwd: out, create: true, spaceKey: 'MIN' });
    expect(rest.pages.map((p) => [p.file.replace(/\\/g, '/').replace(/^.*out\//, ''), p.status]).sort()).toEqual([
      ['Team Home/Meeting minutes.md', 'created'],
      ['Team Home/Meeting minutes/2024-01-10 Steering committee.md', 'created'],
      ['Team Home/Meeting minutes/2024-01-17 Steering committee.md', 'created'],
      ['Team Home/Project notes.md', 'created'],
    ]);
    const homeId = top.pages[0]!.pageId!;
    const children = sandbox.store.children(homeId).map((p) => sandbox.store.current(p).title).sort();
    expect(children).toEqual(['Meeting minutes', 'Project notes']);
  });
});

describe('an XML export converted --for-new-site, published in one go with push DIR --create', () => {
  it('becomes the page tree with its attachments uploaded, then sends nothing, then only a changed file', async () => {
    const out = join(dir, 'out');
    await convertXmlBackup({ input: await writeExportFolder(join(dir, 'in'), teamSpaceExport()), out, forNewSite: true, formats: ['md'] });
    // An attachment that happens to be Markdown is a file of its page, never a page of the tree.
    await writeFile(join(out, 'attachments', '1005', 'notes.md'), '# Not a page\n');
    const client = clientFor(sandbox, 'v1');
    const space = sandbox.store.spaceByKey('MIN')!;
    const first = await pushPages({ paths: [out], client, cwd: dir, create: true, parentId: space.homepageId!, spaceKey: 'MIN' });
    expect(first.exitCode).toBe(0);
    expect(first.pages.map((p) => [p.file.replace(/\\/g, '/').replace(/^out\//, ''), p.status]).sort()).toEqual([
      ['Blog', 'created'],
      ['Blog/Release 1.0 is out.md', 'created'],
      ['Team Home.md', 'created'],
      ['Team Home/Meeting minutes.md', 'created'],
      ['Team Home/Meeting minutes/2024-01-10 Steering committee.md', 'created'],
      ['Team Home/Meeting minutes/2024-01-17 Steering committee.md', 'created'],
      ['Team Home/Project notes.md', 'created'],
    ]);
    const store = sandbox.store;
    const idOf = (file: string) => first.pages.find((p) => p.file.endsWith(file))!.pageId!;
    // Team Home.md is the page of the folder Team Home/ beside it, as convert wrote the tree.
    expect(store.children(idOf('Team Home.md')).map((p) => store.current(p).title).sort()).toEqual(['Meeting minutes', 'Project notes']);
    expect(store.page(idOf('Team Home.md'))?.parentId).toBe(space.homepageId);
    const notes = store.page(idOf('Project notes.md'))!;
    expect(notes.attachments.map((a) => a.title).sort()).toEqual(['diagram.png', 'report.pdf']);
    const body = store.bodyOf(notes);
    expect(body).toContain('<ri:attachment ri:filename="diagram.png" />');
    expect(body).toContain('<ri:attachment ri:filename="report.pdf" />');
    expect(body).toContain('<ri:page ri:content-title="Team Home" />');
    // The current version of each file, as convert wrote it beside the Markdown.
    expect(notes.attachments.find((a) => a.title === 'diagram.png')!.data).toEqual(await readFile(join(dir, 'in', 'attachments', '1005', '4001', '1')));
    expect(notes.attachments.find((a) => a.title === 'report.pdf')!.data.toString()).toBe('%PDF-1.4 v2\n');

    sandbox.resetStats();
    const again = await pushPages({ paths: [out], client, cwd: dir });
    expect(again.pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(writeRequests(sandbox)).toBe(0);

    // The picture's bytes change: one new attachment version, by hash; the page is not written.
    await writeFile(join(out, 'attachments', '1005', 'diagram.png'), Buffer.from('a new picture'));
    sandbox.resetStats();
    const third = await pushPages({ paths: [out], client, cwd: dir });
    expect(third.pages.filter((p) => p.status !== 'unchanged').map((p) => [p.file.replace(/\\/g, '/'), p.status, p.message])).toEqual([
      ['out/Team Home/Project notes.md', 'updated', `page ${notes.id} unchanged; 1 attachment(s) uploaded`],
    ]);
    expect(writeRequests(sandbox)).toBe(1);
    expect(notes.attachments.find((a) => a.title === 'diagram.png')?.version).toBe(2);
  });
});
