// push/: push of edited Markdown and JSON as new versions: version checks, merges, conflicts, backups, restore, page creation. Block diff and patch in push/blocks/, JSON edits in push/json-edits/, storage-level edits both use in push/storage-edits/.
import { existsSync } from 'node:fs';
import { readFile, rename } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { isPublishedFolder, publishFolder, type PublishClient } from './publish-folder.js';
import { ExitCode, WikiportError, isWikiportError } from '../errors.js';
import { ConfluenceHttpError } from '../confluence/http-error.js';
import type { ConfluenceClient } from '../confluence/client.js';
import { readBackup } from './backups.js';
import { emptyManifest, manifestDirName, readExportedStorage, readManifest, sha256, writeManifest, type Manifest, type ManifestPage } from '../manifest/manifest.js';
import { hubBlockConverters } from './push-converters.js';
import { createPageFromFile } from './push-create.js';
import { markdownEdit, type LocalEdit } from './push-edit.js';
import { recordPushedPage } from './push-files.js';
import { resolvePushInputs, type PushInput } from './push-inputs.js';
import { pushExistingPage } from './push-page.js';
import { refuseRedacted } from './push-redaction-guard.js';
import { renderOptionsFor, type UserNameSource } from './push-render-options.js';
import { emptyResult, type PagePushResult, type PushClient, type PushOptions, type PushSummary } from './push-types.js';
import { jsonEdit } from './json-edits/json-edits.js';
import { sameLabels } from '../manifest/label-sets.js';
import { removeStaleTempFiles } from '../files/stale-temp-files.js';
import { declaredPage } from '../export/declared-page.js';
import { RefusedEditError, checkDeclaredId, editText } from './push-input-check.js';
import { notAnExportFolder } from './push-inputs.js';
import { OutputTree } from '../files/no-links-below.js';
import { refuseOtherSite } from '../manifest/manifest-site.js';
import { lockFolder, type FolderLock } from '../files/folder-lock.js';

export type { PushOptions, PushSummary, PagePushResult } from './push-types.js';

/**
 * `wikiport push`: writes edited Markdown and JSON files of an export folder back to the wiki,
 * each as a new version, only what changed since export, never over someone else's edit.
 * One page failing does not stop the others; the summary's exit code says how it went.
 */
export async function pushPages(options: PushOptions): Promise<PushSummary> {
  const cwd = options.cwd ?? process.cwd();
  const [only] = options.paths;
  if (options.paths.length === 1 && only !== undefined && (await isPublishedFolder(resolve(cwd, only), options.create ?? false))) {
    const client = options.client as PushClient & Partial<PublishClient>;
    if (!client.uploadAttachment || !client.listAttachments) throw new WikiportError('publishing a folder needs a client that uploads attachments');
    return publishFolder({
      dir: only,
      client: client as PublishClient,
      ...(options.parentId !== undefined ? { parentId: options.parentId } : {}),
      ...(options.spaceKey !== undefined ? { spaceKey: options.spaceKey } : {}),
      dryRun: options.dryRun ?? false,
      deleteRemoved: options.deleteRemoved ?? false,
      force: options.force ?? false,
      ...(options.message !== undefined ? { message: options.message } : {}),
      cwd,
      ...(options.now ? { now: options.now } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(siteOf(options.client) ? { site: siteOf(options.client) as string } : {}),
    });
  }
  if (options.deleteRemoved) {
    throw new WikiportError(`--delete-removed is for publishing a folder (push DIR --create, or a folder published before); ${options.paths.join(', ')} is not one`);
  }
  const inputs = await resolvePushInputs(options.paths, cwd);
  if (inputs.length === 0) throw new WikiportError(`No Markdown or JSON files in ${options.paths.join(', ')}`);
  if (!options.create) {
    const outside = await notAnExportFolder(options.paths, inputs, cwd);
    if (outside) {
      throw new WikiportError(
        `${outside} is not an export folder: neither it nor a folder above it holds .wikiport/manifest.json. Push the folder \`wikiport export --out\` wrote, or pass --create to create new pages from its files`,
      );
    }
  }
  const manifests = new Map<string, Manifest>();
  // A manifest that does not read (or a linked .wikiport) stops the push before anything is sent:
  // no file of that folder can be pushed, and one clear error beats one per file.
  const site = (options.client as Partial<Pick<ConfluenceClient, 'site'>>).site?.base;
  const exportDirs = [...new Set(inputs.map((i) => i.exportDir).filter((d): d is string => d !== null))];
  // Two pushes (or a push and an export) into one folder at once would each write the manifest they
  // read, losing the other's versions: one run at a time, as export and publishing do.
  const locks: FolderLock[] = [];
  try {
    if (!options.dryRun) for (const dir of exportDirs) locks.push(await lockFolder(join(dir, manifestDirName), 'export.lock', `wikiport push into ${relative(cwd, dir) || '.'}`));
    for (const dir of exportDirs) await loadManifest(dir, manifests, site);
    return await pushInputs(inputs, options, manifests, cwd);
  } finally {
    for (const lock of locks) await lock.release();
  }
}

async function pushInputs(inputs: PushInput[], options: PushOptions, manifests: Map<string, Manifest>, cwd: string): Promise<PushSummary> {
  const results: PagePushResult[] = [];
  let siteChecked = false;
  for (const input of inputs) {
    const shown = relative(cwd, input.file) || input.file;
    const explicitlyNamed = options.paths.some((p) => relative(cwd, input.file) === relative(cwd, p) || input.file === p);
    const known: Known = { pageId: null, title: null, baseVersion: null };
    try {
      results.push(await pushOne(input, shown, explicitlyNamed, options, manifests, known));
    } catch (error) {
      // A page "not found" or an answer that is not JSON may mean a wrong base URL: look once.
      if (!siteChecked && siteSuspect(error) && options.client.checkSite) {
        siteChecked = true;
        const problem = await options.client.checkSite().catch(() => null);
        if (problem) throw new WikiportError(problem);
      }
      // One page failing (bad file, unreadable file, refused write) never stops the others.
      const fileError = error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
      if (!isWikiportError(error) && !fileError) throw error;
      results.push(
        emptyResult(shown, {
          ...known,
          status: error instanceof RefusedEditError ? 'refused' : isWikiportError(error) && error.exitCode === ExitCode.conflict ? 'conflict' : 'failed',
          message: error instanceof RefusedEditError ? error.message.replace(`${shown}: `, '') : isWikiportError(error) ? error.message : `${shown}: ${(error as Error).message}`,
        }),
      );
    }
  }
  // A conflict outranks a refused file (usage), which outranks a page that failed.
  const exitCode = results.some((r) => r.status === 'conflict') ? 3 : results.some((r) => r.status === 'refused') ? 2 : results.some((r) => r.status === 'failed') ? 1 : 0;
  return { pages: results, exitCode };
}

/** The base URL the client writes to (a test double may have none). */
function siteOf(client: PushClient): string | undefined {
  return (client as Partial<Pick<ConfluenceClient, 'site'>>).site?.base;
}

function siteSuspect(error: unknown): boolean {
  if (!(error instanceof ConfluenceHttpError)) return false;
  return error.status === 404 || (error.status !== null && error.status < 300);
}

async function loadManifest(dir: string, cache: Map<string, Manifest>, site?: string): Promise<Manifest | null> {
  const cached = cache.get(dir);
  if (cached) return cached;
  // Push writes kept storage, backups and sibling files: never through a link in the export folder.
  const tree = new OutputTree(dir);
  await tree.assertFolderNoLinks('.wikiport/storage');
  await tree.assertFolderNoLinks('.wikiport/backups');
  const manifest = await readManifest(dir);
  if (manifest && site) refuseOtherSite(dir, manifest.baseUrl, site);
  if (manifest) {
    // A push killed part-way may have left temporary files in the export folder.
    await removeStaleTempFiles(dir);
    cache.set(dir, manifest);
  }
  return manifest;
}

function pageForFile(manifest: Manifest, input: PushInput, id: string | null): ManifestPage | null {
  const byPath = Object.values(manifest.pages).find((p) => p.files[input.kind]?.path === input.relativePath);
  const page = byPath ?? (id ? (manifest.pages[id] ?? null) : null);
  if (page?.deleted) {
    throw new WikiportError(
      `page ${page.id} "${page.title}" was deleted on the wiki (found missing by export); its file is kept but not pushed. Restore the page in Confluence and export again, or push the file as a new page with --create after removing its "id:"`,
    );
  }
  return page;
}

/**
 * A file that names a page by its id while the page's own file is still where export wrote it is
 * a copy (a draft kept beside it): pushing it would write the draft over the page. A file moved
 * elsewhere (the original gone) is the page's file under a new name, and pushes.
 */
function refuseCopy(shown: string, page: ManifestPage, input: PushInput, exportDir: string): void {
  const own = page.files[input.kind]?.path;
  if (!own || own === input.relativePath || !existsSync(join(exportDir, own))) return;
  throw new RefusedEditError(
    `${shown}: its ${input.kind === 'md' ? 'front matter' : '"id"'} names page ${page.id}, whose file is ${own}: a copy is not pushed (nothing was sent). Edit ${own}, or remove the id to make a new page with --create`,
  );
}

/** What is known about the page of a file, for the report when pushing it fails. */
interface Known {
  pageId: string | null;
  title: string | null;
  baseVersion: number | null;
}

async function pushOne(
  input: PushInput,
  shown: string,
  explicitlyNamed: boolean,
  options: PushOptions,
  manifests: Map<string, Manifest>,
  known: Known,
): Promise<PagePushResult> {
  const bytes = await readFile(input.file);
  // Read leniently to find the file's page; what is pushed is checked (editText) before use.
  const lenient = bytes.toString('utf8');
  const manifest = input.exportDir ? await loadManifest(input.exportDir, manifests) : null;
  const named = declaredPage(lenient, input.kind);
  // A page file that is a link could send any file of this machine (~/.ssh/id_rsa) to the wiki.
  if (input.exportDir && input.relativePath) {
    await new OutputTree(input.exportDir).assertFileNotLink(input.relativePath).catch((error: unknown) => {
      throw new RefusedEditError(error instanceof Error ? error.message : String(error));
    });
  }
  const page = manifest ? pageForFile(manifest, input, named.id) : null;
  if (page) Object.assign(known, { pageId: page.id, title: page.title, baseVersion: page.version });
  if (page && input.exportDir) refuseCopy(shown, page, input, input.exportDir);
  if (page?.publishedFrom !== undefined && input.exportDir) {
    // Its links are relative paths and its title may be its heading: only publishing reads it right.
    const folder = relative(process.cwd(), input.exportDir) || '.';
    throw new WikiportError(`${shown}: this page was published from the folder ${folder}; publish the folder to send its changes (wikiport push ${folder})`);
  }
  const users = options.client as Partial<UserNameSource>;

  if (!page || !manifest || !input.exportDir) {
    if (input.kind === 'json' || !options.create) {
      const message =
        input.kind === 'json'
          ? `not a page JSON file of an export (no entry in .wikiport/manifest.json); export the page first`
          : 'a new file (no page in the export manifest): pass --create to create it as a page';
      return emptyResult(shown, { status: explicitlyNamed ? 'failed' : 'unchanged', message: explicitlyNamed ? message : `skipped: ${message}` });
    }
    return createFromFile(input, shown, editText(shown, bytes, input.kind, options), options, manifest, manifests);
  }

  const recorded = page.files[input.kind];
  const hash = sha256(bytes);
  if (recorded && recorded.path === input.relativePath && recorded.sha256 === hash) {
    return emptyResult(shown, { pageId: page.id, title: page.title, status: 'unchanged', baseVersion: page.version, message: 'unchanged since export; nothing sent' });
  }
  const text = editText(shown, bytes, input.kind, options);
  checkDeclaredId(shown, named.id, page.id, input.kind);
  refuseRedacted(shown, page, null, null);
  const { base, baseStorage } = await baseOf(input.exportDir, page, named.version, shown);
  known.baseVersion = base.version;
  const render = options.render ?? (await renderOptionsFor(manifest, page, input.kind, baseStorage, users));
  const edit: LocalEdit =
    input.kind === 'md'
      ? markdownEdit(shown, text, base, baseStorage, hubBlockConverters(render))
      : jsonEdit(shown, text, base, baseStorage, render, { decisionLists: (options.client as Partial<Pick<ConfluenceClient, 'site'>>).site?.deployment !== 'dc' });
  refuseRedacted(shown, page, baseStorage, edit.storage);

  const labelsSame = edit.labels === null || sameLabels(edit.labels, page.labels);
  if (edit.storage === baseStorage && edit.title === page.title && labelsSame) {
    if (!options.dryRun) {
      manifest.pages[page.id] = { ...page, files: { ...page.files, [input.kind]: { path: input.relativePath!, sha256: hash } } };
      await writeManifest(input.exportDir, manifest);
    }
    return emptyResult(shown, { pageId: page.id, title: page.title, status: 'no-change', baseVersion: base.version, message: 'the edit does not change the page (formatting only); nothing sent' });
  }

  const outcome = await pushExistingPage({
    client: options.client,
    exportDir: input.exportDir,
    file: shown,
    page: base,
    baseStorage,
    edit,
    dryRun: options.dryRun ?? false,
    force: options.force ?? false,
    message: options.message,
  });
  if (outcome.written && !options.dryRun) {
    const updated: ManifestPage = { ...page, version: outcome.written.version, title: outcome.written.title, labels: outcome.written.labels };
    manifest.pages[page.id] = await recordPushedPage({
      exportDir: input.exportDir,
      page: updated,
      storage: outcome.written.storage,
      pushed: { kind: input.kind, relativePath: input.relativePath! },
      rewritePushed: outcome.written.merged,
      render: async (kind) => options.render ?? (await renderOptionsFor(manifest, updated, kind, outcome.written!.storage, users)),
    });
    await writeManifest(input.exportDir, manifest);
    if (outcome.written.merged) outcome.result.message += `; ${shown} was rewritten to include the wiki's changes`;
  }
  if (edit.notes.length > 0 && outcome.result.status !== 'conflict') outcome.result.message += ` (${edit.notes.join('; ')})`;
  return outcome.result;
}

/** `--create`: a Markdown file with no page yet becomes one, and the export folder records it. */
async function createFromFile(
  input: PushInput,
  shown: string,
  text: string,
  options: PushOptions,
  manifest: Manifest | null,
  manifests: Map<string, Manifest>,
): Promise<PagePushResult> {
  const exportDir = input.exportDir ?? dirname(input.file);
  const target = manifest ?? emptyManifest();
  const relativePath = input.relativePath ?? relative(exportDir, input.file).split('\\').join('/');
  const created = await createPageFromFile({
    client: options.client,
    manifest: target,
    file: shown,
    relativePath,
    text,
    parentId: options.parentId,
    spaceKey: options.spaceKey,
    dryRun: options.dryRun ?? false,
    render: options.render ?? (target.baseUrl ? { baseUrl: target.baseUrl } : {}),
    now: (options.now ?? (() => new Date()))(),
  });
  if (created.page) {
    target.pages[created.page.id] = await recordPushedPage({
      exportDir,
      page: created.page,
      storage: created.storage,
      pushed: { kind: 'md', relativePath },
      rewritePushed: false,
      render: async () => ({}),
    });
    manifests.set(exportDir, target);
    await writeManifest(exportDir, target);
  }
  return created.result;
}

/**
 * The storage the file was made from. Normally the exported storage; but a file that says it was
 * exported at an older version than the folder now describes (its sibling file was pushed
 * meanwhile, or it was pushed itself and edited again) was made from that older body, which push
 * backed up when it replaced it: the edit is taken against that body and merged with what the
 * wiki has now, so it never undoes the newer version.
 */
async function baseOf(exportDir: string, page: ManifestPage, declared: number | null, shown: string): Promise<{ base: ManifestPage; baseStorage: string }> {
  if (declared !== null && declared < page.version) {
    const older = await readBackup(exportDir, page.id, declared).catch(() => null);
    if (!older) {
      throw new WikiportError(
        `${shown}: the file was exported at version ${declared} of page ${page.id}, the export folder now describes version ${page.version} and keeps no copy of version ${declared}; export the page again and redo the edit`,
      );
    }
    return { base: { ...page, version: declared }, baseStorage: older.storage };
  }
  const baseStorage = await readExportedStorage(exportDir, page);
  const mend =
    'run the same export again (the command that wrote this folder): when the page has not changed on the wiki since, it restores the kept storage and keeps your edit, then push again; ' +
    'when it has, export says so, and the edit must be redone on the new file';
  if (baseStorage === null) {
    throw new WikiportError(`${shown}: the storage page ${page.id} was exported from (${page.files.storage.path}) is missing, so the edit cannot be turned into a page body (nothing was sent); ${mend}`);
  }
  if (sha256(baseStorage) !== page.files.storage.sha256) {
    // Set aside (never deleted), so that export sees it missing and fetches the page again.
    const aside = `${page.files.storage.path}.altered-${Date.now()}`;
    await rename(join(exportDir, page.files.storage.path), join(exportDir, aside));
    throw new WikiportError(
      `${shown}: the storage page ${page.id} was exported from (${page.files.storage.path}) does not match the SHA-256 recorded at export (changed by hand or damaged), so it cannot be the base of the edit (nothing was sent); it was moved to ${aside}. To mend: ${mend}`,
    );
  }
  return { base: page, baseStorage };
}

