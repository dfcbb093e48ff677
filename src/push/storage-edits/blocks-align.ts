/**
 * Longest-common-subsequence alignment of two sequences of keys (block or paragraph renderings).
 * Common prefix and suffix are matched first, so the quadratic table covers only the edited middle.
 */

export type AlignedPair = readonly [baseIndex: number, otherIndex: number];

/** Index pairs (ascending in both) of equal elements forming a longest common subsequence. */
export function alignSequences(base: readonly string[], other: readonly string[]): AlignedPair[] {
  let head = 0;
  while (head < base.length && head < other.length && base[head] === other[head]) head++;
  let tail = 0;
  while (
    tail < base.length - head &&
    tail < other.length - head &&
    base[base.length - 1 - tail] === other[other.length - 1 - tail]
  ) tail++;
  const pairs: AlignedPair[] = [];
  for (let i = 0; i < head; i++) pairs.push([i, i]);
  const a = base.slice(head, base.length - tail);
  const b = other.slice(head, other.length - tail);
  for (const [i, j] of middlePairs(a, b)) pairs.push([i + head, j + head]);
  for (let k = tail; k > 0; k--) pairs.push([base.length - k, other.length - k]);
  return pairs;
}

/** Above this many table cells (n × m) the alignment is greedy instead of optimal (memory). */
const maxTableCells = 16_000_000;
/** Up to this many cells, among longest alignments the one keeping elements nearest their places is taken. */
const maxPlacedCells = 4_000_000;

/**
 * A longest common subsequence of the edited middle. Where several are as long (equal keys
 * repeated: `x x x` edited to `x1 x x3`), the one whose pairs move least from their places
 * (smallest sum of |i - j|) is taken, so that an element edited in place is paired with the one
 * that was there, not with a lookalike further on.
 */
function middlePairs(a: readonly string[], b: readonly string[]): AlignedPair[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  if (n * m > maxTableCells) return greedyPairs(a, b);
  const placed = n * m <= maxPlacedCells;
  // lengths[i][j] = LCS length of a[i..] and b[j..]; moves[i][j] = the least sum of |i - j| of
  // such an LCS (when placed); both stored row-major in one typed array each.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  const moves = new Uint32Array(placed ? (n + 1) * width : 0);
  /** Whether option (l1, c1) is better than (l2, c2): longer, else (placed) fewer moves. */
  const better = (l1: number, c1: number, l2: number, c2: number) => l1 > l2 || (placed && l1 === l2 && c1 < c2);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const at = i * width + j;
      const down = (i + 1) * width + j;
      const right = at + 1;
      let length = lengths[down]!;
      let move = placed ? moves[down]! : 0;
      if (better(lengths[right]!, placed ? moves[right]! : 0, length, move)) {
        length = lengths[right]!;
        move = placed ? moves[right]! : 0;
      }
      if (a[i] === b[j]) {
        const diagonal = down + 1;
        const matchMove = placed ? moves[diagonal]! + Math.abs(i - j) : 0;
        if (!better(length, move, lengths[diagonal]! + 1, matchMove)) {
          length = lengths[diagonal]! + 1;
          move = matchMove;
        }
      }
      lengths[at] = length;
      if (placed) moves[at] = move;
    }
  }
  const pairs: AlignedPair[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const at = i * width + j;
    const diagonal = (i + 1) * width + j + 1;
    const down = (i + 1) * width + j;
    if (a[i] === b[j] && lengths[at] === lengths[diagonal]! + 1 && (!placed || moves[at] === moves[diagonal]! + Math.abs(i - j))) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (lengths[down] === lengths[at] && (!placed || moves[down] === moves[at])) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

/** In-order matching by next occurrence: linear-ish, not always the longest, never wrong. */
function greedyPairs(a: readonly string[], b: readonly string[]): AlignedPair[] {
  const positions = new Map<string, number[]>();
  b.forEach((key, j) => {
    const list = positions.get(key) ?? [];
    list.push(j);
    positions.set(key, list);
  });
  const pairs: AlignedPair[] = [];
  let from = 0;
  a.forEach((key, i) => {
    const list = positions.get(key);
    if (!list) return;
    const next = list.find((j) => j >= from);
    if (next === undefined) return;
    pairs.push([i, next]);
    from = next + 1;
  });
  return pairs;
}

/** A run of the base replaced by a run of the other sequence (either may be empty). */
export interface ChangedRange {
  baseStart: number;
  baseEnd: number;
  otherStart: number;
  otherEnd: number;
}

/** The unmatched stretches between aligned pairs, in order. */
export function changedRanges(baseLength: number, otherLength: number, pairs: readonly AlignedPair[]): ChangedRange[] {
  const ranges: ChangedRange[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [baseLength, otherLength] as const]) {
    if (pi > i || pj > j) ranges.push({ baseStart: i, baseEnd: pi, otherStart: j, otherEnd: pj });
    i = pi + 1;
    j = pj + 1;
  }
  return ranges;
}
