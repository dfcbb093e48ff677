// push/blocks/: the block diff and patch of a Markdown push: which storage blocks the edit touched, patched in place (tables, lists, task lists) or replaced; three-way merge. Imports push/storage-edits/.
import { alignSequences } from '../storage-edits/blocks-align.js';
import { joinUnits, storageUnits, type StorageUnit } from './blocks-units.js';

type StorageBlock = StorageUnit;

/** A stretch of top-level blocks that both sides changed differently. */
export interface BlockConflict {
  /** Short text of the first base block concerned (or of the first changed block). */
  where: string;
  local: string;
  remote: string;
}

export interface BlockMerge {
  storage: string;
  conflicts: BlockConflict[];
  /** Human lines saying what came from where, e.g. `kept the wiki's change to "Agenda …"`. */
  merged: string[];
}

/**
 * Three-way merge of storage bodies by top-level block (diff3 over block sequences): base is the
 * exported body, local the body built from the edited file, remote the wiki's current body.
 * Stretches only one side changed take that side; both sides changing the same stretch in
 * different ways is a conflict. Unchanged blocks keep their bytes. A layout counts by its cells'
 * blocks (its section and cell markup are blocks of their own), so edits in two columns merge.
 */
export function mergeBlocks(base: string, local: string, remote: string): BlockMerge {
  const b = storageUnits(base);
  const l = storageUnits(local);
  const r = storageUnits(remote);
  const toLocal = new Map(alignSequences(keys(b), keys(l)));
  const toRemote = new Map(alignSequences(keys(b), keys(r)));

  const out: StorageBlock[] = [];
  const conflicts: BlockConflict[] = [];
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  for (;;) {
    let stable = i;
    while (stable < b.length && !(toLocal.has(stable) && toRemote.has(stable))) stable++;
    const jEnd = stable < b.length ? toLocal.get(stable)! : l.length;
    const kEnd = stable < b.length ? toRemote.get(stable)! : r.length;
    const baseChunk = b.slice(i, stable);
    const localChunk = l.slice(j, jEnd);
    const remoteChunk = r.slice(k, kEnd);
    const localChanged = !sameBlocks(baseChunk, localChunk);
    const remoteChanged = !sameBlocks(baseChunk, remoteChunk);
    if (!localChanged) {
      for (const block of remoteChunk) out.push(block);
      if (remoteChanged) merged.push(`kept the wiki's change to ${describe(baseChunk, remoteChunk)}`);
    } else if (!remoteChanged || sameBlocks(localChunk, remoteChunk)) {
      // (the wiki already having the very same change is not a merge worth reporting)
      for (const block of localChunk) out.push(block);
    } else if (baseChunk.length === localChunk.length && baseChunk.length === remoteChunk.length) {
      // Neighbouring blocks edited on each side (no unchanged block between them): merge block by block.
      baseChunk.forEach((baseBlock, n) => {
        const mine = localChunk[n]!;
        const theirs = remoteChunk[n]!;
        if (mine.raw === baseBlock.raw) {
          out.push(theirs);
          if (theirs.raw !== baseBlock.raw) merged.push(`kept the wiki's change to ${describe([baseBlock], [theirs])}`);
        } else if (theirs.raw === baseBlock.raw || theirs.raw === mine.raw) {
          out.push(mine);
        } else {
          conflicts.push({ where: describe([baseBlock], [mine]), local: mine.raw, remote: theirs.raw });
          out.push(mine);
        }
      });
    } else {
      conflicts.push({ where: describe(baseChunk, localChunk), local: joinRaw(localChunk), remote: joinRaw(remoteChunk) });
      for (const block of localChunk) out.push(block);
    }
    if (stable >= b.length) break;
    out.push(l[jEnd]!);
    i = stable + 1;
    j = jEnd + 1;
    k = kEnd + 1;
  }
  const storage = joinUnits(out);
  return { storage, conflicts, merged };
}

function keys(blocks: readonly StorageBlock[]): string[] {
  return blocks.map((block) => `${block.kind}:${block.raw}`);
}

function sameBlocks(a: readonly StorageBlock[], b: readonly StorageBlock[]): boolean {
  return a.length === b.length && a.every((block, index) => block.raw === b[index]!.raw);
}

function joinRaw(blocks: readonly StorageBlock[]): string {
  return blocks.map((block) => block.raw).join('\n');
}

/** A quotable name for a stretch of blocks: its first words. */
function describe(baseChunk: readonly StorageBlock[], otherChunk: readonly StorageBlock[]): string {
  const source = baseChunk[0] ?? otherChunk[0];
  if (!source) return 'the page';
  return `"${excerpt(source.raw)}"${baseChunk.length === 0 ? ' (added)' : ''}`;
}

export function excerpt(storage: string, length = 50): string {
  const text = storage
    .replace(/<ac:parameter[^>]*ac:name="([^"]*)"[^>]*>[\s\S]*?<\/ac:parameter>/g, ' ')
    .replace(/<ac:structured-macro[^>]*ac:name="([^"]*)"[^>]*>/g, ' [$1 macro] ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > length ? `${text.slice(0, length - 1)}…` : text || storage.slice(0, length);
}
