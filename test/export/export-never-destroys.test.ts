import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createClient } from '../../src/confluence/client.js';
import { exportPages, type ExportOptions } from '../../src/export/export.js';
import { journalPath } from '../../src/manifest/manifest-journal.js';
import { manifestPath, storageRelativePath } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';

class Interrupted extends Error {}

/** Export never destroys a file it did not write in that state (manifest gone, journal damaged). */
describe('export keeps every file it did not write as it is', () => {
  let sandbox: Sandbox;
  const dirs: string[] = [];
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    sandbox = await startSandbox({ flavor: 'cloud', samplePages: false });
  });
  afterAll(async () => {
    await sandbox.close();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
    while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
  });

  /** A parent with three children, titled after `name`. */
  function tree(name: string): string {
    const space = sandbox.store.spaceByKey('MIN')!;
    const author = sandbox.store.users[0]!.accountId;
    const root = sandbox.store.createPage({ spaceId: space.id, parentId: space.homepageId, title: name, authorId: author, body: `<p>${name} root</p>` }).id;
    for (const child of ['A', 'B', 'C']) {
      ids[`${name}/${child}`] = sandbox.store.createPage({ spaceId: space.id, parentId: root, title: `${name} ${child}`, authorId: author, body: `<p>${child} text</p>` }).id;
    }
    return root;
  }
  const folder = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'wikiport-keep-'));
    dirs.push(dir);
    return dir;
  };
  const client = () => {
    const auth = sandbox.auth as { email: string; token: string };
    return createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token, deployment: 'cloud', api: 'v2' });
  };
  const options = (root: string, out: string): ExportOptions => ({ client: client(), page: root, descendants: true, out, formats: ['md'] });
  const edit = async (file: string): Promise<string> => {
    const text = (await readFile(file, 'utf8')).replace(' text', ' text, edited locally');
    await writeFile(file, text);
    return text;
  };

  it('manifest deleted: the edited file is kept and reported (adopted as an edit: push sends it); unedited files are refreshed', async () => {
    const root = tree('Deleted');
    const out = await folder();
    await exportPages(options(root, out));
    const a = join(out, 'Deleted', 'Deleted A.md');
    const edited = await edit(a);
    const bFile = join(out, 'Deleted', 'Deleted B.md');
    sandbox.store.editPage(ids['Deleted/B']!, { body: '<p>B text, changed upstream</p>' });
    await rm(manifestPath(out));

    const again = await exportPages(options(root, out));
    expect(await readFile(a, 'utf8')).toBe(edited);
    expect(await readFile(bFile, 'utf8')).toContain('changed upstream');
    // Issue 14 follow-up: the adopted page is written once and reported apart, not also failed.
    expect(again.failures).toEqual([]);
    expect(again.adopted).toEqual([{ id: ids['Deleted/A'], title: 'Deleted A', path: join('Deleted', 'Deleted A.md'), version: 1 }]);
    expect(again.pages).toMatchObject({ written: 4, failed: 0 });

    const pushed = await pushPages({ paths: [a], client: client() });
    expect(pushed.pages[0]).toMatchObject({ status: 'updated', newVersion: 2 });
  });

  it('manifest deleted (CLI): the adopted page counts as written, not failed; its kept file is named; exit 1', async () => {
    const root = tree('Counted');
    const out = await folder();
    await exportPages(options(root, out));
    const edited = await edit(join(out, 'Counted', 'Counted A.md'));
    await rm(manifestPath(out));

    let stderr = '';
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (stderr += `${args.join(' ')}\n`));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const auth = sandbox.auth as { email: string; token: string };
    const code = await main(['export', '--page', root, '--descendants', '--out', out, '--base-url', sandbox.baseUrl, '--email', auth.email, '--token', auth.token, '--api', 'v2']);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(await readFile(join(out, 'Counted', 'Counted A.md'), 'utf8')).toBe(edited);
    expect(stderr).toMatch(/wikiport: kept Counted\/Counted A\.md \(page \d+\): .*recorded as your edit of it: push it to send it/);
    expect(stderr).not.toMatch(/failed: kept/);
    expect(stderr).toMatch(/wikiport: 4 written \(1 with your edited file kept\), 0 unchanged, 0 failed/);
  });

  it('manifest deleted and the page changed upstream: the edited file is kept, reported, exit 1 (CLI)', async () => {
    const root = tree('Moved on');
    const out = await folder();
    await exportPages(options(root, out));
    const a = join(out, 'Moved on', 'Moved on A.md');
    const edited = await edit(a);
    sandbox.store.editPage(ids['Moved on/A']!, { body: '<p>A text, changed upstream</p>' });
    await rm(manifestPath(out));

    let stderr = '';
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (stderr += `${args.join(' ')}\n`));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const auth = sandbox.auth as { email: string; token: string };
    const code = await main(['export', '--page', root, '--descendants', '--out', out, '--base-url', sandbox.baseUrl, '--email', auth.email, '--token', auth.token, '--api', 'v2']);
    vi.restoreAllMocks();
    expect(code).toBe(1);
    expect(await readFile(a, 'utf8')).toBe(edited);
    expect(stderr).toMatch(/kept Moved on\/Moved on A\.md: the export manifest has no record of it .*made from version 1, the page is at version 2/);
  });

  it('a garbled journal line: reported; that page\'s edited file is kept', async () => {
    const root = tree('Garbled');
    const out = await folder();
    let written = 0;
    await expect(
      exportPages({
        ...options(root, out),
        concurrency: 1,
        onProgress: (event) => {
          if (event.kind === 'page' && event.outcome === 'written' && ++written === 3) throw new Interrupted('stopped');
        },
      }),
    ).rejects.toBeInstanceOf(Interrupted);
    const lines = (await readFile(journalPath(out), 'utf8')).split('\n');
    const aLine = lines.findIndex((l) => l.includes(`"id":"${ids['Garbled/A']}"`));
    expect(aLine).toBeGreaterThanOrEqual(0);
    lines[aLine] = `${lines[aLine]!.slice(0, 40)}#garbage`;
    await writeFile(journalPath(out), lines.join('\n'));
    const a = join(out, 'Garbled', 'Garbled A.md');
    sandbox.store.editPage(ids['Garbled/A']!, { body: '<p>A text, changed upstream</p>' });
    const edited = await edit(a);

    const again = await exportPages(options(root, out));
    expect(await readFile(a, 'utf8')).toBe(edited);
    expect(again.notices.join('\n')).toMatch(new RegExp(`manifest\\.journal: line ${aLine + 1} did not read`));
    expect(again.failures.map((f) => f.id)).toEqual([ids['Garbled/A']]);
  });

  it('a damaged manifest: the error offers --rebuild-manifest, which sets it aside and keeps the edited file', async () => {
    const root = tree('Damaged');
    const out = await folder();
    await exportPages(options(root, out));
    const a = join(out, 'Damaged', 'Damaged A.md');
    sandbox.store.editPage(ids['Damaged/A']!, { body: '<p>A text, changed upstream</p>' });
    const edited = await edit(a);
    await writeFile(manifestPath(out), '{"kind": "wikiport-manifest", "schemaVe');
    await expect(exportPages(options(root, out))).rejects.toThrow(/--rebuild-manifest/);
    const rebuilt = await exportPages({ ...options(root, out), rebuildManifest: true });
    expect(await readFile(a, 'utf8')).toBe(edited);
    expect(rebuilt.notices.join('\n')).toMatch(/damaged manifest was moved to .*manifest\.json\.damaged-/);
    expect(rebuilt.failures.map((f) => f.id)).toEqual([ids['Damaged/A']]);
    expect((await readdir(join(out, '.wikiport'))).some((n) => n.startsWith('manifest.json.damaged-'))).toBe(true);
  });

  it('missing kept storage: push says export again; export restores it and keeps the edit; push then sends it', async () => {
    const root = tree('Storage');
    const out = await folder();
    await exportPages(options(root, out));
    const a = join(out, 'Storage', 'Storage A.md');
    const edited = await edit(a);
    const storage = join(out, storageRelativePath(ids['Storage/A']!));
    await rm(storage);

    const refused = await pushPages({ paths: [a], client: client() });
    expect(refused.pages[0]!.status).toBe('failed');
    expect(refused.pages[0]!.message).toMatch(/is missing.*run the same export again/);

    const again = await exportPages(options(root, out));
    expect(again.failures).toEqual([]);
    expect(existsSync(storage)).toBe(true);
    expect(await readFile(a, 'utf8')).toBe(edited);

    const pushed = await pushPages({ paths: [a], client: client() });
    expect(pushed.pages[0]).toMatchObject({ status: 'updated', newVersion: 2 });
  });

  it('altered kept storage: push refuses, naming the command that mends it, which then works', async () => {
    const root = tree('Altered');
    const out = await folder();
    await exportPages(options(root, out));
    const a = join(out, 'Altered', 'Altered A.md');
    await edit(a);
    const storage = join(out, storageRelativePath(ids['Altered/A']!));
    await writeFile(storage, '<p>A text</p><p>sneaked in</p>');

    const refused = await pushPages({ paths: [a], client: client() });
    expect(refused.pages[0]!.status).toBe('failed');
    expect(refused.pages[0]!.message).toMatch(/does not match the SHA-256 recorded at export.*run the same export again/);
    expect(sandbox.store.current(sandbox.store.page(ids['Altered/A']!)!).number).toBe(1);

    expect((await exportPages(options(root, out))).failures).toEqual([]);
    const pushed = await pushPages({ paths: [a], client: client() });
    expect(pushed.pages[0]).toMatchObject({ status: 'updated', newVersion: 2 });
    expect(sandbox.store.bodyOf(sandbox.store.page(ids['Altered/A']!)!, sandbox.store.current(sandbox.store.page(ids['Altered/A']!)!))).not.toContain('sneaked');
  });

  it('an attachment edited locally is kept when the wiki has a new version of it: reported, exit 1, downloaded once moved aside', async () => {
    const root = tree('Annotated');
    const pageId = ids['Annotated/A']!;
    const author = sandbox.store.users[0]!.accountId;
    const attachment = sandbox.store.addAttachment(pageId, { title: 'diagram.png', mediaType: 'image/png', comment: '', authorId: author, createdAt: '2024-01-01T00:00:00.000Z', data: Buffer.from('version one') });
    const out = await folder();
    const withAttachments = (): ExportOptions => ({ ...options(root, out), attachments: true });
    await exportPages(withAttachments());
    const file = join(out, 'attachments', pageId, 'diagram.png');
    expect(await readFile(file, 'utf8')).toBe('version one');
    await writeFile(file, 'version one, ANNOTATED by me');
    sandbox.store.updateAttachment(pageId, attachment.id, { data: Buffer.from('version two'), mediaType: 'image/png', comment: '', authorId: author, createdAt: '2024-02-01T00:00:00.000Z' });
    sandbox.store.editPage(pageId, { body: '<p>A text, changed upstream</p>' });

    const again = await exportPages(withAttachments());
    expect(await readFile(file, 'utf8')).toBe('version one, ANNOTATED by me');
    expect(again.failures.map((f) => f.reason).join('\n')).toMatch(/attachment diagram\.png: kept attachments\/\d+\/diagram\.png: it is not what wikiport downloaded there .*move it aside/);
    expect(await readdir(join(out, 'attachments', pageId))).toEqual(['diagram.png']);

    await rm(file);
    const mended = await exportPages(withAttachments());
    expect(mended.failures).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe('version two');
  });
});
