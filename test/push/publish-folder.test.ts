import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportPages } from '../../src/export/export.js';
import { readFrontMatter } from '../../src/formats/markdown/front-matter.js';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

/** A valid 2x2 RGB PNG whose pixels depend on `seed`. */
function png(seed: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer): number => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, seed, 0, 0, 0, seed, 0, 0, 0, 0, seed, 255, 255, 255]);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** The smallest well-formed PDF: one empty page, with a correct cross-reference table. */
function pdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>'];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(text));
    text += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(text);
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** The folder the acceptance test publishes: nested folders, an image used twice, a PDF, cross links, labels. */
const files: Record<string, string> = {
  'index.md': [
    '---',
    'title: Handbook',
    'labels: [handbook, docs]',
    '---',
    'Start with [the setup](guide/setup.md), read [the API errors](reference/api.md#errors) and the [reference](reference/index.md).',
    '',
    '![Raster](figure/raster.png)',
    '',
    'The [specification](docs/sample.pdf) is attached.',
    '',
  ].join('\n'),
  'guide/setup.md': [
    '---',
    'title: Setting up',
    'labels: [guide]',
    '---',
    'Back to the [handbook](../index.md). The same picture:',
    '',
    '![Raster again](../figure/raster.png)',
    '',
    '1. Install',
    '2. Run `wikiport`',
    '',
  ].join('\n'),
  'guide/faq.md': ['---', 'title: Guide FAQ', '---', 'See [setting up](setup.md).', ''].join('\n'),
  'reference/index.md': ['---', 'title: Reference', '---', 'The [API](api.md) lives here.', ''].join('\n'),
  'reference/api.md': ['---', 'title: API', '---', '## Errors', '', '| Code | Meaning |', '| --- | --- |', '| 1 | failed |', ''].join('\n'),
  'reference/notes.md': '# Notes on the API\n\nThe title is this heading; it is not repeated in the page.\n',
  'reference/deep/deeper/leaf.md': ['---', 'title: Leaf', '---', 'Far down; up to the [handbook](../../../index.md).', ''].join('\n'),
};

async function writeFolder(dir: string): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await mkdir(join(dir, 'figure'), { recursive: true });
  await writeFile(join(dir, 'figure/raster.png'), png(10));
  await mkdir(join(dir, 'docs'), { recursive: true });
  await writeFile(join(dir, 'docs/sample.pdf'), pdf());
}

async function markdownFiles(dir: string, under = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(dir, under), { withFileTypes: true })) {
    const rel = under === '' ? entry.name : `${under}/${entry.name}`;
    if (entry.name.startsWith('.') || rel === 'attachments') continue;
    if (entry.isDirectory()) found.push(...(await markdownFiles(dir, rel)));
    else if (entry.name.endsWith('.md')) found.push(rel);
  }
  return found.sort();
}

const [cloud] = flavors;

describe.each(flavors)('publishing a folder ($name)', (flavor) => {
  const sandbox = sandboxForEach(flavor);

  it('publishes the tree, re-publishes nothing, then only the edits, and exports back what was published', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const parent = addMinutesPage(sandbox(), `Publish target ${flavor.name}`);
    const dir = await tempFolder('wikiport-publish-');
    await writeFolder(dir);

    sandbox().resetStats();
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.pages.map((p) => p.status)).toEqual(Array(first.pages.length).fill('created'));
    expect(first.exitCode).toBe(0);
    // 10 pages: 7 files and the folders guide/, reference/deep/, reference/deep/deeper/ (no page file of their own).
    const manifest = await readManifest(dir);
    const pages = Object.values(manifest?.pages ?? {});
    const byFrom = new Map(pages.map((p) => [p.publishedFrom, p]));
    expect([...byFrom.keys()].sort()).toEqual(['guide/', 'guide/faq.md', 'guide/setup.md', 'index.md', 'reference/api.md', 'reference/deep/', 'reference/deep/deeper/', 'reference/deep/deeper/leaf.md', 'reference/index.md', 'reference/notes.md']);
    const home = byFrom.get('index.md');
    const store = sandbox().store;
    const homePage = store.page(home?.id ?? '');
    expect(homePage?.parentId).toBe(parent);
    expect(homePage?.labels.map((l) => l.name).sort()).toEqual(['docs', 'handbook']);
    expect(homePage?.attachments.map((a) => a.title).sort()).toEqual(['raster.png', 'sample.pdf']);
    expect(store.page(byFrom.get('guide/setup.md')?.id ?? '')?.attachments.map((a) => a.title)).toEqual(['raster.png']);
    expect(store.page(byFrom.get('guide/faq.md')?.id ?? '')?.parentId).toBe(byFrom.get('guide/')?.id);
    expect(store.page(byFrom.get('reference/api.md')?.id ?? '')?.parentId).toBe(byFrom.get('reference/index.md')?.id);
    expect(store.page(byFrom.get('reference/index.md')?.id ?? '')?.parentId).toBe(home?.id);
    const homeBody = store.bodyOf(homePage!, store.current(homePage!));
    expect(homeBody).toContain('<ac:image ac:alt="Raster"><ri:attachment ri:filename="raster.png" /></ac:image>');
    expect(homeBody).toContain('<ac:link><ri:attachment ri:filename="sample.pdf" />');
    expect(homeBody).toContain('<ac:link ac:anchor="Errors"><ri:page ri:content-title="API" />');
    const notes = store.page(byFrom.get('reference/notes.md')?.id ?? '')!;
    expect(store.current(notes).title).toBe('Notes on the API');
    expect(store.bodyOf(notes, store.current(notes))).toBe('<p>The title is this heading; it is not repeated in the page.</p>');
    const firstWrites = writeRequests(sandbox());
    const firstRequests = sandbox().stats.requests;

    sandbox().resetStats();
    const again = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(again.pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(writeRequests(sandbox())).toBe(0);
    const secondRequests = sandbox().stats.requests;

    // Edits: one page's text, one picture's bytes (used by two pages), one title (links to it follow).
    await writeFile(join(dir, 'guide/faq.md'), files['guide/faq.md']!.replace('See', 'Read'));
    await writeFile(join(dir, 'figure/raster.png'), png(200));
    sandbox().resetStats();
    const third = await pushPages({ paths: ['.'], cwd: dir, client, parentId: parent });
    const changed = third.pages.filter((p) => p.status !== 'unchanged').map((p) => [p.file, p.status]);
    expect(changed.sort()).toEqual([['guide/faq.md', 'updated'], ['guide/setup.md', 'updated'], ['index.md', 'updated']]);
    // One page update, two attachment versions, no page update for attachment-only changes.
    const routes = Object.entries(sandbox().stats.byRoute).filter(([r]) => /^(PUT|POST|DELETE) /.test(r));
    expect(Object.fromEntries(routes)).toEqual({
      [`POST ${sandbox().baseUrl.slice(sandbox().origin.length)}/rest/api/content/{id}/child/attachment/{attachmentId}/data`]: 2,
      [flavor.api === 'v2' ? 'PUT /wiki/api/v2/pages/{id}' : `PUT ${sandbox().baseUrl.slice(sandbox().origin.length)}/rest/api/content/{id}`]: 1,
    });
    expect(store.page(home?.id ?? '')?.attachments.find((a) => a.title === 'raster.png')?.version).toBe(2);

    // Export back into a copy of the folder whose Markdown files are gone: every page is fetched and written.
    const copy = await tempFolder('wikiport-publish-export-');
    await cp(join(dir, '.wikiport'), join(copy, '.wikiport'), { recursive: true });
    const exported = await exportPages({ client, page: home!.id, descendants: true, out: copy, formats: ['md'] });
    expect(exported.failures).toEqual([]);
    for (const file of await markdownFiles(dir)) {
      const published = await readFile(join(dir, file), 'utf8');
      const back = await readFile(join(copy, file), 'utf8');
      expect(readFrontMatter(back).body.trim(), file).toBe(readFrontMatter(published).body.trim());
      if (readFrontMatter(published).meta.title) expect(readFrontMatter(back).meta.title, file).toBe(readFrontMatter(published).meta.title);
    }
    // Folders without a page file come back as their index.md.
    expect(readFrontMatter(await readFile(join(copy, 'guide/index.md'), 'utf8')).meta.title).toBe('guide');
    // One file of a published folder is not pushed the export way (its links are paths, its title may be its heading).
    const single = await pushPages({ paths: ['guide/setup.md'], cwd: dir, client });
    expect(single.exitCode).toBe(1);
    expect(single.pages[0]?.message).toMatch(/published from the folder .*; publish the folder/);
    if (flavor === cloud) console.log(`publish: ${firstRequests} requests (${firstWrites} writes) for 10 pages and 3 attachments; re-publish unchanged: ${secondRequests} requests`);
  });

  it('takes a wiki edit exported into the folder itself, then sends nothing, then only the next edit', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const parent = addMinutesPage(sandbox(), `Same folder ${flavor.name}`);
    const dir = await tempFolder('wikiport-publish-same-');
    await mkdir(join(dir, 'howto'));
    await writeFile(join(dir, 'index.md'), `# Home ${flavor.name}\n\n[a](howto/a.md)\n`);
    await writeFile(join(dir, 'howto/a.md'), `---\ntitle: A ${flavor.name}\nlabels: [x]\n---\nText [home](../index.md)\n`);
    const published = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(published.exitCode).toBe(0);
    const a = (await readManifest(dir))!;
    const pageA = Object.values(a.pages).find((p) => p.publishedFrom === 'howto/a.md')!;
    sandbox().store.editPage(pageA.id, { body: `<p>Edited on the wiki <ac:link><ri:page ri:content-title="Home ${flavor.name}" /><ac:plain-text-link-body><![CDATA[home]]></ac:plain-text-link-body></ac:link></p>`, authorId: sandbox().store.users[0]!.accountId });
    // The export also writes the --parent page (not published from the folder): publishing leaves it alone.
    const exported = await exportPages({ client, page: parent, descendants: true, out: dir, formats: ['md'] });
    expect(exported.failures).toEqual([]);
    expect(readFrontMatter(await readFile(join(dir, 'howto/a.md'), 'utf8')).body.trim()).toBe('Edited on the wiki [home](../index.md)');
    sandbox().resetStats();
    const again = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(again.pages.map((p) => [p.file, p.status])).toEqual([['index.md', 'unchanged'], ['howto/index.md', 'unchanged'], ['howto/a.md', 'unchanged']]);
    expect(sandbox().stats.requests).toBe(0);
    await writeFile(join(dir, 'howto/a.md'), (await readFile(join(dir, 'howto/a.md'), 'utf8')).replace('Edited on the wiki', 'Edited twice'));
    sandbox().resetStats();
    const edited = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(edited.pages.filter((p) => p.status !== 'unchanged').map((p) => [p.file, p.status, p.newVersion])).toEqual([['howto/a.md', 'updated', 3]]);
    expect(writeRequests(sandbox())).toBe(1);
  });

  it('reports bad files one line each, publishes the rest, exits 1', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const parent = addMinutesPage(sandbox(), `Bad input ${flavor.name}`);
    const dir = await tempFolder('wikiport-publish-bad-');
    await writeFile(join(dir, 'good.md'), '---\ntitle: Good page\n---\nFine, see [notes](a/notes.md).\n');
    await writeFile(join(dir, 'latin1.md'), Buffer.from('# Caf\xe9\n\nna\xefve\n', 'latin1'));
    await writeFile(join(dir, 'dangling.md'), '# Dangling\n\nSee [gone](missing/nowhere.md) and ![x](img/none.png).\n');
    await writeFile(join(dir, 'old.markdown'), '# Old\n');
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    await writeFile(join(dir, 'a/notes.md'), '# Notes\n\nA.\n');
    await writeFile(join(dir, 'b/notes.md'), '# Notes\n\nB.\n');
    const summary = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(summary.exitCode).toBe(1);
    const failed = summary.pages.filter((p) => p.status === 'failed');
    expect(failed.map((p) => p.file).sort()).toEqual(['a/notes.md', 'b/notes.md', 'dangling.md', 'latin1.md', 'old.markdown']);
    for (const page of failed) expect(page.message.split('\n')).toHaveLength(1);
    expect(failed.find((p) => p.file.endsWith('latin1.md'))?.message).toMatch(/not UTF-8/);
    // Several missing files are named as several (it said "which is not a file" for any number).
    expect(failed.find((p) => p.file.endsWith('dangling.md'))?.message).toBe('dangling.md: links to missing/nowhere.md, img/none.png, which are not files in the published folder (fix the links or add the files; nothing was sent for this file)');
    expect(failed.find((p) => p.file.endsWith('old.markdown'))?.message).toMatch(/rename it to old\.md/);
    expect(failed.find((p) => p.file.endsWith('a/notes.md'))?.message).toMatch(/"Notes" is also claimed by b\/notes\.md/);
    expect(summary.pages.filter((p) => p.status === 'created').map((p) => p.title).sort()).toEqual(['Good page', 'a', 'b']);
    // A link to a refused file stays a page link (by its title), never an upload of the Markdown file.
    const good = sandbox().store.page(summary.pages.find((p) => p.title === 'Good page')?.pageId ?? '')!;
    expect(good.attachments).toEqual([]);
    expect(sandbox().store.bodyOf(good, sandbox().store.current(good))).toContain('<ri:page ri:content-title="Notes" />');
    await rm(join(dir, 'latin1.md'));
  });
});
