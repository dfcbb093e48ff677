import { alignSequences, changedRanges } from './storage-edits/blocks-align.js';

/**
 * A unified diff of two storage bodies for `push --dry-run`. Storage is often one long line, so
 * both sides are first cut after each block-level closing tag; the diff then reads like the page.
 */
export function storageDiff(before: string, after: string, labels: { from: string; to: string }, context = 3): string {
  const a = storageLines(before);
  const b = storageLines(after);
  const ranges = changedRanges(a.length, b.length, alignSequences(a, b));
  if (ranges.length === 0) return '';
  const out = [`--- ${labels.from}`, `+++ ${labels.to}`];
  let index = 0;
  while (index < ranges.length) {
    // Ranges closer than twice the context share one hunk.
    let last = index;
    while (last + 1 < ranges.length && ranges[last + 1]!.baseStart - ranges[last]!.baseEnd <= 2 * context) last++;
    const first = ranges[index]!;
    const end = ranges[last]!;
    const aStart = Math.max(0, first.baseStart - context);
    const bStart = first.otherStart - (first.baseStart - aStart);
    const aEnd = Math.min(a.length, end.baseEnd + context);
    const bEnd = end.otherEnd + (aEnd - end.baseEnd);
    out.push(`@@ -${aStart + 1},${aEnd - aStart} +${bStart + 1},${bEnd - bStart} @@`);
    let i = aStart;
    for (let r = index; r <= last; r++) {
      const range = ranges[r]!;
      for (; i < range.baseStart; i++) out.push(` ${a[i]}`);
      for (let k = range.baseStart; k < range.baseEnd; k++) out.push(`-${a[k]}`);
      for (let k = range.otherStart; k < range.otherEnd; k++) out.push(`+${b[k]}`);
      i = range.baseEnd;
    }
    for (; i < aEnd; i++) out.push(` ${a[i]}`);
    index = last + 1;
  }
  return `${out.join('\n')}\n`;
}

const BREAK_AFTER = /(<\/(?:p|h[1-6]|li|tr|table|ul|ol|blockquote|pre|ac:task|ac:task-list|ac:structured-macro|ac:layout-cell|ac:layout-section|ac:layout|ac:parameter|ac:rich-text-body|ac:plain-text-body)>|<hr\s*\/?>)/g;

export function storageLines(storage: string): string[] {
  return storage
    .replace(BREAK_AFTER, '$1\n')
    .split('\n')
    .filter((line) => line.trim() !== '');
}
