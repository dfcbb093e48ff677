import { matchingClose, splitBlocks, tokenize } from '../storage-edits/blocks-split.js';

/**
 * The page as a flat sequence of units the lossless mapping aligns: content blocks, and the
 * frame markup around them that is always kept. A layout (`ac:layout`) is not one block: its
 * section and cell tags become frames and the blocks inside each cell are aligned like top-level
 * blocks, so an edit inside a column stays in that column and the layout's attributes survive.
 */
export interface StorageUnit {
  kind: 'block' | 'frame';
  /** Whitespace before a block (empty for frames). */
  leading: string;
  raw: string;
}

export function storageUnits(storage: string): StorageUnit[] {
  const split = splitBlocks(storage);
  const units: StorageUnit[] = [];
  pushFrame(units, split.prefix);
  for (const block of split.blocks) {
    if (block.name === 'ac:layout') for (const unit of layoutUnits(block.leading, block.raw)) units.push(unit);
    else units.push({ kind: 'block', leading: block.leading, raw: block.raw });
  }
  pushFrame(units, split.suffix);
  return units;
}

export function joinUnits(units: readonly StorageUnit[]): string {
  return units.map((u) => u.leading + u.raw).join('');
}

function pushFrame(units: StorageUnit[], raw: string): void {
  if (!raw) return;
  const last = units[units.length - 1];
  if (last?.kind === 'frame') last.raw += raw;
  else units.push({ kind: 'frame', leading: '', raw });
}

function layoutUnits(leading: string, raw: string): StorageUnit[] {
  const units: StorageUnit[] = [];
  const tokens = tokenize(raw);
  let copied = 0;
  pushFrame(units, leading);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open' || token.name !== 'ac:layout-cell' || token.selfClosing) continue;
    const closeAt = matchingClose(tokens, i, tokens.length);
    const close = tokens[closeAt];
    if (!close || close.kind !== 'close') continue;
    pushFrame(units, raw.slice(copied, token.end));
    const cell = splitBlocks(raw.slice(token.end, close.start));
    pushFrame(units, cell.prefix);
    for (const block of cell.blocks) units.push({ kind: 'block', leading: block.leading, raw: block.raw });
    pushFrame(units, cell.suffix);
    copied = close.start;
    i = closeAt;
  }
  pushFrame(units, raw.slice(copied));
  return units;
}
