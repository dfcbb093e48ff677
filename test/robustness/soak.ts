/**
 * How hard the tests push. `npm test` runs a bounded number of cases so that a developer runs it
 * often; WIKIPORT_DEEP=1 runs every property and crash test at its full depth (what CI's nightly
 * or a change to the code under test wants); `npm run soak` (WIKIPORT_SOAK=1) runs many more
 * again (kill points, fuzz runs, faulty requests).
 */
export const soak = process.env.WIKIPORT_SOAK === '1';
export const deep = soak || process.env.WIKIPORT_DEEP === '1';

/** `n` in an everyday run, `n * factor` in a soak run. */
export function scaled(n: number, factor = 10): number {
  return soak ? n * factor : n;
}

/** `everyday` cases in `npm test`, `full` with WIKIPORT_DEEP=1, `full * factor` in a soak run. */
export function depth(everyday: number, full: number, factor = 10): number {
  return soak ? full * factor : deep ? full : Math.min(everyday, full);
}

/** fast-check runs of a property: at most 100 in `npm test`, all `full` with WIKIPORT_DEEP=1. */
export function propertyRuns(full: number): number {
  return deep ? full : Math.min(full, 100);
}

/** Test timeout for a case that grows with the soak factor. */
export function scaledTimeout(ms: number, factor = 10): number {
  return soak ? ms * factor : ms;
}
