import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPublishTree } from '../../src/push/publish-tree.js';

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

async function folder(files: Record<string, string>): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-publish-titles-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

// Titles a new user's files gave (issue 15's hostile pass).
describe('page titles of a published folder', () => {
  it('reads a heading ending in # as CommonMark does: "# C#" is the title "C#", "# Notes ##" is "Notes"', async () => {
    const root = await folder({ 'csharp.md': '# C#\n\nThe language.\n', 'notes.md': '# Notes ##\n\nText.\n', 'hash.md': '# Issue #12\n' });
    const byFile = new Map((await readPublishTree(root, () => false)).map((n) => [n.file, n]));
    expect(byFile.get('csharp.md')?.title).toBe('C#');
    expect(byFile.get('csharp.md')?.body).toBe('The language.\n');
    expect(byFile.get('notes.md')?.title).toBe('Notes');
    expect(byFile.get('hash.md')?.title).toBe('Issue #12');
  });

  it('refuses, before anything is sent, a title the wiki cannot hold (over 255 characters, control characters)', async () => {
    const root = await folder({ 'long.md': `---\ntitle: ${'T'.repeat(300)}\n---\nText.\n`, 'ctrl.md': '---\ntitle: "Bad\\u0007bell"\n---\nText.\n', 'ok.md': '# Fine\n' });
    const byFile = new Map((await readPublishTree(root, () => false)).map((n) => [n.file, n]));
    expect(byFile.get('long.md')?.problem).toMatch(/^the title is 300 characters long; a Confluence title holds at most 255: give a shorter "title:" in its front matter/);
    expect(byFile.get('ctrl.md')?.problem).toMatch(/^the title holds a control character/);
    expect(byFile.get('ok.md')?.problem).toBeNull();
  });

  it.todo('a "# Heading" with inline markup (`code`, *em*, a link) becomes the title with its Markdown characters ("Title with `code`"); the visible text would be the title, but then export could not write the markup back');
  it('refuses a front matter title that is a list or a mapping (it was published as "a,b"), naming the field', async () => {
    const root = await folder({ 'list.md': '---\ntitle: [Plan, Budget]\n---\nText.\n', 'map.md': '---\ntitle:\n  en: Plan\n---\nText.\n', 'num.md': '---\ntitle: 2024\n---\nText.\n' });
    const byFile = new Map((await readPublishTree(root, () => false)).map((n) => [n.file, n]));
    expect(byFile.get('list.md')?.problem).toBe('front matter field "title": expected one line of text, not a list or a mapping: write it as `key: text` (quote it if it holds [ ] { } or a comma-separated list); fix the front matter');
    expect(byFile.get('map.md')?.problem).toMatch(/^front matter field "title": expected one line of text/);
    expect(byFile.get('num.md')?.problem).toBeNull();
    expect(byFile.get('num.md')?.title).toBe('2024');
  });
});

// hostile-16: two folders whose names differ only in case ("Docs/", "docs/") were told to add a "title:" to front matter they do not have.
describe('folders whose names claim one title', () => {
  it('tells a folder to get an index.md with a title, and a file to change its title:', async () => {
    const root = await folder({ 'Docs/a.md': '# Upper\n', 'docs/b.md': '# Lower\n', 'notes.md': '# Notes\n', 'Notes/c.md': '# C\n' });
    const byKey = new Map((await readPublishTree(root, () => false)).map((n) => [n.key, n]));
    expect(byKey.get('Docs/')?.problem).toMatch(/^the title "Docs" is also claimed by docs\/; titles are unique in a space: give the folder an index\.md with another "title:" in its front matter$/);
    expect(byKey.get('docs/')?.problem).toMatch(/give the folder an index\.md with another "title:"/);
    // A file beside a folder of its name is that folder's page, so "notes.md" and "Notes/" differ in case only: two claims.
    const notes = [...byKey.values()].filter((n) => n.title.toLowerCase() === 'notes');
    for (const n of notes) if (n.problem !== null) expect(n.problem).toMatch(n.file === null ? /give the folder an index\.md/ : /give one a "title:" in its front matter/);
  });
});
