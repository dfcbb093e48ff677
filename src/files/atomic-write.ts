// files/: atomic writes, safe file names, temporary-file clean-up, the NDJSON file writer. Imports nothing of wikiport but the errors.
import { randomBytes } from 'node:crypto';
import { close, fsync, open as openFd, writeFile as writeFd } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { makeFolder } from './make-folder.js';

export interface AtomicWriteOptions {
  /**
   * true (the default): the bytes are flushed to the disk (fsync) before the rename, so the new
   * file survives a power cut once the call resolves. false: for outputs a re-run writes again
   * (convert --out): the file still lands whole or not at all (a killed process leaves the old file
   * or none, plus a temporary file at most), but a power cut may lose it; an fsync a file costs more
   * than converting it. docs/export.md, Durability, says which files are which.
   */
  durable?: boolean;
}

/**
 * Writes a file so that readers see the old content or the new, never half of it: the bytes go
 * to a temporary file in the same folder, are flushed (unless `durable: false`), and the
 * temporary file is renamed over the target. The folder is created when missing.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await writeWholeThroughTemp(path, data, options.durable !== false);
}

const openFile = promisify(openFd);
const writeWhole = promisify(writeFd) as (fd: number, data: string | Uint8Array) => Promise<void>;
const flush = promisify(fsync);
const closeFile = promisify(close);

/**
 * `writeThroughTemp` for bytes known up front, on a plain file descriptor through the callback
 * calls: an export writes three files a page, and a FileHandle (an object with its own clean-up
 * and a promise per call) costs the main thread about twice as much per file as these calls
 * (issue 17). Without `sync` the bytes are not flushed before the rename (re-runnable outputs).
 */
async function writeWholeThroughTemp(path: string, data: string | Uint8Array, sync: boolean): Promise<void> {
  const temp = tempPathFor(path);
  try {
    let fd: number;
    try {
      fd = await openFile(temp, 'w');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await makeFolder(dirname(temp));
      fd = await openFile(temp, 'w');
    }
    try {
      await writeWhole(fd, data);
      if (sync) await flush(fd);
    } finally {
      await closeFile(fd);
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Beside the target, so the rename stays in one file system; `removeStaleTempFiles` knows the
 * shape. The 8 hex digits count up from a random start drawn once per process: distinct within
 * the process, and as unlikely as fresh random bytes to meet another process's (which would also
 * need the same process id), without asking the system for random bytes for every file.
 */
function tempPathFor(path: string): string {
  tempCounter = (tempCounter + 1) >>> 0;
  return `${path}.${process.pid}.${tempCounter.toString(16).padStart(8, '0')}.tmp`;
}

let tempCounter = randomBytes(4).readUInt32BE(0);

/**
 * The atomic write itself: `write` fills a temporary file beside `path` (named so that
 * `removeStaleTempFiles` clears it after a crash), which is flushed and renamed over `path`; on
 * any failure the temporary file is removed and the target left as it was.
 */
export async function writeThroughTemp(path: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const temp = tempPathFor(path);
  try {
    const handle = await openInFolder(temp);
    try {
      await write(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Opens a new file for writing, making its folder only when the open finds it missing: most
 * files go into folders that exist, so they are written without a `mkdir` call each.
 */
async function openInFolder(file: string): Promise<FileHandle> {
  try {
    return await open(file, 'w');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await makeFolder(dirname(file));
    return open(file, 'w');
  }
}
