import { readdirSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { ConversionReport } from '../hub/report.js';
import { headingTargetsByFragment, readMarkdown } from '../formats/markdown/read-markdown.js';
import { writeStorage } from '../formats/storage/write-storage.js';
import { withWriteOptions } from '../hub/write-options.js';
import { ConfluenceHttpError, type ConfluenceClient, type RemoteAttachment, type RemotePage } from '../confluence/client.js';
import { ExitCode, WikiportError, isWikiportError } from '../errors.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { sameLabels } from '../manifest/label-sets.js';
import { lockFolder } from '../files/folder-lock.js';
import {
  emptyManifest, manifestDirName, readManifest, sha256, storageRelativePath, writeManifest, type Manifest, type ManifestAttachment, type ManifestPage,
} from '../manifest/manifest.js';
import { rewriteLocalLinks, type PageAttachments } from './publish-links.js';
import { readPendingCreates, setPendingCreate, type PendingCreates } from './publish-pending.js';
import { pairMovedFiles, removedPages, settleRemovedPages } from './publish-removed.js';
import { readPublishTree, type PublishNode } from './publish-tree.js';
import type { PublishProgressEvent } from './publish-progress.js';
import { saveBackup } from './backups.js';
import { storageDiff } from './push-diff.js';
import { findExportDir } from './push-inputs.js';
import { refuseOtherSite } from '../manifest/manifest-site.js';
import { emptyResult, type PagePushResult, type PushClient, type PushSummary } from './push-types.js';

/** The client calls publishing makes. */
export type PublishClient = PushClient & Pick<ConfluenceClient, 'uploadAttachment' | 'listAttachments' | 'findPage' | 'findPageByTitle' | 'listDescendants' | 'trashPage' | 'getSpace'>;

export interface PublishOptions {
  /** The folder of Markdown (absolute or relative to cwd). */
  dir: string;
  client: PublishClient;
  /** Page the tree goes under (first run; later runs keep what the manifest says). */
  parentId?: string;
  /** Space of the tree when there is no parent: the pages go to the top of the space. */
  spaceKey?: string;
  dryRun?: boolean;
  /** Move to the trash the pages of files no longer in the folder (else they are only reported). */
  deleteRemoved?: boolean;
  /** With deleteRemoved: trash such a page even when the wiki changed it since the last publish. */
  force?: boolean;
  message?: string;
  cwd?: string;
  now?: () => Date;
  /** The base URL of the wiki written to: a folder published to one site is refused on another. */
  site?: string;
  /** Called as each file is done (sent, skipped or refused), while the run goes on (publish-progress.ts prints it). */
  onProgress?: (event: PublishProgressEvent) => void;
}

/** What one published page needs, worked out before anything is sent. */
interface Planned {
  node: PublishNode;
  shown: string;
  storage: string;
  attachments: PageAttachments;
  entry: ManifestPage | null;
  /** What the conversion could not carry to Confluence (raw HTML without a spelling, comments, link titles). */
  notes: string[];
  /** The files and folders of the tree whose pages it links to (relative to DIR). */
  linked?: string[];
  /**
   * Why a folder's page cannot be sent as written (a broken link): its page still stands for the
   * folder, so the files below it are published under it (refusedFolderPage below).
   */
  refused?: string;
}

/**
 * `push --create DIR`: publishes a folder of Markdown as a page tree (publish-tree.ts says which
 * file becomes which page), with relative images and files as attachments and relative links as
 * page links, and records every page in DIR/.wikiport/manifest.json. A page is written only when
 * its storage, title, parent or labels differ from what the manifest recorded, an attachment only
 * when its bytes differ (by SHA-256): a second run with nothing changed sends no write. A file
 * that cannot be published is reported on one line and the others are published (exit code 1).
 * The pages of files removed from the folder are reported, and moved to the trash with
 * `deleteRemoved` (publish-removed.ts), after everything else was published.
 */
export async function publishFolder(options: PublishOptions): Promise<PushSummary> {
  if (options.dryRun) return publishFolderLocked(options);
  // Two runs at once would each write the manifest they read, losing the other's pages (and the
  // second would take the first's new pages for someone else's): one run, or an export, at a time.
  const root = resolve(options.cwd ?? process.cwd(), options.dir);
  const lock = await lockFolder(join(root, manifestDirName), 'export.lock', `wikiport push of ${options.dir}`);
  try {
    return await publishFolderLocked(options);
  } finally {
    await lock.release();
  }
}

async function publishFolderLocked(options: PublishOptions): Promise<PushSummary> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, options.dir);
  const manifest = (await readManifest(root)) ?? emptyManifest({ baseUrl: null });
  // Page ids belong to their site: the same ids on another wiki (staging beside production) are other pages.
  if (options.site) {
    refuseOtherSite(options.dir, manifest.baseUrl, options.site, true);
    if (!options.dryRun) manifest.baseUrl ??= options.site;
  }
  // The attachments folder an export or convert wrote (attachments/<page id>/…) holds files the
  // pages link to, never pages: a Markdown file in it is an attachment. Publishing records no source.
  const exported = Object.values(manifest.pages).filter((p) => p.publishedFrom === undefined);
  const hasExportAttachments = manifest.source !== null || exported.some((p) => p.attachments.some((a) => a.path.startsWith('attachments/')));
  // Files an export wrote into the folder for pages that were not published from it (the --parent
  // page itself, say) are not part of the tree: `push FILE` sends their edits the export way.
  const exportedOnly = new Set(Object.values(manifest.pages).filter((p) => p.publishedFrom === undefined && p.files.md).map((p) => p.files.md?.path));
  const nodes = await readPublishTree(root, (path) => exportedOnly.has(path) || (hasExportAttachments && (path === 'attachments' || path.startsWith('attachments/'))));
  if (nodes.length === 0) throw new WikiportError(`${options.dir}: no Markdown files to publish`, ExitCode.usage);
  const shownOf = (node: PublishNode): string => relative(cwd, join(root, node.file ?? node.key)) || node.key;

  const published = new Map<string, ManifestPage>();
  for (const page of Object.values(manifest.pages)) {
    if (page.deleted) continue;
    // An export into the folder writes a folder's page as docs/index.md: that file is then its page.
    for (const from of [page.files.md?.path, page.publishedFrom]) if (from) published.set(from, page);
  }
  const removed = pairMovedFiles(removedPages(manifest, nodes, root), nodes, published);
  const topParent = await resolveTopParent(options, nodes, published);

  // Titles of the pages (files and folders) that links may point to; a file refused this run is
  // still linked by its title (never uploaded as an attachment), so the link works once it is fixed.
  // Paths are compared in one Unicode normal form: a name typed in a link ("Café.md", composed)
  // names the file macOS wrote decomposed, and the other way round.
  const titleAt = new Map<string, string>();
  // An empty file or a draft is no page this run: a link to it goes to the page its last publish
  // made (under that title, not its file name), and is refused when it never had one (no page, no
  // attachment). The value says why it has none.
  const unpublished = new Map<string, 'empty' | 'draft'>();
  const blocked = new Set<string>();
  const nodeAt = new Map<string, PublishNode>();
  for (const node of nodes) {
    if (node.file && (isEmptyFile(node) || node.draft)) {
      const entry = published.get(node.file);
      if (entry) titleAt.set(node.file.normalize('NFC'), entry.title);
      else unpublished.set(node.file.normalize('NFC'), node.draft ? 'draft' : 'empty');
      continue;
    }
    // A file that cannot be sent this run (nor the files under it) is linked by the title its page
    // has, when it has one: a retitle in it is not sent, and a link must only reach its own page.
    const held = node.problem !== null || (node.parentKey !== null && blocked.has(node.parentKey));
    if (held) blocked.add(node.key);
    const title = (held ? published.get(node.file ?? node.key)?.title : undefined) ?? node.title;
    if (node.file) titleAt.set(node.file.normalize('NFC'), title);
    if (node.folder !== null) titleAt.set(node.folder.normalize('NFC'), title);
    nodeAt.set((node.file ?? node.folder ?? node.key).normalize('NFC'), node);
    if (node.folder !== null) nodeAt.set(node.folder.normalize('NFC'), node);
  }
  // The bodies of the pages links may point to, for the headings a `file.md#fragment` names.
  const bodyAt = new Map<string, string>();
  for (const node of nodes) {
    if (node.file) bodyAt.set(node.file.normalize('NFC'), node.body);
    if (node.folder !== null) bodyAt.set(node.folder.normalize('NFC'), node.body);
  }
  const anchorsAt = new Map<string, Map<string, string>>();
  // Every file of the folder, for Obsidian's `[[name]]` (read once, when a page first uses one).
  let allFiles: string[] | null = null;
  const folderFiles = (): string[] => (allFiles ??= listFolderFiles(root));
  const realRoot = realpathSync(root);
  const isFileInside = (path: string): boolean => {
    try {
      // Through a symbolic link only to a file inside the folder: nothing outside it is uploaded.
      const real = realpathSync(join(root, path));
      return isInside(realRoot, real) && statSync(real).isFile();
    } catch {
      return false;
    }
  };
  const links = {
    pageAt: (path: string) => titleAt.get(path.normalize('NFC')) ?? null,
    fileAt: (path: string) => {
      if (unpublished.has(path.normalize('NFC'))) return null;
      if (isFileInside(path)) return path;
      const spelled = spelledOnDisk(root, path);
      return spelled !== null && isFileInside(spelled) ? spelled : null;
    },
    anchorAt: (path: string, fragment: string) => {
      const body = bodyAt.get(path.normalize('NFC'));
      if (body === undefined) return null;
      let targets = anchorsAt.get(body);
      if (!targets) {
        targets = headingTargetsByFragment(body);
        anchorsAt.set(body, targets);
      }
      return targets.get(fragment) ?? null;
    },
    filesNamed: (name: string) => filesNamed(folderFiles(), name),
  };

  const results: PagePushResult[] = [];
  // Each file's line is told as it is done (a long publish shows where it is; a run killed
  // part-way has said which pages it sent), then the summary lists them all.
  const total = nodes.length + removed.length;
  const record = (result: PagePushResult): void => {
    results.push(result);
    options.onProgress?.({ done: results.length, total, result });
  };
  const planned: Planned[] = [];
  const failedKeys = new Set<string>();
  for (const node of nodes) {
    const shown = shownOf(node);
    if (node.draft) {
      record(draftResult(node, shown, published.get(node.file ?? node.key) ?? null));
      continue;
    }
    if (isEmptyFile(node)) {
      record(emptyFileResult(node, shown, published.get(node.file ?? node.key) ?? null));
      continue;
    }
    const parentFailed = node.parentKey !== null && failedKeys.has(node.parentKey);
    if (node.problem || parentFailed) {
      failedKeys.add(node.key);
      const message = node.problem ?? `not published: the page of its folder (${node.parentKey ?? ''}) could not be published`;
      record(emptyResult(shown, { title: node.title, status: 'failed', message: `${shown}: ${message}` }));
      continue;
    }
    const report = new ConversionReport();
    // No folder of the tree is mistaken for export's attachments folder while reading.
    let hub: string;
    try {
      hub = withWriteOptions({ attachmentsDir: '\u0000' }, () => readMarkdown(node.body, report).hub);
    } catch (error) {
      if (!isWikiportError(error)) throw error;
      failedKeys.add(node.key);
      record(emptyResult(shown, { title: node.title, status: 'failed', message: `${shown}: ${error.message}; nothing was sent for this file` }));
      continue;
    }
    const rewritten = rewriteLocalLinks(hub, node.file ?? `${node.key}index.md`, links);
    if (rewritten.missing.length > 0 || rewritten.ambiguous.length > 0) {
      const missing = [...new Set(rewritten.missing)];
      const empty = missing.filter((m) => unpublished.get(m.normalize('NFC')) === 'empty');
      const drafts = missing.filter((m) => unpublished.get(m.normalize('NFC')) === 'draft');
      const absent = missing.filter((m) => !unpublished.has(m.normalize('NFC')));
      const which = absent.length === 1 ? 'which is not a file' : 'which are not files';
      const fix = missing.length === 0
        ? `fix the ${rewritten.ambiguous.length === 1 ? 'link' : 'links'}`
        : absent.length > 0
        ? `fix the ${missing.length === 1 ? 'link' : 'links'} or add the ${missing.length === 1 ? 'file' : 'files'}`
        : drafts.length === 0
          ? `write the page in ${empty.length === 1 ? 'it' : 'them'} or fix the ${empty.length === 1 ? 'link' : 'links'}`
          : `publish the ${drafts.length === 1 ? 'draft' : 'drafts'} (remove "draft: true")${empty.length > 0 ? ', write the empty pages' : ''} or fix the ${missing.length === 1 ? 'link' : 'links'}`;
      // Named from where the command was run, like the file itself (`docs/guide/index.md: links to docs/guide/old.md`).
      const fromCwd = (path: string): string => (path.startsWith('../') || path === '..' || path.startsWith('[[') ? path : relative(cwd, join(root, path)) || path);
      const reasons = [
        // Obsidian takes the name from any folder: the link says which one (`[[guide/Note]]`).
        ...rewritten.ambiguous.map(({ name, files }) => `[[${name}]], which names ${files.length} files (${files.map(fromCwd).join(', ')}: write the folder too, as in [[${exampleSpelling(files, name)}]])`),
        ...(absent.length > 0 ? [`${absent.map(fromCwd).join(', ')}, ${which} in the published folder`] : []),
        ...(empty.length > 0 ? [`${empty.map(fromCwd).join(', ')}, ${empty.length === 1 ? 'which is empty and has' : 'which are empty and have'} no page yet`] : []),
        ...(drafts.length > 0 ? [`${drafts.map(fromCwd).join(', ')}, ${drafts.length === 1 ? 'a draft, which has' : 'drafts, which have'} no page yet`] : []),
      ];
      const refused = `${shown}: links to ${reasons.join(', and to ')}`;
      if (node.folder !== null) {
        // A folder's page: the files below it are still published, under its page (refusedFolderPage).
        planned.push({ node, shown, storage: '', attachments: new Map(), entry: published.get(node.file ?? node.key) ?? null, notes: [], refused: `${refused} (${fix})` });
        continue;
      }
      failedKeys.add(node.key);
      record(emptyResult(shown, { title: node.title, status: 'failed', message: `${refused} (${fix}; nothing was sent for this file)` }));
      continue;
    }
    const storage = writeStorage(rewritten.hub, report);
    const notes = [...new Set(report.entries.filter((e) => e.kind !== 'kept-invisible').map((e) => e.message))];
    planned.push({ node, shown, storage, attachments: rewritten.attachments, entry: published.get(node.file ?? node.key) ?? null, notes, linked: rewritten.pages });
  }

  // Creates an earlier run sent and did not record (it was stopped in between), read before this run adds its own.
  const pending = await readPendingCreates(root);
  if (!options.dryRun) await freeTradedTitles(planned, options, manifest, root);
  const pageIds = new Map<string, string>();
  const linkCheck: LinkCheck = { nodeAt, titleAt, published, manifest, pending, options, topParent, cwd, root, pageIds, holders: new Map() };
  for (const item of planned) {
    const { node, shown } = item;
    const parentId = node.parentKey === null ? topParent : (pageIds.get(node.parentKey) ?? null);
    try {
      if (node.parentKey !== null && parentId === null) {
        if (options.dryRun && !failedKeys.has(node.parentKey)) {
          record(await underNewParent(item, root));
          continue;
        }
        throw new WikiportError(`not published: the page of its folder (${node.parentKey}) could not be published`);
      }
      const why = item.refused === undefined ? await linksToOthersPage(item, linkCheck) : null;
      if (why !== null && node.folder === null) {
        failedKeys.add(node.key);
        record(emptyResult(shown, { pageId: item.entry?.id ?? null, title: node.title, status: 'failed', message: `${why}; nothing was sent for this file` }));
        continue;
      }
      if (why !== null) item.refused = why;
      if (item.refused !== undefined) {
        const outcome = await refusedFolderPage(item, parentId, options, manifest, root, pending);
        if (outcome.pageId) pageIds.set(node.key, outcome.pageId);
        record(outcome.result);
        continue;
      }
      const outcome = await publishOne(item, parentId, options, manifest, root, pending);
      if (outcome.pageId) pageIds.set(node.key, outcome.pageId);
      else if (outcome.result.status !== 'would-create') failedKeys.add(node.key);
      record(outcome.result);
    } catch (error) {
      if (!isWikiportError(error) && !(error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string')) throw error;
      const conflict = isWikiportError(error) && error.exitCode === ExitCode.conflict;
      // A page made before the failure (its picture failed to upload, say) still holds the pages under it.
      const made = item.entry === null ? Object.values(manifest.pages).find((p) => !p.deleted && p.publishedFrom === (node.file ?? node.key)) : undefined;
      if (made) pageIds.set(node.key, made.id);
      else failedKeys.add(node.key);
      const after = made ? `; page ${made.id} was made, and the next run sends what is missing` : '';
      record(emptyResult(shown, { pageId: made?.id ?? item.entry?.id ?? null, title: node.title, status: conflict ? 'conflict' : 'failed', message: `${shown}: ${(error as Error).message}${after}` }));
    }
  }
  const now = options.now ?? (() => new Date());
  for (const result of await settleRemovedPages(removed, { client: options.client, manifest, root, cwd, dryRun: options.dryRun ?? false, deleteRemoved: options.deleteRemoved ?? false, force: options.force ?? false, now })) record(result);
  const exitCode = results.some((r) => r.status === 'conflict') ? 3 : results.some((r) => r.status === 'failed') ? 1 : 0;
  return { pages: results, exitCode };
}

interface LinkCheck {
  nodeAt: Map<string, PublishNode>;
  titleAt: Map<string, string>;
  published: Map<string, ManifestPage>;
  manifest: Manifest;
  pending: PendingCreates;
  options: PublishOptions;
  topParent: string | null;
  cwd: string;
  root: string;
  /** The pages sent (or left as they were) so far this run, by node key. */
  pageIds: Map<string, string>;
  /** Title (lower case) -> the page of the space holding it, looked up once a run. */
  holders: Map<string, RemotePage | null>;
  spaceKey?: string | null;
}

/**
 * Why the page about to be sent must not be, when a link of it to another file of the folder would
 * reach a page this folder did not make: links go by title, and a file with no page of that title
 * yet (new and not made yet, retitled, or refused this run) may share its title with another page
 * of the space (a GitHub wiki clone's `[Install](Installation)` beside another tree's
 * "Installation"). One lookup per title, none for a page sent before with the same body, nor for
 * links to pages this folder made with that title (earlier runs, or earlier in this one).
 */
async function linksToOthersPage(item: Planned, run: LinkCheck): Promise<string | null> {
  const { options, manifest } = run;
  if (!item.linked || item.linked.length === 0) return null;
  if (item.entry && item.entry.files.storage.sha256 === sha256(item.storage)) return null;
  const reasons: string[] = [];
  for (const path of item.linked) {
    const node = run.nodeAt.get(path.normalize('NFC'));
    const title = run.titleAt.get(path.normalize('NFC'));
    if (!node || title === undefined || node === item.node) continue;
    const own = run.published.get(node.file ?? node.key);
    if (own && own.title.toLowerCase() === title.toLowerCase()) continue;
    if (run.pageIds.has(node.key) && manifest.pages[run.pageIds.get(node.key) ?? '']?.title.toLowerCase() === title.toLowerCase()) continue;
    if (run.spaceKey === undefined) run.spaceKey = await spaceOfRun(options, manifest, run.topParent);
    if (run.spaceKey === null) return null;
    const key = title.toLowerCase();
    if (!run.holders.has(key)) run.holders.set(key, await options.client.findPageByTitle(run.spaceKey, title).catch(() => null));
    const holder = run.holders.get(key) ?? null;
    if (!holder || (manifest.pages[holder.id] && !manifest.pages[holder.id]?.deleted)) continue;
    const pendingOurs = run.pending[node.key];
    if (pendingOurs && pendingOurs.title.toLowerCase() === key && holder.version === 1) continue;
    const file = relative(run.cwd, join(run.root, node.file ?? node.key)) || node.key;
    reasons.push(`${file}, which has no page of that title, and whose title "${title}" page ${holder.id} of the space ${run.spaceKey} holds, which this folder did not make (the link would go there)`);
  }
  if (reasons.length === 0) return null;
  return `${item.shown}: links to ${reasons.join(', and to ')}: give ${reasons.length === 1 ? 'that file' : 'those files'} another "title:" in ${reasons.length === 1 ? 'its' : 'their'} front matter, or remove the link`;
}

/** The space the folder's new pages go to: --space, else where it published before, else the --parent page's. */
async function spaceOfRun(options: PublishOptions, manifest: Manifest, topParent: string | null): Promise<string | null> {
  if (options.spaceKey) return options.spaceKey;
  const published = Object.values(manifest.pages).find((p) => p.publishedFrom !== undefined && !p.deleted && p.spaceKey)?.spaceKey;
  if (published) return published;
  if (topParent === null) return null;
  return manifestSpace(manifest, topParent) ?? (await options.client.getPage(topParent).catch(() => null))?.spaceKey ?? null;
}

/**
 * Files that trade titles in one run (a.md "Alpha" → "Beta", b.md "Beta" → "Alpha"; any cycle):
 * titles are unique in a space, so each page whose title another file of the run takes, and that
 * is retitled itself, first goes through a temporary title (its body as last sent), recorded in the
 * manifest; the run then retitles them as usual. A run stopped in between leaves a page under its
 * temporary title, which the next run retitles (the manifest knows it). A retitle that fails here
 * is left to the page's own update, which says why on its line.
 */
async function freeTradedTitles(planned: readonly Planned[], options: PublishOptions, manifest: Manifest, root: string): Promise<void> {
  const key = (title: string): string => title.toLowerCase();
  const retitled = planned.filter((i) => i.entry !== null && i.refused === undefined && key(i.entry.title) !== key(i.node.title));
  const wanted = new Set(retitled.map((i) => key(i.node.title)));
  for (const item of retitled) {
    const entry = item.entry;
    if (!entry || !wanted.has(key(entry.title))) continue;
    const storage = await readFile(join(root, entry.files.storage.path), 'utf8').catch(() => null);
    if (storage === null) continue;
    const suffix = ` (retitling page ${entry.id})`;
    const title = `${[...entry.title].slice(0, 255 - suffix.length).join('')}${suffix}`;
    try {
      const written = await options.client.updatePage({ id: entry.id, title, storage, version: entry.version + 1, parentId: entry.parentId, message: `wikiport: temporary title while files trade titles` });
      item.entry = { ...entry, title, version: written.version };
      manifest.pages[entry.id] = item.entry;
      await writeManifest(root, manifest);
    } catch (error) {
      if (!(error instanceof ConfluenceHttpError)) throw error;
    }
  }
}

/**
 * A folder's page whose file cannot be sent as written (a broken link) is refused, and the files
 * below it are published all the same, under its page: the page the last publish made, left as it
 * was, or on the first run an empty page with the folder page's title, recorded for its file, so
 * that the run after the fix fills it (an update of the same page, the files below unmoved).
 */
async function refusedFolderPage(item: Planned, parentId: string | null, options: PublishOptions, manifest: Manifest, root: string, pending: PendingCreates): Promise<{ pageId: string | null; result: PagePushResult }> {
  const { node, shown, entry } = item;
  const refused = item.refused ?? '';
  if (entry) {
    return { pageId: entry.id, result: emptyResult(shown, { pageId: entry.id, title: entry.title, status: 'failed', message: `${refused}; page ${entry.id} keeps what the last publish sent, and the pages under it are published under it` }) };
  }
  if (options.dryRun) {
    return { pageId: null, result: emptyResult(shown, { title: node.title, status: 'failed', message: `${refused}; would create its page empty so that the pages under it are published; nothing was sent` }) };
  }
  // Recorded with the text of no file: the fixed file differs from it, so the next run sends it.
  const outcome = await publishOne({ ...item, node: { ...node, text: '', labels: [] } }, parentId, options, manifest, root, pending);
  const created = outcome.pageId ? `its page was created empty (page ${outcome.pageId}) so that the pages under it are published: fix the link and publish again to fill it` : outcome.result.message;
  return { pageId: outcome.pageId, result: { ...outcome.result, status: 'failed', message: `${refused}; ${created}` } };
}

/**
 * A dry run's line for a file whose folder page does not exist yet (it would be created first): a
 * file that has a page (moved into a new folder) would update that page under the new one, not
 * create a page; either way the storage it would send is shown, as for every other file.
 */
async function underNewParent(item: Planned, root: string): Promise<PagePushResult> {
  const { node, shown, entry, storage } = item;
  if (item.refused !== undefined) return emptyResult(shown, { title: node.title, status: 'failed', message: `${item.refused}; would create its page empty so that the pages under it are published; nothing was sent` });
  const base = entry ? await readFile(join(root, entry.files.storage.path), 'utf8').catch(() => '') : '';
  const diff = storageDiff(base, storage, { from: entry ? `page ${entry.id}` : '(no page yet)', to: shown }) || null;
  const uploads = (await attachmentChanges(item, root, entry)).length;
  const what = entry ? `would update page ${entry.id} and move it under the new page of ${node.parentKey ?? ''}` : `would create "${node.title}" under the page of ${node.parentKey ?? ''}`;
  return emptyResult(shown, { pageId: entry?.id ?? null, title: node.title, status: entry ? 'would-update' : 'would-create', diff, message: `${what}${uploads ? ` and upload ${uploads} attachment(s)` : ''}; nothing was sent${notesText(item.notes)}` });
}

/** A Markdown file with nothing in it (white space at most) is no page: it is skipped, not published empty. */
function isEmptyFile(node: PublishNode): boolean {
  return node.folder === null && node.file !== null && node.problem === null && node.text.trim() === '';
}

function emptyFileResult(node: PublishNode, shown: string, entry: ManifestPage | null): PagePushResult {
  const what = entry
    ? `page ${entry.id} keeps what the last publish sent (to remove the page, delete the file and publish with --delete-removed)`
    : 'nothing was published for it (write the page in it, or remove the file)';
  return emptyResult(shown, { title: node.title, status: 'unchanged', message: `skipped: ${shown} is empty; ${what}` });
}

/** A draft (`draft: true` in its front matter) is left out, as static site generators leave it out of the site. */
function draftResult(node: PublishNode, shown: string, entry: ManifestPage | null): PagePushResult {
  const what = entry
    ? `page ${entry.id} keeps what the last publish sent (to remove the page, delete the file and publish with --delete-removed)`
    : 'nothing was published for it (remove "draft: true" to publish it)';
  // No page id, like an empty file's line: the summary lists it, so a skipped draft is never silent.
  return emptyResult(shown, { title: entry?.title ?? node.title, status: 'unchanged', message: `skipped: ${shown} is a draft (draft: true in its front matter); ${what}` });
}

/** The page the top of the tree goes under: --parent, else what the manifest recorded, else the space's top (null). */
async function resolveTopParent(options: PublishOptions, nodes: PublishNode[], published: Map<string, ManifestPage>): Promise<string | null> {
  if (options.parentId) {
    // Checked once, before any file: a wrong --parent is the command's mistake, not each file's.
    const id = options.parentId;
    if (!/^\d+$/.test(id)) throw new WikiportError(`--parent ${id}: a page id is a number (the digits in the page's address, …/pages/123456/…)`, ExitCode.usage);
    const parent = await options.client.findPage(id);
    if (parent === null) {
      throw new WikiportError(`--parent ${id}: no such page, or the account may not see it; check the id (nothing was sent)`, ExitCode.usage);
    }
    // A page's children live in its space: --space naming another is the command's mistake, said once.
    if (options.spaceKey && parent.spaceKey && parent.spaceKey.toUpperCase() !== options.spaceKey.toUpperCase()) {
      throw new WikiportError(`--parent ${id} is a page of the space ${parent.spaceKey}, not ${options.spaceKey}: leave out --space (the pages go in the parent's space) or give a parent page of ${options.spaceKey} (nothing was sent)`, ExitCode.usage);
    }
    return id;
  }
  const top = nodes.find((n) => n.parentKey === null && published.has(n.file ?? n.key));
  if (top) return published.get(top.file ?? top.key)?.parentId ?? null;
  if (!options.spaceKey) {
    throw new WikiportError(`${options.dir}: say where the pages go: --parent ID (a page) or --space KEY (the top of a space)`, ExitCode.usage);
  }
  // Checked once, before any file, like --parent.
  const space = await options.client.getSpace(options.spaceKey).catch((error: unknown) => {
    if (error instanceof ConfluenceHttpError && error.status === 404) return null;
    throw error;
  });
  if (space === null) {
    throw new WikiportError(`--space ${options.spaceKey}: no such space, or the account may not see it; check the key (as in the space's address, …/spaces/KEY/…; keys are case-sensitive) (nothing was sent)`, ExitCode.usage);
  }
  return null;
}

async function publishOne(item: Planned, parentId: string | null, options: PublishOptions, manifest: Manifest, root: string, pending: PendingCreates): Promise<{ pageId: string | null; result: PagePushResult }> {
  const { node, shown, storage, entry } = item;
  if (entry && parentId === entry.id) throw new WikiportError(`page ${entry.id} cannot be its own parent; pass --parent with another page`);
  const client = options.client;
  const sourceHash = sha256(node.text);
  const sameBody = entry !== null && entry.files.storage.sha256 === sha256(storage);
  const attachmentWork = await attachmentChanges(item, root, entry);
  if (entry && sameBody && entry.title === node.title && entry.parentId === parentId && sameLabels(entry.labels, node.labels) && attachmentWork.length === 0) {
    const from = node.file ?? node.key;
    const moved = entry.publishedFrom !== from || (node.file !== null && entry.files.md !== undefined && entry.files.md.path !== node.file);
    if (((entry.files.md && entry.files.md.sha256 !== sourceHash) || moved) && !options.dryRun) {
      // Only the file's spelling or place changed (formatting, a rename): remember it, send nothing.
      const md = node.file ? { md: { path: node.file, sha256: sourceHash } } : {};
      manifest.pages[entry.id] = { ...entry, publishedFrom: from, files: { ...entry.files, ...md } };
      await writeManifest(root, manifest);
    }
    return { pageId: entry.id, result: emptyResult(shown, { pageId: entry.id, title: entry.title, status: 'unchanged', baseVersion: entry.version, message: 'unchanged since the last publish; nothing sent' }) };
  }
  // A later run without --space: the space the folder's pages were published to (a file that
  // failed on the first run, at the top of a space, is created there too).
  const publishedSpace = Object.values(manifest.pages).find((p) => p.publishedFrom !== undefined && !p.deleted && p.spaceKey)?.spaceKey ?? null;
  const spaceKey = entry?.spaceKey ?? options.spaceKey ?? (parentId ? ((manifestSpace(manifest, parentId)) ?? (await client.getPage(parentId)).spaceKey) : publishedSpace);
  if (!spaceKey) throw new WikiportError(parentId ? `the space of parent page ${parentId} is unknown; pass --space KEY` : 'the space the pages go to is unknown; pass --space KEY (or --parent ID)');
  const uploads = attachmentWork.length;
  if (options.dryRun) {
    const status = entry ? 'would-update' : 'would-create';
    const base = entry ? await readFile(join(root, entry.files.storage.path), 'utf8').catch(() => '') : '';
    const what = `${entry ? `would update page ${entry.id}` : `would create "${node.title}"`}${uploads ? ` and upload ${uploads} attachment(s)` : ''}; nothing was sent${notesText(item.notes)}`;
    return { pageId: entry?.id ?? null, result: emptyResult(shown, { pageId: entry?.id ?? null, title: node.title, status, diff: storageDiff(base, storage, { from: entry ? `page ${entry.id}` : '(no page yet)', to: shown }) || null, message: what }) };
  }

  let status: 'created' | 'updated';
  let written: WrittenPage;
  let restored = false;
  if (!entry) {
    await setPendingCreate(root, node.key, { title: node.title, parentId });
    try {
      written = await client.createPage({ spaceKey, parentId, title: node.title, storage });
    } catch (error) {
      written = await pageOfTitle(error, item, parentId, spaceKey, client, pending);
    }
    status = 'created';
  } else if (!sameBody || entry.title !== node.title || entry.parentId !== parentId) {
    const update = (version: number) => client.updatePage({ id: entry.id, title: node.title, storage, version, parentId, ...(options.message ? { message: options.message } : {}) });
    // Export refuses to replace an edited file and `push FILE` is refused for a published folder: say the way that works.
    const conflict = () => new WikiportError(
      `page ${entry.id} "${entry.title}" was changed on the wiki since the last publish (version ${entry.version}): to keep that edit, move ${shown} aside, export the folder to take it in, redo your edit in the new file and publish again; to write your file over it, publish with --force (the wiki's version is backed up first)`,
      ExitCode.conflict,
    );
    const send = async (version: number): Promise<WrittenPage> => {
      try {
        return await update(version);
      } catch (error) {
        if (error instanceof ConfluenceHttpError && error.status === 409 && options.force) {
          // --force: the wiki's edit is backed up (`wikiport restore` puts it back), then written over.
          const current = await client.getPage(entry.id, { body: true });
          await saveBackup(root, entry.id, current.version, current.storage ?? '');
          return update(current.version + 1);
        }
        if (error instanceof ConfluenceHttpError && error.status === 409) throw conflict();
        if (error instanceof ConfluenceHttpError && error.status === 404) {
          throw new WikiportError(`page ${entry.id} "${entry.title}" is no longer on the wiki (moved to the trash or deleted there): restore it from the trash of space ${spaceKey} and publish again (nothing was sent)`);
        }
        if (error instanceof ConfluenceHttpError && error.status === 400 && entry.title !== node.title) await explainTakenTitle(node.title, entry.id, spaceKey, client, manifest);
        throw error;
      }
    };
    written = await send(entry.version + 1);
    if (written.version < entry.version + 1) {
      // The page was in the wiki's trash: Confluence restores it on such an update, with the body
      // and version it had. The edit is sent once more, now onto the restored page.
      restored = true;
      const current = await client.getPage(entry.id, { body: true });
      if (current.version !== entry.version && !options.force) throw conflict();
      written = await send(current.version + 1);
    }
    status = 'updated';
  } else {
    written = { id: entry.id, version: entry.version, storage: null, webUrl: entry.sourceUrl, spaceKey: entry.spaceKey, parentId };
    status = 'updated';
  }
  if (entry && !sameLabels(entry.labels, node.labels)) {
    const add = node.labels.filter((l) => !entry.labels.includes(l));
    if (add.length > 0) await client.addLabels(entry.id, add);
    for (const gone of entry.labels.filter((l) => !node.labels.includes(l))) await client.removeLabel(entry.id, gone);
  }
  const sent = written.storage ?? storage;
  const storagePath = storageRelativePath(written.id);
  await writeFileAtomic(join(root, storagePath), sent);
  const page: ManifestPage = {
    id: written.id,
    title: node.title,
    spaceKey: written.spaceKey ?? spaceKey,
    // Created at the top of a space, the page is where the wiki put it (Cloud: under the home
    // page), so that an export sees it where the manifest says and a re-run does not move it.
    parentId: status === 'created' && parentId === null ? written.parentId : parentId,
    version: written.version,
    // A new page's labels are recorded once they were added (below), so a failure retries them.
    labels: status === 'created' ? [] : [...node.labels],
    sourceUrl: written.webUrl ?? entry?.sourceUrl ?? null,
    files: { ...(node.file ? { md: { path: node.file, sha256: sourceHash } } : {}), storage: { path: storagePath, sha256: sha256(storage) } },
    attachments: entry?.attachments ?? [],
    attachmentsExported: false,
    redaction: null,
    jiraBaseUrl: null,
    publishedFrom: node.file ?? node.key,
    ...(node.titleFromHeading ? { titleFromHeading: true } : {}),
    exportedAt: (options.now ?? (() => new Date()))().toISOString(),
    deleted: false,
    deletedAt: null,
  };
  manifest.pages[page.id] = page;
  await writeManifest(root, manifest);
  if (!entry) await setPendingCreate(root, node.key, null);
  if (status === 'created' && node.labels.length > 0) {
    await client.addLabels(page.id, node.labels);
    page.labels = [...node.labels];
  }
  const uploaded = await uploadAttachments(client, page, attachmentWork);
  manifest.pages[page.id] = page;
  await writeManifest(root, manifest);
  const did = status === 'created' ? `created page ${page.id} "${page.title}"${parentId ? ` under ${parentId}` : ` at the top of ${spaceKey}`}` : written.version !== entry?.version ? `${restored ? `restored page ${page.id} from the wiki's trash and updated it` : `updated page ${page.id}`} to version ${page.version}` : `page ${page.id} unchanged`;
  const message = `${did}${uploaded ? `; ${uploaded} attachment(s) uploaded` : ''}${sameBody ? '' : notesText(item.notes)}`;
  return { pageId: page.id, result: emptyResult(shown, { pageId: page.id, title: page.title, status, baseVersion: entry?.version ?? null, newVersion: page.version, message }) };
}

/** How to name one of the files `[[name]]` matches: with its folder, or from the top (`/Note`). */
function exampleSpelling(files: readonly string[], name: string): string {
  const file = files.find((f) => f.includes('/')) ?? files[0] ?? '';
  const folder = posix.dirname(file);
  return folder === '.' ? `/${name}` : `${folder}/${posix.basename(name)}`;
}

/** Files of the folder (relative to it, `/`-separated), without hidden ones, `.wikiport/` and `node_modules/`; links are not followed. */
function listFolderFiles(root: string, folder = ''): string[] {
  const files: string[] = [];
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === manifestDirName || entry.name === 'node_modules') continue;
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) files.push(...listFolderFiles(root, path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/**
 * The files an Obsidian `[[name]]` names, found as Obsidian finds them: by file name anywhere in
 * the folder (`Note` is `Note.md`, `diagram.png` that file), or by the end of the path when the
 * name has folders in it (`guide/Note` is a `Note.md` in a folder `guide`). A name with no file of
 * its own spelling is tried as a Markdown file (`v1.2 notes` is `v1.2 notes.md`).
 */
function filesNamed(files: readonly string[], name: string): string[] {
  // `/Note` or `./Note` names the one at the top of the folder.
  const fromTop = /^\.?\//.test(name);
  const wanted = name.replace(/^\.?\//, '').normalize('NFC');
  const matching = (spelled: string): string[] => files.filter((f) => {
    const file = f.normalize('NFC');
    return file === spelled || (!fromTop && file.endsWith(`/${spelled}`));
  });
  const asMarkdown = wanted.toLowerCase().endsWith('.md') ? [] : matching(`${wanted}.md`);
  if (posix.extname(wanted) === '' && asMarkdown.length > 0) return asMarkdown;
  const exact = matching(wanted);
  return exact.length > 0 ? exact : asMarkdown;
}

/** The path, relative to `root`, of the file whose name is `path` in another Unicode normal form (NFC and NFD), or null. */
function spelledOnDisk(root: string, path: string): string | null {
  if (!/[^ -~]/.test(path)) return null;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    let entries: string[];
    try {
      entries = readdirSync(join(root, ...parts));
    } catch {
      return null;
    }
    const wanted = part.normalize('NFC');
    const found = entries.includes(part) ? part : entries.find((entry) => entry.normalize('NFC') === wanted);
    if (found === undefined) return null;
    parts.push(found);
  }
  return parts.join('/');
}

/**
 * A retitle the wiki refused because another page holds the title: which page, and how to get
 * there (two files that trade titles need a run with a temporary title between). Returns when no
 * other page holds it (the 400 was about something else).
 */
async function explainTakenTitle(title: string, pageId: string, spaceKey: string, client: PublishClient, manifest: Manifest): Promise<void> {
  const holder = await client.findPageByTitle(spaceKey, title).catch(() => null);
  if (!holder || holder.id === pageId) return;
  const ours = manifest.pages[holder.id];
  const file = ours?.publishedFrom ?? ours?.files.md?.path;
  if (ours && file !== undefined) {
    throw new WikiportError(`the title "${title}" is still held by page ${holder.id} (${file}), which this folder published; titles are unique in a space: when files trade titles, publish once with a temporary "title:" in the front matter of one of them, then again with the title you want`);
  }
  throw new WikiportError(`the space ${spaceKey} already has a page titled "${title}" (page ${holder.id}), which this folder did not make; titles are unique in a space: give the file another "title:" in its front matter`);
}

/**
 * A create the wiki refused: when the space already has a page of that title, either it is the
 * page an earlier run created and was stopped before recording (pending, same parent, never
 * edited), which this run takes as its own, or someone else's, and the file is refused saying
 * how to give it another title.
 */
async function pageOfTitle(error: unknown, item: Planned, parentId: string | null, spaceKey: string, client: PublishClient, pending: PendingCreates): Promise<WrittenPage> {
  if (!(error instanceof ConfluenceHttpError) || error.status !== 400) throw error;
  const { node } = item;
  const existing = await client.findPageByTitle(spaceKey, node.title);
  if (!existing) throw error;
  const ours = pending[node.key];
  if (ours && ours.title === node.title && ours.parentId === parentId && existing.version === 1 && (existing.parentId === parentId || (parentId === null && (await isAtSpaceTop(existing, spaceKey, client))))) {
    return { id: existing.id, version: existing.version, storage: null, webUrl: existing.webUrl, spaceKey: existing.spaceKey ?? spaceKey, parentId: existing.parentId };
  }
  const retitle = node.file === null ? `give the folder an index.md with a "title:" in its front matter` : `give the file another "title:" in its front matter`;
  throw new WikiportError(`the space ${spaceKey} already has a page titled "${node.title}" (page ${existing.id}), which this folder did not make; titles are unique in a space: ${retitle}`);
}

type WrittenPage = { id: string; version: number; storage: string | null; webUrl: string | null; spaceKey: string | null; parentId: string | null };

/** A page created without a parent lies at the top of its space, or (Cloud) under the space's home page. */
async function isAtSpaceTop(page: RemotePage, spaceKey: string, client: PublishClient): Promise<boolean> {
  if (page.parentId === null) return true;
  const space = await client.getSpace(spaceKey).catch(() => null);
  return space !== null && space.homepageId === page.parentId;
}

/** The conversion's losses, said once with the page they concern (nothing is lost without a word). */
function notesText(notes: readonly string[]): string {
  return notes.length === 0 ? '' : `; not carried over: ${notes.join('; ')}`;
}

function manifestSpace(manifest: Manifest, pageId: string): string | null {
  return manifest.pages[pageId]?.spaceKey ?? null;
}

interface AttachmentWork {
  title: string;
  path: string;
  hash: string;
  data: Buffer;
  previous: ManifestAttachment | null;
}

/** The page's attachments whose bytes differ from what was uploaded before (or were never uploaded). */
async function attachmentChanges(item: Planned, root: string, entry: ManifestPage | null): Promise<AttachmentWork[]> {
  const work: AttachmentWork[] = [];
  for (const [title, path] of item.attachments) {
    const data = await readFile(join(root, path));
    const hash = sha256(data);
    const previous = entry?.attachments.find((a) => a.title === title) ?? null;
    if (previous && previous.sha256 === hash) {
      if (previous.path !== path) previous.path = path;
      continue;
    }
    work.push({ title, path, hash, data, previous });
  }
  return work;
}

async function uploadAttachments(client: PublishClient, page: ManifestPage, work: AttachmentWork[]): Promise<number> {
  let done = 0;
  for (const file of work) {
    let remote: RemoteAttachment;
    const upload = { pageId: page.id, filename: file.title, data: file.data, mediaType: mediaTypeOf(file.title) };
    try {
      remote = await client.uploadAttachment({ ...upload, attachmentId: file.previous?.id ?? null });
    } catch (error) {
      // The page already has a file of that name (an earlier run stopped before recording it, or
      // someone attached it on the wiki): add a version of that attachment instead.
      if (!(error instanceof ConfluenceHttpError) || error.status !== 400 || file.previous) throw error;
      let existing: RemoteAttachment | undefined;
      for await (const a of client.listAttachments(page.id)) if (a.title === file.title) existing = a;
      if (!existing) throw error;
      remote = await client.uploadAttachment({ ...upload, attachmentId: existing.id });
    }
    page.attachments = [...page.attachments.filter((a) => a.title !== file.title), { id: remote.id, title: remote.title, version: remote.version, path: file.path, sha256: file.hash }];
    done++;
  }
  return done;
}

const mediaTypes: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', webp: 'image/webp',
  pdf: 'application/pdf', txt: 'text/plain', csv: 'text/csv', json: 'application/json', zip: 'application/zip', html: 'text/html',
};

function mediaTypeOf(filename: string): string {
  const ext = filename.slice(filename.lastIndexOf('.') + 1).toLowerCase();
  return mediaTypes[ext] ?? 'application/octet-stream';
}

/**
 * Whether `push PATH` publishes a folder: PATH is a folder, and either it lies in no export folder
 * (and `--create` was given), or it is a folder published before (its manifest records published
 * pages), or (with `--create`) a converted tree whose manifest records no page at all.
 */
export async function isPublishedFolder(path: string, create: boolean): Promise<boolean> {
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    return false;
  }
  if (!folder) return false;
  const exportDir = findExportDir(path);
  if (exportDir === null) return create;
  if (resolve(exportDir) !== resolve(path)) return false;
  const manifest = await readManifest(exportDir);
  const pages = Object.values(manifest?.pages ?? {});
  // `convert --for-new-site` writes a tree whose manifest names no page: with --create, every file
  // of it is a new page, which is what publishing does (attachments included).
  return pages.some((p) => p.publishedFrom !== undefined) || (create && pages.length === 0);
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
