/**
 * Pairing of the blocks an edit replaced with the blocks written in their place: blocks of the
 * same kind pair in order (as many pairs as possible, like a longest common subsequence of kinds);
 * among pairings of that size, the one whose paired blocks share the most words wins. So when one
 * of two panels is removed and the other edited, the edited one keeps its own macro and ids
 * instead of inheriting its neighbour's.
 */
import type { AlignedPair } from './blocks-align.js';

export interface PairableBlock {
  /** What must be equal for two blocks to pair (a tag, a macro's name). */
  kind: string;
  /** The block's storage or Markdown; its words break ties. */
  raw: string;
}

/** Above this many candidate pairs the tie-break is skipped (pairs in order of kind only). */
const maxCells = 250_000;
/** A pair counts this much more than any tie-break can add, so the number of pairs comes first. */
const pairWeight = 1_000_000;

export function pairBlocksByKind(base: readonly PairableBlock[], other: readonly PairableBlock[]): AlignedPair[] {
  const n = base.length;
  const m = other.length;
  if (n === 0 || m === 0) return [];
  const tieBreak = n * m <= maxCells;
  const baseWords = tieBreak ? base.map((block) => wordsOf(block.raw)) : [];
  const otherWords = tieBreak ? other.map((block) => wordsOf(block.raw)) : [];
  const width = m + 1;
  // best[i][j]: the best score pairing base[i..] with other[j..]
  const best = new Float64Array((n + 1) * width);
  const gain = (i: number, j: number): number => {
    if (base[i]!.kind !== other[j]!.kind) return -1;
    return pairWeight + (tieBreak ? shared(baseWords[i]!, otherWords[j]!) : 0);
  };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const skip = Math.max(best[(i + 1) * width + j]!, best[i * width + j + 1]!);
      const g = gain(i, j);
      best[i * width + j] = g < 0 ? skip : Math.max(skip, g + best[(i + 1) * width + j + 1]!);
    }
  }
  const pairs: AlignedPair[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i * width + j]!;
    const g = gain(i, j);
    if (g >= 0 && here === g + best[(i + 1) * width + j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (here === best[(i + 1) * width + j]!) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** The visible words of a block (tags and markup left out), lower-cased, each once. */
function wordsOf(raw: string): Set<string> {
  const text = raw.replace(/<[^>]*>/g, ' ').toLowerCase();
  return new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Share of words two blocks have in common, in [0, 1) scaled below one pair's weight. */
function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  return (common / (a.size + b.size - common)) * (pairWeight / 10);
}
