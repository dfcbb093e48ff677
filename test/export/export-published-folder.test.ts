import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPages } from '../../src/export/export.js';
import { readFrontMatter } from '../../src/formats/markdown/front-matter.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder } from '../push/push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const [cloud] = flavors;

// A docs site's folder (Docusaurus, MkDocs) published, edited on the wiki, exported back into itself.
describe('export into a folder published from Markdown', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it("keeps the file's own front matter keys and backs up the file it replaces", async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Docs site target');
    const dir = await tempFolder('wikiport-export-published-');
    const intro = '---\nsidebar_position: 3\nslug: /intro\ndescription: "Start here"\nhide: [toc]\n---\n\n# Docs site intro\n\nRead this first.\n\n<!-- TODO: add the diagram -->\n';
    await writeFiles(dir, { 'intro.md': intro });
    const published = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(published.exitCode).toBe(0);
    const id = published.pages[0]?.pageId ?? '';
    sandbox().store.editPage(id, { body: '<p>Read this first, edited on the wiki.</p>', authorId: sandbox().store.users[0]!.accountId });
    const exported = await exportPages({ client, page: parent, descendants: true, out: dir, formats: ['md'] });
    expect(exported.failures).toEqual([]);
    const back = await readFile(join(dir, 'intro.md'), 'utf8');
    const front = readFrontMatter(back);
    expect(front.body.trim()).toBe('# Docs site intro\n\nRead this first, edited on the wiki.');
    // Was: sidebar_position, slug, description and hide dropped (the site's navigation with them).
    expect(front.meta.properties).toEqual({ sidebar_position: 3, slug: '/intro', description: 'Start here', hide: ['toc'] });
    expect(front.meta.version).toBe(2);
    // Was: the file as written (its HTML comment, which Confluence cannot hold) gone without a copy.
    const backups = await readdir(join(dir, '.wikiport', 'backups', id));
    const copies = await Promise.all(backups.filter((b) => b.endsWith('.md')).map((b) => readFile(join(dir, '.wikiport', 'backups', id, b), 'utf8')));
    expect(copies).toEqual([intro]);
    // The next publish sends nothing; the one after an edit keeps the keys.
    const again = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(again.pages.map((p) => p.status)).toEqual(['unchanged']);
  });
});
