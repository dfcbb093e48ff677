import { isLayoutBoundaryMarker } from '../../constructs/layout.js';
import { alignSequences } from '../storage-edits/blocks-align.js';
import { pairBlocksByKind, type PairableBlock } from '../storage-edits/blocks-pair.js';
import { splitBlocks } from '../storage-edits/blocks-split.js';
import { markdownParagraphSpans, splitFrontMatter, splitMarkdownParagraphs, type ParagraphSpan } from './blocks-markdown.js';
import { patchEditedList, patchListInBlock } from './blocks-list-items.js';
import { patchEditedTableCells, patchTableInBlock, type CellMacroRewrite } from './blocks-table-cells.js';
import { patchEditedTaskList } from './blocks-task-lists.js';
import { joinUnits, storageUnits, type StorageUnit } from './blocks-units.js';
import { describeBlock, strayListContent } from './blocks-describe.js';
import { containerParts, patchContainer } from '../storage-edits/containers.js';
import { convertWithPageNotes } from './blocks-footnotes.js';
import { splitBlocks as splitStorageBlocks } from '../storage-edits/blocks-split.js';

/** The two conversions the mapping needs; in the product both go through `convert()` and the hub. */
export interface BlockConverters {
  /**
   * A storage fragment to Markdown (front matter, if any, is ignored). `inPage`: the fragment is a
   * part of a page whose notes have these labels (a reference to one renders as it does in the page).
   */
  storageToMarkdown(storage: string, inPage?: { footnoteLabels: ReadonlySet<string> }): string;
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
  /** Tables, lists and task lists edited in place (their markup kept, only the changed cells, rows, items or tasks written). */
  patchedBlocks: number;
  /**
   * List items the user changed that were replaced whole (their converted spelling) because the
   * Markdown shows their nesting otherwise than the storage holds it, or patching inside them did
   * not read back as written; 0 when every changed item was patched inside.
   */
  itemsReplaced: number;
  /**
   * Unedited blocks next to an edit that were re-converted with it, because converting the edit
   * alone did not read back as the edited file does (0 when every patch was proven).
   */
  widenedBlocks: number;
  /** The proof failed at every width: the whole page was converted from the edited file. */
  wholePage: boolean;
  /**
   * Blocks re-converted though not edited because, rendered on their own, they do not read as
   * they do within the page (so the edit cannot tell whether they were touched).
   */
  unmatchedBlocks: number;
  /**
   * One line per edited block that was rewritten whole rather than patched in place (a table,
   * list, task list or macro with a body), naming the block and saying why; also the blocks
   * re-converted around an edit, by name.
   */
  rewrites: string[];
}

/** The empty comment the Markdown writer puts between two lists (or quotes) in a row. */
const EMPTY_COMMENT = /^<!--\s*-->$/;

/** Widening steps tried (one more neighbour on each side of every edit each time) before the whole page is converted. */
const maxWidening = 6;

/**
 * Storage for an edited Markdown body that keeps every block the edit did not touch as its
 * original bytes. Each exported block is rendered to Markdown on its own; the edited file's
 * paragraphs are aligned with those renderings (LCS); a block all of whose paragraphs are found,
 * in order and adjacent, is unchanged and emitted verbatim. Only the edited stretches are
 * converted, from the user's own lines. Paragraphs the page writer adds around the blocks (a
 * title heading, say) are page chrome and are never converted back into content.
 *
 * The result is proven before it is returned: it must read back (storage to Markdown) as the
 * whole edited file does when converted on its own. A stretch converted out of its context can
 * read differently (a paragraph that continues the list item before it, two lists that become
 * one): then the unedited neighbours of every edit are re-converted with it, one more on each
 * side at a time, and as a last resort the whole page, never a wrong structure.
 */
export function rebuildStorageFromMarkdown(
  baseStorage: string,
  editedMarkdown: string,
  pageConverters: BlockConverters,
): LosslessRebuild {
  const exportedBody = splitFrontMatter(pageConverters.storageToMarkdown(baseStorage)).body;
  // Every part of the page is rendered as a part of it: a footnote reference in a block is one
  // when the page holds its note (alone, the block has no notes and the reference reads as text).
  const footnoteLabels = new Set([...exportedBody.matchAll(/^ {0,3}\[\^([^\]\s]+)\]:/gm)].map((m) => m[1]!));
  const editedBody = splitFrontMatter(editedMarkdown).body;
  const converters: BlockConverters = {
    storageToMarkdown: (storage, inPage) => pageConverters.storageToMarkdown(storage, inPage ?? { footnoteLabels }),
    // (and a reference in a stretch converted on its own is one when the edited page holds its note)
    markdownToStorage: (markdown) => convertWithPageNotes(markdown, editedBody, pageConverters.markdownToStorage),
  };
  const render = (storage: string) => splitMarkdownParagraphs(splitFrontMatter(converters.storageToMarkdown(storage)).body);
  const units = withRulesJoined(storageUnits(baseStorage), render);
  const whole = splitMarkdownParagraphs(exportedBody);
  const spans = markdownParagraphSpans(editedBody);
  const edited = spans.map((span) => span.text);
  const blockCount = units.filter((u) => u.kind === 'block').length;
  // (indentation counts: it says which list item a paragraph belongs to)
  const asWritten = (body: string) => markdownParagraphSpans(body).map((span) => body.slice(span.start, span.end).replace(/[ \t]+$/gm, ''));
  if (sameParagraphs(asWritten(exportedBody), asWritten(editedBody))) {
    return { storage: baseStorage, changed: false, keptBlocks: blockCount, replacedBlocks: 0, convertedFragments: 0, patchedBlocks: 0, itemsReplaced: 0, widenedBlocks: 0, wholePage: false, unmatchedBlocks: 0, rewrites: [] };
  }
  const unitParagraphs = units.map((u) => (u.kind === 'block' ? render(u.raw) : []));
  // A block can render differently alone than within its page (a link to an anchor of the page,
  // the number of an item): when the page renders to as many paragraphs as its blocks do, the
  // page's own rendering is what the user saw of each block.
  const inContext = whole.filter((p) => !isLayoutBoundaryMarker(p));
  if (inContext.length === unitParagraphs.reduce((n, p) => n + p.length, 0)) {
    let next = 0;
    for (const paragraphs of unitParagraphs) for (let k = 0; k < paragraphs.length; k++) paragraphs[k] = inContext[next++]!;
  }
  const flat: { unit: number; text: string }[] = [];
  unitParagraphs.forEach((paragraphs, unit) => paragraphs.forEach((text) => flat.push({ unit, text })));
  const chrome = pageChrome(whole, new Set(flat.map((p) => p.text)), flat.length);
  const offsets: number[] = [];
  unitParagraphs.reduce((offset, paragraphs, unit) => ((offsets[unit] = offset), offset + paragraphs.length), 0);

  // What the user saw of each block, as the lines of the exported file (a list item's indented
  // paragraphs keep their indentation); null when the block is not found whole in it.
  const exportedSpans = markdownParagraphSpans(exportedBody);
  const highestTaskId = [...baseStorage.matchAll(/<ac:task-id>\s*(\d+)\s*<\/ac:task-id>/g)].reduce((highest, m) => Math.max(highest, Number(m[1])), 0);
  const pairs = alignSequences(flat.map((p) => p.text), edited);
  const matchedAt = new Map<number, number>(pairs.map(([i, j]) => [i, j]));
  const visible = (unit: number) => units[unit]!.kind === 'block' && unitParagraphs[unit]!.length > 0;

  // A unit is kept when all its paragraphs matched, consecutively, in the edited file, each
  // written as it was exported (re-indenting a paragraph moves it into or out of a list item).
  const inExport = new Map<number, number>(alignSequences(flat.map((p) => p.text), whole).map(([i, j]) => [i, j]));
  const exportedAsWritten = asWritten(exportedBody);
  const editedAsWritten = asWritten(editedBody);
  const aligned: boolean[] = unitParagraphs.map((paragraphs, unit) => {
    const hits = paragraphs.map((_, k) => matchedAt.get(offsets[unit]! + k));
    const inPlace = hits.every((j, k) => j !== undefined && (k === 0 || j === hits[k - 1]! + 1));
    return inPlace && hits.every((j, k) => {
      const w = inExport.get(offsets[unit]! + k);
      return w === undefined || exportedAsWritten[w] === editedAsWritten[j!];
    });
  });

  // What the writer adds around the content (a title, say) is not converted when the edit is
  // proven; what it writes for frames (a layout's boundaries) is: it is the page's structure.
  const writerChrome = new Set([...chrome].filter((p) => !isLayoutBoundaryMarker(p)));
  // Blocks whose own rendering is not found in the exported page: no edit can be told from them.
  const unmatchable = unitParagraphs.map((paragraphs, unit) => paragraphs.some((_, k) => !inExport.has(offsets[unit]! + k)));
  const unmatched = (keep: readonly boolean[]) => keep.filter((k, unit) => !k && visible(unit) && unmatchable[unit]).length;
  const proof = readBackProof(pageConverters, exportedBody, editedBody, writerChrome);
  // Smallest first: tables, lists and task lists patched in place (inside the changed list items,
  // then those items replaced whole), then each edited block replaced whole, then its neighbours
  // with it, one more on each side at a time.
  const finish = (attempt: ReturnType<typeof compose>, keep: readonly boolean[]): LosslessRebuild => ({
    storage: attempt.storage,
    changed: attempt.storage !== baseStorage,
    keptBlocks: attempt.keptBlocks,
    replacedBlocks: attempt.replacedBlocks,
    convertedFragments: attempt.convertedFragments,
    patchedBlocks: attempt.patchedBlocks,
    itemsReplaced: attempt.itemsReplaced,
    widenedBlocks: keep.filter((k, unit) => visible(unit) && aligned[unit] && !k).length + attempt.innerWidened,
    wholePage: false,
    unmatchedBlocks: unmatched(keep) + attempt.innerUnmatched,
    rewrites: [...attempt.rewrites, ...widenedNames(keep), ...unmatchedNames(keep)],
  });
  /** The blocks re-converted because they read differently alone than within the page, by name. */
  const unmatchedNames = (keep: readonly boolean[]) => {
    const names = units.flatMap((_, unit) => (!keep[unit] && visible(unit) && unmatchable[unit] ? [describeUnit(unit)] : []));
    return names.length === 0 ? [] : [`re-converted as it reads differently on its own than within the page: ${names.join(', ')}`];
  };
  /** The unedited blocks re-converted around an edit, by name. */
  const widenedNames = (keep: readonly boolean[]) => {
    const names = units.flatMap((_, unit) => (visible(unit) && aligned[unit] && !keep[unit] ? [describeUnit(unit)] : []));
    return names.length === 0 ? [] : [`re-converted with the edit next to it: ${names.join(', ')}`];
  };
  // A converted stretch with unbalanced markup (half a macro, say) would swallow the blocks after
  // it: every block kept must still be a block of its own in the result.
  const intact = (storage: string, keep: readonly boolean[]) => {
    const left = new Map<string, number>();
    for (const u of storageUnits(storage)) left.set(u.raw, (left.get(u.raw) ?? 0) + 1);
    return units.every((u, unit) => {
      if (!keep[unit] || u.kind !== 'block') return true;
      // (a unit joined of several blocks, a rule and its footnotes, is found block by block)
      return storageUnits(u.raw).every((part) => {
        if (part.kind !== 'block') return true;
        const n = left.get(part.raw) ?? 0;
        left.set(part.raw, n - 1);
        return n > 0;
      });
    });
  };
  const proven = (storage: string, keep: readonly boolean[]) => intact(storage, keep) && proof(storage);
  const patched = compose(aligned, Infinity);
  if (proven(patched.storage, aligned)) return finish(patched, aligned);
  // An item patch that does not read back: the deepest changed items replaced whole, then the
  // items enclosing them, up to the top-level items (the list itself still patched by item).
  for (let depth = patched.deepestInside; depth >= 0; depth--) {
    const items = compose(aligned, depth);
    if (proven(items.storage, aligned)) return finish(items, aligned);
  }
  let kept = aligned;
  for (let step = 0; step <= maxWidening; step++) {
    const attempt = compose(kept, null);
    // (the first step without patches is the body just disproven when nothing was patched)
    const tried = step === 0 && patched.patchedBlocks === 0;
    if (!tried && proven(attempt.storage, kept)) return finish(attempt, kept);
    // The neighbour before each edit, or the one after, may be enough; else both.
    const sides = (['before', 'after', 'both'] as const).map((side) => widen(kept, attempt.regions, side));
    const wider = sides.filter((w) => w.some((k, unit) => k !== kept[unit]));
    if (wider.length === 0) break;
    for (const candidate of wider.slice(0, -1)) {
      const narrower = compose(candidate, null);
      if (proven(narrower.storage, candidate)) return finish(narrower, candidate);
    }
    kept = wider[wider.length - 1]!;
  }
  // No patch reads back as written: the page is converted from the edited file.
  const storage = converters.markdownToStorage(contentOf(editedBody, spans, writerChrome)).trim();
  return {
    storage,
    changed: storage !== baseStorage,
    keptBlocks: 0,
    replacedBlocks: blockCount,
    convertedFragments: 1,
    patchedBlocks: 0,
    itemsReplaced: 0,
    widenedBlocks: aligned.filter((k, unit) => k && visible(unit)).length,
    wholePage: true,
    unmatchedBlocks: unmatched(aligned),
    rewrites: [],
  };

  /**
   * The page with the units marked kept copied and the edited stretches between them converted.
   * Patching: tables, lists and task lists patched in place, changed list items patched inside
   * down to `insideDepth` levels of nesting (replaced whole from there on), or (null) no patch:
   * every edited block converted whole.
   */
  function compose(keep: readonly boolean[], insideDepth: number | null) {
    const patchInPlace = insideDepth !== null;
    const nextTaskId = { value: highestTaskId + 1 };
    /** Tasks written as converted (a new task list, one rewritten whole) numbered after the page's highest task id, so no two tasks share one. */
    const freshTaskIds = (raw: string) => raw.replace(/<ac:task-id>\s*\d+\s*<\/ac:task-id>/g, () => `<ac:task-id>${nextTaskId.value++}</ac:task-id>`);
    let itemsReplaced = 0;
    let deepestInside = -1;
    const rewrites: string[] = [];
    let innerWidened = 0;
    let innerUnmatched = 0;
    /** An edited block of a kind push patches in place (table, list, macro with a body) was rewritten whole: say which, and why. */
    const rewritten = (unit: number, why: string) => {
      if (patchable(units[unit]!.raw)) rewrites.push(`${describeUnit(unit)} rewritten whole: ${why}`);
    };
    const anchoredEdited = new Set<number>();
    keep.forEach((isKept, unit) => {
      if (!isKept) return;
      unitParagraphs[unit]!.forEach((_, k) => anchoredEdited.add(matchedAt.get(offsets[unit]! + k)!));
    });
    const output: StorageUnit[] = [];
    /** Each converted or removed stretch: the kept visible units on either side (null at the page's ends). */
    const regions: { before: number | null; after: number | null }[] = [];
    let replacedBlocks = 0;
    let recycled = 0;
    const used = new Set<number>();
    let convertedFragments = 0;
    let patchedBlocks = 0;
    let keptBlocks = 0;
    let nextEdited = 0;
    let lastKept: number | null = null;
    // Exported blocks replaced since the last kept one: where the converted edit goes, and how many
    // paragraphs they had (to share an edit between two layout cells).
    let pendingLeading: string | null = null;
    let pendingUnits: number[] = [];
    // Blocks written as converted with no exported block to patch (one the user moved and edited),
    // and every exported block replaced: paired afterwards when the kind leaves no doubt.
    const orphans: StorageUnit[] = [];
    const replacedAll: number[] = [];
    const patchedUnits = new Set<number>();
    let pendingParagraphs = 0;
    const emitEditedUpTo = (end: number, leading: string, after: number | null) => {
      const fresh: number[] = [];
      for (; nextEdited < end; nextEdited++) {
        if (anchoredEdited.has(nextEdited)) continue;
        // Layout boundaries stand for the frames, which are always kept where they are. The empty
        // comment the writer puts between two adjacent lists is nobody's paragraph: on its own it
        // converts to nothing (an empty block that only adds its neighbour's line break); within
        // an edited stretch it is still in the text converted, and keeps the lists apart.
        const paragraph = edited[nextEdited]!;
        if (!chrome.has(paragraph) && !isLayoutBoundaryMarker(paragraph) && !EMPTY_COMMENT.test(paragraph)) fresh.push(nextEdited);
      }
      const replaced = pendingUnits;
      pendingUnits = [];
      if (fresh.length > 0 || replaced.length > 0) regions.push({ before: lastKept, after });
      if (fresh.length === 0) return;
      // A block the user moved (its paragraphs, whole and in order, somewhere else) keeps its bytes.
      const pieces: ({ unit: number } | { from: number; to: number })[] = [];
      for (let k = 0; k < fresh.length; ) {
        const moved = movedUnitAt(fresh, k, keep);
        if (moved !== null) {
          used.add(moved);
          pieces.push({ unit: moved });
          k += unitParagraphs[moved]!.length;
          continue;
        }
        const last = pieces[pieces.length - 1];
        if (last && 'from' in last) last.to = k + 1;
        else pieces.push({ from: k, to: k + 1 });
        k++;
      }
      // Adjacent blocks edited together (a paragraph and the table after it): when the edited
      // paragraphs are as many as theirs, each block takes its own paragraphs and its own patch.
      // (An empty comment the writer puts between two adjacent lists separates them in Markdown
      // only: between two blocks it is nobody's paragraph, and converts to nothing.)
      const single = pieces.length === 1 && 'from' in pieces[0]! ? pieces[0] : null;
      const jobs: { piece: (typeof pieces)[number]; unit: number | null }[] = [];
      let shares = false;
      if (patchInPlace && single !== null && replaced.length > 1) {
        const separator = (k: number) => k < fresh.length && EMPTY_COMMENT.test(edited[fresh[k]!]!);
        let k = 0;
        shares = true;
        for (const unit of replaced) {
          while (separator(k)) k++;
          const count = unitParagraphs[unit]!.length;
          if (k + count > fresh.length) shares = false;
          jobs.push({ piece: { from: k, to: k + count }, unit });
          k += count;
        }
        while (separator(k)) k++;
        // The paragraphs counted out for each block must convert to one block of its kind (a list
        // that gained a paragraph where the table after it was removed does not share out).
        const ofItsKind = ({ piece, unit }: (typeof jobs)[number]) => {
          if (!('from' in piece) || unit === null) return false;
          const run = fresh.slice(piece.from, piece.to);
          if (run.length === 0) return false;
          const blocks = splitBlocks(converters.markdownToStorage(editedBody.slice(spans[run[0]!]!.start, spans[run[run.length - 1]!]!.end)).trim()).blocks;
          return blocks.length === 1 && blockKind(blocks[0]!.raw) === blockKind(units[unit]!.raw);
        };
        if (!shares || k !== fresh.length || !jobs.every(ofItsKind)) {
          shares = false;
          jobs.length = 0;
        }
      }
      if (!shares && patchInPlace && single !== null && replaced.length > 1) {
        // Else the stretch converted at once may still give one block per block it replaces, of
        // the same kinds (a list that lost a loose item's paragraphs, and the list after it):
        // then each takes its own patch, its lists by item (tables need their paragraphs).
        const run = fresh.slice(single.from, single.to);
        const converted = splitBlocks(converters.markdownToStorage(editedBody.slice(spans[run[0]!]!.start, spans[run[run.length - 1]!]!.end)).trim()).blocks;
        // Blocks of the same kind (and macros of the same name) are paired in order; a block the
        // edit removed has no partner, a block it added is written as converted.
        const pairs = pairBlocksByKind(
          replaced.map((unit) => pairable(units[unit]!.raw)),
          converted.map((block) => pairable(block.raw)),
        );
        if (pairs.length > 0) {
          const partner = new Map(pairs.map(([i, j]) => [j, replaced[i]!]));
          converted.forEach((block, k) => {
            const unit = partner.get(k);
            // (what the user wrote for the block is read back from its conversion: a table's cell patch needs it)
            const patched = unit === undefined || block.raw === units[unit]!.raw ? null : patchBlock(unit, block.raw, renderedParagraphs(block.raw));
            if (patched !== null) patchedBlocks++;
            output.push({ kind: 'block', leading: k === 0 ? leading : unit !== undefined ? units[unit]!.leading : block.leading, raw: patched ?? freshTaskIds(block.raw) });
            convertedFragments++;
          });
          return;
        }
      }
      if (!shares) {
        pieces.forEach((piece) => jobs.push({ piece, unit: patchInPlace && replaced.length === 1 && pieces.length === 1 ? replaced[0]! : null }));
        if (!patchInPlace) {
          // (only blocks still there in what was written: a block the edit removed was not rewritten)
          const written = pieces.flatMap((piece) => {
            if (!('from' in piece)) return [];
            const run = fresh.slice(piece.from, piece.to);
            return splitBlocks(converters.markdownToStorage(editedBody.slice(spans[run[0]!]!.start, spans[run[run.length - 1]!]!.end)).trim()).blocks.map((b) => blockKind(b.raw));
          });
          const edited = replaced.filter((unit) => !aligned[unit]);
          for (const [i] of alignSequences(edited.map((unit) => blockKind(units[unit]!.raw)), written)) {
            rewritten(edited[i]!, 'patched in place, the page would not read back as the file does');
          }
        } else if (pieces.length > 1) {
          // A block moved in the middle of the edit: each converted stretch around it is paired
          // with the replaced blocks of its kind, in order, and each pair takes its own patch.
          let remaining = replaced.filter((unit) => !used.has(unit));
          pieces.forEach((piece, n) => {
            if ('unit' in piece) {
              recycled++;
              output.push({ kind: 'block', leading: n === 0 ? leading : units[piece.unit]!.leading, raw: units[piece.unit]!.raw });
              return;
            }
            const run = fresh.slice(piece.from, piece.to);
            const blocks = splitBlocks(converters.markdownToStorage(editedBody.slice(spans[run[0]!]!.start, spans[run[run.length - 1]!]!.end)).trim()).blocks;
            const pairs = pairBlocksByKind(remaining.map((unit) => pairable(units[unit]!.raw)), blocks.map((block) => pairable(block.raw)));
            const partner = new Map(pairs.map(([i, j]) => [j, remaining[i]!]));
            blocks.forEach((block, k) => {
              const unit = partner.get(k);
              const patched = unit === undefined || block.raw === units[unit]!.raw ? null : patchBlock(unit, block.raw, renderedParagraphs(block.raw));
              if (patched !== null) patchedBlocks++;
              output.push({ kind: 'block', leading: n === 0 && k === 0 ? leading : unit !== undefined ? units[unit]!.leading : block.leading, raw: patched ?? freshTaskIds(block.raw) });
            });
            if (pairs.length > 0) remaining = remaining.slice(pairs[pairs.length - 1]![0] + 1);
            convertedFragments++;
          });
          return;
        }
      }
      jobs.forEach(({ piece, unit }, n) => {
        if ('unit' in piece) {
          recycled++;
          output.push({ kind: 'block', leading: n === 0 ? leading : units[piece.unit]!.leading, raw: units[piece.unit]!.raw });
          return;
        }
        const run = fresh.slice(piece.from, piece.to);
        // The user's own lines, from the first edited paragraph to the last (blank lines and
        // indentation included: they say which list item a paragraph belongs to).
        const written = editedBody.slice(spans[run[0]!]!.start, spans[run[run.length - 1]!]!.end);
        let raw = converters.markdownToStorage(written).trim();
        // A table, list or task list edited in place (or the one table in a macro such as page
        // properties): keep its markup, patch only the cells, items or tasks that changed.
        if (unit !== null) {
          const patched = patchUnit(unit, raw, run);
          if (patched !== null) {
            raw = patched;
            patchedBlocks++;
            patchedUnits.add(unit);
          } else raw = freshTaskIds(raw);
        } else raw = freshTaskIds(raw);
        // What the user emptied (the text taken out of an alignment wrapper, say) converts to nothing:
        // it writes no block, and so none of the line break a block stands on.
        if (raw === '') {
          convertedFragments++;
          return;
        }
        const entry: StorageUnit = { kind: 'block', leading: n === 0 ? leading : shares ? units[unit!]!.leading : '', raw };
        output.push(entry);
        if (unit === null && patchInPlace) orphans.push(entry);
        convertedFragments++;
      });
    };
    /**
     * A macro the user moved and edited (two like panels swapped, one edited) is converted where it
     * now stands, and the exported block it came from is replaced where it stood: when that block
     * is the one replaced block of the same macro nothing else took, the edit is patched into it
     * (its ac:macro-id and parameters kept). Returns how many were patched.
     */
    const patchMovedMacros = (): number => {
      let count = 0;
      const written = new Set(output.map((u) => u.raw));
      for (const entry of orphans) {
        const kind = blockKind(entry.raw);
        if (!kind.startsWith('ac:structured-macro ') || splitStorageBlocks(entry.raw).blocks.length !== 1) continue;
        const free = replacedAll.filter((u) => !patchedUnits.has(u) && !used.has(u) && !written.has(units[u]!.raw));
        const alike = free.filter((u) => blockKind(units[u]!.raw) === kind);
        if (alike.length !== 1) continue;
        const patched = patchBlock(alike[0]!, entry.raw, renderedParagraphs(entry.raw));
        if (patched === null) continue;
        entry.raw = patched;
        patchedUnits.add(alike[0]!);
        count++;
      }
      return count;
    };
    /** Macros in table cells of a patched table that were written anew with their cell: named, where, and why. */
    const cellMacrosRewritten = (unit: number, cells: readonly CellMacroRewrite[]) => {
      for (const { macro, row, column, why } of cells) {
        rewrites.push(`${macro} in the cell at row ${row}, column ${column} of ${describeUnit(unit)} rewritten whole: ${why}`);
      }
    };
    /** The unit's storage with the edit patched in, or null when it is not patched in place (the report then says why). */
    const patchUnit = (unit: number, raw: string, run: readonly number[]): string | null => {
      // The edit may have added blocks beside this one (a paragraph after an edited table, in the
      // same stretch): the one block of its kind is patched, the added ones are written as converted.
      const split = splitStorageBlocks(raw.trim());
      const kind = blockKind(units[unit]!.raw);
      const same = split.blocks.flatMap((b, k) => (blockKind(b.raw) === kind ? [k] : []));
      if (split.blocks.length < 2 || same.length !== 1) return patchBlock(unit, raw, run.map((j) => edited[j]!));
      const at = same[0]!;
      const block = split.blocks[at]!;
      const patched = patchBlock(unit, block.raw, renderedParagraphs(block.raw));
      if (patched === null) return null;
      split.blocks[at] = { ...block, raw: patched };
      return split.prefix + split.blocks.map((b) => b.leading + b.raw).join('') + split.suffix;
    };
    /** One block's storage with the edit patched in (`written`: the Markdown paragraphs written for it), or null. */
    const patchBlock = (unit: number, raw: string, written: readonly string[]): string | null => {
      const only = units[unit]!;
      const shown = unitParagraphs[unit]!.join('\n\n');
      const writtenParagraphs = written.join('\n\n');
      // Nothing written in its place (an empty comment between two quotes, say): the block was removed.
      if (splitStorageBlocks(raw.trim()).blocks.length === 0) return null;
      if (/^<table[\s>]/.test(only.raw)) {
        const cells: CellMacroRewrite[] = [];
        const table = patchEditedTableCells(only.raw, raw, shown, writtenParagraphs, cells);
        if (table === null) rewritten(unit, 'the edit changes the table in a way its cells cannot be patched in place (merged cells, header cells, columns that cannot be paired: see docs/push.md)');
        cellMacrosRewritten(unit, cells);
        return table;
      }
      let containerProblem: string | null = null;
      if (/^<ac:(?:structured-)?macro[\s>]/.test(only.raw)) {
        const container = patchContainerUnit(unit, raw);
        if (typeof container === 'string') return container;
        const cells: CellMacroRewrite[] = [];
        const table = patchTableInBlock(only.raw, raw, unitParagraphs[unit]!, written, cells);
        cellMacrosRewritten(unit, cells);
        if (table !== null) return table;
        containerProblem = container?.problem ?? null;
        if (containerProblem !== null && !/<(ul|ol|ac:task-list)[\s>]/.test(only.raw)) {
          rewritten(unit, containerProblem);
          return null;
        }
      }
      const isTaskList = /^<ac:task-list[\s>]/.test(only.raw);
      const isList = isTaskList || /^<(ul|ol)[\s>]/.test(only.raw);
      if (!isList && !/<(ul|ol|ac:task-list)[\s>]/.test(only.raw)) return null;
      // A list, or the one list of a block (an expand macro, a div) whose other content is unchanged.
      const seen = exportedMarkdownOf(unit);
      const options = { insideDepth: insideDepth ?? 0, nextTaskId, patchBlock: patchBlockInItem };
      const shownAsStorage = seen === null ? null : converters.markdownToStorage(seen);
      const list = shownAsStorage === null ? null : isList ? patchEditedList(only.raw, raw, shownAsStorage, options) : patchListInBlock(only.raw, raw, shownAsStorage, options);
      // A task list read only by its tasks (ticked, unticked or reworded, none added or removed).
      if (list === null) {
        const tasks = isTaskList ? patchEditedTaskList(only.raw, raw, shown, writtenParagraphs) : null;
        if (tasks === null) rewritten(unit, containerProblem ?? listProblem(only.raw, seen));
        return tasks;
      }
      deepestInside = Math.max(deepestInside, list.deepestInside);
      itemsReplaced += list.itemsReplaced;
      for (const item of list.replaced) {
        rewrites.push(`${item.words ? `the item starting "${item.words}"` : 'an item without text'} of ${describeUnit(unit)} rewritten whole: ${item.why}`);
      }
      return list.storage;
    };
    /**
     * A macro with a rich-text body (expand, panel, section, column, …) edited inside: its start
     * tag, its parameters the edit left alone and its untouched children keep their bytes; the body
     * is rebuilt block by block like a page (recursively, so a container in it is patched the same
     * way). The converted stretch may hold blocks beside the macro (a paragraph added after it):
     * they are kept as converted. A string when patched, else why not (null: not a container).
     */
    const patchContainerUnit = (unit: number, raw: string): string | { problem: string } | null => {
      const only = units[unit]!;
      const parts = containerParts(only.raw);
      if (parts === null || parts.body === null) return null;
      const seen = exportedMarkdownOf(unit);
      if (seen === null) return { problem: 'it reads differently on its own than within the page, so the edit inside it cannot be told from the rest' };
      const shown = converters.markdownToStorage(seen).trim();
      const split = splitStorageBlocks(raw.trim());
      const same = split.blocks.map((b, k) => ({ b, k })).filter(({ b }) => containerParts(b.raw)?.name === parts.name);
      if (same.length !== 1) return { problem: same.length === 0 ? `the edit no longer reads as a ${parts.name} macro` : `the edit reads as ${same.length} ${parts.name} macros` };
      const at = same[0]!.k;
      const patched = containerPatch(only.raw, shown, split.blocks[at]!.raw, describeUnit(unit));
      if (typeof patched !== 'string') return patched;
      split.blocks[at] = { ...split.blocks[at]!, raw: patched };
      return split.prefix + split.blocks.map((b) => b.leading + b.raw).join('') + split.suffix;
    };
    /**
     * A container patched from the macro as shown and as written; its body rebuilt like a page,
     * what that rebuild reports counted with this one. `where` names the container for the report.
     */
    const containerPatch = (original: string, shown: string, converted: string, where: string): string | { problem: string } => {
      let inner: LosslessRebuild | null = null;
      const patched = patchContainer(original, shown, converted, (originalBody, _shownBody, convertedBody) => {
        inner = rebuildStorageFromMarkdown(originalBody, converters.storageToMarkdown(convertedBody), converters);
        return { storage: inner.storage };
      });
      if ('problem' in patched) return patched;
      const done = inner as LosslessRebuild | null;
      if (done !== null) {
        itemsReplaced += done.itemsReplaced;
        innerWidened += done.widenedBlocks;
        innerUnmatched += done.unmatchedBlocks;
        if (done.wholePage) rewrites.push(`the body of ${where} was converted whole from the file, as no block-level patch inside it read back as written (its own tag and parameters kept)`);
        for (const line of done.rewrites) rewrites.push(`in ${where}: ${line}`);
      }
      return patched.storage;
    };
    /** A container inside an edited list item: patched in place when it is one, else null (written as converted). */
    const patchBlockInItem = (original: string, shown: string, converted: string): string | null => {
      if (containerParts(original)?.body == null) return null;
      const where = describeBlock(original, converters.storageToMarkdown(shown));
      const patched = containerPatch(original, shown, converted, where);
      if (typeof patched !== 'string') rewrites.push(`${where}, in a list item, rewritten whole: ${patched.problem}`);
      return typeof patched === 'string' ? patched : null;
    };
    /** A block not kept in place whose paragraphs are the edited ones from `fresh[k]` on (consecutive in the file). */
    const movedUnitAt = (fresh: readonly number[], k: number, keep: readonly boolean[]): number | null => {
      // Only in the first, narrowest attempt, and only blocks the alignment did not find in place
      // (a block re-converted around an edit is converted, not copied).
      if (!patchInPlace) return null;
      const start = fresh[k]!;
      for (let unit = 0; unit < units.length; unit++) {
        if (keep[unit] || aligned[unit] || used.has(unit) || !visible(unit)) continue;
        const paragraphs = unitParagraphs[unit]!;
        if (k + paragraphs.length > fresh.length) continue;
        if (paragraphs.every((p, n) => fresh[k + n] === start + n && edited[start + n] === p)) return unit;
      }
      return null;
    };
    units.forEach((unit, index) => {
      const paragraphs = unitParagraphs[index]!;
      if (unit.kind === 'frame' || paragraphs.length === 0) {
        // Frames and blocks that render to nothing (anchors, empty paragraphs) always stay where they
        // are. A frame ends a layout cell: the edit of blocks replaced in that cell goes before it.
        if (unit.kind === 'frame' && pendingLeading !== null) {
          const limit = firstAnchoredAfter(index, keep);
          const end = replacedAfterFrame(index, keep) ? Math.min(limit, afterParagraphs(nextEdited, pendingParagraphs, anchoredEdited)) : limit;
          emitEditedUpTo(end, pendingLeading, nextKeptAfter(index, keep));
          pendingLeading = null;
          pendingParagraphs = 0;
        } else if (unit.kind === 'block' && pendingLeading !== null && !replacedAfterFrame(index, keep)) {
          // An empty paragraph after an edited block stays after it: the edit goes first.
          emitEditedUpTo(firstAnchoredAfter(index, keep), pendingLeading, nextKeptAfter(index, keep));
          pendingLeading = null;
          pendingParagraphs = 0;
        }
        if (unit.kind === 'block') keptBlocks++;
        output.push(unit);
        return;
      }
      if (!keep[index]) {
        replacedBlocks++;
        pendingUnits.push(index);
        replacedAll.push(index);
        pendingLeading ??= unit.leading;
        pendingParagraphs += paragraphs.length;
        return;
      }
      const firstHit = matchedAt.get(offsets[index]!)!;
      emitEditedUpTo(firstHit, pendingLeading ?? unit.leading, index);
      pendingLeading = null;
      pendingParagraphs = 0;
      output.push(unit);
      keptBlocks++;
      lastKept = index;
      nextEdited = firstHit + paragraphs.length;
    });
    emitEditedUpTo(edited.length, pendingLeading ?? '', null);
    patchedBlocks += patchMovedMacros();
    return { storage: joinUnits(output), keptBlocks: keptBlocks + recycled, replacedBlocks: replacedBlocks - recycled, convertedFragments, patchedBlocks, itemsReplaced, deepestInside, regions, rewrites, innerWidened, innerUnmatched };
  }

  function renderedParagraphs(storage: string): string[] {
    return splitMarkdownParagraphs(splitFrontMatter(converters.storageToMarkdown(storage)).body);
  }

  function describeUnit(unit: number): string {
    return describeBlock(units[unit]!.raw, unitParagraphs[unit]!.join('\n\n'));
  }

  /** The exported file's lines for a unit (its paragraphs as shown in the page, from first to last), or null. */
  function exportedMarkdownOf(unit: number): string | null {
    const at = unitParagraphs[unit]!.map((_, k) => inExport.get(offsets[unit]! + k));
    if (at.length === 0 || at.some((w, k) => w === undefined || (k > 0 && w !== at[k - 1]! + 1))) return null;
    return exportedBody.slice(exportedSpans[at[0]!]!.start, exportedSpans[at[at.length - 1]!]!.end);
  }

  /** The kept units next to each edited stretch are no longer kept: they are converted with it. */
  function widen(keep: readonly boolean[], regions: readonly { before: number | null; after: number | null }[], side: 'before' | 'after' | 'both'): boolean[] {
    const wider = [...keep];
    for (const { before, after } of regions) {
      if (before !== null && side !== 'after') wider[before] = false;
      if (after !== null && side !== 'before') wider[after] = false;
    }
    return wider;
  }

  /** The edited index just past `count` paragraphs of content from `from` on (layout boundaries and kept paragraphs not counted). */
  function afterParagraphs(from: number, count: number, anchored: ReadonlySet<number>): number {
    let at = from;
    let left = count;
    while (at < edited.length && left > 0) {
      if (!anchored.has(at) && !isLayoutBoundaryMarker(edited[at]!)) left--;
      at++;
    }
    return at;
  }

  /** Whether blocks after the frame at `index` are also replaced before the next kept one. */
  function replacedAfterFrame(index: number, keep: readonly boolean[]): boolean {
    for (let u = index + 1; u < units.length; u++) {
      if (unitParagraphs[u]!.length === 0) continue;
      return !keep[u];
    }
    return false;
  }

  function nextKeptAfter(index: number, keep: readonly boolean[]): number | null {
    for (let u = index + 1; u < units.length; u++) if (keep[u] && visible(u)) return u;
    return null;
  }

  /** The edited index of the next kept, visible unit after `index` (or the end). */
  function firstAnchoredAfter(index: number, keep: readonly boolean[]): number {
    const next = nextKeptAfter(index, keep);
    return next === null ? edited.length : matchedAt.get(offsets[next]!)!;
  }
}

/**
 * A test of a rebuilt body: it must read back as the edited file converted on its own does.
 * Where the exported page itself does not survive that round trip unchanged (a construct the
 * Markdown reader cannot give back), paragraphs that differ only the way the export differs
 * from its own round trip are accepted: that difference is the page's, not the edit's.
 */
function readBackProof(
  converters: BlockConverters,
  exportedBody: string,
  editedBody: string,
  chrome: ReadonlySet<string>,
): (storage: string) => boolean {
  // Paragraphs as written, indentation included: it says which list item a paragraph is in.
  const readBack = (storage: string) => content(splitFrontMatter(converters.storageToMarkdown(storage)).body);
  const content = (markdown: string) => {
    const spans = stripChrome(markdownParagraphSpans(markdown), chrome);
    return spans.map((span) => markdown.slice(span.start, span.end).replace(/\r\n/g, '\n').replace(/[ \t]+$/gm, ''));
  };
  const converted = (markdown: string) => readBack(converters.markdownToStorage(contentOf(markdown, markdownParagraphSpans(markdown), chrome)));
  let expected: string[] | null = null;
  let tolerated: { exportOnly: Set<string>; roundTripOnly: Set<string> } | null = null;
  return (storage) => {
    const got = readBack(storage);
    // Reading back exactly as the user wrote it is the best answer there is.
    if (sameParagraphs(got, content(editedBody))) return true;
    expected ??= converted(editedBody);
    if (sameParagraphs(got, expected)) return true;
    if (!tolerated) {
      const roundTrip = converted(exportedBody);
      const exported = content(exportedBody);
      tolerated = { exportOnly: new Set(exported.filter((p) => !roundTrip.includes(p))), roundTripOnly: new Set(roundTrip.filter((p) => !exported.includes(p))) };
    }
    const { exportOnly, roundTripOnly } = tolerated;
    if ((exportOnly.size === 0 && roundTripOnly.size === 0) || got.length !== expected.length) return false;
    const pairs = alignSequences(got, expected);
    const gotMatched = new Set(pairs.map(([i]) => i));
    const expectedMatched = new Set(pairs.map(([, j]) => j));
    return got.every((p, i) => gotMatched.has(i) || exportOnly.has(p)) && expected.every((p, j) => expectedMatched.has(j) || roundTripOnly.has(p));
  };
}

/** The Markdown of the page's content: the text from its first to its last paragraph that is not page chrome. */
function contentOf(body: string, spans: readonly ParagraphSpan[], chrome: ReadonlySet<string>): string {
  const inner = spans.filter((span) => !chrome.has(span.text));
  if (inner.length === 0) return '';
  return body.slice(inner[0]!.start, inner[inner.length - 1]!.end);
}

function stripChrome(spans: readonly ParagraphSpan[], chrome: ReadonlySet<string>): ParagraphSpan[] {
  let from = 0;
  let to = spans.length;
  while (from < to && chrome.has(spans[from]!.text)) from++;
  while (to > from && chrome.has(spans[to - 1]!.text)) to--;
  return spans.slice(from, to);
}

/** A storage block as the pairing of replaced and written blocks sees it: its kind, and its words to break ties. */
function pairable(raw: string): PairableBlock {
  return { kind: blockKind(raw), raw };
}

/**
 * What kind of block a storage block is, to pair an exported block with its edit: its tag, and a
 * macro's name. A paragraph or div holding one list and nothing else is that list's kind: the
 * Markdown shows only the list, which converts back to a bare list.
 */
function blockKind(raw: string): string {
  const list = wrappedList(raw.trim());
  if (list !== null) return blockKind(list);
  const tag = /^<([A-Za-z][\w:-]*)/.exec(raw.trim())?.[1]?.toLowerCase() ?? '#inline';
  return tag.startsWith('ac:') ? `${tag} ${containerParts(raw)?.name ?? ''}` : tag;
}

/**
 * The one list a `<p>` or `<div>` holds with nothing else around it (whitespace aside), as some
 * editors and migration tools write a task list (`<p><ac:task-list>…</ac:task-list></p>`), or null.
 */
function wrappedList(raw: string): string | null {
  const wrapper = /^<(p|div)(?:\s[^>]*)?>([\s\S]*)<\/\1>$/.exec(raw);
  if (!wrapper) return null;
  const inner = splitBlocks(wrapper[2]!);
  const [only] = inner.blocks;
  if (inner.blocks.length !== 1 || !only || inner.prefix !== '' || inner.suffix.trim() !== '') return null;
  return /^<(ul|ol|ac:task-list)[\s>]/.test(only.raw) ? only.raw : null;
}

/** A block push patches in place when edited: a table, a list or task list, a macro holding one or a rich-text body. */
function patchable(raw: string): boolean {
  if (/^<(table|ul|ol|ac:task-list)[\s>]/.test(raw)) return true;
  if (!/^<ac:(?:structured-)?macro[\s>]/.test(raw)) return false;
  return containerParts(raw)?.body != null || /<(table|ul|ol|ac:task-list)[\s>]/.test(raw);
}

/** Why an edited list could not be patched item by item, as its user would understand it. */
function listProblem(raw: string, seen: string | null): string {
  if (seen === null) return 'it reads differently on its own than within the page, so the edited items cannot be told from the rest';
  const stray = strayListContent(raw.trim());
  if (stray !== null) return `it holds ${stray}, so its items cannot be patched one by one`;
  if (!/^<(ul|ol|ac:task-list)[\s>]/.test(raw)) return 'the content around its list changed too, or it holds more than one list';
  return 'the Markdown shows it with another number or nesting of items than the page stores, so its items cannot be paired one by one';
}

function sameParagraphs(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

/**
 * Paragraphs the page writer puts before the first or after the last block (a title heading,
 * a links footer): not content of any block, so never converted back. Unmatched paragraphs in
 * the middle are content rendered differently in context, and are not chrome.
 */
function pageChrome(whole: readonly string[], rendered: ReadonlySet<string>, renderedCount: number): Set<string> {
  const chrome = new Set<string>();
  // No more than the page renders beyond its blocks: a block rendered differently in context is content.
  let room = whole.filter((p) => !isLayoutBoundaryMarker(p)).length - renderedCount;
  for (const p of whole) {
    if (rendered.has(p) || room <= 0) break;
    chrome.add(p);
    if (!isLayoutBoundaryMarker(p)) room--;
  }
  for (let i = whole.length - 1; i >= 0 && !rendered.has(whole[i]!) && room > 0; i--) {
    chrome.add(whole[i]!);
    if (!isLayoutBoundaryMarker(whole[i]!)) room--;
  }
  return chrome;
}

/**
 * A rule (`<hr />`) that renders as nothing beside the block after it is part of that block: the
 * rule above a page's footnotes belongs to them (alone it would read as a rule the page does not
 * show). One unit, kept or replaced together.
 */
function withRulesJoined(units: StorageUnit[], render: (storage: string) => string[]): StorageUnit[] {
  const out: StorageUnit[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const next = units[i + 1];
    if (unit.kind === 'block' && next?.kind === 'block' && /^<hr[\s/>]/i.test(unit.raw)) {
      const joined = unit.raw + next.leading + next.raw;
      if (sameParagraphs(render(joined), render(next.raw))) {
        out.push({ kind: 'block', leading: unit.leading, raw: joined });
        i++;
        continue;
      }
    }
    out.push(unit);
  }
  return out;
}
