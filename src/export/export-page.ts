import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import type { RemotePage, UserRef } from '../confluence/client.js';
import { convertMany } from '../convert-many.js';
import { ExitCode, WikiportError } from '../errors.js';
import type { RedactionRule } from '../redact/redaction-rule.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { linkTargetsFor, relativeFromPage } from './export-links.js';
import type { PageFileFormat } from './export-types.js';
import { pageMetaOf, sha256, storageRelativePath, type ManifestFile, type ManifestPage } from '../manifest/manifest.js';

export interface PageWriteContext {
  out: string;
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
  for (const result of converted.results) {
    const format = result.format as PageFileFormat;
    const relative = `${path}.${format}`;
    warnings += result.report.entries.length;
    const output = format === 'md' && previous?.titleFromHeading ? withTitleHeading(result.output, meta.title) : result.output;
    outputs.push([relative, output]);
    files[format] = { path: relative, sha256: sha256(output) };
  }
  // Never overwrite what the user edited since the last export: push it (or delete it) first.
  for (const [relative] of outputs) {
    const format = relative.endsWith('.json') ? 'json' : 'md';
    const recorded = previous?.files[format];
    if (!recorded || recorded.path !== relative) continue;
    const current = await readIfExists(join(ctx.out, relative));
    if (current !== null && sha256(current) !== recorded.sha256) {
      const change =
        previous?.version === page.version ? 'its labels or the --redact setting changed' : `the page changed upstream (version ${previous?.version} -> ${page.version})`;
      throw new WikiportError(
        `${relative} was edited since the last export and ${change}; ` +
          'push your edits with `wikiport push` (it merges) or delete the file, then export again',
        ExitCode.somePagesFailed,
      );
    }
  }
  // Convert everything first: a page that cannot be converted leaves no half-written set.
  const storagePath = storageRelativePath(page.id);
  const write = async (): Promise<void> => {
    await Promise.all([
      writeFileAtomic(join(ctx.out, storagePath), storage),
      ...outputs.map(([relative, output]) => writeFileAtomic(join(ctx.out, relative), output)),
    ]);
  };
  // Spelled out field by field, not spread: V8 gives every object made by `{ ...a, b }` here a hidden
  // class of its own, and a manifest entry lives until the export ends (about 600 bytes a page).
  const entry: ManifestPage = {
    id: meta.id,
    title: meta.title,
    spaceKey: meta.spaceKey,
    version: meta.version,
    parentId: meta.parentId,
    labels: meta.labels,
    sourceUrl: meta.sourceUrl,
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
  return { entry, warnings, write };
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
    throw error;
  }
}
