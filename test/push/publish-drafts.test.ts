import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { formatPushSummary } from '../../src/push/push-report.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder } from './push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const [cloud] = flavors;

// Hugo, Jekyll, MkDocs plugins and Docusaurus leave a page with `draft: true` out of the site; a
// hostile tester found publishing sent it like any other page.
describe('publishing a folder with drafts', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);
  const titled = (title: string) => sandbox().store.pageByTitle(sandbox().store.spaceByKey('MIN')?.id ?? '', title);

  it('skips a draft on its line, refuses a link to it like a link to a missing file, and publishes the rest', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Drafts parent');
    const dir = await tempFolder('wikiport-drafts-');
    await writeFiles(dir, {
      'Pond.md': '# Pond survey\n\nFrogs counted.\n',
      'Heron.md': '---\ndraft: true\n---\n# Heron sightings\n\nNot yet.\n',
      'Lilies.md': '# Lily pads\n\nSee [the herons](Heron.md).\n',
    });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const line = (file: string) => first.pages.find((p) => p.file === file);
    expect(line('Pond.md')?.status).toBe('created');
    // Was: "created page … "Heron sightings"".
    expect(line('Heron.md')?.status).toBe('unchanged');
    expect(line('Heron.md')?.message).toMatch(/^skipped: Heron\.md is a draft \(draft: true in its front matter\); nothing was published for it/);
    expect(titled('Heron sightings')).toBeUndefined();
    expect(line('Lilies.md')?.status).toBe('failed');
    expect(line('Lilies.md')?.message).toMatch(/^Lilies\.md: links to Heron\.md, a draft, which has no page yet \(publish the draft \(remove "draft: true"\) or fix the link/);
    expect(first.exitCode).toBe(1);

    // Published once the draft mark is gone; marked a draft again later, its page stays as it was.
    await writeFile(join(dir, 'Heron.md'), '# Heron sightings\n\nTwo herons.\n');
    const second = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(second.pages.map((p) => `${p.file} ${p.status}`).sort()).toEqual(['Heron.md created', 'Lilies.md created', 'Pond.md unchanged']);
    await writeFile(join(dir, 'Heron.md'), '---\ndraft: true\n---\n# Heron sightings\n\nRewriting.\n');
    const third = await pushPages({ paths: ['.'], cwd: dir, client });
    const heron = third.pages.find((p) => p.file === 'Heron.md');
    expect(heron?.message).toMatch(/is a draft .*; page \d+ keeps what the last publish sent/);
    expect(third.pages.some((p) => p.status === 'removed')).toBe(false);
    // Listed in the human summary too (the lines of unchanged pages with a page are only counted).
    expect(formatPushSummary(third, { diffs: false })).toMatch(/^Heron\.md: unchanged: skipped: Heron\.md is a draft/m);
    expect(third.exitCode).toBe(0);
  });
});
