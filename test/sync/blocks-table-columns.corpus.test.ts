import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { patchEditedTableCells, pipeTableCells } from '../../src/sync/blocks-table-cells.js';
import { storageTables } from '../../src/sync/json-edits-storage-tables.js';
import { hubBlockConverters } from '../../src/sync/push-converters.js';
import { corpusFiles, hasShared, sharedPath } from '../support/shared-corpus.js';

const converters = hubBlockConverters();
const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`.replace(/\| {2}(?=\|)/g, '| ');
const render = (rows: readonly (readonly string[])[]) => [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n');

/** The real tables of the corpus shown as pipe tables, with their storage and Markdown. */
function corpusTables(): { name: string; storage: string; markdown: string; rows: string[][] }[] {
  return corpusFiles().flatMap((file) => {
    const page = readFileSync(sharedPath('corpus', 'storage', file), 'utf8');
    return storageTables(page).flatMap((table, i) => {
      const storage = page.slice(table.start, table.end);
      const markdown = converters.storageToMarkdown(storage).trim();
      const rows = pipeTableCells(markdown);
      return rows && !markdown.includes('\n\n') ? [{ name: `${file} table ${i + 1}`, storage, markdown, rows }] : [];
    });
  });
}

describe.skipIf(!hasShared)('columns added and removed in the shared corpus tables', () => {
  const tables = corpusTables();

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
