import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { openInFolder } from './atomic-write.js';

/**
 * Writes text given in pieces so that readers see the old file or the new, never half of it
 * (temporary file in the same folder, flushed, renamed over the target), without ever joining
 * the pieces into one string. The temporary name is the one `writeFileAtomic` uses, so a run
 * killed part-way leaves nothing `removeStaleTempFiles` does not clear.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string>): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await openInFolder(temp);
    try {
      for (const chunk of chunks) {
        const bytes = Buffer.from(chunk, 'utf8');
        for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten;
      }
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
