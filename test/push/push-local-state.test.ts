import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExportedStorage, readManifest, sha256 } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { readFrontMatter } from '../../src/formats/markdown/front-matter.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, minutesStorage, sandboxForEach } from './push-sandbox-helpers.js';

const paragraph = 'Recording: shared on the list after the call.';

/** Issue 14, item 2: after a push, the file, the manifest and the kept storage all describe the pushed version. */
describe('local state follows every push (sandbox)', () => {
  const flavor = flavors[0]!;
  const sandbox = sandboxForEach(flavor);

  async function exported(name: string) {
    const client = clientFor(sandbox(), flavor.api);
    const pageTitle = `Local state ${name}`;
    const id = addMinutesPage(sandbox(), pageTitle);
    const out = await exportTo(client, id);
    return { client, id, out, md: join(out, `${pageTitle}.md`), json: join(out, `${pageTitle}.json`) };
  }

  async function expectInStep(out: string, id: string, file: string, version: number): Promise<void> {
    const manifest = await readManifest(out);
    const page = manifest!.pages[id]!;
    expect(page.version).toBe(version);
    const text = await readFile(file, 'utf8');
    const kind = file.endsWith('.md') ? 'md' : 'json';
    const declared = kind === 'md' ? readFrontMatter(text).meta.version : (JSON.parse(text) as { version: number }).version;
    expect(declared).toBe(version);
    expect(page.files[kind]?.sha256).toBe(sha256(text));
    expect(await readExportedStorage(out, page)).toBe(bodyOf(sandbox(), id).body);
  }

  it('the same paragraph edited twice in a row pushes twice (no conflict with your own push)', async () => {
    const { client, id, out, md } = await exported('twice');
    const text = await readFile(md, 'utf8');
    await writeFile(md, text.replace(paragraph, 'Recording: on the list.'));
    const first = await pushPages({ paths: [md], client, cwd: out });
    expect(first.pages[0]).toMatchObject({ status: 'updated', newVersion: 2 });
    await expectInStep(out, id, md, 2);
    // Only the version line of the pushed file moved.
    expect((await readFile(md, 'utf8')).replace(/^version: 2$/m, 'version: 1')).toBe(text.replace(paragraph, 'Recording: on the list.'));

    await writeFile(md, (await readFile(md, 'utf8')).replace('Recording: on the list.', 'Recording: on the list and the drive.'));
    const second = await pushPages({ paths: [md], client, cwd: out });
    expect(second.exitCode).toBe(0);
    expect(second.pages[0]).toMatchObject({ status: 'updated', baseVersion: 2, newVersion: 3 });
    expect(bodyOf(sandbox(), id).body).toBe(minutesStorage.replace(paragraph, 'Recording: on the list and the drive.'));
    await expectInStep(out, id, md, 3);
    const third = await pushPages({ paths: [out], client, cwd: out });
    expect(third.pages.every((p) => p.status === 'unchanged')).toBe(true);
  });

  it('a JSON file pushed twice in a row: its version follows too', async () => {
    const { client, id, out, json } = await exported('json');
    const doc = JSON.parse(await readFile(json, 'utf8')) as { version: number; meeting: { actionItems: { done: boolean }[] } };
    expect(doc.meeting.actionItems.length).toBeGreaterThan(0);
    doc.meeting.actionItems[0]!.done = !doc.meeting.actionItems[0]!.done;
    await writeFile(json, `${JSON.stringify(doc, null, 2)}\n`);
    const first = await pushPages({ paths: [json], client, cwd: out });
    expect(first.pages[0]).toMatchObject({ status: 'updated', newVersion: 2 });
    await expectInStep(out, id, json, 2);
    const again = JSON.parse(await readFile(json, 'utf8')) as typeof doc;
    again.meeting.actionItems[0]!.done = !again.meeting.actionItems[0]!.done;
    await writeFile(json, `${JSON.stringify(again, null, 2)}\n`);
    const second = await pushPages({ paths: [json], client, cwd: out });
    expect(second.pages[0]?.message).toMatch(/^wrote version 3/);
    expect(second.pages[0]).toMatchObject({ status: 'updated', baseVersion: 2, newVersion: 3 });
    await expectInStep(out, id, json, 3);
  });

  it('a merge rewrites the pushed file at the merged version, and the next edit pushes cleanly', async () => {
    const { client, id, out, md } = await exported('merge');
    const theirs = minutesStorage.replace('When? 4th Thursday of each month.', 'When? 4th Thursday of each month, 15:00 UTC.');
    sandbox().store.editPage(id, { body: theirs, message: 'wiki edit' });
    await writeFile(md, (await readFile(md, 'utf8')).replace(paragraph, 'Recording: on the list.'));
    const merged = await pushPages({ paths: [md], client, cwd: out });
    expect(merged.pages[0]).toMatchObject({ status: 'merged', newVersion: 3 });
    await expectInStep(out, id, md, 3);
    await writeFile(md, (await readFile(md, 'utf8')).replace('Recording: on the list.', 'Recording: nowhere.'));
    const next = await pushPages({ paths: [md], client, cwd: out });
    expect(next.pages[0]).toMatchObject({ status: 'updated', baseVersion: 3, newVersion: 4 });
    await expectInStep(out, id, md, 4);
  });
});
