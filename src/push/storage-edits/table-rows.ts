import { WikiportError } from '../../errors.js';
import type { CellValue } from '../../model/cell-value.js';
import type { Mention } from '../../model/mention.js';
import { alignSequences, changedRanges } from './blocks-align.js';
import { cellText, type StorageCell, type StorageRow, type StorageTable } from './storage-tables.js';

export type RowRecord = Record<string, CellValue>;

/** A replacement of storage[start, end). */
export interface StoragePatch {
  start: number;
  end: number;
  text: string;
}

/**
 * Patches for turning a table's exported rows into the edited rows, touching only the cells,
 * rows and insertions concerned: a changed cell gets new content inside its original `<td …>`
 * tag, a new row is shaped like its neighbour, a removed row is cut out. Everything else in the
 * table (attributes, colgroup, ids, untouched cells) stays byte for byte.
 */
export function tableRowPatches(
  storage: string,
  table: StorageTable,
  columns: readonly string[],
  oldRows: readonly RowRecord[],
  newRows: readonly RowRecord[],
  where: string,
): StoragePatch[] {
  const refuse = (why: string) =>
    new WikiportError(`${where}: ${why}; make this edit in the Markdown file or on the wiki instead (nothing was sent)`);
  if (table.rows.some((row) => row.cells.some((cell) => cell.spans))) throw refuse('the table has merged cells, which JSON rows cannot edit safely');
  const filled = (row: StorageRow) => row.cells.some((cell) => cellHasContent(storage, cell));
  const rows = table.rows.filter(filled);
  const headerless = columns.every((c, i) => c === `Column ${i + 1}`);
  const header = headerless ? null : rows[0];
  const dataRows = headerless ? rows : rows.slice(1);
  if (dataRows.length !== oldRows.length) throw refuse(`the table has ${dataRows.length} filled rows in the page but ${oldRows.length} in the export`);
  const columnCells = mapColumns(storage, rows, header ?? null, columns);
  if (!columnCells) throw refuse('its columns could not be matched with the page table');

  const patches: StoragePatch[] = [];
  const key = (row: RowRecord) => JSON.stringify(columns.map((c) => row[c] ?? null));
  for (const range of changedRanges(oldRows.length, newRows.length, alignSequences(oldRows.map(key), newRows.map(key)))) {
    const paired = Math.min(range.baseEnd - range.baseStart, range.otherEnd - range.otherStart);
    for (let k = 0; k < paired; k++) {
      const row = dataRows[range.baseStart + k]!;
      const before = oldRows[range.baseStart + k]!;
      const after = newRows[range.otherStart + k]!;
      columns.forEach((column, c) => {
        if (JSON.stringify(before[column] ?? null) === JSON.stringify(after[column] ?? null)) return;
        const cell = row.cells[columnCells[c]!];
        if (!cell) throw refuse(`row ${range.baseStart + k + 1} has no cell for column "${column}"`);
        patches.push(cellPatch(storage, cell, after[column] ?? null));
      });
    }
    const inserted = newRows.slice(range.otherStart + paired, range.otherEnd);
    if (inserted.length > 0) {
      const template = dataRows[range.baseStart + paired - 1] ?? dataRows[range.baseStart + paired] ?? dataRows[dataRows.length - 1] ?? header;
      if (!template) throw refuse('the table has no row to shape a new row on');
      const anchor = dataRows[range.baseStart + paired - 1] ?? header;
      const at = anchor ? anchor.end : template.start;
      const text = inserted.map((record) => newRow(storage, template, columns, columnCells, record)).join('');
      patches.push({ start: at, end: at, text });
    }
    for (let k = range.baseStart + paired; k < range.baseEnd; k++) {
      const row = dataRows[k]!;
      patches.push({ start: row.start, end: row.end, text: '' });
    }
  }
  return patches;
}

/** Applies non-overlapping patches (insertions at one point keep their order). */
export function applyPatches(storage: string, patches: readonly StoragePatch[]): string {
  const sorted = patches.map((p, i) => ({ ...p, i })).sort((a, b) => b.start - a.start || b.i - a.i);
  let out = storage;
  for (const patch of sorted) out = out.slice(0, patch.start) + patch.text + out.slice(patch.end);
  return out;
}

function cellHasContent(storage: string, cell: StorageCell): boolean {
  if (cellText(storage, cell) !== '') return true;
  return /<(ri:|ac:emoticon|ac:image|time|img)/.test(storage.slice(cell.innerStart, cell.innerEnd));
}

/**
 * The storage cell index of each JSON column: the page's filled columns, in order (the export
 * drops empty columns), checked against the header texts where there is a header.
 */
function mapColumns(storage: string, rows: readonly StorageRow[], header: StorageRow | null, columns: readonly string[]): number[] | null {
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  const filledColumns: number[] = [];
  for (let c = 0; c < width; c++) {
    if (rows.some((row) => row.cells[c] && cellHasContent(storage, row.cells[c]!))) filledColumns.push(c);
  }
  if (filledColumns.length !== columns.length) return null;
  if (header) {
    for (let k = 0; k < columns.length; k++) {
      const cell = header.cells[filledColumns[k]!];
      const text = cell ? cellText(storage, cell) : '';
      if (text !== '' && !columns[k]!.startsWith(text) && text !== columns[k]) return null;
    }
  }
  return filledColumns;
}

function cellPatch(storage: string, cell: StorageCell, value: CellValue): StoragePatch {
  const inner = storage.slice(cell.innerStart, cell.innerEnd);
  const content = cellContent(value, inner);
  if (cell.innerStart === cell.end) {
    // `<td />`: give it a body.
    const open = cell.openTag.replace(/\s*\/>$/, '>');
    return { start: cell.start, end: cell.end, text: `${open}${content}</${cell.name}>` };
  }
  return { start: cell.innerStart, end: cell.innerEnd, text: content };
}

function newRow(storage: string, template: StorageRow, columns: readonly string[], columnCells: readonly number[], record: RowRecord): string {
  const cells = template.cells.map((cell, index) => {
    const column = columnCells.indexOf(index);
    const inner = storage.slice(cell.innerStart, cell.innerEnd);
    const content = column >= 0 ? cellContent(record[columns[column]!] ?? null, inner) : '';
    const name = cell.name === 'th' && template.cells.every((c) => c.name === 'th') ? 'th' : cell.name;
    return `${withoutIds(cell.openTag.replace(/\s*\/>$/, '>')).replace(/^<t[dh]/, `<${name}`)}${content}</${name}>`;
  });
  return `${withoutIds(template.openTag)}${cells.join('')}</tr>`;
}

/** Ids belong to one element; a new row must not copy them. */
function withoutIds(tag: string): string {
  return tag.replace(/\s+(ac:local-id|local-id|id|data-local-id)="[^"]*"/g, '');
}

/** New cell content, wrapped in `<p>` when the cell it replaces (or copies) used paragraphs. */
export function cellContent(value: CellValue, shapeOf: string): string {
  const body = valueStorage(value);
  if (body === '') return '';
  return /^\s*<p[\s>]/.test(shapeOf) ? `<p>${body}</p>` : body;
}

function valueStorage(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map(mentionStorage).join(', ');
  return mentionStorage(value);
}

function mentionStorage(mention: Mention): string {
  if (mention.accountId) return `<ac:link><ri:user ri:account-id="${escapeAttr(mention.accountId)}" /></ac:link>`;
  if (mention.userKey) return `<ac:link><ri:user ri:userkey="${escapeAttr(mention.userKey)}" /></ac:link>`;
  if (mention.username) return `<ac:link><ri:user ri:username="${escapeAttr(mention.username)}" /></ac:link>`;
  return escapeText(mention.name ?? '');
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
