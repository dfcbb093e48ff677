import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { convert } from '../../../src/convert.js';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { splitFrontMatter, markdownParagraphSpans } from '../../../src/push/blocks/blocks-markdown.js';
import { hasShared, repoRoot, sharedPath } from '../../support/shared-corpus.js';

/** A storage page of the test corpus. */
export interface CorpusPage {
  name: string;
  storage: string;
}

function pagesIn(dir: string, pattern: RegExp, label: string): CorpusPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => ({ name: `${label}/${f}`, storage: readFileSync(join(dir, f), 'utf8') }));
}

/** Every storage page of fixtures/ (pages, minutes, the sandbox seed). */
export function fixturePages(): CorpusPage[] {
  return [
    ...pagesIn(join(repoRoot, 'fixtures', 'pages'), /\.storage\.xhtml$/, 'pages'),
    ...pagesIn(join(repoRoot, 'fixtures', 'minutes'), /\.storage\.xhtml$/, 'minutes'),
    ...pagesIn(join(repoRoot, 'fixtures', 'sandbox', 'MIN', 'pages'), /\.storage\.xhtml$/, 'sandbox'),
  ];
}

/** Every storage page of ../shared/corpus (the real-world pages and both peers' outputs); empty without it. */
export function sharedPages(): CorpusPage[] {
  if (!hasShared) return [];
  return [
    ...pagesIn(sharedPath('corpus', 'storage'), /\.(xhtml|xml|html)$/, 'corpus'),
    ...pagesIn(sharedPath('corpus', 'peers', 'mark'), /\.html$/, 'mark'),
    ...pagesIn(sharedPath('corpus', 'peers', 'md2conf', 'target'), /\.xml$/, 'md2conf'),
  ];
}

export type BlockEdit =
  | { kind: 'text'; at: number; word: string }
  | { kind: 'add'; at: number; word: string }
  | { kind: 'remove'; at: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'item-add'; at: number; line: number; word: string }
  | { kind: 'item-remove'; at: number; line: number }
  | { kind: 'cell'; at: number; line: number; word: string }
  | { kind: 'row-add'; at: number; line: number }
  | { kind: 'row-remove'; at: number; line: number };

const word = fc.constantFrom('Edited', 'Zebra', 'déjà vu', 'naïve', 'Q3', 'review');
export const blockEdit: fc.Arbitrary<BlockEdit> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(400), word }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(400), word }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(400) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(400), to: fc.nat(400) }),
  fc.record({ kind: fc.constant('item-add' as const), at: fc.nat(400), line: fc.nat(50), word }),
  fc.record({ kind: fc.constant('item-remove' as const), at: fc.nat(400), line: fc.nat(50) }),
  fc.record({ kind: fc.constant('cell' as const), at: fc.nat(400), line: fc.nat(50), word }),
  fc.record({ kind: fc.constant('row-add' as const), at: fc.nat(400), line: fc.nat(50) }),
  fc.record({ kind: fc.constant('row-remove' as const), at: fc.nat(400), line: fc.nat(50) }),
);
export const blockEdits = fc.array(blockEdit, { minLength: 1, maxLength: 3 });

const isMarker = (p: string) => p.startsWith('<!--') && p.endsWith('-->');
const listLine = /^(\s*)([-*+]|\d+[.)]) (?!\[[ xX]\])(.*\S.*)$/;
const taskLine = /^(\s*)([-*+]) \[[ xX]\] (.*\S.*)$/;

/**
 * Applies edits to the paragraphs of an exported Markdown file, as a person would in an editor.
 * Returns the edited file (front matter kept) and the indexes of the exported paragraphs the
 * edits touched (changed, removed or moved); paragraphs that are only opaque markers are left alone.
 */
export function applyBlockEdits(markdown: string, edits: readonly BlockEdit[]): { markdown: string; touched: Set<number> } {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const head = frontMatter === null ? '' : markdown.slice(0, markdown.length - body.length);
  const spans = markdownParagraphSpans(body);
  type Para = { text: string; origin: number | null };
  const paras: Para[] = spans.map((s, i) => ({ text: body.slice(s.start, s.end), origin: i }));
  const touched = new Set<number>();
  const editable = () => paras.map((p, i) => ({ p, i })).filter(({ p }) => !isMarker(p.text.trim()) && !p.text.includes('<!-- wikiport:block dynamic layout-boundary'));
  const pick = (at: number, filter: (p: Para) => boolean = () => true) => {
    const list = editable().filter(({ p }) => filter(p));
    return list.length === 0 ? null : list[at % list.length]!;
  };
  const touch = (p: Para) => {
    if (p.origin !== null) touched.add(p.origin);
  };
  for (const edit of edits) {
    if (edit.kind === 'text') {
      const hit = pick(edit.at, (p) => /[A-Za-z]{3}/.test(p.text.replace(/<!--[\s\S]*?-->/g, '').replace(/\([^)]*\)/g, '')));
      if (!hit) continue;
      touch(hit.p);
      // A word appended to the first line that has plain words (not inside a link target).
      const lines = hit.p.text.split('\n');
      const at = lines.findIndex((l) => /[A-Za-z]{3}/.test(l.replace(/<!--[\s\S]*?-->/g, '')) && !/^\s*\|?\s*-{3}/.test(l));
      if (at < 0) continue;
      lines[at] = lines[at]!.endsWith('|') ? lines[at]!.replace(/\s*\|\s*$/, ` ${edit.word} |`) : `${lines[at]!} ${edit.word}`;
      hit.p.text = lines.join('\n');
    } else if (edit.kind === 'add') {
      const at = editable().length === 0 ? 0 : edit.at % (paras.length + 1);
      paras.splice(at, 0, { text: `A new paragraph about ${edit.word}.`, origin: null });
    } else if (edit.kind === 'remove') {
      const hit = pick(edit.at);
      if (!hit) continue;
      touch(hit.p);
      paras.splice(hit.i, 1);
    } else if (edit.kind === 'move') {
      const hit = pick(edit.at);
      if (!hit) continue;
      touch(hit.p);
      paras.splice(hit.i, 1);
      const to = edit.to % (paras.length + 1);
      // A move reorders the stretch it jumps over: moving A below B is moving B above A, and the
      // push may take either (the longer stretch stays in place), so that stretch counts as edited.
      for (let k = Math.min(hit.i, to); k < Math.max(hit.i, to); k++) touch(paras[k]!);
      paras.splice(to, 0, hit.p);
    } else if (edit.kind === 'item-add' || edit.kind === 'item-remove') {
      const hit = pick(edit.at, (p) => p.text.split('\n').some((l) => listLine.test(l) || taskLine.test(l)));
      if (!hit) continue;
      const lines = hit.p.text.split('\n');
      const items = lines.map((l, i) => ({ l, i })).filter(({ l }) => listLine.test(l) || taskLine.test(l));
      const item = items[edit.line % items.length]!;
      if (edit.kind === 'item-remove') {
        if (items.length < 2) continue;
        // The item's line and its continuation lines (more indented than the item).
        const indent = /^\s*/.exec(item.l)![0].length;
        let end = item.i + 1;
        while (end < lines.length && /^\s*/.exec(lines[end]!)![0].length > indent && lines[end]!.trim() !== '') end++;
        lines.splice(item.i, end - item.i);
      } else {
        const match = taskLine.exec(item.l) ?? listLine.exec(item.l)!;
        const box = taskLine.test(item.l) ? '[ ] ' : '';
        const marker = /^\d/.test(match[2]!) ? match[2]! : match[2]!;
        lines.splice(item.i + 1, 0, `${match[1]}${marker} ${box}A new item about ${'word' in edit ? edit.word : ''}`);
      }
      touch(hit.p);
      hit.p.text = lines.join('\n');
    } else {
      const hit = pick(edit.at, (p) => /^\|.*\|\n\|[\s|:-]+\|\n\|/.test(p.text.trim()));
      if (!hit) continue;
      const lines = hit.p.text.split('\n');
      const rows = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => i >= 2 && l.startsWith('|'));
      if (rows.length === 0) continue;
      const row = rows[edit.line % rows.length]!;
      if (edit.kind === 'cell') {
        const cells = row.l.split(' | ');
        const c = edit.line % cells.length;
        cells[c] = c === cells.length - 1 ? cells[c]!.replace(/\s*\|$/, ` ${edit.word} |`) : `${cells[c]} ${edit.word}`;
        lines[row.i] = cells.join(' | ');
      } else if (edit.kind === 'row-add') {
        lines.splice(row.i + 1, 0, row.l.replace(/[A-Za-z]{3,}/, 'Added'));
      } else {
        if (rows.length < 2) continue;
        lines.splice(row.i, 1);
      }
      touch(hit.p);
      hit.p.text = lines.join('\n');
    }
  }
  return { markdown: `${head}${paras.map((p) => p.text).join('\n\n')}\n`, touched };
}

import { splitMarkdownParagraphs } from '../../../src/push/blocks/blocks-markdown.js';
import { storageUnits } from '../../../src/push/blocks/blocks-units.js';
import type { BlockConverters, LosslessRebuild } from '../../../src/push/blocks/blocks-lossless.js';

/** Paragraphs as written (indentation kept: it says which list item a paragraph is in). */
export function readBackParagraphs(markdown: string): string[] {
  const body = splitFrontMatter(markdown).body;
  return markdownParagraphSpans(body).map((s) => body.slice(s.start, s.end).replace(/[ \t]+$/gm, ''));
}

export interface RebuildVerdict {
  /** Why the rebuilt storage is wrong, or null. */
  problem: string | null;
  /** Exported blocks the edit did not touch. */
  untouched: number;
  /** Of those, how many are not in the result byte for byte. */
  lost: number;
}

/**
 * The oracle of the push property tests: the pushed storage reads back as the edited Markdown
 * does when converted on its own (where the page itself does not survive that round trip, only
 * the page's own differences are allowed), and every block the edit did not touch is in it byte
 * for byte, save those the rebuild says it re-converted around an edit.
 */
export function judgeRebuild(
  base: string,
  edited: string,
  touched: ReadonlySet<number>,
  pushed: string,
  converters: BlockConverters,
  rebuild: Pick<LosslessRebuild, 'widenedBlocks' | 'wholePage' | 'unmatchedBlocks'>,
): RebuildVerdict {
  const exported = converters.storageToMarkdown(base);
  const got = readBackParagraphs(converters.storageToMarkdown(pushed));
  const expected = readBackParagraphs(converters.storageToMarkdown(converters.markdownToStorage(splitFrontMatter(edited).body)));
  let problem: string | null = null;
  // Reading back exactly as the user wrote it is right too (the edited file may not survive its own round trip).
  const asWritten = readBackParagraphs(edited);
  if (JSON.stringify(got) !== JSON.stringify(expected) && JSON.stringify(got) !== JSON.stringify(asWritten)) {
    const own = readBackParagraphs(exported);
    const roundTrip = readBackParagraphs(converters.storageToMarkdown(converters.markdownToStorage(splitFrontMatter(exported).body)));
    const exportOnly = new Set(own.filter((p) => !roundTrip.includes(p)));
    const roundTripOnly = new Set(roundTrip.filter((p) => !own.includes(p)));
    const extra = got.filter((p) => !expected.includes(p) && !exportOnly.has(p));
    const missing = expected.filter((p) => !got.includes(p) && !roundTripOnly.has(p));
    if (extra.length + missing.length > 0 || got.length !== expected.length) {
      problem = `reads back differently: ${JSON.stringify(extra.slice(0, 2)).slice(0, 400)} instead of ${JSON.stringify(missing.slice(0, 2)).slice(0, 400)}`;
    }
  }
  const exportedParagraphs = splitMarkdownParagraphs(splitFrontMatter(exported).body);
  const editedParagraphs = splitMarkdownParagraphs(splitFrontMatter(edited).body);
  const touchedTexts = new Set(exportedParagraphs.filter((_, i) => touched.has(i)));
  const blocks = storageUnits(base).filter((u) => u.kind === 'block');
  // What the user saw of each block: its rendering within the page when the page renders to as
  // many paragraphs as its blocks do (a link to an anchor reads differently alone).
  const own = blocks.map((block) => splitMarkdownParagraphs(splitFrontMatter(converters.storageToMarkdown(block.raw)).body));
  const seen = exportedParagraphs.filter((p) => !/^<!-- wikiport:block dynamic layout-boundary /.test(p));
  if (seen.length === own.reduce((n, p) => n + p.length, 0)) {
    let next = 0;
    for (const paragraphs of own) for (let k = 0; k < paragraphs.length; k++) paragraphs[k] = seen[next++]!;
  }
  // An untouched block keeps the line breaks before it too (an empty block converted from nothing
  // would add one: only the Markdown's list separator, edited elsewhere, did).
  const after = new Map<string, number>();
  for (const u of storageUnits(pushed)) after.set(u.leading + u.raw, (after.get(u.leading + u.raw) ?? 0) + 1);
  let untouched = 0;
  let lost = 0;
  // Blocks are found in order (two blocks may read the same).
  let cursor = 0;
  for (const [index, block] of blocks.entries()) {
    const paragraphs = own[index]!;
    if (paragraphs.length === 0 || paragraphs.some((p) => touchedTexts.has(p))) continue;
    // A paragraph added or moved between a block's own paragraphs edits that block.
    const at = runAt(editedParagraphs, paragraphs, cursor);
    if (at < 0) continue;
    cursor = at + paragraphs.length;
    untouched++;
    const left = after.get(block.leading + block.raw) ?? 0;
    if (left > 0) after.set(block.leading + block.raw, left - 1);
    else lost++;
  }
  const reported = rebuild.widenedBlocks + rebuild.unmatchedBlocks;
  if (!problem && !rebuild.wholePage && lost > reported) problem = `${lost} untouched block(s) lost their bytes, ${reported} reported re-converted`;
  return { problem, untouched, lost };
}

function runAt(list: readonly string[], run: readonly string[], from: number): number {
  for (let i = from; i + run.length <= list.length; i++) if (run.every((p, k) => list[i + k] === p)) return i;
  return -1;
}

/** What the random-edit property tests count across a file's pages. */
export interface EditTally {
  cases: number;
  patched: number;
  replaced: number;
  widened: number;
  wholePage: number;
}

export function emptyTally(): EditTally {
  return { cases: 0, patched: 0, replaced: 0, widened: 0, wholePage: 0 };
}

/**
 * `runs` random edit sets on one page's exported Markdown, each rebuilt into storage the way
 * `wikiport push` does: the storage must read back as written, untouched blocks keep their bytes.
 */
export function checkRandomEdits(storage: string, runs: number, tally: EditTally, expectNoProblem: (problem: string | null, edits: string) => void): void {
  const converters = hubBlockConverters();
  const exported = convert(storage, { from: 'storage', to: 'md', meta: { id: '1', title: 'Page' } }).output;
  fc.assert(
    fc.property(blockEdits, (edits) => {
      const { markdown, touched } = applyBlockEdits(exported, edits);
      if (markdown === exported) return;
      const result = rebuildStorageFromMarkdown(storage, markdown, converters);
      const verdict = judgeRebuild(storage, markdown, touched, result.storage, converters, result);
      tally.cases++;
      tally.patched += result.patchedBlocks;
      tally.replaced += result.replacedBlocks;
      tally.widened += result.widenedBlocks;
      if (result.wholePage) tally.wholePage++;
      expectNoProblem(verdict.problem, JSON.stringify(edits));
    }),
    { numRuns: runs },
  );
}
