import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommentBodyStore } from '../../formats/xml-backup/backup-index.js';

/**
 * Comment bodies of the first pass, spilled to a temporary file (each appended, its place kept)
 * and read back when their page is written: a site's comments would otherwise all sit in memory
 * from the first pass to the end. `close()` removes the file.
 */
export function spilledCommentBodies(): CommentBodyStore & { close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'wikiport-comments-'));
  const fd = openSync(join(dir, 'bodies'), 'w+');
  const places = new Map<string, { at: number; length: number }>();
  let end = 0;
  return {
    put(id, body) {
      const bytes = Buffer.from(body, 'utf8');
      writeSync(fd, bytes, 0, bytes.length, end);
      places.set(id, { at: end, length: bytes.length });
      end += bytes.length;
    },
    get(id) {
      const place = places.get(id);
      if (!place) return null;
      const bytes = Buffer.alloc(place.length);
      readSync(fd, bytes, 0, place.length, place.at);
      return bytes.toString('utf8');
    },
    close() {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
