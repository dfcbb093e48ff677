import { mkdir, mkdtemp, readFile, readdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/confluence/client.js';
import { exportPages, type ExportOptions } from '../../src/export/export.js';
import { pushPages } from '../../src/push/push.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';

/** Nothing is written outside --out: a link inside the output tree is refused, naming it. */
describe('export writes nothing through symbolic links inside the output folder', () => {
  let sandbox: Sandbox;
  let parentId: string;
  let childId: string;
  const dirs: string[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({ flavor: 'cloud', samplePages: false });
    const space = sandbox.store.spaceByKey('MIN')!;
    const author = sandbox.store.users[0]!.accountId;
    parentId = sandbox.store.createPage({ spaceId: space.id, parentId: space.homepageId, title: 'Parent', authorId: author, body: '<p>parent</p>' }).id;
    childId = sandbox.store.createPage({ spaceId: space.id, parentId, title: 'Child', authorId: author, body: '<p>child</p>' }).id;
  });
  afterAll(async () => {
    await sandbox.close();
  });
  afterEach(async () => {
    while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
  });

  const folder = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'wikiport-links-'));
    dirs.push(dir);
    return dir;
  };
  const client = () => {
    const auth = sandbox.auth as { email: string; token: string };
    return createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token, deployment: 'cloud', api: 'v2' });
  };
  const options = (out: string): ExportOptions => ({ client: client(), page: parentId, descendants: true, out, formats: ['md', 'json'] });

  it('a folder of the output tree that links elsewhere: the page fails naming the link, nothing lands outside', async () => {
    const out = await folder();
    const outside = await folder();
    await symlink(outside, join(out, 'Parent'));
    const summary = await exportPages(options(out));
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0]!.id).toBe(childId);
    expect(summary.failures[0]!.reason).toMatch(new RegExp(`${join(out, 'Parent').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is a symbolic link \\(to ${outside.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\)`));
    expect(await readdir(outside)).toEqual([]);
  });

  it('a folder that becomes a link between runs: refused on the re-run (page changed upstream)', async () => {
    const out = await folder();
    const outside = await folder();
    expect((await exportPages(options(out))).failures).toEqual([]);
    await rename(join(out, 'Parent'), join(outside, 'moved'));
    await symlink(join(outside, 'moved'), join(out, 'Parent'));
    sandbox.store.editPage(childId, { body: '<p>child, edited upstream</p>' });
    const again = await exportPages(options(out));
    expect(again.failures.map((f) => f.reason).join('\n')).toMatch(/Parent is a symbolic link/);
    expect(await readdir(join(outside, 'moved'))).toEqual(['Child.json', 'Child.md']);
    expect(await readFile(join(outside, 'moved', 'Child.md'), 'utf8')).not.toContain('edited upstream');
  });

  it.each(['.wikiport', '.wikiport/storage'])('%s as a link: export refuses before writing, naming it', async (linked) => {
    const out = await folder();
    const outside = await folder();
    await mkdir(join(out, '.wikiport'), { recursive: true });
    if (linked === '.wikiport/storage') await symlink(outside, join(out, '.wikiport', 'storage'));
    else {
      await rm(join(out, '.wikiport'), { recursive: true });
      await symlink(outside, join(out, '.wikiport'));
    }
    await expect(exportPages(options(out))).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining(`${join(out, linked)} is a symbolic link`) });
    expect(await readdir(outside)).toEqual([]);
  });

  it('push refuses an export folder whose .wikiport/storage links elsewhere', async () => {
    const out = await folder();
    const outside = await folder();
    expect((await exportPages(options(out))).failures).toEqual([]);
    await rename(join(out, '.wikiport', 'storage'), join(outside, 'storage'));
    await symlink(join(outside, 'storage'), join(out, '.wikiport', 'storage'));
    await writeFile(join(out, 'Parent.md'), '---\ntitle: Parent\n---\n\nparent, edited\n');
    await expect(pushPages({ paths: [join(out, 'Parent.md')], client: client() })).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/\.wikiport\/storage is a symbolic link/),
    });
  });
});

describe('hand-edited state cannot point writes elsewhere', () => {
  it('a folder where a page file goes: the page fails naming it', async () => {
    const { startSandbox: start } = await import('../../src/sandbox/server.js');
    const sandbox = await start({ flavor: 'cloud', samplePages: false });
    const out = await mkdtemp(join(tmpdir(), 'wikiport-eisdir-'));
    try {
      const auth = sandbox.auth as { email: string; token: string };
      const client = createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token, deployment: 'cloud', api: 'v2' });
      const home = sandbox.store.page(sandbox.store.spaceByKey('MIN')!.homepageId!)!;
      const title = sandbox.store.current(home).title;
      await mkdir(join(out, `${title}.md`));
      const summary = await exportPages({ client, space: 'MIN', out });
      expect(summary.failures.map((f) => f.reason)).toEqual([`${join(out, `${title}.md`)} is a folder where the page's file goes; move it aside`]);
    } finally {
      await sandbox.close();
      await rm(out, { recursive: true, force: true });
    }
  });

  it('a manifest path through ".." or absolute is refused when the manifest is read', async () => {
    const { readManifest, manifestPath: pathOf } = await import('../../src/manifest/manifest.js');
    const dir = await mkdtemp(join(tmpdir(), 'wikiport-manifest-path-'));
    try {
      await mkdir(join(dir, '.wikiport'));
      for (const bad of ['../../outside.xhtml', '/etc/passwd', 'a/../../b', 'C:/x']) {
        const page = { id: '1', title: 'T', spaceKey: null, parentId: null, version: 1, exportedAt: 'x', files: { storage: { path: bad, sha256: 'a'.repeat(64) } } };
        await writeFile(pathOf(dir), JSON.stringify({ kind: 'wikiport-manifest', schemaVersion: 1, pages: { 1: page } }));
        await expect(readManifest(dir)).rejects.toThrow(/pages\.1\.files\.storage\.path: a path inside the export folder/);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a journal or written-files record that is a link is refused, and nothing is appended to its target', async () => {
    const { startSandbox: start } = await import('../../src/sandbox/server.js');
    const sandbox = await start({ flavor: 'cloud', samplePages: false });
    const out = await mkdtemp(join(tmpdir(), 'wikiport-journal-link-'));
    const outside = await mkdtemp(join(tmpdir(), 'wikiport-journal-target-'));
    try {
      const auth = sandbox.auth as { email: string; token: string };
      const client = createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token, deployment: 'cloud', api: 'v2' });
      await writeFile(join(outside, 'bashrc'), 'original\n');
      await mkdir(join(out, '.wikiport'));
      for (const name of ['manifest.journal', 'written.sha256']) {
        await rm(join(out, '.wikiport', 'manifest.journal'), { force: true });
        await rm(join(out, '.wikiport', 'written.sha256'), { force: true });
        await symlink(join(outside, 'bashrc'), join(out, '.wikiport', name));
        await expect(exportPages({ client, space: 'MIN', out })).rejects.toThrow(new RegExp(`${name.replace('.', '\\.')} is a symbolic link`));
        expect(await readFile(join(outside, 'bashrc'), 'utf8')).toBe('original\n');
      }
    } finally {
      await sandbox.close();
      await rm(out, { recursive: true, force: true });
      await rm(outside, { recursive: true, force: true });
    }
  });
});
