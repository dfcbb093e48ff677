import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import type { ConfluenceClient } from '../../src/confluence/client.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

/** Files under `dir` (paths relative to it, `/`-separated). */
async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const [cloud] = flavors;

// Inputs a new user tried against `push --create DIR` (issue 15's hostile pass); Cloud v2 only,
// the other flavors share the publishing code and are covered by publish-folder.test.ts.
describe('publishing a folder: hostile inputs', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('refuses a label the wiki cannot hold before anything is sent, and sends labels as the wiki keeps them', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Hostile labels target');
    const dir = await tempFolder('wikiport-hostile-');
    await writeFiles(dir, {
      'bad.md': '---\ntitle: Hostile bad labels\nlabels: [ok, "two words"]\n---\nText.\n',
      'good.md': '---\ntitle: Hostile good labels\nlabels: [Release, release, beta-2]\n---\nText.\n',
    });
    sandbox().resetStats();
    const dry = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent, dryRun: true });
    const bad = dry.pages.find((p) => p.file === 'bad.md');
    expect(bad?.status).toBe('failed');
    expect(bad?.message).toMatch(/^bad\.md: the label "two words" holds a space.*labels:/);
    expect(writeRequests(sandbox())).toBe(0);

    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.pages.find((p) => p.file === 'bad.md')?.status).toBe('failed');
    // Before: the page was created, then the label refused: the page stayed on the wiki unrecorded.
    expect(sandbox().store.pageByTitle(sandbox().store.spaceByKey('MIN')?.id ?? '', 'Hostile bad labels')).toBeUndefined();
    const good = first.pages.find((p) => p.file === 'good.md');
    expect(good?.status).toBe('created');
    expect(sandbox().store.page(good?.pageId ?? '')?.labels.map((l) => l.name).sort()).toEqual(['beta-2', 'release']);
    const manifest = await readManifest(dir);
    expect(manifest?.pages[good?.pageId ?? '']?.labels.sort()).toEqual(['beta-2', 'release']);

    sandbox().resetStats();
    await writeFile(join(dir, 'bad.md'), '---\ntitle: Hostile bad labels\nlabels: [ok, two-words]\n---\nText.\n');
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(second.pages.map((p) => `${p.file} ${p.status}`).sort()).toEqual(['bad.md created', 'good.md unchanged']);
  });

  it('never uploads a file outside the folder through a symbolic link, and says a linked Markdown file is not published', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Hostile symlink target');
    const outside = await tempFolder('wikiport-outside-');
    await writeFile(join(outside, 'secret.txt'), 'not for the wiki\n');
    await writeFile(join(outside, 'elsewhere.md'), '# Elsewhere\n');
    const dir = await tempFolder('wikiport-hostile-');
    await writeFiles(dir, {
      'leak.md': '# Hostile leak\n\n[notes](files/notes.txt)\n',
      'inside.md': '# Hostile inside link\n\n[data](files/data-link.txt)\n',
      'files/data.txt': 'inside data\n',
    });
    await symlink(join(outside, 'secret.txt'), join(dir, 'files/notes.txt'));
    await symlink(join(dir, 'files/data.txt'), join(dir, 'files/data-link.txt'));
    await symlink(join(outside, 'elsewhere.md'), join(dir, 'linked.md'));
    const summary = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const byFile = new Map(summary.pages.map((p) => [p.file, p]));
    expect(byFile.get('leak.md')?.status).toBe('failed');
    expect(byFile.get('leak.md')?.message).toContain('files/notes.txt');
    expect(byFile.get('inside.md')?.status).toBe('created');
    expect(sandbox().store.page(byFile.get('inside.md')?.pageId ?? '')?.attachments.map((a) => a.title)).toEqual(['data-link.txt']);
    // Before: linked.md was skipped without a word.
    expect(byFile.get('linked.md')?.status).toBe('failed');
    expect(byFile.get('linked.md')?.message).toMatch(/^linked\.md: a symbolic link/);
    expect(summary.exitCode).toBe(1);
  });

  it('takes as its own a page an earlier run created and was stopped before recording', async () => {
    const plain = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Hostile interrupted target');
    const dir = await tempFolder('wikiport-hostile-');
    await writeFiles(dir, { 'index.md': '---\ntitle: Hostile interrupted home\nlabels: [kept]\n---\nHome.\n', 'child.md': '# Hostile interrupted child\n\nText.\n' });
    // The process dies right after the wiki made the first page: the create landed, nothing else ran.
    const dying = Object.create(plain) as ConfluenceClient;
    dying.createPage = async (input) => {
      await plain.createPage(input);
      throw Object.assign(new Error('killed'), { code: 'EKILLED' });
    };
    const first = await pushPages({ paths: ['.'], cwd: dir, client: dying, create: true, parentId: parent });
    expect(first.exitCode).toBe(1);
    // The same command again (nothing was recorded, so --parent is given again).
    const again = await pushPages({ paths: ['.'], cwd: dir, client: plain, create: true, parentId: parent });
    expect(again.pages.map((p) => `${p.file} ${p.status}`)).toEqual(['index.md created', 'child.md created']);
    expect(again.exitCode).toBe(0);
    const home = again.pages[0]?.pageId ?? '';
    expect(sandbox().store.page(home)?.labels.map((l) => l.name)).toEqual(['kept']);
    sandbox().resetStats();
    const third = await pushPages({ paths: ['.'], cwd: dir, client: plain, create: true });
    expect(third.pages.map((p) => p.status)).toEqual(['unchanged', 'unchanged']);
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('says how to retitle a file whose title another page of the space has', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Hostile taken target');
    addMinutesPage(sandbox(), 'Hostile taken title');
    const dir = await tempFolder('wikiport-hostile-');
    await writeFiles(dir, { 'taken.md': '# Hostile taken title\n\nText.\n', 'assets/pics/x.md': 'In a folder.\n' });
    addMinutesPage(sandbox(), 'assets');
    const summary = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const byFile = new Map(summary.pages.map((p) => [p.file, p]));
    expect(byFile.get('taken.md')?.message).toMatch(/^taken\.md: the space MIN already has a page titled "Hostile taken title" \(page \d+\), which this folder did not make; .*give the file another "title:"/);
    expect(byFile.get('assets')?.message).toMatch(/already has a page titled "assets".*give the folder an index\.md with a "title:"/);
  });

  it('reports a file nested too deep on its line and publishes the others', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Hostile deep target');
    const dir = await tempFolder('wikiport-hostile-');
    const deep = Array.from({ length: 600 }, (_, i) => `${'  '.repeat(i)}- l${i}`).join('\n');
    await writeFiles(dir, { 'deep.md': `# Hostile deep\n\n${deep}\n`, 'fine.md': '# Hostile fine\n' });
    const summary = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const byFile = new Map(summary.pages.map((p) => [p.file, p]));
    expect(byFile.get('deep.md')?.message).toMatch(/^deep\.md: line \d+: lists or quotes nested more than 500 levels deep/);
    expect(byFile.get('fine.md')?.status).toBe('created');
    expect(summary.exitCode).toBe(1);
  });

  it("says, on the page's line, what the conversion could not carry to Confluence (raw <mark>, a comment, a link title)", async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Hostile notes target');
    const dir = await tempFolder('wikiport-hostile-');
    await writeFiles(dir, { 'keys.md': '# Hostile keys\n\nPress <mark>Ctrl</mark>+<mark>C</mark>.\n\n<!-- check with Kim -->\n\n[manual](https://docs.example.com "The manual")\n' });
    const dry = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent, dryRun: true });
    expect(dry.pages[0]?.message).toMatch(/^would create "Hostile keys"; nothing was sent; not carried over: raw <mark> .*; an HTML comment .*<!-- check with Kim -->; the title "The manual" of a link/);
    const summary = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(summary.pages[0]?.status).toBe('created');
    expect(summary.pages[0]?.message).toContain('not carried over: raw <mark>');
    const again = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(again.pages[0]?.message).not.toContain('not carried over');
  });

  // hostile-16: two files that trade titles got a bare "HTTP 400: A page with this title already exists" each;
  // then a line each saying how to do it in two runs; now one run does it.
  it('publishes two files that trade titles in one run: each page keeps its id and takes the other title', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Hostile swap target');
    const dir = await tempFolder('wikiport-hostile-');
    await writeFiles(dir, { 'a.md': '# Hostile swap alpha\n\nA.\n', 'b.md': '# Hostile swap beta\n\nB.\n', 'c.md': '# Hostile swap gamma\n\nSee [a](a.md).\n' });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.exitCode).toBe(0);
    const idOf = new Map(first.pages.map((p) => [p.file, p.pageId]));
    await writeFiles(dir, { 'a.md': '# Hostile swap beta\n\nA.\n', 'b.md': '# Hostile swap alpha\n\nB.\n' });
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(second.exitCode).toBe(0);
    expect(second.pages.map((p) => `${p.file} ${p.status}`)).toEqual(['a.md updated', 'b.md updated', 'c.md updated']);
    expect(sandbox().store.page(idOf.get('a.md') ?? '')?.versions.at(-1)?.title).toBe('Hostile swap beta');
    expect(sandbox().store.page(idOf.get('b.md') ?? '')?.versions.at(-1)?.title).toBe('Hostile swap alpha');
    // The page linking to a.md follows its new title.
    expect(sandbox().store.page(idOf.get('c.md') ?? '')?.versions.at(-1)?.body).toContain('ri:content-title="Hostile swap beta"');
    const manifest = await readManifest(dir);
    expect(manifest?.pages[idOf.get('a.md') ?? '']?.title).toBe('Hostile swap beta');
    sandbox().resetStats();
    const third = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(third.pages.map((p) => p.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('says, when a file takes the title a page of the folder still holds and keeps (its file was removed), how to get there', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Hostile taken target');
    const dir = await tempFolder('wikiport-hostile-');
    await writeFiles(dir, { 'a.md': '# Hostile taken alpha\n\nA.\n', 'b.md': '# Hostile taken beta\n\nB.\n' });
    expect((await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent })).exitCode).toBe(0);
    await rm(join(dir, 'b.md'));
    await writeFiles(dir, { 'a.md': '# Hostile taken beta\n\nA.\n' });
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    const a = second.pages.find((p) => p.file === 'a.md');
    expect(a?.message).toMatch(/^a\.md: the title "Hostile taken beta" is still held by page \d+ \(b\.md\), which this folder published; titles are unique in a space: .*temporary "title:"/);
    expect(second.pages.map((p) => p.message).join('\n')).not.toContain('HTTP 400');
  });

  // hostile-16: a file named on macOS (NFD, "Cafe\u0301.md") linked as typed (NFC, "Caf\u00e9.md") was "not a file in the published folder".
  it('finds a linked file or image whose name on disk is spelled in another Unicode normal form', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Hostile unicode target');
    const dir = await tempFolder('wikiport-hostile-');
    await writeFiles(dir, {
      'index.md': '# Hostile unicode top\n\n[cafe](Caf\u00e9.md) and ![pic](Bild-\u00e4.png)\n',
      ['Cafe\u0301.md'.normalize('NFD')]: '# Hostile unicode cafe\n\nText.\n',
    });
    await writeFile(join(dir, 'Bild-\u00e4.png'.normalize('NFD')), 'PNG');
    const summary = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(summary.pages.map((p) => p.status)).toEqual(['created', 'created']);
    const top = sandbox().store.page(summary.pages[0]?.pageId ?? '');
    expect(top?.versions.at(-1)?.body).toContain('ri:content-title="Hostile unicode cafe"');
    expect(top?.attachments.map((a) => a.title)).toHaveLength(1);
  });

  // A folder page refused for a broken link no longer blocks the files below it: test/push/publish-partial.test.ts.

  it.todo('a run that fails on authentication (401) tries every top-level file again and prints the same line for each, instead of stopping at the first');
  it.todo('a symbolic link to a folder of Markdown is reported, but the pages under it are not published (following it could leave the folder)');
});

describe('publishing a folder at the top of a space: later runs', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('creates a file refused on the first run in the same space on a later run without --space', async () => {
    const client = clientFor(sandbox(), 'v2');
    const dir = await tempFolder('wikiport-hostile-');
    await writeFiles(dir, { 'top-ok.md': '# Hostile top ok\n', 'top-late.md': '# Hostile top late\n\n[missing](nowhere.md)\n' });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, spaceKey: 'MIN' });
    expect(first.pages.map((p) => `${p.file} ${p.status}`).sort()).toEqual(['top-late.md failed', 'top-ok.md created']);
    expect(first.pages.find((p) => p.file === 'top-late.md')?.message).toBe('top-late.md: links to nowhere.md, which is not a file in the published folder (fix the link or add the file; nothing was sent for this file)');
    await writeFile(join(dir, 'top-late.md'), '# Hostile top late\n\n[ok](top-ok.md)\n');
    // Before: "the space of parent page  is unknown; pass --space KEY".
    const second = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(second.pages.map((p) => `${p.file} ${p.status}`).sort()).toEqual(['top-late.md created', 'top-ok.md unchanged']);
  });
});
