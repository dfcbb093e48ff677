import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readFrontMatter, unclosedFrontMatter } from '../formats/markdown/front-matter.js';
import { manifestDirName } from '../manifest/manifest.js';
import { titleFromMarkdown } from './push-converters.js';

/**
 * A folder of Markdown as the page tree `push --create DIR` publishes: every `.md` file is a page,
 * every sub-folder a parent page (its `index.md`, else Hugo's `_index.md`, else its `README.md`, else the file of its name
 * beside it, `Guide.md` for `Guide/`, as export and convert write a page with children, else an
 * empty page titled with the folder's name). Reading never touches the network; problems are
 * collected per file.
 */
export interface PublishNode {
  /** `docs/setup.md` for a file, `docs/` for a folder without a page file of its own. */
  key: string;
  /** The Markdown file (relative to DIR, `/`-separated), null for an empty folder page. */
  file: string | null;
  /** The folder this node stands for (`docs`), null for an ordinary file. */
  folder: string | null;
  /** The key of the parent node, null for a top-level node (placed under --parent). */
  parentKey: string | null;
  title: string;
  labels: string[];
  /** The file's text as read (front matter included), '' for an empty folder page. */
  text: string;
  /** The Markdown that becomes the body: no front matter, no H1 that became the title. */
  body: string;
  /** The title is the file's first `# Heading`, taken out of the body. */
  titleFromHeading: boolean;
  /** Why this file cannot be published, if it cannot. */
  problem: string | null;
  /** The file says `draft: true` in its front matter (Hugo, Jekyll, Docusaurus): it is left out, like an empty file. */
  draft?: boolean;
}

// Hugo names a section's own page _index.md.
const pageFileNames = ['index.md', '_index.md', 'readme.md'];


export async function readPublishTree(dir: string, skip: (relativePath: string) => boolean): Promise<PublishNode[]> {
  const nodes: PublishNode[] = [];
  await walk(dir, '', null, nodes, skip);
  markDuplicateTitles(nodes);
  return nodes;
}

async function walk(dir: string, folder: string, parentKey: string | null, nodes: PublishNode[], skip: (relativePath: string) => boolean, besideFile: string | null = null): Promise<void> {
  const entries = (await readdir(join(dir, folder), { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.') && e.name !== manifestDirName && e.name !== 'node_modules' && !skip(join(folder, e.name).split('\\').join('/')))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const rel = (name: string): string => (folder === '' ? name : `${folder}/${name}`);
  const allMarkdown = entries.filter((e) => e.isFile() && e.name.endsWith('.md'));
  // A draft is no page: never a folder's page, nor a parent; it is listed, and skipped, on its line.
  const drafts = new Set<string>();
  for (const entry of allMarkdown) if (await isDraftFile(join(dir, folder, entry.name))) drafts.add(entry.name);
  for (const entry of allMarkdown) if (drafts.has(entry.name)) nodes.push({ ...(await fileNode(dir, rel(entry.name), parentKey)), draft: true });
  const markdown = allMarkdown.filter((e) => !drafts.has(e.name));
  // A symbolic link is never followed (it may lead out of the folder, or make a second page of one
  // file); one that looks like a page or a folder of pages is said, not skipped without a word.
  for (const entry of entries) {
    if (!entry.isSymbolicLink() || (!isMarkdown(entry.name) && !(await isFolder(join(dir, folder, entry.name))))) continue;
    nodes.push({ key: rel(entry.name), file: rel(entry.name), folder: null, parentKey, title: entry.name, labels: [], text: '', body: '', titleFromHeading: false, problem: 'a symbolic link, which publishing does not follow: put the file (or folder) itself here, or link to it from a page' });
  }
  // Export writes every page as NAME.md: a page read from x.markdown or X.MD would come back as a second file.
  for (const entry of entries) {
    // MDX (Docusaurus) is Markdown with JSX components and imports, which no Confluence page can run.
    if (entry.isFile() && extname(entry.name).toLowerCase() === '.mdx') {
      const renamed = `${entry.name.slice(0, -'.mdx'.length)}.md`;
      nodes.push({ key: rel(entry.name), file: rel(entry.name), folder: null, parentKey, title: entry.name, labels: [], text: '', body: '', titleFromHeading: false, problem: `an MDX file (Markdown with JSX components), which publishing does not read: if it holds plain Markdown, rename it to ${renamed}` });
      continue;
    }
    if (!entry.isFile() || entry.name.endsWith('.md') || !isMarkdown(entry.name)) continue;
    const renamed = `${entry.name.replace(/\.(md|markdown)$/i, '')}.md`;
    nodes.push({ key: rel(entry.name), file: rel(entry.name), folder: null, parentKey, title: entry.name, labels: [], text: '', body: '', titleFromHeading: false, problem: `publishing takes .md files (export writes every page back as NAME.md); rename it to ${renamed}` });
  }
  // The folder's own page: index.md before _index.md before README.md (the others are ordinary child pages),
  // else the file of its name beside it (Guide.md for Guide/).
  const own = pageFileNames.map((n) => markdown.find((e) => e.name.toLowerCase() === n)).find((e) => e !== undefined);
  const ownFile = own ? rel(own.name) : besideFile;
  // With an index.md of its own, the file beside the folder is an ordinary page next to it.
  if (own && besideFile) nodes.push(await fileNode(dir, besideFile, parentKey));
  let folderNode: PublishNode | null = null;
  if (folder !== '' || ownFile) {
    // An index.md or README.md that names no title is titled as the folder it stands for, never "index".
    const folderName = folder === '' ? basename(dir) : folder.slice(folder.lastIndexOf('/') + 1);
    folderNode = ownFile ? await fileNode(dir, ownFile, parentKey, own ? folderName : null) : emptyFolderNode(folder, parentKey);
    folderNode.folder = folder;
  }
  const here = folderNode?.key ?? parentKey;
  const below: PublishNode[] = [];
  const folders = entries.filter((e) => e.isDirectory());
  const besideOf = (name: string) => markdown.find((e) => e !== own && e.name === `${name}.md`);
  const taken = new Set(folders.map((f) => besideOf(f.name)).filter((e) => e !== undefined));
  for (const entry of markdown) if (entry !== own && !taken.has(entry)) below.push(await fileNode(dir, rel(entry.name), here));
  for (const entry of folders) {
    const beside = besideOf(entry.name);
    await walk(dir, rel(entry.name), here, below, skip, beside ? rel(beside.name) : null);
  }
  // A folder of images or other files alone is no page (the file beside it still is one).
  if (folderNode && (ownFile || below.length > 0)) nodes.push(folderNode);
  for (const node of below) nodes.push(node);
}

/** Whether the file's front matter says `draft: true` (or `"true"`); unreadable files are not drafts (their own line says why). */
async function isDraftFile(path: string): Promise<boolean> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return isDraft(readFrontMatter(text).meta.properties?.draft);
}

export function isDraft(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true');
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function isMarkdown(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return ext === '.md' || ext === '.markdown';
}

function emptyFolderNode(folder: string, parentKey: string | null): PublishNode {
  const name = folder.slice(folder.lastIndexOf('/') + 1);
  return { key: `${folder}/`, file: null, folder, parentKey, title: name, labels: [], text: '', body: '', titleFromHeading: false, problem: null };
}

async function fileNode(dir: string, file: string, parentKey: string | null, folderName: string | null = null): Promise<PublishNode> {
  const node: PublishNode = { key: file, file, folder: null, parentKey, title: stem(file), labels: [], text: '', body: '', titleFromHeading: false, problem: null };
  const bytes = await readFile(join(dir, file));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    node.problem = 'not UTF-8 text; save it as UTF-8';
    return node;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  node.text = text;
  const front = readFrontMatter(text);
  const problem = front.problem ?? unclosedFrontMatter(text);
  if (problem) {
    node.problem = `${problem}; fix the front matter`;
    return node;
  }
  // Front matter, else the first level-one heading, else the name: a level-two heading (a note that
  // starts at `## Overview`) names a section, not the page.
  const heading = firstLevelOneHeading(front.body);
  node.title = titleFromMarkdown(front.meta.title, '') ?? heading?.text ?? folderName ?? stem(file);
  const titleProblem = node.title.length > 255
    ? `the title is ${node.title.length} characters long; a Confluence title holds at most 255: give a shorter "title:" in its front matter`
    : [...node.title].some((c) => (c.codePointAt(0) ?? 0) < 0x20 || ((c.codePointAt(0) ?? 0) >= 0x7f && (c.codePointAt(0) ?? 0) <= 0x9f)) ? 'the title holds a control character, which a Confluence title cannot: fix its "title:" or first heading' : null;
  if (titleProblem) {
    node.problem = titleProblem;
    return node;
  }
  const labels = publishedLabels(front.meta.labels ?? []);
  if (typeof labels === 'string') {
    node.problem = labels;
    return node;
  }
  node.labels = labels;
  // The heading is taken out of the body only when it opens the file: one under a badge line or an
  // intro stays where it stands (export could not put it back there).
  const headingIsTitle = heading !== null && heading.opens && node.title === heading.text;
  node.body = headingIsTitle ? withoutFirstH1(front.body) : front.body;
  node.titleFromHeading = headingIsTitle;
  return node;
}

/** Characters a Confluence label cannot hold (the wiki refuses the label, after the page was made). */
const labelForbidden = /[\s:;,.?&[\]()#^*@!<>/\\'`"]/u;

/**
 * Front matter labels as the wiki keeps them (lower case, each once), or why one cannot be a label.
 * Checked before anything is sent: the wiki refuses a bad label only after the page exists.
 */
export function publishedLabels(labels: readonly string[]): string[] | string {
  const out: string[] = [];
  for (const label of labels) {
    const name = label.trim().toLowerCase();
    const bad = labelForbidden.exec(name)?.[0];
    if (name === '' || bad !== undefined || name.length > 255) {
      const why = name === '' ? 'is empty' : bad !== undefined ? `holds ${/\s/u.test(bad) ? 'a space' : `"${bad}"`}` : 'is longer than 255 characters';
      return `the label "${label}" ${why}, which a Confluence label cannot: use letters, digits, "-" and "_" in its front matter "labels:"`;
    }
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function stem(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/\.(md|markdown)$/i, '');
}

/** The text of the first level-one ATX heading outside fences, and whether only blank lines come before it. */
export function firstLevelOneHeading(body: string): { text: string; opens: boolean } | null {
  let fence = false;
  let opens = true;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    // A closing run of # counts only after a space (CommonMark): "# C#" is the heading "C#".
    const heading = fence ? null : /^\s{0,3}#\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (heading) return { text: (heading[1] as string).trim(), opens };
    // A comment on a line of its own (`<!-- markdownlint-disable -->`) shows nothing before the heading.
    if (line.trim() !== '' && !/^\s*<!--.*-->\s*$/.test(line)) opens = false;
  }
  return null;
}

/** The body without its first level-one ATX heading (that heading is the page title). */
export function withoutFirstH1(body: string): string {
  const lines = body.split('\n');
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence || !/^\s{0,3}#\s+\S/.test(line)) continue;
    lines.splice(i, 1);
    if (i < lines.length && (lines[i] as string).trim() === '') lines.splice(i, 1);
    return lines.join('\n');
  }
  return body;
}

/** Titles are unique in a space: two files claiming one title are both refused. */
function markDuplicateTitles(nodes: PublishNode[]): void {
  const byTitle = new Map<string, PublishNode[]>();
  for (const node of nodes) {
    if (node.problem || node.draft) continue;
    const key = node.title.toLowerCase();
    byTitle.set(key, [...(byTitle.get(key) ?? []), node]);
  }
  for (const same of byTitle.values()) {
    if (same.length < 2) continue;
    for (const node of same) {
      const others = same.filter((n) => n !== node).map((n) => n.file ?? n.key).join(', ');
      // A folder without a page file has no front matter: its title comes from an index.md.
      const remedy = node.file === null ? 'give the folder an index.md with another "title:" in its front matter' : 'give one a "title:" in its front matter';
      node.problem = `the title "${node.title}" is also claimed by ${others}; titles are unique in a space: ${remedy}`;
    }
  }
}
