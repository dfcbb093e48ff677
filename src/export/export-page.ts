import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { RemotePage, UserRef } from '../confluence/client.js';
import { convertMany } from '../convert-many.js';
import { ExitCode, WikiportError } from '../errors.js';
import type { RedactionRule } from '../redact/redaction-rule.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { OutputTree } from '../files/no-links-below.js';
import { linkTargetsFor, relativeFromPage } from './export-links.js';
import type { PageFileFormat } from './export-types.js';
import { declaredPage } from './declared-page.js';
import { sameLabels } from '../manifest/label-sets.js';
import { keptStorage } from './export-kept-storage.js';
import { manifestDirName, pageMetaOf, sha256, storageRelativePath, type ManifestFile, type ManifestPage } from '../manifest/manifest.js';
import { withOwnFrontMatter } from './published-front-matter.js';

export interface PageWriteContext {
  out: string;
  /** Refuses links inside `out` (made for `out` when not given). */
  tree?: OutputTree;
  formats: readonly PageFileFormat[];
  baseUrl: string;
  /** Every page in scope (written or skipped), for links between pages. */
  pages: ReadonlyMap<string, RemotePage>;
  paths: ReadonlyMap<string, string>;
  /** Folder (relative to `out`) holding a page's attachments, when attachments are exported. */
  attachmentsFolder: ((pageId: string) => string) | null;
  userNames: (user: UserRef) => string | null;
  /** `--redact`: rules applied to the hub before the writers. */
  redact?: readonly RedactionRule[];
  /** `--jira-base-url`: the Jira site issue links point at. */
  jiraBaseUrl?: string;
  /** What wikiport last wrote at each path (`.wikiport/written.sha256`), for files the manifest does not know. */
  written?: ReadonlyMap<string, string>;
  /** The fingerprint of `redact` (recorded in the manifest), null without it. */
  redaction: string | null;
  now: string;
}

/** A page converted to every format asked for, its files not written yet. */
export interface PreparedPage {
  entry: ManifestPage;
  warnings: number;
  /** Writes the page's files (storage and each format) atomically, all at once. */
  write(): Promise<void>;
  /**
   * Files already on disk that the manifest had no record of, edited from this very version of
   * the page: not overwritten, recorded as edits (push sends them), and reported.
   */
  adopted: string[];
}

/** Converts one fetched page to every format asked for and writes the files atomically. */
export async function writeExportedPage(
  page: RemotePage,
  ctx: PageWriteContext,
  previous?: ManifestPage,
): Promise<{ entry: ManifestPage; warnings: number }> {
  const prepared = await prepareExportedPage(page, ctx, previous);
  await prepared.write();
  return { entry: prepared.entry, warnings: prepared.warnings };
}

/**
 * Converts one fetched page and checks that none of its files was edited since the last export;
 * the files are written by `write()`, so that a caller can convert the next page meanwhile.
 */
export async function prepareExportedPage(page: RemotePage, ctx: PageWriteContext, previous?: ManifestPage): Promise<PreparedPage> {
  const path = ctx.paths.get(page.id);
  if (!path) throw new Error(`no file name planned for page ${page.id}`);
  const storage = page.storage ?? '';
  const meta = pageMetaOf({ ...page, labels: page.labels ?? [], sourceUrl: page.webUrl });
  const files: { md?: ManifestFile; json?: ManifestFile } = {};
  let warnings = 0;
  const outputs: Array<[string, string]> = [];
  const folder = ctx.attachmentsFolder?.(page.id);
  const converted = convertMany(storage, {
    from: 'storage',
    to: ctx.formats,
    meta,
    baseUrl: ctx.baseUrl,
    perFormat: (format) => ({
      linkTargets: linkTargetsFor(page, format as PageFileFormat, ctx.pages, ctx.paths),
      ...(folder ? { attachmentsDir: relativeFromPage(`${path}.${format}`, folder) } : {}),
      ...(previous?.publishedFrom !== undefined ? publishedRendering(`${path}.${format}`, previous) : {}),
    }),
    userNames: ctx.userNames,
    ...(ctx.redact ? { redact: ctx.redact } : {}),
    ...(ctx.jiraBaseUrl ? { jiraBaseUrl: ctx.jiraBaseUrl } : {}),
  });
  // A file published from the folder is the user's: its other tools' front matter keys are kept,
  // and what it held before is backed up (below) when export replaces it.
  const publishedFile = previous?.publishedFrom !== undefined && ctx.formats.includes('md') ? await readIfExists(join(ctx.out, `${path}.md`)) : null;
  for (const result of converted.results) {
    const format = result.format as PageFileFormat;
    const relative = `${path}.${format}`;
    warnings += result.report.entries.length;
    const headed = format === 'md' && previous?.titleFromHeading ? withTitleHeading(result.output, meta.title) : result.output;
    const output = format === 'md' && publishedFile ? withOwnFrontMatter(headed, publishedFile.toString('utf8')) : headed;
    outputs.push([relative, output]);
    files[format] = { path: relative, sha256: sha256(output) };
  }
  // Never overwrite what the user edited since the last export: push it (or delete it) first.
  const tree = ctx.tree ?? new OutputTree(ctx.out);
  const keptFiles = new Set<string>();
  const adopted: string[] = [];
  for (const [relative] of outputs) {
    const format = relative.endsWith('.json') ? 'json' : 'md';
    await tree.assertNoLinks(relative);
    const current = await readIfExists(join(ctx.out, relative));
    if (current === null) continue;
    const currentHash = sha256(current);
    const fresh = files[format]!;
    if (currentHash === fresh.sha256) continue;
    const recorded = previous?.files[format];
    const known = recorded && recorded.path === relative ? recorded.sha256 : (ctx.written?.get(relative) ?? null);
    if (known === currentHash) continue; // exactly what wikiport wrote there: safe to replace
    if (recorded && recorded.path === relative && previous) {
      if (sameExportedState(previous, page, storage, ctx)) {
        // Only the kept storage (or another format) was missing: restore it, keep the edit for push.
        files[format] = recorded;
        keptFiles.add(relative);
        continue;
      }
      const storageGone = (await keptStorage(ctx.out, previous)) === null;
      const change =
        previous.version === page.version ? 'its labels or the --redact setting changed' : `the page changed upstream (version ${previous.version} -> ${page.version})`;
      throw new WikiportError(
        storageGone
          ? `${relative} was edited since the last export, ${change}, and the storage it was exported from (${previous.files.storage.path}) is missing or altered, so the edit cannot be merged: ` +
              'move the file aside, export again, and redo the edit on the new file'
          : `${relative} was edited since the last export and ${change}; ` + 'push your edits with `wikiport push` (it merges) or delete the file, then export again',
        ExitCode.somePagesFailed,
      );
    }
    // No manifest record for this file (deleted or damaged manifest, garbled journal line, or a
    // file that was never wikiport's): it is never overwritten. An edit of this very version of
    // the page is adopted, so that push can send it.
    const declared = declaredPage(current.toString('utf8'), format);
    if (declared.id === page.id && declared.version === page.version) {
      keptFiles.add(relative);
      adopted.push(relative);
      continue;
    }
    throw new WikiportError(
      `kept ${relative}: the export manifest has no record of it and it is not what wikiport last wrote there (edited, or not wikiport's file)` +
        (declared.id === page.id && declared.version !== null ? `; it was made from version ${declared.version}, the page is at version ${page.version}` : '') +
        '. Move it aside (and redo its edits on the new file) or delete it, then export again',
      ExitCode.somePagesFailed,
    );
  }
  // Convert everything first: a page that cannot be converted leaves no half-written set.
  const storagePath = storageRelativePath(page.id);
  const write = async (): Promise<void> => {
    const toWrite = outputs.filter(([relative]) => !keptFiles.has(relative));
    for (const relative of [storagePath, ...toWrite.map(([r]) => r)]) await tree.assertNoLinks(relative);
    const replaced = toWrite.find(([relative, output]) => relative.endsWith('.md') && publishedFile !== null && publishedFile.toString('utf8') !== output);
    if (replaced && previous && publishedFile) {
      // The file as the user wrote it (HTML comments, their own spelling) next to push's backups.
      const backup = `${manifestDirName}/backups/${page.id}/v${previous.version}.md`;
      await tree.assertNoLinks(backup);
      await writeFileAtomic(join(ctx.out, backup), publishedFile);
    }
    await Promise.all([
      writeFileAtomic(join(ctx.out, storagePath), storage),
      ...toWrite.map(([relative, output]) => writeFileAtomic(join(ctx.out, relative), output)),
    ]);
  };
  // Spelled out field by field, not spread: V8 gives every object made by `{ ...a, b }` here a hidden
  // class of its own, and a manifest entry lives until the export ends (about 600 bytes a page).
  const entry: ManifestPage = {
    id: meta.id,
    // The listing's title: masked like the file name with --redact, so the next run sees no change.
    title: ctx.pages.get(page.id)?.title ?? meta.title,
    spaceKey: meta.spaceKey,
    version: meta.version,
    parentId: meta.parentId,
    labels: meta.labels,
    sourceUrl: ctx.redact ? converted.meta.sourceUrl : meta.sourceUrl,
    files: { md: files.md, json: files.json, storage: { path: storagePath, sha256: sha256(storage) } },
    attachments: [],
    attachmentsExported: false,
    redaction: ctx.redaction,
    jiraBaseUrl: ctx.jiraBaseUrl ?? null,
    ...(previous?.publishedFrom !== undefined ? { publishedFrom: previous.publishedFrom } : {}),
    ...(previous?.titleFromHeading ? { titleFromHeading: true } : {}),
    exportedAt: ctx.now,
    deleted: false,
    deletedAt: null,
  };
  return { entry, warnings, write, adopted };
}

/**
 * The page is as the last export saw it (version, title, labels, body and settings): the files
 * it would write are the ones it wrote, so an edited one can stay and still be pushed.
 */
function sameExportedState(previous: ManifestPage, page: RemotePage, storage: string, ctx: PageWriteContext): boolean {
  return (
    previous.version === page.version &&
    previous.title === page.title &&
    previous.files.storage.sha256 === sha256(storage) &&
    sameLabels(previous.labels, page.labels ?? []) &&
    previous.redaction === ctx.redaction &&
    previous.jiraBaseUrl === (ctx.jiraBaseUrl ?? null)
  );
}

/**
 * A page published from a folder (`push --create DIR`) is written as its file was: links to the
 * other files without a wiki-path title, images and files at their own paths in the folder.
 */
function publishedRendering(file: string, previous: ManifestPage): { pageLinkTitles: false; attachmentPaths: Map<string, string> } {
  const own = previous.attachments.filter((a) => !a.path.startsWith('attachments/'));
  return { pageLinkTitles: false, attachmentPaths: new Map(own.map((a) => [a.title, posix.relative(posix.dirname(file), a.path)])) };
}

/** The Markdown with `# Title` first in the body, after the front matter, as the published file had it. */
function withTitleHeading(markdown: string, title: string): string {
  const end = markdown.startsWith('---\n') ? markdown.indexOf('\n---\n', 3) : -1;
  const split = end < 0 ? 0 : end + 5;
  const body = markdown.slice(split).replace(/^\n+/, '');
  return `${markdown.slice(0, split)}${split > 0 ? '\n' : ''}# ${title}\n${body === '' ? '' : `\n${body}`}`;
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new WikiportError(`${path} is a folder where the page's file goes; move it aside`, ExitCode.somePagesFailed);
    throw error;
  }
}
