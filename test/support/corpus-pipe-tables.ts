import { readFileSync } from 'node:fs';
import { pipeTableCells } from '../../src/push/blocks/blocks-table-cells.js';
import { storageTables } from '../../src/push/storage-edits/storage-tables.js';
import { hubBlockConverters } from '../../src/push/push-converters.js';
import { corpusFiles, sharedPath } from './shared-corpus.js';

export const converters = hubBlockConverters();

export interface CorpusPipeTable {
  name: string;
  storage: string;
  markdown: string;
  /** The cells of the pipe table, header row first. */
  rows: string[][];
}

/** The tables of the shared corpus that the Markdown writer shows as pipe tables, with their storage and Markdown. */
export function corpusPipeTables(): CorpusPipeTable[] {
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

const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`.replace(/\| {2}(?=\|)/g, '| ');

/** Rows as a pipe table the way the writer spaces it (header row first). */
export function renderPipeTable(rows: readonly (readonly string[])[]): string {
  return [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}
