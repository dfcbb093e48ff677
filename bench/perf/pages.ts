import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../child-process.js';
import { generatePage } from '../corpus/generate.js';
import { findRealCorpus, loadRealCorpus } from '../corpus/real-corpus.js';

export interface PerfPage {
  name: string;
  body: string;
  meta: { id: string; title: string; spaceKey: string; version: number; labels: string[] };
}

/** The real corpus of the bench (1,056 pages: its distinct pages repeated), or [] without ../shared. */
export function realPages(min = 1000): PerfPage[] {
  const dir = findRealCorpus(repoRoot);
  if (!dir) return [];
  return loadRealCorpus(dir, min).pages.map((p) => ({ name: p.title, body: p.body, meta: { id: p.id, title: p.title, spaceKey: p.spaceKey, version: p.version, labels: p.labels } }));
}

function storageFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...storageFiles(path));
    else if (entry.name.endsWith('.xhtml')) out.push(path);
  }
  return out.sort();
}

/** The first `count` pages of the generated corpus (bench/corpus/generate.ts). */
export function generatedPages(count = 1000): PerfPage[] {
  const pages: PerfPage[] = [];
  for (let n = 0; n < count; n++) {
    const g = generatePage(n);
    pages.push({ name: `generated:${n}`, body: g.body, meta: { id: g.id, title: g.title, spaceKey: g.spaceKey, version: g.version, labels: g.labels } });
  }
  return pages;
}

/** Every distinct page the output check covers: fixtures' storage pages, the real corpus, generated pages. */
export function checkedPages(generated = 300): PerfPage[] {
  const pages: PerfPage[] = [];
  const meta = (name: string, n: number) => ({ id: String(900000 + n), title: name, spaceKey: 'CHK', version: 3, labels: ['a'] });
  for (const path of storageFiles(join(repoRoot, 'fixtures'))) {
    const name = relative(repoRoot, path);
    pages.push({ name, body: readFileSync(path, 'utf8'), meta: meta(name, pages.length) });
  }
  const real = realPages(1);
  for (const p of real) pages.push({ ...p, name: `real:${p.name}` });
  pages.push(...generatedPages(generated));
  return pages;
}
