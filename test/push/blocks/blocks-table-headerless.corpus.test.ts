import { describe, expect, it } from 'vitest';
import { patchEditedTableCells } from '../../../src/push/blocks/blocks-table-cells.js';
import { converters, corpusPipeTables, renderPipeTable as render, type CorpusPipeTable } from '../../support/corpus-pipe-tables.js';
import { hasShared } from '../../support/shared-corpus.js';

/** The real headerless tables of the corpus (shown under an empty header row). */
function headerlessTables(): CorpusPipeTable[] {
  return corpusPipeTables().filter(({ rows }) => rows.length > 1 && rows[0]!.every((cell) => cell === ''));
}

describe.skipIf(!hasShared)('edits to the headerless tables of the shared corpus', () => {
  const tables = headerlessTables();

  it('finds headerless pipe tables to edit', () => {
    expect(tables.length).toBeGreaterThan(0);
  });

  it.each(tables.map((t) => [t.name, t] as const))('%s: a cell edited, a row added, a row removed: read back as written, the table start tag kept', (_, table) => {
    const body = table.rows.slice(1);
    const last = body.length - 1;
    const column = body[last]!.findIndex((cell) => cell !== '');
    const edits = [
      render([table.rows[0]!, ...body.map((row, r) => (r === last ? row.map((cell, c) => (c === column ? `${cell} (checked)` : cell)) : row))]),
      render([...table.rows, table.rows[0]!.map((_, c) => (c === 0 ? 'Added by review' : ''))]),
      ...(body.length > 1 ? [render([table.rows[0]!, ...body.slice(1)])] : []),
    ];
    const merged = /\s(colspan|rowspan)=["']?([2-9]|\d{2,})/.test(table.storage);
    for (const [k, edited] of edits.entries()) {
      const patched = patchEditedTableCells(table.storage, converters.markdownToStorage(edited).trim(), table.markdown, edited);
      // A cell edit keeps the markup of every table without merged cells.
      if (k === 0 && !merged) expect(patched).not.toBeNull();
      if (patched === null) continue;
      expect(converters.storageToMarkdown(patched).trim()).toBe(edited);
      expect(patched.slice(0, patched.indexOf('>') + 1)).toBe(table.storage.slice(0, table.storage.indexOf('>') + 1));
    }
  });
});
