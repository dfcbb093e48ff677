/**
 * Opaque cursors for v2 lists and CQL search: they name the last item returned and where the
 * next listing starts, so that a page created or trashed between two requests neither
 * repeats nor skips the others.
 */

export interface Slice<T> {
  results: T[];
  /** Cursor of the next slice, absent at the end. */
  next?: string;
}

export function encodeCursor(lastId: string, nextIndex: number): string {
  return Buffer.from(`${lastId}:${nextIndex}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { lastId: string; nextIndex: number } | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^([^:]*):(\d+)$/.exec(text);
  if (!match) return undefined;
  return { lastId: match[1] as string, nextIndex: Number(match[2]) };
}

/** Where a cursor resumes in `items`; undefined when the cursor is not one of ours. */
export function resumeIndex<T extends { id: string }>(items: readonly T[], cursor: string | undefined): number | undefined {
  if (cursor === undefined || cursor === '') return 0;
  const decoded = decodeCursor(cursor);
  if (!decoded) return undefined;
  const { lastId, nextIndex } = decoded;
  if (items[nextIndex - 1]?.id === lastId) return nextIndex;
  const found = items.findIndex((item) => item.id === lastId);
  if (found >= 0) return found + 1;
  return Math.min(nextIndex, items.length);
}

/** Up to `limit` accepted items from `start`, and the cursor after them if any accepted item remains. */
export function sliceFrom<T extends { id: string }>(
  items: readonly T[],
  start: number,
  limit: number,
  accept: (item: T) => boolean,
): Slice<T> {
  const results: T[] = [];
  let index = start;
  for (; index < items.length && results.length < limit; index++) {
    const item = items[index] as T;
    if (accept(item)) results.push(item);
  }
  let more = false;
  for (let probe = index; probe < items.length; probe++) {
    if (accept(items[probe] as T)) {
      more = true;
      break;
    }
  }
  const last = results[results.length - 1];
  return more && last ? { results, next: encodeCursor(last.id, index) } : { results };
}

/** Offset slice for v1 lists: items from `start`, `limit` of them, and whether more remain. */
export function offsetSlice<T>(items: readonly T[], start: number, limit: number): { results: T[]; more: boolean } {
  const results = items.slice(start, start + limit);
  return { results, more: start + limit < items.length };
}
