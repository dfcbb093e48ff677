import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GeneratedPage } from './generate.js';

/** A page the conversion sections measure: generated, or a real one read from ../shared/corpus. */
export type BenchPage = Pick<GeneratedPage, 'id' | 'title' | 'spaceKey' | 'version' | 'labels' | 'body'> & { kind: string };

export interface RealCorpus {
  /** The folder read, e.g. /work/shared/corpus. */
  dir: string;
  /** Distinct storage pages found. */
  files: number;
  /** How many times the distinct pages are repeated to reach the size asked for. */
  repeats: number;
  pages: BenchPage[];
}

/**
 * Where the shared corpus lives: `../shared/corpus` beside the checkout, or two levels up when the
 * checkout is a git worktree in a folder of worktrees; WIKIPORT_BENCH_REAL_CORPUS overrides both.
 */
export function findRealCorpus(repoRoot: string): string | null {
  const candidates = [process.env.WIKIPORT_BENCH_REAL_CORPUS, join(repoRoot, '..', 'shared', 'corpus'), join(repoRoot, '..', '..', 'shared', 'corpus')];
  return candidates.find((dir): dir is string => dir !== undefined && dir !== '' && existsSync(join(dir, 'storage'))) ?? null;
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(entry.name) && statSync(path).size > 0) out.push(path);
  }
  return out;
}

/**
 * The real storage pages: every page of `storage/` and every storage page of `peers/` (the
 * `.html` outputs of mark and the `.xml` targets of md2conf; their Markdown inputs are not
 * storage), repeated in order until there are at least `minPages`. Page kinds are the folders.
 */
export function loadRealCorpus(dir: string, minPages: number): RealCorpus {
  const storagePage = (name: string): boolean => /\.(xhtml|xml|html)$/i.test(name);
  const paths = [...filesUnder(join(dir, 'storage'), storagePage), ...filesUnder(join(dir, 'peers'), storagePage)];
  if (paths.length === 0) throw new Error(`no storage pages under ${dir}`);
  const distinct = paths.map((path) => {
    const rel = relative(dir, path);
    const folder = rel.split(/[\\/]/).slice(0, rel.startsWith('peers') ? 2 : 1).join('/');
    return { kind: folder, body: readFileSync(path, 'utf8'), name: rel };
  });
  const repeats = Math.max(1, Math.ceil(minPages / distinct.length));
  const pages: BenchPage[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const page of distinct) {
      const n = pages.length;
      pages.push({ id: String(500001 + n), title: `${page.name} #${r + 1}`, spaceKey: 'REAL', version: 1, labels: [], kind: page.kind, body: page.body });
    }
  }
  return { dir, files: distinct.length, repeats, pages };
}
