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

function middlePairs(a: readonly string[], b: readonly string[]): AlignedPair[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  if (n * m > maxTableCells) return greedyPairs(a, b);
  // lengths[i][j] = LCS length of a[i..] and b[j..], stored row-major in one typed array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const pairs: AlignedPair[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
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
