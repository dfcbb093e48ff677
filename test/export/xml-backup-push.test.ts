import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertXmlBackup } from '../../src/export/xml-backup/convert-xml-backup.js';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { teamSpaceExport } from '../support/entities-xml.js';
import { writeExportFolder } from '../support/xml-backup-disk.js';
import { clientFor } from '../push/push-sandbox-helpers.js';

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
