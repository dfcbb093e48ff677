import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { WikiportError } from '../errors.js';
import { writeChunksAtomic } from './manifest-atomic-write.js';
import { readJournal, removeJournal } from './manifest-journal.js';
import { manifestTextChunks } from './manifest-text.js';

/**
 * The export's memory, at DIR/.wikiport/manifest.json: per page what was exported from which
 * version into which files, with a content hash of each file, so that a re-run fetches only
 * changed pages and `push` knows what the user edited. Paths are relative to DIR, with `/`.
 */

export const manifestDirName = '.wikiport';
export const manifestFileName = 'manifest.json';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a hex SHA-256');

export const ManifestFileSchema = z.object({
  /** Relative to the export folder, `/`-separated. */
  path: z.string().min(1),
  sha256: Sha256,
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

export const ManifestAttachmentSchema = z.object({
  id: z.string(),
  /** The file name in Confluence (`ri:filename`). */
  title: z.string(),
  version: z.number().int().nullable().default(null),
  path: z.string(),
  sha256: Sha256,
});
export type ManifestAttachment = z.infer<typeof ManifestAttachmentSchema>;

export const ManifestPageSchema = z.object({
  id: z.string(),
  title: z.string(),
  spaceKey: z.string().nullable(),
  parentId: z.string().nullable(),
  version: z.number().int().positive(),
  labels: z.array(z.string()).default([]),
  sourceUrl: z.string().nullable().default(null),
  files: z.object({
    md: ManifestFileSchema.optional(),
    json: ManifestFileSchema.optional(),
    /** The exact storage XHTML the other files came from: `.wikiport/storage/<id>.xhtml`. */
    storage: ManifestFileSchema,
  }),
  attachments: z.array(ManifestAttachmentSchema).default([]),
  /** The export that wrote these files also downloaded the page's attachments. */
  attachmentsExported: z.boolean().default(false),
  /**
   * The files were written with `--redact`: the hash of the rules (redactionFingerprint), else
   * null. Such files hold masks instead of secrets, so push refuses them.
   */
  redaction: Sha256.nullable().default(null),
  /**
   * The `--jira-base-url` the files were written with (Jira issue links point there), else null.
   * A re-run with another one writes the page again from its kept storage; push renders with it.
   */
  jiraBaseUrl: z.string().nullable().default(null),
  /** ISO time of the export that wrote these files. */
  exportedAt: z.string(),
  /** The page was not found upstream on a later run; its files are kept. */
  deleted: z.boolean().default(false),
  deletedAt: z.string().nullable().default(null),
});
export type ManifestPage = z.infer<typeof ManifestPageSchema>;

export const ManifestSchema = z.object({
  kind: z.literal('wikiport-manifest'),
  schemaVersion: z.literal(1),
  /** Site base URL the pages came from (no credentials). */
  baseUrl: z.string().nullable().default(null),
  /** What was exported: `--space KEY`, `--page ID [--descendants]` or `--cql QUERY`. */
  source: z
    .object({ kind: z.enum(['space', 'page', 'cql']), value: z.string(), descendants: z.boolean().default(false) })
    .nullable()
    .default(null),
  formats: z.array(z.enum(['md', 'json'])).default(['md']),
  updatedAt: z.string().nullable().default(null),
  /** Keyed by page id. */
  pages: z.record(z.string(), ManifestPageSchema).default({}),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The page facts the writers put in front matter and the JSON header, from a manifest entry. */
export function pageMetaOf(page: Pick<ManifestPage, 'id' | 'title' | 'spaceKey' | 'version' | 'parentId' | 'labels' | 'sourceUrl'>) {
  return { id: page.id, title: page.title, spaceKey: page.spaceKey, version: page.version, parentId: page.parentId, labels: page.labels, sourceUrl: page.sourceUrl };
}

export function emptyManifest(partial: Partial<Omit<Manifest, 'kind' | 'schemaVersion'>> = {}): Manifest {
  return ManifestSchema.parse({ kind: 'wikiport-manifest', schemaVersion: 1, ...partial });
}

export function manifestPath(dir: string): string {
  return join(dir, manifestDirName, manifestFileName);
}

/** Where the exported storage of a page is kept, relative to the export folder. */
export function storageRelativePath(pageId: string): string {
  return `${manifestDirName}/storage/${pageId.replace(/[^0-9A-Za-z_-]/g, '_')}.xhtml`;
}

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/**
 * The manifest in `dir`, or null when the folder has none yet, with the entries of its journal
 * (pages an export finished since the manifest was last written whole) applied on top. Bad
 * content is a clear error.
 */
export async function readManifest(dir: string): Promise<Manifest | null> {
  const path = manifestPath(dir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new WikiportError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WikiportError(`${path} is not valid JSON; restore it from version control or delete it to export from scratch`);
  }
  const result = ManifestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') || '(root)' : '(root)';
    throw new WikiportError(`${path}: field ${where}: ${issue?.message ?? 'invalid'}; expected a wikiport manifest (schemaVersion 1)`);
  }
  let journal: ManifestPage[];
  try {
    journal = await readJournal(dir);
  } catch (error) {
    throw new WikiportError(`Cannot read the manifest journal next to ${path}: ${(error as Error).message}`);
  }
  for (const entry of journal) result.data.pages[entry.id] = entry;
  return result.data;
}

/**
 * Writes the whole manifest atomically (pages sorted by id, two-space JSON), then removes the
 * journal, whose entries a manifest read through readManifest already holds. The text is written
 * a page at a time, never held whole.
 */
export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await writeChunksAtomic(manifestPath(dir), manifestTextChunks(manifest));
  await removeJournal(dir);
}

/** The exact storage XHTML a page was exported from, or null when it is not kept. */
export async function readExportedStorage(dir: string, page: Pick<ManifestPage, 'files'>): Promise<string | null> {
  try {
    return await readFile(join(dir, page.files.storage.path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
