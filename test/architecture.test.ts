import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/shared-corpus.js';

/**
 * The shape of the house (docs/architecture.md): no import circle between the files of src/,
 * the pure folders touch neither the disk nor the network, and no folder but constructs/ grows
 * past about 25 files.
 */
const src = join(repoRoot, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(src);
const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

/** Specifiers of the imports that run (type-only imports vanish at build time). */
function runtimeImports(text: string): string[] {
  const specs: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'/gms)) specs.push(match[1] ?? '');
  for (const match of text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) specs.push(match[1] ?? '');
  return specs;
}

function localTarget(file: string, spec: string): string | null {
  return spec.startsWith('.') ? resolve(dirname(file), spec.replace(/\.js$/, '.ts')) : null;
}

function cycles(): string[][] {
  const graph = new Map(files.map((file) => [file, runtimeImports(texts.get(file) ?? '').map((spec) => localTarget(file, spec)).filter((t): t is string => t !== null && texts.has(t))]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop();
      if (w === undefined) break;
      onStack.delete(w);
      component.push(relative(repoRoot, w));
    } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return found;
}

describe('architecture', () => {
  it('has no import circle between the files of src/', () => {
    expect(cycles()).toEqual([]);
  });

  it('keeps the conversion folders free of disk and network access', () => {
    const pure = ['formats', 'constructs', 'hub', 'minutes', 'model'].map((folder) => join(src, folder));
    const io = /^(?:node:)?(?:fs|fs\/promises|net|http|https|http2|tls|dgram|child_process|worker_threads)$|^axios$|^undici$/;
    const offending: string[] = [];
    for (const file of files.filter((f) => pure.some((folder) => f.startsWith(folder + '/')))) {
      for (const spec of runtimeImports(texts.get(file) ?? '')) {
        if (io.test(spec)) offending.push(`${relative(repoRoot, file)} imports ${spec}`);
        const target = localTarget(file, spec);
        if (target !== null && !pure.some((folder) => target.startsWith(folder + '/')) && !/\/src\/(errors|convert)\.ts$/.test(target)) {
          offending.push(`${relative(repoRoot, file)} imports ${relative(repoRoot, target)}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('keeps every folder but constructs/ at about 25 files or fewer', () => {
    const counts = new Map<string, number>();
    for (const file of files) counts.set(relative(src, dirname(file)) || '.', (counts.get(relative(src, dirname(file)) || '.') ?? 0) + 1);
    const crowded = [...counts].filter(([folder, count]) => folder !== 'constructs' && count > 26).map(([folder, count]) => `${folder}: ${count}`);
    expect(crowded).toEqual([]);
  });
});
