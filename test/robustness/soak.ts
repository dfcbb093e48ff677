/**
 * `npm run soak` sets WIKIPORT_SOAK=1: the robustness suites then run many more cases (kill points,
 * fuzz runs, faulty requests) than the everyday `npm test` does.
 */
export const soak = process.env.WIKIPORT_SOAK === '1';

/** `n` in an everyday run, `n * factor` in a soak run. */
export function scaled(n: number, factor = 10): number {
  return soak ? n * factor : n;
}

/** Test timeout for a case that grows with the soak factor. */
export function scaledTimeout(ms: number, factor = 10): number {
  return soak ? ms * factor : ms;
}
