import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const [cloud] = flavors;

/** Publishing a folder where some files cannot be published as they are: the rest still goes up. */
describe('publishing a folder: a folder page that is refused, empty files', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);
  const space = (): string => sandbox().store.spaceByKey('MIN')?.id ?? '';

  it('a folder page refused for a broken link on the first run: its page is created empty, the files below are published under it, the fix fills it', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Partial first target');
    const dir = await tempFolder('wikiport-partial-');
    await writeFiles(dir, {
      'guide/index.md': '# Partial guide\n\nStart with [setup](setup-old.md).\n',
      'guide/setup.md': '# Partial setup\n\nInstall it.\n',
      'guide/deep/more.md': '# Partial more\n\nDetails.\n',
    });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.exitCode).toBe(1);
    const byFile = new Map(first.pages.map((p) => [p.file, p]));
    const folder = byFile.get('guide/index.md');
    expect(folder?.status).toBe('failed');
    expect(folder?.message).toMatch(/^guide\/index\.md: links to guide\/setup-old\.md, which is not a file in the published folder \(fix the link or add the file\); its page was created empty \(page \d+\) so that the pages under it are published: fix the link and publish again to fill it$/);
    const folderPage = sandbox().store.pageByTitle(space(), 'Partial guide');
    expect(folderPage?.versions.at(-1)?.body).toBe('');
    expect(byFile.get('guide/setup.md')?.status).toBe('created');
    expect(byFile.get('guide/deep/more.md')?.status).toBe('created');
    expect(sandbox().store.pageByTitle(space(), 'Partial setup')?.parentId).toBe(folderPage?.id);

    await writeFiles(dir, { 'guide/index.md': '# Partial guide\n\nStart with [setup](setup.md).\n' });
    sandbox().resetStats();
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(second.exitCode).toBe(0);
    const fixed = second.pages.find((p) => p.file === 'guide/index.md');
    expect(fixed?.status).toBe('updated');
    expect(fixed?.pageId).toBe(folderPage?.id);
    expect(sandbox().store.page(folderPage?.id ?? '')?.versions.at(-1)?.body).toContain('ri:content-title="Partial setup"');
    // The files below (and the empty page of guide/deep/) stay where they are.
    expect(second.pages.filter((p) => p.file !== 'guide/index.md').map((p) => p.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    sandbox().resetStats();
    const third = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(third.pages.map((p) => p.status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('a folder page refused on a later run keeps its page from the last run, and the edited files below are published under it', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Partial later target');
    const dir = await tempFolder('wikiport-partial-');
    await writeFiles(dir, {
      'ops/index.md': '# Partial ops\n\nSee [runbook](runbook.md).\n',
      'ops/runbook.md': '# Partial runbook\n\nStep one.\n',
    });
    expect((await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent })).exitCode).toBe(0);
    const opsPage = sandbox().store.pageByTitle(space(), 'Partial ops');
    const before = opsPage?.versions.length;

    await writeFiles(dir, {
      'ops/index.md': '# Partial ops\n\nSee [runbook](run-book.md).\n',
      'ops/runbook.md': '# Partial runbook\n\nStep one, then two.\n',
    });
    const again = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(again.exitCode).toBe(1);
    const byFile = new Map(again.pages.map((p) => [p.file, p]));
    expect(byFile.get('ops/index.md')?.status).toBe('failed');
    expect(byFile.get('ops/index.md')?.message).toMatch(/run-book\.md, which is not a file in the published folder.*; page \d+ keeps what the last publish sent, and the pages under it are published under it$/);
    expect(byFile.get('ops/runbook.md')?.status).toBe('updated');
    expect(sandbox().store.page(opsPage?.id ?? '')?.versions.length).toBe(before);
    expect(sandbox().store.pageByTitle(space(), 'Partial runbook')?.parentId).toBe(opsPage?.id);
  });

  it('an empty .md is skipped with a line saying so (no empty page), and a file emptied after publishing leaves its page as it was', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Partial empty target');
    const dir = await tempFolder('wikiport-partial-');
    await writeFiles(dir, { 'blank.md': '', 'spaces.md': ' \n\n', 'kept.md': '# Partial kept\n\nText.\n', 'titled.md': '---\ntitle: Partial titled only\n---\n' });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.exitCode).toBe(0);
    const byFile = new Map(first.pages.map((p) => [p.file, p]));
    for (const file of ['blank.md', 'spaces.md']) {
      expect(byFile.get(file)?.status).toBe('unchanged');
      expect(byFile.get(file)?.pageId).toBeNull();
      expect(byFile.get(file)?.message).toBe(`skipped: ${file} is empty; nothing was published for it (write the page in it, or remove the file)`);
    }
    expect(sandbox().store.pageByTitle(space(), 'blank')).toBeUndefined();
    // A file with a title and no body is a page the author meant: it is published.
    expect(byFile.get('titled.md')?.status).toBe('created');

    await writeFiles(dir, { 'kept.md': '' });
    const kept = sandbox().store.pageByTitle(space(), 'Partial kept');
    const versions = kept?.versions.length;
    const again = await pushPages({ paths: ['.'], cwd: dir, client, create: true, deleteRemoved: true });
    const emptied = again.pages.find((p) => p.file === 'kept.md');
    expect(emptied?.status).toBe('unchanged');
    expect(emptied?.message).toMatch(/^skipped: kept\.md is empty; page \d+ keeps what the last publish sent \(to remove the page, delete the file and publish with --delete-removed\)$/);
    expect(sandbox().store.page(kept?.id ?? '')?.versions.length).toBe(versions);
    expect(sandbox().store.page(kept?.id ?? '')?.status ?? 'current').toBe('current');
    const manifest = await readManifest(dir);
    expect(manifest?.pages[kept?.id ?? '']?.deleted).toBe(false);
  });
});
