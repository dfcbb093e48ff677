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
  dir = await mkdtemp(join(tmpdir(), 'wikiport-publish-tree-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

describe('the page tree of a folder', () => {
  it('takes the file beside a folder (Guide.md for Guide/) as the folder\'s page, as export and convert write a page with children', async () => {
    const root = await folder({ 'Guide.md': '# Guide\n', 'Guide/Setup.md': '# Setup\n', 'Guide/Deep/Leaf.md': '# Leaf\n' });
    const nodes = await readPublishTree(root, () => false);
    expect(nodes.map((n) => [n.key, n.folder, n.parentKey, n.title])).toEqual([
      ['Guide.md', 'Guide', null, 'Guide'],
      ['Guide/Setup.md', null, 'Guide.md', 'Setup'],
      ['Guide/Deep/', 'Guide/Deep', 'Guide.md', 'Deep'],
      ['Guide/Deep/Leaf.md', null, 'Guide/Deep/', 'Leaf'],
    ]);
  });

  it('keeps index.md (then README.md) first: the file beside the folder is then an ordinary page', async () => {
    const root = await folder({ 'Both.md': '# Both beside\n', 'Both/index.md': '# Both\n', 'Both/a.md': '# A\n' });
    const nodes = await readPublishTree(root, () => false);
    expect(nodes.map((n) => [n.key, n.folder, n.parentKey])).toEqual([
      ['Both.md', null, null],
      ['Both/index.md', 'Both', null],
      ['Both/a.md', null, 'Both/index.md'],
    ]);
  });

  it('takes Hugo\'s _index.md as the folder\'s page, after index.md and before README.md', async () => {
    const root = await folder({ 'docs/_index.md': '# Docs\n', 'docs/README.md': '# Read me\n', 'docs/a.md': '# A\n', 'both/index.md': '# Both\n', 'both/_index.md': '# Hugo\n' });
    const nodes = await readPublishTree(root, () => false);
    expect(nodes.map((n) => [n.key, n.folder, n.parentKey])).toEqual([
      ['both/index.md', 'both', null],
      ['both/_index.md', null, 'both/index.md'],
      ['docs/_index.md', 'docs', null],
      ['docs/README.md', null, 'docs/_index.md'],
      ['docs/a.md', null, 'docs/_index.md'],
    ]);
  });

  it('publishes the file beside a folder of pictures alone: the file is a page, the pictures no page', async () => {
    const root = await folder({ 'Report.md': '# Report\n\n![x](Report/x.png)\n', 'Report/x.png': 'png' });
    const nodes = await readPublishTree(root, () => false);
    expect(nodes.map((n) => [n.key, n.parentKey, n.problem])).toEqual([['Report.md', null, null]]);
  });
});

// A hostile user's docs: an Obsidian vault (the file name is the note's title, headings start at
// level 2), a README that opens with a badge line, folders whose index.md has no heading.
describe('the titles of a folder of Markdown', () => {
  it('titles a file without front matter title or level-one heading with its name, never with a level-two heading', async () => {
    const root = await folder({ 'Project Alpha.md': '## Overview\n\nNote one.\n', 'Project Beta.md': '## Overview\n\nNote two.\n' });
    const nodes = await readPublishTree(root, () => false);
    // Was: both titled "Overview", so both refused as claiming one title.
    expect(nodes.map((n) => [n.key, n.title, n.problem, n.titleFromHeading])).toEqual([
      ['Project Alpha.md', 'Project Alpha', null, false],
      ['Project Beta.md', 'Project Beta', null, false],
    ]);
    expect(nodes[0]?.body).toBe('## Overview\n\nNote one.\n');
  });

  it('keeps a level-one heading that does not open the file where it stands (it still names the page)', async () => {
    const root = await folder({ 'tool.md': '[![build](badge.svg)](https://ci.example.org)\n\n# Tool\n\nWhat it does.\n', 'lib.md': '\n\n# Lib\n\nText.\n', 'linted.md': '<!-- markdownlint-disable MD033 -->\n# Linted\n\nText.\n' });
    const nodes = await readPublishTree(root, () => false);
    const tool = nodes.find((n) => n.key === 'tool.md');
    // Was: the heading taken out of the middle, and export put it back above the badge.
    expect([tool?.title, tool?.titleFromHeading, tool?.body]).toEqual(['Tool', false, '[![build](badge.svg)](https://ci.example.org)\n\n# Tool\n\nWhat it does.\n']);
    const linted = nodes.find((n) => n.key === 'linted.md');
    // A comment line (which Confluence does not show) before the heading: the heading still opens the page.
    expect([linted?.title, linted?.titleFromHeading, linted?.body]).toEqual(['Linted', true, '<!-- markdownlint-disable MD033 -->\nText.\n']);
    const lib = nodes.find((n) => n.key === 'lib.md');
    expect([lib?.title, lib?.titleFromHeading, lib?.body]).toEqual(['Lib', true, '\n\nText.\n']);
  });

  it("titles a folder's index.md or README.md that names no title with the folder's name, not \"index\"", async () => {
    const root = await folder({ 'guide/index.md': 'Guide intro.\n', 'api/README.md': 'API intro.\n', 'api/ref.md': 'Ref.\n', 'guide/a.md': 'A.\n' });
    const nodes = await readPublishTree(root, () => false);
    // Was: "index" and "README" (and two sections without headings both refused as "index").
    expect(nodes.filter((n) => n.folder !== null).map((n) => [n.key, n.title, n.problem])).toEqual([
      ['api/README.md', 'api', null],
      ['guide/index.md', 'guide', null],
    ]);
  });
});

describe('the pages of a Docusaurus docs folder', () => {
  it('says, on its line, that an .mdx file is not published (it was skipped without a word)', async () => {
    const root = await folder({ 'intro.md': '# Intro\n\nSee [guide](guide.mdx).\n', 'guide.mdx': "import Tabs from '@theme/Tabs';\n\n# Guide\n\n<Tabs>x</Tabs>\n" });
    const nodes = await readPublishTree(root, () => false);
    const mdx = nodes.find((n) => n.key === 'guide.mdx');
    expect(mdx?.problem).toMatch(/MDX.*rename it to guide\.md/);
    expect(nodes.find((n) => n.key === 'intro.md')?.problem).toBeNull();
  });
});

describe('front matter that never closes', () => {
  it('refuses the file on its line (it was published as a rule and a paragraph of key: value lines)', async () => {
    const root = await folder({
      'yaml.md': '---\ntitle: Unclosed\nlabels: [a]\n\n# Heading\n\nBody.\n',
      'toml.md': '+++\ntitle = "Unclosed TOML"\n\nBody.\n',
      'rule.md': '---\n\nA page that opens with a rule.\n',
      'prose.md': '---\nNote: this opens with a rule, then prose with a colon.\nAnd a second line of prose.\n',
    });
    const nodes = await readPublishTree(root, () => false);
    const problem = (key: string): string | null | undefined => nodes.find((n) => n.key === key)?.problem;
    expect(problem('yaml.md')).toMatch(/front matter opened by "---" on line 1 never closes; add the closing "---" line/);
    expect(problem('toml.md')).toMatch(/front matter opened by "\+\+\+" on line 1 never closes; add the closing "\+\+\+" line/);
    expect(problem('rule.md')).toBeNull();
    expect(problem('prose.md')).toBeNull();
  });
});

describe('drafts', () => {
  it('marks a file with "draft: true" (YAML or TOML) as a draft, which is never a folder\'s page nor claims a title', async () => {
    const root = await folder({
      'Roadmap.md': '---\ndraft: true\n---\n# Orchard plans\n',
      'Toml.md': '+++\ndraft = true\n+++\n# Greenhouse\n',
      'Quoted.md': '---\ndraft: "true"\n---\n# Compost\n',
      'Kept.md': '---\ndraft: false\n---\n# Beehives\n',
      'Dup.md': '# Orchard plans\n',
      'Trees/index.md': '---\ntitle: Trees\ndraft: true\n---\nSoon.\n',
      'Trees/Apple.md': '# Apple\n',
    });
    const nodes = await readPublishTree(root, () => false);
    const draft = (key: string): boolean | undefined => nodes.find((n) => n.key === key)?.draft;
    // Was: every file a page, the draft's title "Orchard plans" refusing Dup.md as a duplicate.
    expect(['Roadmap.md', 'Toml.md', 'Quoted.md', 'Trees/index.md'].map(draft)).toEqual([true, true, true, true]);
    expect(draft('Kept.md')).toBeFalsy();
    expect(nodes.find((n) => n.key === 'Dup.md')?.problem).toBeNull();
    // The folder whose index.md is a draft is an empty folder page, and its files go under it.
    expect(nodes.find((n) => n.key === 'Trees/')?.folder).toBe('Trees');
    expect(nodes.find((n) => n.key === 'Trees/Apple.md')?.parentKey).toBe('Trees/');
  });
});
