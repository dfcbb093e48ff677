import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isWikiportError } from '../errors.js';
import { writeManifest, type Manifest, type ManifestPage } from '../manifest/manifest.js';
import type { PublishNode } from './publish-tree.js';
import { emptyResult, type PagePushResult } from './push-types.js';
import type { PublishClient } from './publish-folder.js';

/**
 * Pages a published folder no longer has a file for. Only pages wikiport made from this folder
 * count (`publishedFrom` in the manifest, which only publishing writes, on the pages it creates):
 * a page exported into the folder, or one anybody else made, is never one of them. A file that is
 * still on disk but left out of this run (under an export's attachments folder, say) is not gone.
 */
export function removedPages(manifest: Manifest, nodes: readonly PublishNode[], root: string): ManifestPage[] {
  const claimed = new Set<string>();
  for (const node of nodes) {
    claimed.add(node.file ?? node.key);
    if (node.folder !== null) claimed.add(`${node.folder}/`);
  }
  return Object.values(manifest.pages).filter((page) => {
    const from = page.publishedFrom;
    if (page.deleted || from === undefined) return false;
    if (claimed.has(from) || (page.files.md && claimed.has(page.files.md.path))) return false;
    return !(from.endsWith('/') ? holdsMarkdown(join(root, from)) : existsSync(join(root, from)));
  });
}

/**
 * A removed file's page and a new file of the same title (compared ignoring case, as titles are
 * unique in a space) are one page moved or renamed: the new file takes the page over, so it is
 * updated in place (its history, id and attachments stay) instead of trashed and made again.
 * Returns the pages still removed.
 */
export function pairMovedFiles(removed: ManifestPage[], nodes: readonly PublishNode[], published: Map<string, ManifestPage>): ManifestPage[] {
  const newNodes = nodes.filter((n) => !n.problem && !published.has(n.file ?? n.key));
  return removed.filter((page) => {
    const same = newNodes.filter((n) => n.title.toLowerCase() === page.title.toLowerCase());
    const [only] = same;
    if (same.length !== 1 || !only) return true;
    published.set(only.file ?? only.key, page);
    newNodes.splice(newNodes.indexOf(only), 1);
    return false;
  });
}

export interface RemovedOptions {
  client: PublishClient;
  manifest: Manifest;
  root: string;
  cwd: string;
  dryRun: boolean;
  /** `--delete-removed`: move the pages to the trash; otherwise they are only reported. */
  deleteRemoved: boolean;
  /** Trash a page even when the wiki changed it since the last publish. */
  force: boolean;
  now: () => Date;
}

/**
 * Reports each removed file's page, or (with --delete-removed) moves it to the trash, the pages
 * below another first, so that a folder's page goes after its files. A page is left alone, with a conflict,
 * when the wiki changed it since the last publish (unless forced) or when it still has pages
 * below it that are not going: trashing it would hide someone's work. The trash keeps the page
 * and its attachments, so a mistake is undone in Confluence.
 */
export async function settleRemovedPages(removed: readonly ManifestPage[], options: RemovedOptions): Promise<PagePushResult[]> {
  const results: PagePushResult[] = [];
  for (const page of childrenFirst(removed)) {
    const shown = relative(options.cwd, join(options.root, page.publishedFrom ?? '')) || (page.publishedFrom ?? page.id);
    const base = { pageId: page.id, title: page.title, baseVersion: page.version };
    const named = `page ${page.id} "${page.title}"`;
    if (!options.deleteRemoved) {
      results.push(emptyResult(shown, { ...base, status: 'removed', message: `no longer in the folder; ${named} stays on the wiki (publish with --delete-removed to move it to the trash)` }));
      continue;
    }
    if (options.dryRun) {
      results.push(emptyResult(shown, { ...base, status: 'would-delete', message: `would move ${named} to the trash (no longer in the folder); nothing was sent` }));
      continue;
    }
    try {
      results.push(await trashOne(page, shown, options));
    } catch (error) {
      // Confluence's refusals and lost connections are WikiportErrors; a failed manifest write is a file error.
      if (!isWikiportError(error) && !(error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string')) throw error;
      results.push(emptyResult(shown, { ...base, status: 'failed', message: `${shown}: ${named} was not moved to the trash: ${(error as Error).message}` }));
    }
  }
  return results;
}

async function trashOne(page: ManifestPage, shown: string, options: RemovedOptions): Promise<PagePushResult> {
  const { client, manifest } = options;
  const base = { pageId: page.id, title: page.title, baseVersion: page.version };
  const named = `page ${page.id} "${page.title}"`;
  const remote = await client.findPage(page.id);
  if (remote && remote.version !== page.version && !options.force) {
    return emptyResult(shown, {
      ...base,
      remoteVersion: remote.version,
      status: 'conflict',
      message: `${named} was changed on the wiki since the last publish (version ${remote.version}, published ${page.version}); not moved to the trash: export it to keep that edit, or pass --force`,
    });
  }
  if (remote) {
    for await (const below of client.listDescendants(page.id)) {
      return emptyResult(shown, {
        ...base,
        status: 'conflict',
        message: `${named} still has pages below it on the wiki ("${below.title}", page ${below.id}); not moved to the trash: move or delete those first`,
      });
    }
  }
  const trashed = remote ? await client.trashPage(page.id) : false;
  manifest.pages[page.id] = { ...page, deleted: true, deletedAt: options.now().toISOString() };
  await writeManifest(options.root, manifest);
  const message = trashed
    ? `moved ${named} and its attachments to the trash of space ${remote?.spaceKey ?? page.spaceKey ?? '?'} (no longer in the folder); restore it there if that was a mistake`
    : `${named} was already gone from the wiki; recorded as deleted`;
  return emptyResult(shown, { ...base, status: 'deleted', message });
}

/** The pages in an order where every page comes before the page it sits under. */
function childrenFirst(pages: readonly ManifestPage[]): ManifestPage[] {
  const left = [...pages];
  const ordered: ManifestPage[] = [];
  while (left.length > 0) {
    const leaf = left.find((p) => !left.some((q) => q.parentId === p.id)) ?? (left[0] as ManifestPage);
    ordered.push(leaf);
    left.splice(left.indexOf(leaf), 1);
  }
  return ordered;
}

/** Whether a folder still holds a Markdown file, at any depth (hidden folders aside). */
function holdsMarkdown(dir: string): boolean {
  let entries;
  try {
    if (!statSync(dir).isDirectory()) return false;
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some((e) => !e.name.startsWith('.') && (e.isDirectory() ? holdsMarkdown(join(dir, e.name)) : e.name.toLowerCase().endsWith('.md')));
}
