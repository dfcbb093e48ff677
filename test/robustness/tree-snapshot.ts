import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `root` (relative path, `/`-separated) with its bytes, sorted by path. */
export function snapshotTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

/** Paths that differ between two snapshots (missing, extra or different bytes). */
export function treeDifferences(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const [path, bytes] of expected) {
    const other = actual.get(path);
    if (!other) out.push(`missing ${path}`);
    else if (!other.equals(bytes)) out.push(`differs ${path}`);
  }
  for (const path of actual.keys()) if (!expected.has(path)) out.push(`extra ${path}`);
  return out;
}

/** Every byte written below `root`, as one string, for secret searches. */
export function allBytes(root: string): string {
  return [...snapshotTree(root).values()].map((b) => b.toString('latin1')).join('\n');
}

/** The Markdown page files of an export folder (its `.wikiport` folder left out), sorted. */
export function markdownFiles(dir: string): string[] {
  return [...snapshotTree(dir).keys()]
    .filter((p) => p.endsWith('.md') && !p.startsWith('.'))
    .map((p) => join(dir, p))
    .sort();
}
