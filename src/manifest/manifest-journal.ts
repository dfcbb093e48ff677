import { constants } from 'node:fs';
import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ManifestPageSchema, manifestDirName, type ManifestPage } from './manifest-schema.js';
import { writtenLines, writtenRecordPath } from './written-record.js';
import { makeFolder } from '../files/make-folder.js';

/**
 * The manifest's journal, DIR/.wikiport/manifest.journal: while an export runs, each page written
 * appends its manifest entry as one JSON line, instead of the whole manifest being rewritten every
 * so many pages (which cost O(pages²) bytes and a manifest-sized string each time). Reading the
 * manifest applies the journal on top (later lines win), so a run killed part-way resumes from
 * every page it finished; writing the whole manifest folds the journal in and removes it.
 */
export const journalFileName = 'manifest.journal';

/** Append, creating the file, but never through a symbolic link (ELOOP): nothing is written outside the folder. */
export const appendNoFollow = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW;

/** Lines between two flushes to disk: a power cut loses at most this many entries (their pages are fetched again). */
const syncEvery = 100;

export function journalPath(dir: string): string {
  return join(dir, manifestDirName, journalFileName);
}

/**
 * The entries the journal in `dir` holds, in the order written, or none without a journal. A line
 * that is not a valid entry (the last one, cut short by a kill) is left out: its page is not in
 * the manifest, so the next export writes it again.
 */
export async function readJournal(dir: string, damaged: number[] = []): Promise<ManifestPage[]> {
  let text: string;
  try {
    text = await readFile(journalPath(dir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: ManifestPage[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let json: unknown = null;
    try {
      json = JSON.parse(line);
    } catch {
      // reported below
    }
    const entry = ManifestPageSchema.safeParse(json);
    if (entry.success) entries.push(entry.data);
    // The last line without its newline is a write a kill cut short (expected); any other is damage.
    else if (index < lines.length - 1) damaged.push(index + 1);
  }
  return entries;
}

export async function removeJournal(dir: string): Promise<void> {
  await rm(journalPath(dir), { force: true });
}

/** Where `ManifestJournal.append` wrote an entry's line: its first byte and its length in bytes (without the newline). */
export type JournalLine = readonly [start: number, length: number];

/** Appends entries to the journal of `dir`, one line each, in the order `append` is called. */
export class ManifestJournal {
  private handle: Promise<FileHandle> | null = null;
  /** The record of written files (written-record.ts), kept open beside the journal. */
  private written: Promise<FileHandle> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private unsynced = 0;
  private closed = false;
  /** The journal's size: where the next line goes (only this journal appends to it while the run lasts). */
  private end = 0;

  constructor(private readonly dir: string) {}

  /**
   * Resolves, once the line is written, to where it was written (a failure rejects this call and
   * every later one). `text` is `JSON.stringify(entry)` when the caller has it already.
   */
  append(entry: ManifestPage, text: string = JSON.stringify(entry)): Promise<JournalLine> {
    if (this.closed) return Promise.reject(new Error(`the manifest journal of ${this.dir} is closed`));
    const line = Buffer.from(`${text}\n`, 'utf8');
    const appended = this.queue.then(async (): Promise<JournalLine> => {
      if (this.handle === null) {
        this.handle = makeFolder(dirname(journalPath(this.dir))).then(() => open(journalPath(this.dir), appendNoFollow));
        this.end = (await (await this.handle).stat()).size;
      }
      const start = this.end;
      await writeAll(await this.handle, line);
      this.end += line.length;
      // Also in the record of written files, which survives a damaged journal or manifest. Both
      // files stay open for the run: an export appends to them once a page.
      const lines = writtenLines(entry);
      if (lines !== '') {
        this.written ??= this.handle.then(() => open(writtenRecordPath(this.dir), appendNoFollow));
        await writeAll(await this.written, Buffer.from(lines, 'utf8'));
      }
      if (++this.unsynced >= syncEvery) {
        this.unsynced = 0;
        await (await this.handle).datasync();
      }
      return [start, line.length - 1];
    });
    this.queue = appended.then(() => undefined);
    return appended;
  }

  /** Waits for pending lines and closes the files. */
  async close(): Promise<void> {
    this.closed = true;
    try {
      await this.queue;
    } finally {
      const handles = [this.handle, this.written];
      this.handle = null;
      this.written = null;
      for (const handle of handles) if (handle) await (await handle).close();
    }
  }
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten;
}

/**
 * Entries an export wrote to the journal and did not keep, by page id: `writeManifest` reads each
 * back from the journal when its turn comes.
 */
export type JournaledPages = ReadonlyMap<string, JournalLine>;

/** Reads the journal lines of `dir` at the places `append` gave. Close it when done. */
export async function openJournalLines(dir: string): Promise<{ read(line: JournalLine): Promise<string>; close(): Promise<void> }> {
  const handle = await open(journalPath(dir), constants.O_RDONLY | constants.O_NOFOLLOW);
  let buffer = Buffer.alloc(4096);
  return {
    async read([start, length]) {
      if (buffer.length < length) buffer = Buffer.alloc(length);
      for (let at = 0; at < length; ) {
        const { bytesRead } = await handle.read(buffer, at, length - at, start + at);
        if (bytesRead === 0) throw new Error(`${journalPath(dir)} is shorter than this export wrote it (changed during the export?)`);
        at += bytesRead;
      }
      return buffer.toString('utf8', 0, length);
    },
    close: () => handle.close(),
  };
}
