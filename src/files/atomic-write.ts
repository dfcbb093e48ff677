// files/: atomic writes, safe file names, temporary-file clean-up, the NDJSON file writer. Imports nothing of wikiport but the errors.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes a file so that readers see the old content or the new, never half of it: the bytes go
 * to a temporary file in the same folder, are flushed, and the temporary file is renamed over
 * the target. The folder is created when missing.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await writeThroughTemp(path, (handle) => handle.writeFile(data));
}

/**
 * The atomic write itself: `write` fills a temporary file beside `path` (named so that
 * `removeStaleTempFiles` clears it after a crash), which is flushed and renamed over `path`; on
 * any failure the temporary file is removed and the target left as it was.
 */
export async function writeThroughTemp(path: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
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
    await mkdir(dirname(file), { recursive: true });
    return open(file, 'w');
  }
}
