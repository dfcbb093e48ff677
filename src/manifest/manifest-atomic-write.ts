import { writeThroughTemp } from '../files/atomic-write.js';

/**
 * Writes text given in pieces so that readers see the old file or the new, never half of it
 * (the atomic write of `writeFileAtomic`), without ever joining the pieces into one string.
 */
export async function writeChunksAtomic(path: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  await writeThroughTemp(path, async (handle) => {
    for await (const chunk of chunks) {
      const bytes = Buffer.from(chunk, 'utf8');
      for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten;
    }
  });
}
