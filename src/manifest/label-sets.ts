/** Two lists of label names hold the same labels (order does not matter on the wiki). */
export function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
