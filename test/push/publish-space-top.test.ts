import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfluenceClient } from '../../src/confluence/client.js';
import { exportPages } from '../../src/export/export.js';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { clientFor, flavors, sandboxForEach, startFor, tempFolder, writeRequests } from './push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

// `push --create DIR --space KEY`: Confluence Cloud puts a page created without a parent under the
// space's home page, so "the top of a space" is that page's children there.
describe.each(flavors)('publishing a folder at the top of a space ($name)', (flavor) => {
  const sandbox = sandboxForEach(flavor);

  it('exported back into the folder, then published again: nothing is written', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const dir = await tempFolder('wikiport-space-top-');
    // Hard-wrapped paragraphs, as most docs are written.
    await writeFiles(dir, {
      'index.md': `# Top handbook ${flavor.name}\n\nThis paragraph is wrapped\nat a narrow width, as editors do.\n\nSee [setup](guide/setup.md).\n`,
      'guide/setup.md': `# Top setup ${flavor.name}\n\nRun\nthe installer.\n`,
    });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, spaceKey: 'MIN' });
    expect(first.exitCode).toBe(0);
    const home = first.pages.find((p) => p.file === 'index.md')?.pageId ?? '';
    const exported = await exportPages({ client, page: home, descendants: true, out: dir, formats: ['md'] });
    expect(exported.failures).toEqual([]);
    sandbox().resetStats();
    const again = await pushPages({ paths: ['.'], cwd: dir, client });
    // Was (Cloud): index.md "updated" to version 2: the manifest said no parent, the wiki said the
    // home page, so the export fetched the page again and wrote it in its own spelling.
    expect(again.pages.filter((p) => p.status !== 'unchanged').map((p) => [p.file, p.status])).toEqual([]);
    expect(writeRequests(sandbox())).toBe(0);
  });

  it('a run stopped right after the wiki made the top page takes that page as its own on the next run', async () => {
    const plain = clientFor(sandbox(), flavor.api);
    const dir = await tempFolder('wikiport-space-top-');
    await writeFiles(dir, { 'index.md': `# Top interrupted ${flavor.name}\n\nHome.\n`, 'child.md': `# Top interrupted child ${flavor.name}\n\nText.\n` });
    const dying = Object.create(plain) as ConfluenceClient;
    dying.createPage = async (input) => {
      await plain.createPage(input);
      throw Object.assign(new Error('killed'), { code: 'EKILLED' });
    };
    const first = await pushPages({ paths: ['.'], cwd: dir, client: dying, create: true, spaceKey: 'MIN' });
    expect(first.exitCode).toBe(1);
    const again = await pushPages({ paths: ['.'], cwd: dir, client: plain, create: true, spaceKey: 'MIN' });
    // Was (Cloud): "the space MIN already has a page titled … which this folder did not make".
    expect(again.pages.map((p) => `${p.file} ${p.status}`)).toEqual(['index.md created', 'child.md created']);
    expect(again.exitCode).toBe(0);
    const manifest = await readManifest(dir);
    expect(Object.values(manifest?.pages ?? {}).filter((p) => p.publishedFrom).length).toBe(2);
    sandbox().resetStats();
    const third = await pushPages({ paths: ['.'], cwd: dir, client: plain });
    expect(third.pages.map((p) => p.status)).toEqual(['unchanged', 'unchanged']);
    expect(writeRequests(sandbox())).toBe(0);
  });
});

describe('publishing a folder published before to another site', () => {
  const [cloud] = flavors;
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('is refused before anything is sent: page ids belong to their site', async () => {
    const dir = await tempFolder('wikiport-other-site-');
    await writeFiles(dir, { 'index.md': '# Site handbook\n\nHome.\n', 'guide/setup.md': '# Site setup\n\nRun it.\n' });
    const first = await pushPages({ paths: ['.'], cwd: dir, client: clientFor(sandbox(), 'v2'), create: true, spaceKey: 'MIN' });
    expect(first.exitCode).toBe(0);
    expect((await readManifest(dir))?.baseUrl).toBe(sandbox().baseUrl);
    // The same folder, edited, sent to a second wiki (staging beside production).
    await writeFiles(dir, { 'guide/setup.md': '# Site setup\n\nRun it twice.\n' });
    const other = await startFor(cloud as (typeof flavors)[number]);
    try {
      // Was: every page "unchanged" or updated by id on the other wiki (another page there), and new
      // files created under a parent id of the first wiki.
      await expect(pushPages({ paths: ['.'], cwd: dir, client: clientFor(other, 'v2'), create: true, spaceKey: 'MIN' })).rejects.toThrow(/published to .*but the base URL is/);
      expect(writeRequests(other)).toBe(0);
    } finally {
      await other.close();
    }
  });
});
