import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPages } from '../../src/export/export.js';
import { readManifest, type ManifestPage } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

/**
 * A file removed from a published folder: its page is reported on the next publish and, with
 * --delete-removed, moved to the trash (attachments with it) — only pages wikiport made from the
 * folder, never one edited on the wiki since, nor one that still has pages below it.
 */
/** Titles are unique in a space: `tag` keeps each test's pages apart in the one sandbox. */
async function publishedTree(dir: string, tag: string): Promise<void> {
  await mkdir(join(dir, 'guide'), { recursive: true });
  await mkdir(join(dir, 'old'), { recursive: true });
  await writeFile(join(dir, 'index.md'), `# Handbook ${tag}\n\nSee [a](guide/a.md).\n`);
  await writeFile(join(dir, 'guide/index.md'), `# Guide ${tag}\n`);
  await writeFile(join(dir, 'guide/a.md'), `# Guide A ${tag}\n\nA.\n`);
  await writeFile(join(dir, 'guide/b.md'), `# Guide B ${tag}\n\n![Shot](shot.png)\n`);
  await writeFile(join(dir, 'guide/shot.png'), Buffer.from('not really a png'));
  await writeFile(join(dir, 'old/index.md'), `# Old ${tag}\n`);
  await writeFile(join(dir, 'old/x.md'), `# Old X ${tag}\n\nX.\n`);
}

function pageOf(pages: Record<string, ManifestPage>, from: string): ManifestPage {
  const page = Object.values(pages).find((p) => p.publishedFrom === from);
  if (!page) throw new Error(`no page published from ${from}`);
  return page;
}

describe.each(flavors)('files removed from a published folder ($name)', (flavor) => {
  const sandbox = sandboxForEach(flavor);

  it('are reported, listed by --dry-run, moved to the trash with --delete-removed, then forgotten', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const parent = addMinutesPage(sandbox(), `Removed files ${flavor.name}`);
    const dir = await tempFolder('wikiport-publish-removed-');
    await publishedTree(dir, `removed ${flavor.name}`);
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.exitCode).toBe(0);
    const pages = (await readManifest(dir))!.pages;
    const b = pageOf(pages, 'guide/b.md');
    const x = pageOf(pages, 'old/x.md');
    const oldFolder = pageOf(pages, 'old/index.md');
    const store = sandbox().store;
    expect(store.page(b.id)?.attachments.map((a) => a.title)).toEqual(['shot.png']);

    await rm(join(dir, 'guide/b.md'));
    await rm(join(dir, 'old'), { recursive: true });
    sandbox().resetStats();
    const reported = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(reported.exitCode).toBe(0);
    expect(reported.pages.filter((p) => p.status !== 'unchanged').map((p) => [p.file, p.status, p.pageId])).toEqual([
      ['guide/b.md', 'removed', b.id],
      ['old/x.md', 'removed', x.id],
      ['old/index.md', 'removed', oldFolder.id],
    ]);
    expect(reported.pages.find((p) => p.status === 'removed')?.message).toMatch(/stays on the wiki \(publish with --delete-removed to move it to the trash\)/);
    expect(sandbox().stats.requests).toBe(0);

    const dry = await pushPages({ paths: ['.'], cwd: dir, client, deleteRemoved: true, dryRun: true });
    expect(dry.pages.filter((p) => p.status === 'would-delete').map((p) => p.pageId)).toEqual([b.id, x.id, oldFolder.id]);
    expect(writeRequests(sandbox())).toBe(0);

    const deleted = await pushPages({ paths: ['.'], cwd: dir, client, deleteRemoved: true });
    expect(deleted.exitCode).toBe(0);
    expect(deleted.pages.filter((p) => p.status === 'deleted').map((p) => p.pageId)).toEqual([b.id, x.id, oldFolder.id]);
    expect(deleted.pages.find((p) => p.pageId === b.id)?.message).toMatch(/moved page \d+ "Guide B removed [^"]+" and its attachments to the trash of space MIN/);
    for (const id of [b.id, x.id, oldFolder.id]) expect(store.page(id)?.status).toBe('trashed');
    // In the trash with its attachment, so it can be restored whole.
    expect(store.page(b.id)?.attachments.map((a) => a.title)).toEqual(['shot.png']);
    for (const from of ['index.md', 'guide/index.md', 'guide/a.md']) expect(store.page(pageOf(pages, from).id)?.status).toBe('current');
    const after = (await readManifest(dir))!.pages;
    expect([b.id, x.id, oldFolder.id].map((id) => after[id]?.deleted)).toEqual([true, true, true]);

    sandbox().resetStats();
    const quiet = await pushPages({ paths: ['.'], cwd: dir, client, deleteRemoved: true });
    expect(quiet.pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(sandbox().stats.requests).toBe(0);
  });

  it('never touches a page it did not make, one edited on the wiki since, or one with pages below it', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const parent = addMinutesPage(sandbox(), `Removed guarded ${flavor.name}`);
    const dir = await tempFolder('wikiport-publish-guarded-');
    await publishedTree(dir, `guarded ${flavor.name}`);
    expect((await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent })).exitCode).toBe(0);
    const pages = (await readManifest(dir))!.pages;
    const a = pageOf(pages, 'guide/a.md');
    const b = pageOf(pages, 'guide/b.md');
    const x = pageOf(pages, 'old/x.md');
    const store = sandbox().store;
    const author = store.users[0]!.accountId;
    // Export into the folder writes the --parent page's file too; removing it removes nothing.
    const exported = await exportPages({ client, page: parent, descendants: true, out: dir, formats: ['md'] });
    expect(exported.failures).toEqual([]);
    const parentFile = Object.values((await readManifest(dir))!.pages).find((p) => p.id === parent)!.files.md!.path;
    await rm(join(dir, parentFile));
    // Someone edits b on the wiki; someone adds a page under old/x.
    store.editPage(b.id, { body: '<p>Edited on the wiki.</p>', authorId: author });
    const space = store.spaceByKey('MIN')!;
    const foreign = store.createPage({ spaceId: space.id, title: `Child of X ${flavor.name}`, body: '<p>Mine.</p>', parentId: x.id, authorId: author });
    await rm(join(dir, 'guide/a.md'));
    await rm(join(dir, 'guide/b.md'));
    await rm(join(dir, 'old'), { recursive: true });

    const run = await pushPages({ paths: ['.'], cwd: dir, client, deleteRemoved: true });
    expect(run.exitCode).toBe(3);
    const byId = new Map(run.pages.map((p) => [p.pageId, p]));
    expect(byId.get(a.id)?.status).toBe('deleted');
    expect(byId.get(b.id)?.status).toBe('conflict');
    expect(byId.get(b.id)?.message).toMatch(/changed on the wiki since the last publish \(version 2, published 1\); not moved to the trash/);
    expect(byId.get(x.id)?.status).toBe('conflict');
    expect(byId.get(x.id)?.message).toContain(`still has pages below it on the wiki ("Child of X ${flavor.name}", page ${foreign.id})`);
    // old/ has x below it, which stays: old/ stays too.
    expect(byId.get(pageOf(pages, 'old/index.md').id)?.status).toBe('conflict');
    expect(byId.has(parent)).toBe(false);
    expect(store.page(parent)?.status).toBe('current');
    expect([b.id, x.id, foreign.id].map((id) => store.page(id)?.status)).toEqual(['current', 'current', 'current']);

    // --force takes the edited page to the trash (a backup of sorts: the trash keeps it).
    const forced = await pushPages({ paths: ['.'], cwd: dir, client, deleteRemoved: true, force: true });
    expect(forced.pages.find((p) => p.pageId === b.id)?.status).toBe('deleted');
    expect(store.page(b.id)?.status).toBe('trashed');
    expect(store.page(x.id)?.status).toBe('current');
  });

  it('a file moved or renamed with its title keeps its page (updated in place, not trashed and made again)', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const parent = addMinutesPage(sandbox(), `Renamed files ${flavor.name}`);
    const dir = await tempFolder('wikiport-publish-renamed-');
    await publishedTree(dir, `renamed ${flavor.name}`);
    expect((await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent })).exitCode).toBe(0);
    const pages = (await readManifest(dir))!.pages;
    const b = pageOf(pages, 'guide/b.md');
    const home = pageOf(pages, 'index.md');
    await rename(join(dir, 'guide/b.md'), join(dir, 'guide/b-renamed.md'));
    await rename(join(dir, 'guide/shot.png'), join(dir, 'shot.png'));
    await writeFile(join(dir, 'guide/b-renamed.md'), (await readFile(join(dir, 'guide/b-renamed.md'), 'utf8')).replace('](shot.png)', '](../shot.png)'));
    const x = pageOf(pages, 'old/x.md');
    await rename(join(dir, 'old/x.md'), join(dir, 'x.md'));
    const run = await pushPages({ paths: ['.'], cwd: dir, client, deleteRemoved: true });
    expect(run.exitCode).toBe(0);
    expect(run.pages.filter((p) => p.status !== 'unchanged').map((p) => [p.file, p.status, p.pageId])).toEqual([['x.md', 'updated', x.id]]);
    const store = sandbox().store;
    expect(store.page(x.id)?.parentId).toBe(home.id);
    expect(store.page(b.id)?.status).toBe('current');
    const after = (await readManifest(dir))!.pages;
    expect(after[b.id]?.publishedFrom).toBe('guide/b-renamed.md');
    expect(after[b.id]?.files.md?.path).toBe('guide/b-renamed.md');
    expect(after[x.id]?.publishedFrom).toBe('x.md');
    const again = await pushPages({ paths: ['.'], cwd: dir, client, deleteRemoved: true });
    expect(again.pages.every((p) => p.status === 'unchanged')).toBe(true);
  });
});

describe('--delete-removed outside a published folder', () => {
  it('is refused: an export folder has no removed files to trash', async () => {
    const dir = await tempFolder('wikiport-not-published-');
    await writeFile(join(dir, 'a.md'), '# A\n');
    await expect(pushPages({ paths: [join(dir, 'a.md')], cwd: dir, client: {} as never, deleteRemoved: true })).rejects.toThrow(/--delete-removed is for publishing a folder/);
  });
});
