import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { hasShared, repoRoot, sharedPath } from '../support/shared-corpus.js';
import { renderedMarkdown, storageWords, wordFidelity, wordsOf } from '../fixtures/page-checks.js';
import { storageConstructs } from './peer-constructs.js';

/**
 * Conformance with two Markdown -> Confluence tools (../shared/corpus/peers/, see its README):
 * their storage pages read to Markdown without losing a visible word, and their Markdown inputs
 * become the Confluence constructs they produce, or a different one that docs/conformance.md
 * lists with its reason.
 */
const peers = sharedPath('corpus', 'peers');

function peerStoragePages(): string[] {
  if (!hasShared || !existsSync(peers)) return [];
  return [
    ...readdirSync(join(peers, 'md2conf', 'target')).filter((f) => f.endsWith('.xml')).map((f) => `md2conf/target/${f}`),
    ...readdirSync(join(peers, 'mark')).filter((f) => f.endsWith('.html')).map((f) => `mark/${f}`),
  ].sort();
}

/** Markdown input and the peer's storage for it (mark's variants -droph1, -stripnewlines left out). */
function peerPairs(): [string, string][] {
  if (!hasShared || !existsSync(peers)) return [];
  const pairs: [string, string][] = [];
  for (const f of readdirSync(join(peers, 'md2conf', 'source')).filter((n) => n.endsWith('.md'))) {
    const target = `md2conf/target/${f.replace(/\.md$/, '.xml')}`;
    if (existsSync(join(peers, target))) pairs.push([`md2conf/source/${f}`, target]);
  }
  for (const f of readdirSync(join(peers, 'mark')).filter((n) => n.endsWith('.md'))) {
    const target = `mark/${f.replace(/\.md$/, '.html')}`;
    if (existsSync(join(peers, target))) pairs.push([`mark/${f}`, target]);
  }
  return pairs.sort();
}

/** Storage pages that lose words on purpose, with the reason (also in docs/conformance.md). */
const LOSSY: Record<string, string> = {
  'md2conf/target/footnote.xml': 'the back links of a note read several times (↩¹ ↩²) are numbered by the Markdown renderer from `[^label]`, not written',
};

/** `construct: peer-only|ours-only` differences docs/conformance.md explains (rows whose last column is a reason). */
function documentedDifferences(): Set<string> {
  const doc = readFileSync(join(repoRoot, 'docs', 'conformance.md'), 'utf8');
  const out = new Set<string>();
  for (const m of doc.matchAll(/^\| ([^|]+?) \| (peer-only|ours-only) \| ([^|]+?) \|/gm)) out.add(`${m[1]}: ${m[2]}`);
  return out;
}

const read = (path: string): string => readFileSync(join(peers, path), 'utf8');

describe.skipIf(!hasShared || !existsSync(peers))('conformance with the peer tools (md2conf, mark)', () => {
  it.each(peerStoragePages())('%s reads to Markdown without losing a visible word', (file) => {
    const source = read(file);
    const markdown = convert(source, { from: 'storage', to: 'md' }).output;
    const { ratio, missing } = wordFidelity(storageWords(source), wordsOf(renderedMarkdown(markdown).text));
    if (LOSSY[file]) return;
    expect(missing, `ratio ${ratio}`).toEqual([]);
  });

  it.each(peerPairs())('%s becomes the constructs the peer makes, or documented others', (input, target) => {
    const ours = storageConstructs(convert(read(input), { from: 'markdown', to: 'storage' }).output);
    const theirs = storageConstructs(read(target));
    const documented = documentedDifferences();
    const differences = [
      ...[...theirs].filter((k) => !ours.has(k)).map((k) => `${k}: peer-only`),
      ...[...ours].filter((k) => !theirs.has(k)).map((k) => `${k}: ours-only`),
    ];
    expect(differences.filter((d) => !documented.has(d))).toEqual([]);
  });
});

if (!hasShared || !existsSync(peers)) {
  console.warn(`[wikiport tests] ${peers} not found: the peer conformance suite is skipped.`);
}
