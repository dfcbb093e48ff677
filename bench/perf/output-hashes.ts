// The Markdown and JSON (and conversion reports) of every fixture, real and generated page, hashed,
// through a bundled converter (bench/perf/bundle-converter.mjs). A speed change must leave them all
// the same: write the hashes of main's build once, then check each build against them.
//   node --import tsx bench/perf/output-hashes.ts <bundle.mjs> --write hashes.json
//   node --import tsx bench/perf/output-hashes.ts <bundle.mjs> --check hashes.json
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Wikiport from '../../src/index.js';
import { checkedPages } from './pages.js';

const [bundle, mode, file] = process.argv.slice(2);
if (!bundle || (mode !== '--write' && mode !== '--check') || !file) {
  console.error('usage: output-hashes.ts <bundle.mjs> --write|--check <hashes.json>');
  process.exit(2);
}
const { convert, convertMany } = (await import(pathToFileURL(resolve(bundle)).href)) as typeof Wikiport;
const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);
const hashes: Record<string, string> = {};
for (const page of checkedPages()) {
  const run = (key: string, f: () => unknown): void => {
    try {
      hashes[`${page.name} ${key}`] = hash(JSON.stringify(f()));
    } catch (error) {
      hashes[`${page.name} ${key}`] = `error: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  run('md', () => {
    const r = convert(page.body, { from: 'storage', to: 'md', meta: page.meta });
    return [r.output, r.report.entries];
  });
  run('json', () => {
    const r = convert(page.body, { from: 'storage', to: 'json', meta: page.meta });
    return [r.output, r.report.entries];
  });
  run('many', () => convertMany(page.body, { from: 'storage', to: ['md', 'json'], meta: page.meta }).results.map((r) => [r.output, r.report.entries]));
}
if (mode === '--write') {
  writeFileSync(file, JSON.stringify(hashes, null, 1));
  console.log(`${Object.keys(hashes).length} hashes written`);
} else {
  const expected = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const keys = new Set([...Object.keys(expected), ...Object.keys(hashes)]);
  const differ = [...keys].filter((k) => expected[k] !== hashes[k]);
  for (const k of differ.slice(0, 20)) console.log(`differs: ${k}`);
  console.log(`${keys.size - differ.length} same, ${differ.length} differ`);
  process.exit(differ.length === 0 ? 0 : 1);
}
