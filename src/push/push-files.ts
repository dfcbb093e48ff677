import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { convert } from '../convert.js';
import { isWikiportError } from '../errors.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { pageMetaOf, sha256, storageRelativePath, type ManifestPage } from '../manifest/manifest.js';
import type { RenderOptions } from './push-converters.js';

/**
 * After a write, the export folder must describe the wiki as it now is: the exported storage is
 * the body just sent, the manifest has the new version and hashes, and page files other than the
 * one the user edited (or that one too, when the wiki's changes were merged in) are rewritten
 * from the new body, so that the next push or export sees no change and never mistakes the
 * merged-in edits for deletions.
 */
export async function recordPushedPage(options: {
  exportDir: string;
  page: ManifestPage;
  storage: string;
  /** The file the user pushed (relative path) and its kind; kept as is unless `rewritePushed`. */
  pushed: { kind: 'md' | 'json'; relativePath: string } | null;
  rewritePushed: boolean;
  /** The rendering settings export used, per format (links point to files of the same format). */
  render: (kind: 'md' | 'json') => Promise<RenderOptions>;
}): Promise<ManifestPage> {
  const { exportDir, page, storage, pushed, rewritePushed, render } = options;
  const storagePath = page.files.storage.path || storageRelativePath(page.id);
  await writeFileAtomic(join(exportDir, storagePath), storage);
  const files: ManifestPage['files'] = { ...page.files, storage: { path: storagePath, sha256: sha256(storage) } };
  for (const kind of ['md', 'json'] as const) {
    const entry = files[kind];
    if (!entry) continue;
    const isPushed = pushed?.kind === kind && pushed.relativePath === entry.path;
    const path = join(exportDir, entry.path);
    // The user's Markdown stays as written, except the version it says it was made from: it now
    // matches the wiki at the pushed version, and the next edit is taken against that. A pushed
    // JSON file is rewritten from the new body like its siblings: its "hub" and records are read
    // from the body, and a hub left at the old version would read as a second edit.
    if (isPushed && !rewritePushed && kind === 'md') {
      const text = await readFile(path, 'utf8');
      const moved = markdownWithVersion(text, page.version);
      if (moved !== text) await writeFileAtomic(path, moved);
      files[kind] = { path: entry.path, sha256: sha256(moved) };
      continue;
    }
    // A sibling file the user edited too is left alone (and still counts as edited): pushing it
    // later takes its edit against the version it was made from.
    if (!isPushed && (await currentHash(path)) !== entry.sha256) continue;
    const text = renderPageFile(kind, storage, page, await render(kind));
    if (text === null) continue;
    await writeFileAtomic(path, text);
    files[kind] = { path: entry.path, sha256: sha256(text) };
  }
  return { ...page, files };
}

/** A page file as export writes it; null when this build cannot write that format. */
export function renderPageFile(kind: 'md' | 'json', storage: string, page: ManifestPage, render: RenderOptions): string | null {
  try {
    return convert(storage, { ...render, from: 'storage', to: kind, meta: pageMetaOf(page) }).output;
  } catch (error) {
    if (isWikiportError(error)) return null;
    throw error;
  }
}

/**
 * The Markdown file with the page version its front matter names set to `version`, every other
 * byte unchanged. A file that names no version is returned as is (it is then taken against the
 * manifest's version anyway).
 */
export function markdownWithVersion(text: string, version: number): string {
  const front = /^(\uFEFF?---[ \t]*(?:\r\n?|\n))([\s\S]*?)((?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$))/.exec(text);
  if (!front) return text;
  const yaml = front[2]!.replace(/^(version:[ \t]*)['"]?\d+['"]?([ \t]*(?:#.*)?)$/m, `$1${version}$2`);
  return front[1]! + yaml + front[3]! + text.slice(front[0].length);
}

async function currentHash(path: string): Promise<string | null> {
  try {
    return sha256(await readFile(path));
  } catch {
    return null;
  }
}
