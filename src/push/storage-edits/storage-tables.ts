import { matchingClose, tokenize, type Token } from './blocks-split.js';

/** Where a table's rows and cells sit in a storage body, by character offsets. */
export interface StorageCell {
  name: 'td' | 'th';
  start: number;
  end: number;
  /** The cell's content (between its tags). */
  innerStart: number;
  innerEnd: number;
  openTag: string;
  spans: boolean;
}

export interface StorageRow {
  start: number;
  end: number;
  openTag: string;
  cells: StorageCell[];
}

export interface StorageTable {
  start: number;
  end: number;
  rows: StorageRow[];
}

/** The tables of a body that are not inside another table, in document order. */
export function storageTables(storage: string): StorageTable[] {
  const tokens = tokenize(storage);
  const tables: StorageTable[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open' || token.name !== 'table' || token.selfClosing) continue;
    const closeAt = matchingClose(tokens, i, tokens.length);
    tables.push({ start: token.start, end: tokens[closeAt]!.end, rows: rowsOf(storage, tokens, i + 1, closeAt) });
    i = closeAt;
  }
  return tables;
}

function rowsOf(storage: string, tokens: Token[], from: number, to: number): StorageRow[] {
  const rows: StorageRow[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open' || token.selfClosing) continue;
    if (token.name === 'table') {
      i = matchingClose(tokens, i, to); // a nested table's rows are not this table's
      continue;
    }
    if (token.name !== 'tr') continue;
    const closeAt = matchingClose(tokens, i, to);
    rows.push({ start: token.start, end: tokens[closeAt]!.end, openTag: storage.slice(token.start, token.end), cells: cellsOf(storage, tokens, i + 1, closeAt) });
    i = closeAt;
  }
  return rows;
}

function cellsOf(storage: string, tokens: Token[], from: number, to: number): StorageCell[] {
  const cells: StorageCell[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open' || (token.name !== 'td' && token.name !== 'th')) continue;
    const openTag = storage.slice(token.start, token.end);
    const spans = /\b(colspan|rowspan)\s*=\s*["']?([2-9]|\d{2,})/i.test(openTag);
    if (token.selfClosing) {
      cells.push({ name: token.name, start: token.start, end: token.end, innerStart: token.end, innerEnd: token.end, openTag, spans });
      continue;
    }
    const closeAt = matchingClose(tokens, i, to);
    const close = tokens[closeAt]!;
    cells.push({ name: token.name, start: token.start, end: close.end, innerStart: token.end, innerEnd: close.kind === 'close' ? close.start : close.end, openTag, spans });
    i = closeAt;
  }
  return cells;
}

/** A cell's visible text: tags dropped, the common entities decoded, whitespace collapsed. */
export function cellText(storage: string, cell: StorageCell): string {
  return storage
    .slice(cell.innerStart, cell.innerEnd)
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;|&#160;|&#xa0;/gi, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
