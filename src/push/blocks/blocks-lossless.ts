import { alignSequences } from '../storage-edits/blocks-align.js';
import { splitFrontMatter, splitMarkdownParagraphs } from './blocks-markdown.js';
import { patchEditedTableCells } from './blocks-table-cells.js';
import { patchEditedTaskList } from './blocks-task-lists.js';
import { joinUnits, storageUnits, type StorageUnit } from './blocks-units.js';

/** The two conversions the mapping needs; in the product both go through `convert()` and the hub. */
export interface BlockConverters {
  /** A storage fragment to Markdown (front matter, if any, is ignored). */
  storageToMarkdown(storage: string): string;
  /** A Markdown fragment (no front matter) to storage. */
  markdownToStorage(markdown: string): string;
}

export interface LosslessRebuild {
  storage: string;
  /** False when the edited Markdown says the same as the exported storage. */
  changed: boolean;
  /** Blocks emitted as their original bytes. */
  keptBlocks: number;
  /** Exported blocks replaced or removed by the edit. */
  replacedBlocks: number;
  /** Stretches of edited Markdown converted to new storage. */
  convertedFragments: number;
}

/**
 * Storage for an edited Markdown body that keeps every block the edit did not touch as its
 * original bytes. Each exported block is rendered to Markdown on its own; the edited file's
 * paragraphs are aligned with those renderings (LCS); a block all of whose paragraphs are found,
 * in order and adjacent, is unchanged and emitted verbatim. Only the edited stretches are
 * converted. Paragraphs the page writer adds around the blocks (a title heading, say) are page
 * chrome and are never converted back into content.
 */
export function rebuildStorageFromMarkdown(
  baseStorage: string,
  editedMarkdown: string,
  converters: BlockConverters,
): LosslessRebuild {
  const units = storageUnits(baseStorage);
  const render = (storage: string) => splitMarkdownParagraphs(splitFrontMatter(converters.storageToMarkdown(storage)).body);
  const whole = render(baseStorage);
  const edited = splitMarkdownParagraphs(splitFrontMatter(editedMarkdown).body);
  if (sameParagraphs(whole, edited)) {
    const blocks = units.filter((u) => u.kind === 'block').length;
    return { storage: baseStorage, changed: false, keptBlocks: blocks, replacedBlocks: 0, convertedFragments: 0 };
  }
  const unitParagraphs = units.map((u) => (u.kind === 'block' ? render(u.raw) : []));
  const flat: { unit: number; text: string }[] = [];
  unitParagraphs.forEach((paragraphs, unit) => paragraphs.forEach((text) => flat.push({ unit, text })));
  const chrome = pageChrome(whole, new Set(flat.map((p) => p.text)));

  const pairs = alignSequences(flat.map((p) => p.text), edited);
  const matchedAt = new Map<number, number>(pairs.map(([i, j]) => [i, j]));

  // A unit is kept when all its paragraphs matched, consecutively, in the edited file.
  const kept: boolean[] = units.map(() => true);
  const anchoredEdited = new Set<number>();
  let flatIndex = 0;
  unitParagraphs.forEach((paragraphs, unit) => {
    const hits = paragraphs.map((_, k) => matchedAt.get(flatIndex + k));
    flatIndex += paragraphs.length;
    const complete = hits.every((j, k) => j !== undefined && (k === 0 || j === hits[k - 1]! + 1));
    kept[unit] = complete;
    if (complete) for (const j of hits) anchoredEdited.add(j!);
  });

  // Kept units are copied; the edited paragraphs between two kept units are converted and go
  // where the replaced units were.
  const output: StorageUnit[] = [];
  let replacedBlocks = 0;
  let convertedFragments = 0;
  let keptBlocks = 0;
  let nextEdited = 0;
  // Exported blocks replaced since the last kept one: where the converted edit goes, and how many
  // paragraphs they had (to share an edit between two layout cells).
  let pendingLeading: string | null = null;
  let pendingUnits: StorageUnit[] = [];
  let pendingParagraphs = 0;
  const emitEditedUpTo = (end: number, leading: string) => {
    const fresh: string[] = [];
    for (; nextEdited < end; nextEdited++) {
      if (anchoredEdited.has(nextEdited)) continue;
      const text = edited[nextEdited]!;
      if (!chrome.has(text)) fresh.push(text);
    }
    const replaced = pendingUnits;
    pendingUnits = [];
    if (fresh.length === 0) return;
    let raw = converters.markdownToStorage(fresh.join('\n\n')).trim();
    // One table or task list edited in place: keep its markup, patch only the cells or tasks that changed.
    const only = replaced.length === 1 ? replaced[0]! : null;
    if (only) {
      const shown = unitParagraphs[units.indexOf(only)]!.join('\n\n');
      const written = fresh.join('\n\n');
      const patched = /^<table[\s>]/.test(only.raw)
        ? patchEditedTableCells(only.raw, raw, shown, written)
        : /^<ac:task-list[\s>]/.test(only.raw)
          ? patchEditedTaskList(only.raw, raw, shown, written)
          : null;
      if (patched !== null) raw = patched;
    }
    output.push({ kind: 'block', leading, raw });
    convertedFragments++;
  };
  units.forEach((unit, index) => {
    const paragraphs = unitParagraphs[index]!;
    if (unit.kind === 'frame' || paragraphs.length === 0) {
      // Frames and blocks that render to nothing (anchors, empty paragraphs) always stay where they
      // are. A frame ends a layout cell: the edit of blocks replaced in that cell goes before it.
      if (unit.kind === 'frame' && pendingLeading !== null) {
        const limit = firstAnchoredAfter(index);
        const end = replacedAfterFrame(index) ? Math.min(limit, nextEdited + pendingParagraphs) : limit;
        emitEditedUpTo(end, pendingLeading);
        pendingLeading = null;
        pendingParagraphs = 0;
      }
      if (unit.kind === 'block') keptBlocks++;
      output.push(unit);
      return;
    }
    if (!kept[index]) {
      replacedBlocks++;
      pendingUnits.push(unit);
      pendingLeading ??= unit.leading;
      pendingParagraphs += paragraphs.length;
      return;
    }
    const firstHit = matchedAt.get(flatOffset(index))!;
    emitEditedUpTo(firstHit, pendingLeading ?? unit.leading);
    pendingLeading = null;
    pendingParagraphs = 0;
    output.push(unit);
    keptBlocks++;
    nextEdited = firstHit + paragraphs.length;
  });
  emitEditedUpTo(edited.length, pendingLeading ?? '');

  const storage = joinUnits(output);
  return { storage, changed: storage !== baseStorage, keptBlocks, replacedBlocks, convertedFragments };

  function flatOffset(unit: number): number {
    let offset = 0;
    for (let u = 0; u < unit; u++) offset += unitParagraphs[u]!.length;
    return offset;
  }

  /** Whether blocks after the frame at `index` are also replaced before the next kept one. */
  function replacedAfterFrame(index: number): boolean {
    for (let u = index + 1; u < units.length; u++) {
      if (unitParagraphs[u]!.length === 0) continue;
      return !kept[u];
    }
    return false;
  }

  /** The edited index of the next kept, visible unit after `index` (or the end). */
  function firstAnchoredAfter(index: number): number {
    for (let u = index + 1; u < units.length; u++) {
      if (kept[u] && unitParagraphs[u]!.length > 0) return matchedAt.get(flatOffset(u))!;
    }
    return edited.length;
  }
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/**
 * Paragraphs the page writer puts before the first or after the last block (a title heading,
 * a links footer): not content of any block, so never converted back. Unmatched paragraphs in
 * the middle are content rendered differently in context, and are not chrome.
 */
function pageChrome(whole: readonly string[], rendered: ReadonlySet<string>): Set<string> {
  const chrome = new Set<string>();
  for (const p of whole) {
    if (rendered.has(p)) break;
    chrome.add(p);
  }
  for (let i = whole.length - 1; i >= 0 && !rendered.has(whole[i]!); i--) chrome.add(whole[i]!);
  return chrome;
}
