import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConfluenceClient } from '../../src/confluence/client.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { splitBlocks } from '../../src/push/storage-edits/blocks-split.js';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { restorePage } from '../../src/push/restore.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, minutesStorage, removeTempDirs, startFor, writeRequests } from './push-sandbox-helpers.js';

const title = 'LDCG SC 2024-01-25';
const paragraph = 'Recording: shared on the list after the call.';

describe.each(flavors)('push against the sandbox ($name)', (flavor) => {
  let sandbox: Sandbox;
  let client: ConfluenceClient;
  beforeAll(async () => {
    sandbox = await startFor(flavor);
  });
  afterAll(async () => {
    await sandbox.close();
  });
  afterEach(async () => {
    await removeTempDirs();
  });

  /** A fresh page (unique title) exported to a fresh folder; returns its id, folder and Markdown path. */
  async function exported(name: string): Promise<{ id: string; out: string; md: string; json: string }> {
    client = clientFor(sandbox, flavor.api);
    const pageTitle = `${title} ${name}`;
    const id = addMinutesPage(sandbox, pageTitle);
    const out = await exportTo(client, id);
    return { id, out, md: join(out, `${pageTitle}.md`), json: join(out, `${pageTitle}.json`) };
  }

  async function edit(file: string, from: string, to: string): Promise<void> {
    const text = await readFile(file, 'utf8');
    expect(text).toContain(from);
    await writeFile(file, text.replace(from, to));
  }

  it('pushes an edited paragraph and table cell; every other block stays byte for byte; a re-export has the edit', async () => {
    const { id, out, md } = await exported('edit');
    await edit(md, paragraph, 'Recording: shared on the list and in the drive.');
    await edit(md, '| Andy Wafaa, Arm | Ashok Bhat, Arm |', '| Andy Wafaa, Arm | Ashok Bhat, Arm Ltd |');
    const summary = await pushPages({ paths: [md], client, message: 'Fix the recording note', cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(summary.pages).toMatchObject([{ pageId: id, status: 'updated', baseVersion: 1, newVersion: 2 }]);

    const after = bodyOf(sandbox, id);
    expect(after.version).toBe(2);
    // Exactly the two edits; the table keeps its widths and ids, every macro its bytes.
    expect(after.body).toBe(
      minutesStorage
        .replace(`<p>${paragraph}</p>`, '<p>Recording: shared on the list and in the drive.</p>')
        .replace('<td><p>Ashok Bhat, Arm</p></td>', '<td><p>Ashok Bhat, Arm Ltd</p></td>'),
    );
    const kept = splitBlocks(minutesStorage).blocks.filter((b) => !b.raw.includes('Recording:') && !b.raw.includes('Ashok Bhat'));
    const now = new Set(splitBlocks(after.body).blocks.map((b) => b.raw));
    for (const block of kept) expect(now.has(block.raw), block.raw.slice(0, 80)).toBe(true);
    expect(kept.length).toBeGreaterThan(10);

    const manifest = await readManifest(out);
    expect(manifest?.pages[id]?.version).toBe(2);
    const again = await exportTo(client, id);
    const reexported = await readFile(join(again, `${title} edit.md`), 'utf8');
    expect(reexported).toContain('Recording: shared on the list and in the drive.');
    expect(reexported).toContain('Ashok Bhat, Arm Ltd');

    sandbox.resetStats();
    const second = await pushPages({ paths: [out], client, cwd: out });
    expect(second.pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(sandbox.stats.requests).toBe(0);
  });

  it('writes a JSON edit (a guest added, an action item closed, a table cell changed) into the page and nothing else', async () => {
    const { id, out, json } = await exported('json');
    const doc = JSON.parse(await readFile(json, 'utf8')) as {
      meeting: { attendees: Array<Record<string, unknown>>; actionItems: Array<{ text: string; done: boolean }> };
      tables: Array<{ rows: Array<Record<string, unknown>> }>;
    };
    doc.meeting.attendees.push({ name: 'Grant Likely', organization: 'Arm', group: 'Guests', role: 'guest', alternateFor: null, present: null, accountId: null });
    expect(doc.meeting.actionItems[0]).toMatchObject({ text: 'Publish the QEMU realm demo notes', done: false });
    doc.meeting.actionItems[0]!.done = true;
    doc.tables[0]!.rows[2]!.Alternate = 'Kangkang Shen, Huawei';
    await writeFile(json, JSON.stringify(doc, null, 2));
    const summary = await pushPages({ paths: [json], client, cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(summary.pages[0]?.status).toBe('updated');
    expect(bodyOf(sandbox, id).body).toBe(
      minutesStorage
        .replace('<tr><td><p>Randy Linnell</p></td><td><p /></td></tr>', '<tr><td><p>Randy Linnell</p></td><td><p /></td></tr><tr><td><p>Grant Likely, Arm</p></td><td></td></tr>')
        .replace('<td><p>Kangkang Shen, FutureWei</p></td>', '<td><p>Kangkang Shen, Huawei</p></td>')
        .replace('<ac:task-uuid>3f1c</ac:task-uuid><ac:task-status>incomplete</ac:task-status>', '<ac:task-uuid>3f1c</ac:task-uuid><ac:task-status>complete</ac:task-status>'),
    );
    // Round trip: a fresh export reads the guest and the closed item back.
    const fresh = await exportTo(client, id);
    const again = JSON.parse(await readFile(join(fresh, `${title} json.json`), 'utf8')) as typeof doc;
    expect(again.meeting.actionItems.map((a) => a.done)).toEqual([true, false]);
    expect(again.meeting.attendees.map((a) => a.name)).toContain('Grant Likely');
    // The Markdown file now follows the page, so a later Markdown edit does not undo the JSON one.
    const md = await readFile(join(out, `${title} json.md`), 'utf8');
    expect(md).toContain('Grant Likely, Arm');
  });

  it('refuses invalid JSON with the field path, and sends nothing', async () => {
    const { out, json } = await exported('badjson');
    const doc = JSON.parse(await readFile(json, 'utf8')) as { meeting: { attendees: Array<Record<string, unknown>> } };
    doc.meeting.attendees[1]!.present = 'maybe';
    await writeFile(json, JSON.stringify(doc));
    sandbox.resetStats();
    const summary = await pushPages({ paths: [json], client, cwd: out });
    expect(summary.exitCode).toBe(1);
    expect(summary.pages[0]?.message).toMatch(/meeting\.attendees\[1\]\.present: expected boolean/);
    expect(sandbox.stats.requests).toBe(0);
  });

  it('refuses when the wiki changed the same block (exit 3, nothing written); --force writes, backs up and restore brings it back', async () => {
    const { id, out, md } = await exported('conflict');
    const theirs = minutesStorage.replace(paragraph, 'Recording: on the team drive (ask Kevin).');
    sandbox.store.editPage(id, { body: theirs, message: 'wiki edit' });
    await edit(md, paragraph, 'Recording: shared on the list and in the drive.');
    sandbox.resetStats();
    const refused = await pushPages({ paths: [md], client, cwd: out });
    expect(refused.exitCode).toBe(3);
    expect(refused.pages[0]).toMatchObject({ status: 'conflict', baseVersion: 1, remoteVersion: 2 });
    expect(refused.pages[0]?.message).toMatch(/exported at version 1 and is now at version 2/);
    expect(refused.pages[0]?.message).toMatch(/Recording: shared on the list after the call/);
    expect(refused.pages[0]?.message).toMatch(/--force/);
    expect(writeRequests(sandbox)).toBe(0);
    expect(bodyOf(sandbox, id)).toMatchObject({ version: 2, body: theirs });

    const forced = await pushPages({ paths: [md], client, cwd: out, force: true });
    expect(forced.exitCode).toBe(0);
    expect(forced.pages[0]).toMatchObject({ status: 'updated', newVersion: 3 });
    expect(bodyOf(sandbox, id).body).toContain('shared on the list and in the drive');
    const backup = join(out, '.wikiport', 'backups', id, 'v2.xhtml');
    expect(await readFile(backup, 'utf8')).toBe(theirs);

    const restored = await restorePage({ client, exportDir: out, pageId: id, version: 2 });
    expect(restored).toMatchObject({ restoredVersion: 2, replacedVersion: 3, newVersion: 4 });
    expect(bodyOf(sandbox, id)).toMatchObject({ version: 4, body: theirs });
    expect(existsSync(join(out, '.wikiport', 'backups', id, 'v3.xhtml'))).toBe(true);
  });

  it('merges when the wiki changed a different block, says what it merged and rewrites the file', async () => {
    const { id, out, md } = await exported('merge');
    const theirs = minutesStorage.replace('When? 4th Thursday of each month.', 'When? 4th Thursday of each month, 15:00 UTC.');
    sandbox.store.editPage(id, { body: theirs, message: 'wiki edit' });
    await edit(md, paragraph, 'Recording: shared on the list and in the drive.');
    const summary = await pushPages({ paths: [md], client, cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(summary.pages[0]).toMatchObject({ status: 'merged', remoteVersion: 2, newVersion: 3 });
    expect(summary.pages[0]?.merged.join(' ')).toMatch(/kept the wiki's change to "\[info macro\] When\? 4th Thursday/);
    expect(bodyOf(sandbox, id).body).toBe(theirs.replace(paragraph, 'Recording: shared on the list and in the drive.'));
    expect(await readFile(md, 'utf8')).toContain('15:00 UTC');
    const again = await pushPages({ paths: [md], client, cwd: out });
    expect(again.pages[0]?.status).toBe('unchanged');
  });

  it('--dry-run prints the storage diff and sends no write', async () => {
    const { id, out, md } = await exported('dry');
    await edit(md, paragraph, 'Recording: shared on the list and in the drive.');
    sandbox.resetStats();
    const summary = await pushPages({ paths: [md], client, cwd: out, dryRun: true });
    expect(summary.pages[0]?.status).toBe('would-update');
    expect(summary.pages[0]?.diff).toContain(`-<p>${paragraph}</p>`);
    expect(summary.pages[0]?.diff).toContain('+<p>Recording: shared on the list and in the drive.</p>');
    expect(writeRequests(sandbox)).toBe(0);
    expect(bodyOf(sandbox, id).version).toBe(1);
    expect((await readManifest(out))?.pages[id]?.version).toBe(1);
  });

  it('creates a new file as a page under the page of its folder, with its labels; a second push updates it', async () => {
    const { id, out } = await exported('parent');
    const folder = join(out, `${title} parent`);
    await mkdir(folder, { recursive: true });
    const file = join(folder, 'Follow-up.md');
    await writeFile(file, '---\nlabels:\n  - minutes\n  - follow-up\n---\n\n# Follow-up actions\n\nBook the February room.\n');
    const first = await pushPages({ paths: [file], client, cwd: out, create: true });
    expect(first.exitCode).toBe(0);
    expect(first.pages[0]?.status).toBe('created');
    const newId = first.pages[0]!.pageId!;
    const created = sandbox.store.page(newId)!;
    expect(created.parentId).toBe(id);
    expect(sandbox.store.current(created).title).toBe('Follow-up actions');
    expect(created.labels.map((l) => l.name).sort()).toEqual(['follow-up', 'minutes']);

    await writeFile(file, '---\nlabels:\n  - minutes\n---\n\n# Follow-up actions\n\nBook the February room and the March one.\n');
    const second = await pushPages({ paths: [file], client, cwd: out, create: true });
    expect(second.pages[0]).toMatchObject({ status: 'updated', pageId: newId, newVersion: 2 });
    expect(bodyOf(sandbox, newId).body).toContain('and the March one');
    expect(sandbox.store.page(newId)!.labels.map((l) => l.name)).toEqual(['minutes']);
    expect(sandbox.store.children(id).map((p) => p.id)).toEqual([newId]);
  });
});
