import { alignSequences, changedRanges } from './blocks-align.js';
import { matchingClose, tokenize } from './blocks-split.js';

/**
 * Pairs the columns of an edited pipe table with the columns of the exported one. Returns, for each
 * edited column, the exported column it continues (null for a column the user added); exported
 * columns no edited column names were removed. Columns pair by header text (longest common
 * subsequence, so duplicate and empty headers pair by position); between two paired columns, as
 * many columns on each side pair by position (a renamed header is a cell edit), otherwise by the
 * body cells they share. Returns null when nothing pairs a stretch where columns were both removed
 * and added (renamed and added at once: which is which cannot be told).
 */
export function pairColumns(before: readonly (readonly string[])[], after: readonly (readonly string[])[]): (number | null)[] | null {
  const headBefore = before[0] ?? [];
  const headAfter = after[0] ?? [];
  const sources: (number | null)[] = headAfter.map(() => null);
  const pairs = alignSequences(headBefore, headAfter);
  for (const [b, a] of pairs) sources[a] = b;
  for (const range of changedRanges(headBefore.length, headAfter.length, pairs)) {
    const removed = range.baseEnd - range.baseStart;
    const added = range.otherEnd - range.otherStart;
    if (removed === 0 || added === 0) continue;
    if (removed === added) {
      for (let k = 0; k < added; k++) sources[range.otherStart + k] = range.baseStart + k;
      continue;
    }
    let next = range.otherStart;
    let paired = 0;
    for (let b = range.baseStart; b < range.baseEnd; b++) {
      const a = likeliestColumn(before, after, b, next, range.otherEnd);
      if (a === null) continue;
      sources[a] = b;
      next = a + 1;
      paired++;
    }
    if (paired === 0) return null;
  }
  return sources;
}

/** Among edited columns `from`..`to`, the one sharing the most body cells with exported column `b` (the first of equals); null when none shares one. */
function likeliestColumn(before: readonly (readonly string[])[], after: readonly (readonly string[])[], b: number, from: number, to: number): number | null {
  const column = (rows: readonly (readonly string[])[], c: number) => rows.slice(1).map((row) => row[c] ?? '').filter((text) => text !== '');
  const mine = column(before, b);
  let best: number | null = null;
  let bestShared = 0;
  for (let a = from; a < to; a++) {
    const pool = column(after, a);
    let shared = 0;
    for (const text of mine) {
      const at = pool.indexOf(text);
      if (at < 0) continue;
      pool.splice(at, 1);
      shared++;
    }
    if (shared > bestShared) {
      best = a;
      bestShared = shared;
    }
  }
  return best;
}

/** A table's own `<col>` elements (of its `<colgroup>`, not a nested table's), by character offsets; null when it has none. */
export function colgroupCols(table: string): { start: number; end: number; insertAt: number; cols: { start: number; end: number; span: boolean }[] } | null {
  const tokens = tokenize(table);
  const tableAt = tokens.findIndex((t) => t.kind === 'open' && t.name === 'table');
  if (tableAt < 0) return null;
  const tableEnd = matchingClose(tokens, tableAt, tokens.length);
  for (let i = tableAt + 1; i < tableEnd; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open') continue;
    if (token.name === 'tr' || token.name === 'tbody' || token.name === 'thead' || token.name === 'table') return null;
    if (token.name !== 'colgroup' || token.selfClosing) continue;
    const close = matchingClose(tokens, i, tableEnd);
    const cols: { start: number; end: number; span: boolean }[] = [];
    for (let j = i + 1; j < close; j++) {
      const col = tokens[j]!;
      if (col.kind !== 'open' || col.name !== 'col') continue;
      // `<col>` is void in HTML: a `</col>` right after it still belongs to it.
      const following = tokens[j + 1];
      const end = following?.kind === 'close' && following.name === 'col' ? following.end : col.end;
      if (end !== col.end) j++;
      cols.push({ start: col.start, end, span: /\sspan\s*=\s*["']?([2-9]|\d{2,})/i.test(table.slice(col.start, col.end)) });
    }
    return { start: token.start, end: tokens[close]!.end, insertAt: tokens[close]!.start, cols };
  }
  return null;
}
