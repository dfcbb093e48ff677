import { describe, expect, it } from 'vitest';
import { patchEditedTableCells } from '../../../src/push/blocks/blocks-table-cells.js';
import { converters, corpusPipeTables, renderPipeTable as render } from '../../support/corpus-pipe-tables.js';
import { hasShared } from '../../support/shared-corpus.js';

describe.skipIf(!hasShared)('columns added and removed in the shared corpus tables', () => {
  const tables = corpusPipeTables();

  it('finds pipe tables to edit', () => {
    expect(tables.length).toBeGreaterThan(3);
  });

  it.each(tables.map((t) => [t.name, t] as const))('%s: a column added after the first, then the last column removed, read back as written (or the table is replaced)', (_, table) => {
    const added = render(table.rows.map((row, r) => [row[0]!, r === 0 ? 'Reviewed by' : r === 1 ? 'Kim Lee' : '', ...row.slice(1)]));
    const removed = render(table.rows.map((row) => row.slice(0, -1)));
    const keepsRows = table.rows.length > 1 && table.rows[0]!.length > 1 && table.rows.slice(1).every((row) => row.slice(0, -1).some((cell) => cell !== ''));
    for (const edited of keepsRows ? [added, removed] : [added]) {
      const patched = patchEditedTableCells(table.storage, converters.markdownToStorage(edited).trim(), table.markdown, edited);
      if (patched === null) continue;
      expect(converters.storageToMarkdown(patched).trim()).toBe(edited);
      // The table keeps its own start tag (layout, width, id).
      expect(patched.slice(0, patched.indexOf('>') + 1)).toBe(table.storage.slice(0, table.storage.indexOf('>') + 1));
    }
  });
});
