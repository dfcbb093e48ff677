import { open, readFile, type FileHandle } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { join } from 'node:path';
import { writeChunksAtomic } from './manifest-atomic-write.js';
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

/** Lines of the rewritten record written at once: the record is never one string (10,000 pages: 2.7 MB). */
const linesPerChunk = 500;

/**
 * Rewrites the record whole: what it held, with the manifest's files on top (latest per path).
 * The manifest's paths and hashes are used as they are (the record's lines for them would be
 * overruled anyway), only the record's other lines are kept apart, and the text goes to the disk
 * in pieces: at the end of a 10,000-page export, when the heap is at its fullest, this held the
 * record three times (its text, a map of its lines, the new text and its bytes), about 10 MB.
 * The record is read in pieces too (its 20,000 lines were a 3 MB string and a 3 MB buffer at once).
 */
export async function foldWritten(dir: string, pages: Iterable<Pick<ManifestPage, 'files'>>): Promise<void> {
  const latest = new Map<string, string>();
  for (const page of pages) for (const file of [page.files.md, page.files.json]) if (file) latest.set(file.path, file.sha256);
  const others = new Map<string, string>();
  for await (const line of recordLines(dir)) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match && !latest.has(match[2]!)) others.set(match[2]!, match[1]!);
  }
  const paths = [...latest.keys(), ...others.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  function* chunks(): Generator<string> {
    let chunk = '';
    let lines = 0;
    for (const path of paths) {
      if (path.includes('\n')) continue;
      chunk += `${latest.get(path) ?? others.get(path)!}  ${path}\n`;
      if (++lines === linesPerChunk) {
        yield chunk;
        chunk = '';
        lines = 0;
      }
    }
    yield chunk;
  }
  await writeChunksAtomic(writtenRecordPath(dir), chunks());
}

/** Bytes of the record read at once when it is folded. */
const readPiece = 1 << 16;

/** The record's lines (split at `\n` only, as `readWrittenRecord` splits them), read a piece at a time; none without a record. */
async function* recordLines(dir: string): AsyncGenerator<string> {
  let handle: FileHandle;
  try {
    handle = await open(writtenRecordPath(dir), 'r');
  } catch {
    return; // no record yet: the manifest's files are all of it
  }
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.alloc(readPiece);
    let rest = '';
    for (;;) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, readPiece, null));
      } catch {
        return; // not readable (a folder): as without a record
      }
      const text = rest + (bytesRead === 0 ? decoder.end() : decoder.write(buffer.subarray(0, bytesRead)));
      const lines = text.split('\n');
      rest = bytesRead === 0 ? '' : (lines.pop() as string);
      for (const line of lines) yield line;
      if (bytesRead === 0) return;
    }
  } finally {
    await handle.close();
  }
}
