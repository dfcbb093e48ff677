import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WikiportError } from '../errors.js';
import { writeChunksAtomic } from './manifest-atomic-write.js';
import { journalPath, openJournalLines, readJournal, removeJournal, type JournaledPages } from './manifest-journal.js';
import { manifestTextChunks } from './manifest-text.js';
import { foldWritten } from './written-record.js';
import { ManifestSchema, manifestDirName, manifestFileName, type Manifest, type ManifestPage } from './manifest-schema.js';

/**
 * The export's memory, at DIR/.wikiport/manifest.json: per page what was exported from which
 * version into which files, with a content hash of each file, so that a re-run fetches only
 * changed pages and `push` knows what the user edited. Paths are relative to DIR, with `/`.
 * Folder `manifest/` owns that file and its journal; it imports only `files/` and the errors.
 */
export * from './manifest-schema.js';

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

/** What to do about a manifest that does not read: a way out that loses no edit. */
export const damagedManifestAdvice =
  'restore it from version control, or run the same export again with --rebuild-manifest: it sets the damaged manifest aside, overwrites only files that are exactly what wikiport wrote, and keeps (and reports) every file you edited. A folder published with `push --create` was made by no export: restore its .wikiport/manifest.json from version control (published again without it, its pages would be taken for pages it did not make)';

/**
 * The manifest in `dir`, or null when the folder has none yet, with the entries of its journal
 * (pages an export finished since the manifest was last written whole) applied on top. Bad
 * content is a clear error.
 */
export async function readManifest(dir: string, report: { damagedJournalLines?: number[] } = {}): Promise<Manifest | null> {
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
    throw new WikiportError(`${path} is not valid JSON; ${damagedManifestAdvice}`);
  }
  const result = ManifestSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') || '(root)' : '(root)';
    throw new WikiportError(`${path}: field ${where}: ${issue?.message ?? 'invalid'}; expected a wikiport manifest (schemaVersion 1); ${damagedManifestAdvice}`);
  }
  let journal: ManifestPage[];
  try {
    journal = await readJournal(dir, (report.damagedJournalLines ??= []));
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
 *
 * `journaled` are entries an export appended to the journal of `dir` and did not keep in memory
 * (10,000 pages' entries are about 11 MB as objects): each is read back from its line when its
 * turn comes, in place of an entry of the same id in `manifest.pages`. Their files are in the
 * record of written files already (the journal appended them there with the entry), so the
 * record's own lines stand for them when it is folded.
 */
export async function writeManifest(dir: string, manifest: Manifest, journaled?: JournaledPages): Promise<void> {
  if (journaled === undefined || journaled.size === 0) {
    await writeChunksAtomic(manifestPath(dir), manifestTextChunks(manifest));
    await foldWritten(dir, Object.values(manifest.pages));
  } else {
    const lines = await openJournalLines(dir).catch((error: unknown) => {
      throw journalGone(dir, error);
    });
    try {
      const entry = async (id: string): Promise<unknown> => {
        let read: unknown;
        try {
          read = JSON.parse(await lines.read(journaled.get(id)!));
        } catch (error) {
          throw journalGone(dir, error);
        }
        if ((read as { id?: unknown } | null)?.id !== id) throw journalGone(dir, new SyntaxError());
        return read;
      };
      const aside = { has: (id: string) => journaled.has(id), keys: () => journaled.keys(), entry };
      await writeChunksAtomic(manifestPath(dir), manifestTextChunks(manifest, undefined, aside));
    } finally {
      await lines.close();
    }
    await foldWritten(dir, keptEntries(manifest, journaled));
  }
  await removeJournal(dir);
}

/** The journal this export wrote is gone or changed under it: nothing of the old manifest is lost, and a re-run finishes the work. */
function journalGone(dir: string, error: unknown): WikiportError {
  const why = error instanceof SyntaxError ? 'a line of it is not what this export wrote' : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  return new WikiportError(
    `${journalPath(dir)} was removed or changed while the export ran (${why}), so the manifest was not rewritten; ` +
      'run the same export again: files that are exactly what wikiport wrote are recognised, and the pages are written again',
  );
}

function* keptEntries(manifest: Manifest, journaled: JournaledPages): Generator<ManifestPage> {
  for (const [id, entry] of Object.entries(manifest.pages)) if (!journaled.has(id)) yield entry;
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
