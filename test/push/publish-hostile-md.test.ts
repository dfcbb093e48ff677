import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import type { ConfluenceClient } from '../../src/confluence/client.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

/** A client whose server stops answering (every request dropped) after `writes` writes went through: a run killed midway. */
function dyingAfter(client: ConfluenceClient, sandbox: Sandbox, writes: number): ConfluenceClient {
  let left = writes;
  const writing = new Set(['createPage', 'updatePage', 'trashPage', 'uploadAttachment', 'addLabels', 'removeLabel']);
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || !writing.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (left-- === 0) sandbox.faults.inject({ kind: 'drop', times: 100000 });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

const [cloud] = flavors;

// hostile-md: a new user's folders (title cycles, renames, emptied files, a killed run).
describe('publishing a folder: hostile-md', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);
  const titleOf = (id: string | null | undefined): string | undefined => sandbox().store.page(id ?? '')?.versions.at(-1)?.title;

  it('three files rotate their titles in one run; a re-run writes nothing', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'HMD cycle3 target');
    const dir = await tempFolder('wikiport-hmd-');
    await writeFiles(dir, { 'a.md': '# HMD red\n\nA.\n', 'b.md': '# HMD green\n\nB.\n', 'c.md': '# HMD blue\n\nC links [b](b.md).\n' });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.exitCode).toBe(0);
    const idOf = new Map(first.pages.map((p) => [p.file, p.pageId]));
    await writeFiles(dir, { 'a.md': '# HMD green\n\nA.\n', 'b.md': '# HMD blue\n\nB.\n', 'c.md': '# HMD red\n\nC links [b](b.md).\n' });
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(second.pages.map((p) => p.status)).toEqual(['updated', 'updated', 'updated']);
    expect(second.exitCode).toBe(0);
    expect([titleOf(idOf.get('a.md')), titleOf(idOf.get('b.md')), titleOf(idOf.get('c.md'))]).toEqual(['HMD green', 'HMD blue', 'HMD red']);
    expect(sandbox().store.page(idOf.get('c.md') ?? '')?.versions.at(-1)?.body).toContain('ri:content-title="HMD blue"');
    sandbox().resetStats();
    const third = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(third.pages.map((p) => p.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('a title swap beside a deleted file, and a chain (a takes b\'s title, b a new one) while c is edited', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'HMD chain target');
    const dir = await tempFolder('wikiport-hmd-');
    await writeFiles(dir, { 'a.md': '# HMD one\n\nA.\n', 'b.md': '# HMD two\n\nB.\n', 'c.md': '# HMD three\n\nC.\n', 'd.md': '# HMD four\n\nD.\n' });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.exitCode).toBe(0);
    const idOf = new Map(first.pages.map((p) => [p.file, p.pageId]));
    await rm(join(dir, 'd.md'));
    await writeFiles(dir, { 'a.md': '# HMD two\n\nA.\n', 'b.md': '# HMD one\n\nB.\n' });
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(second.exitCode).toBe(0);
    expect([titleOf(idOf.get('a.md')), titleOf(idOf.get('b.md'))]).toEqual(['HMD two', 'HMD one']);
    await writeFiles(dir, { 'a.md': '# HMD one\n\nA.\n', 'b.md': '# HMD five\n\nB.\n', 'c.md': '# HMD three\n\nC edited.\n' });
    const third = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(third.pages.map((p) => `${p.file} ${p.status}`)).toEqual(['a.md updated', 'b.md updated', 'c.md updated', 'd.md removed']);
    expect(third.exitCode).toBe(0);
    expect([titleOf(idOf.get('a.md')), titleOf(idOf.get('b.md')), titleOf(idOf.get('c.md'))]).toEqual(['HMD one', 'HMD five', 'HMD three']);
    sandbox().resetStats();
    const fourth = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(fourth.pages.filter((p) => p.status !== 'unchanged' && p.status !== 'removed')).toEqual([]);
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('a folder with only an index.md holding a broken link, and nested subfolders', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'HMD nested target');
    const dir = await tempFolder('wikiport-hmd-');
    await writeFiles(dir, {
      'top/index.md': '# HMD top\n\nSee [gone](gone.md).\n',
      'top/mid/deep/leaf.md': '# HMD leaf\n\nLeaf.\n',
      'top/mid/other/twig.md': '# HMD twig\n\nTwig.\n',
    });
    // Run from the folder's parent, as `wikiport push --create NAME`: the broken link is named from there too
    // (was "links to top/gone.md" beside the file "NAME/top/index.md").
    const first = await pushPages({ paths: [basename(dir)], cwd: dirname(dir), client, create: true, parentId: parent });
    expect(first.exitCode).toBe(1);
    const byFile = new Map(first.pages.map((p) => [p.file.slice(basename(dir).length + 1), p]));
    expect(byFile.get('top/index.md')?.message).toMatch(new RegExp(`^${basename(dir)}/top/index\\.md: links to ${basename(dir)}/top/gone\\.md, which is not a file in the published folder \\(fix the link or add the file\\); its page was created empty`));
    expect(byFile.get('top/mid/deep/leaf.md')?.status).toBe('created');
    expect(byFile.get('top/mid/other/twig.md')?.status).toBe('created');
    for (const p of first.pages) if (p.message) expect(p.message).not.toMatch(/\n\s+at /);
    sandbox().resetStats();
    const again = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(again.exitCode).toBe(1);
    expect(writeRequests(sandbox())).toBe(0);
    await writeFiles(dir, { 'top/index.md': '# HMD top\n\nSee [leaf](mid/deep/leaf.md).\n' });
    const fixed = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(fixed.exitCode).toBe(0);
    sandbox().resetStats();
    const quiet = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(quiet.pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('an emptied file that other files link to: links go to its page; a file that was always empty refuses links to it', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'HMD emptied target');
    const dir = await tempFolder('wikiport-hmd-');
    await writeFiles(dir, { 'target.md': '# HMD target\n\nBody.\n', 'linker.md': '# HMD linker\n\nGo to [t](target.md).\n', 'never.md': '', 'links-never.md': '# HMD links never\n\n[n](never.md)\n' });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const byFile = new Map(first.pages.map((p) => [p.file, p]));
    expect(byFile.get('never.md')?.status).toBe('unchanged');
    // Was: created, its link pointing at a page "never" that does not exist (and could have uploaded never.md as an attachment).
    expect(byFile.get('links-never.md')?.status).toBe('failed');
    expect(byFile.get('links-never.md')?.message).toBe('links-never.md: links to never.md, which is empty and has no page yet (write the page in it or fix the link; nothing was sent for this file)');
    expect(first.exitCode).toBe(1);
    await writeFile(join(dir, 'target.md'), '');
    await writeFile(join(dir, 'linker.md'), '# HMD linker\n\nGo to [t](target.md) now.\n');
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(second.pages.find((p) => p.file === 'linker.md')?.status).toBe('updated');
    // Was: ri:content-title="target" (the file name), a link to no page; the emptied file's page keeps its title.
    expect(sandbox().store.page(byFile.get('linker.md')?.pageId ?? '')?.versions.at(-1)?.body).toContain('ri:content-title="HMD target"');
    sandbox().resetStats();
    await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('a run killed after N writes, then run again: every page once, titles right, a third run writes nothing', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'HMD killed target');
    const dir = await tempFolder('wikiport-hmd-');
    const files = { 'index.md': '# HMD root\n\n[x](x.md) [y](sub/y.md)\n', 'x.md': '# HMD x\n\nX.\n', 'sub/index.md': '# HMD sub\n', 'sub/y.md': '# HMD y\n\nY.\n', 'sub/z.md': '# HMD z\n\n[x](../x.md)\n' };
    await writeFiles(dir, files);
    const killed = await pushPages({ paths: ['.'], cwd: dir, client: dyingAfter(client, sandbox(), 3), create: true, parentId: parent });
    expect(killed.exitCode).toBe(1);
    for (const p of killed.pages.filter((q) => q.status === 'failed')) expect(p.message).toMatch(new RegExp(`^${p.file}: .*network error`));
    sandbox().faults.clear();
    const rerun = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(rerun.exitCode).toBe(0);
    const space = sandbox().store.spaceByKey('MIN')?.id ?? '';
    for (const t of ['HMD root', 'HMD x', 'HMD sub', 'HMD y', 'HMD z']) expect(sandbox().store.pageByTitle(space, t)).toBeTruthy();
    const manifest = await readManifest(dir);
    expect(Object.values(manifest?.pages ?? {}).filter((p) => p.publishedFrom).length).toBe(5);
    sandbox().resetStats();
    const quiet = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(quiet.pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('a title swap killed between the temporary title and the final one, then run again', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'HMD killswap target');
    const dir = await tempFolder('wikiport-hmd-');
    await writeFiles(dir, { 'a.md': '# HMD ks alpha\n\nA.\n', 'b.md': '# HMD ks beta\n\nB.\n' });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const idOf = new Map(first.pages.map((p) => [p.file, p.pageId]));
    await writeFiles(dir, { 'a.md': '# HMD ks beta\n\nA.\n', 'b.md': '# HMD ks alpha\n\nB.\n' });
    for (const n of [1, 2]) {
      const killed = await pushPages({ paths: ['.'], cwd: dir, client: dyingAfter(client, sandbox(), n), create: true });
      expect(killed.exitCode).toBe(1);
      sandbox().faults.clear();
    }
    const rerun = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(rerun.exitCode).toBe(0);
    expect([titleOf(idOf.get('a.md')), titleOf(idOf.get('b.md'))]).toEqual(['HMD ks beta', 'HMD ks alpha']);
    sandbox().resetStats();
    await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('a folder and file named in NFD, renamed to NFC between runs, keep their pages', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'HMD nfd target');
    const dir = await tempFolder('wikiport-hmd-');
    const nfd = 'Re\u0301sume\u0301'.normalize('NFD');
    await writeFiles(dir, { [`${nfd}/index.md`]: '# HMD résumé\n', [`${nfd}/${nfd}.md`]: '# HMD résumé file\n\nX.\n', 'index.md': `# HMD nfd root\n\n[r](${'Résumé'.normalize('NFC')}/${'Résumé'.normalize('NFC')}.md)\n` });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.exitCode).toBe(0);
    await rename(join(dir, nfd, `${nfd}.md`), join(dir, nfd, `${'Résumé'.normalize('NFC')}.md`));
    sandbox().resetStats();
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(second.pages.filter((p) => p.status !== 'unchanged').map((p) => p.status)).toEqual([]);
  });

  // Was: a line per top-level file repeating "Page 999999999 not found (404)" (or the server's "HTTP 400: id
  // must be a number"), every page under them "not published: the page of its folder…", exit code 1.
  it('a wrong --parent is one usage error (exit code 2) before anything is sent', async () => {
    const client = clientFor(sandbox(), 'v2');
    const dir = await tempFolder('wikiport-hmd-');
    await writeFiles(dir, { 'a.md': '# HMD parentless a\n', 'sub/index.md': '# HMD parentless sub\n', 'sub/b.md': '# HMD parentless b\n' });
    sandbox().resetStats();
    await expect(pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: '999999999' })).rejects.toMatchObject({
      exitCode: 2,
      message: '--parent 999999999: no such page, or the account may not see it; check the id (nothing was sent)',
    });
    await expect(pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: 'abc' })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^--parent abc: a page id is a number/),
    });
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('a folder page and a file in another folder trade titles, while a third file moves between folders', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'HMD folderswap target');
    const dir = await tempFolder('wikiport-hmd-');
    await writeFiles(dir, { 'guide/index.md': '# HMD fs guide\n\nG.\n', 'notes/n.md': '# HMD fs notes\n\nN.\n', 'guide/m.md': '# HMD fs mover\n\nM.\n' });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.exitCode).toBe(0);
    const idOf = new Map(first.pages.map((p) => [p.file, p.pageId]));
    await writeFiles(dir, { 'guide/index.md': '# HMD fs notes\n\nG.\n', 'notes/n.md': '# HMD fs guide\n\nN.\n' });
    await rename(join(dir, 'guide/m.md'), join(dir, 'notes/m.md'));
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(second.pages.filter((p) => p.status === 'failed').map((p) => p.message)).toEqual([]);
    expect(second.exitCode).toBe(0);
    expect([titleOf(idOf.get('guide/index.md')), titleOf(idOf.get('notes/n.md'))]).toEqual(['HMD fs notes', 'HMD fs guide']);
    const mover = sandbox().store.page(idOf.get('guide/m.md') ?? '');
    expect(mover?.versions.at(-1)?.title).toBe('HMD fs mover');
    // Moved with its title: the same page, now under the page of notes/.
    expect(second.pages.find((p) => p.file === 'notes/m.md')?.pageId).toBe(idOf.get('guide/m.md'));
    expect(mover?.parentId).toBe(idOf.get('notes'));
    sandbox().resetStats();
    const third = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(third.pages.filter((p) => p.status !== 'unchanged').map((p) => `${p.file} ${p.status}`)).toEqual([]);
    expect(writeRequests(sandbox())).toBe(0);
  });
});
