import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write.js';
import { manifestDirName, type ManifestPage } from './manifest-schema.js';

/**
 * DIR/.wikiport/written.sha256: the hash of the last page file wikiport wrote at each path, in
 * `sha256sum` format. It repeats what the manifest records, in a file of its own, so that when
 * the manifest is deleted or damaged (or a journal line is garbled) export can still tell a file
 * it wrote and may overwrite from one the user edited, which it must keep. A line that does not
 * read is ignored: at worst a file is kept that could have been overwritten.
 */
export const writtenRecordName = 'written.sha256';

export function writtenRecordPath(dir: string): string {
  return join(dir, manifestDirName, writtenRecordName);
}

/** Path (relative, `/`-separated) to the hash of what wikiport last wrote there. */
export async function readWrittenRecord(dir: string): Promise<Map<string, string>> {
  const record = new Map<string, string>();
  let text: string;
  try {
    text = await readFile(writtenRecordPath(dir), 'utf8');
  } catch {
    return record;
  }
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match) record.set(match[2]!, match[1]!);
  }
  return record;
}

/** The record's lines for a manifest entry's page files. */
export function writtenLines(entry: Pick<ManifestPage, 'files'>): string {
  let lines = '';
  for (const file of [entry.files.md, entry.files.json]) if (file && !file.path.includes('\n')) lines += `${file.sha256}  ${file.path}\n`;
  return lines;
}

/** Rewrites the record whole: what it held, with the manifest's files on top (latest per path). */
export async function foldWritten(dir: string, pages: Iterable<Pick<ManifestPage, 'files'>>): Promise<void> {
  const record = await readWrittenRecord(dir);
  for (const page of pages) for (const file of [page.files.md, page.files.json]) if (file) record.set(file.path, file.sha256);
  let text = '';
  for (const [path, hash] of [...record.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (!path.includes('\n')) text += `${hash}  ${path}\n`;
  await writeFileAtomic(writtenRecordPath(dir), text);
}
