/**
 * How the CPU time of `run` grows with its size: the time of `run(4n)` over that of `run(n)`, each
 * the least of three tries in this process after a warm-up (`run(2n)` runs between them, so that
 * the machine's load falls on all sizes alike). Linear work gives about 4, quadratic about 16: a
 * growth test asserts well under 16, never an absolute time.
 */
export function cpuGrowth(run: (n: number) => void, n: number): number {
  const cpu = (size: number): number => {
    const start = process.cpuUsage();
    run(size);
    const used = process.cpuUsage(start);
    return used.user + used.system;
  };
  run(n);
  const sizes = [n, 2 * n, 4 * n];
  const least = sizes.map(() => Infinity);
  for (let attempt = 0; attempt < 3; attempt += 1) sizes.forEach((size, k) => (least[k] = Math.min(least[k]!, cpu(size))));
  return least[2]! / least[0]!;
}
