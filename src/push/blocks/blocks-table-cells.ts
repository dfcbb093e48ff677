import { matchingClose, splitBlocks, tokenize } from '../storage-edits/blocks-split.js';
import { containerParts, patchContainer } from '../storage-edits/containers.js';
import { cellText, storageTables, type StorageRow } from '../storage-edits/storage-tables.js';
import { applyPatches, type StoragePatch } from '../storage-edits/table-rows.js';
import { alignSequences, changedRanges, type ChangedRange } from '../storage-edits/blocks-align.js';
import { patchMergedCells } from './blocks-table-merged.js';
import { colgroupPatches, columnSlots, keepsRowShape, newCellTag, pairColumns, type Slot } from './blocks-table-columns.js';
import { describeBlock } from './blocks-describe.js';

/**
 * An edited table without merged cells keeps its original markup: only the cells whose content
 * changed take the converted cell's content, rows the user added are the converted rows (written
 * like the row above, the page's empty columns kept empty), rows the user removed go, a column the
 * user removed loses its cell in every row (and its `<col>`), a column the user added gets a new
 * cell in every row (and a `<col />`), and the table's attributes, column widths, ids and untouched
 * rows and cells stay byte for byte. A headerless table (the Markdown shows an empty header row)
 * has body rows only: its rows are patched the same way, but its columns only when as many (by
 * position), and text typed into the empty header row replaces the table. Returns null (the whole
 * table is then replaced) when the table has merged cells, the columns cannot be paired, or the
 * edit would change how the reader tells header rows and row labels (`th` cells).
 */
export function patchEditedTableCells(
  originalTable: string,
  convertedTable: string,
  exportedMarkdown: string,
  editedMarkdown: string,
  macrosRewritten?: CellMacroRewrite[],
): string | null {
  // What the cells' patches rewrote is told only when the table is patched (not rewritten whole).
  const found: CellMacroRewrite[] = [];
  const patched = patchTableCells(originalTable, convertedTable, exportedMarkdown, editedMarkdown, found);
  if (patched !== null) for (const macro of found) macrosRewritten?.push(macro);
  return patched;
}

/**
 * A macro in an edited cell that the cell patch could not patch in place: the cell was written from
 * its converted content, so the macro is written anew (its ac:macro-id and bytes not kept).
 * `row` and `column` count from 1, the header row being row 1.
 */
export interface CellMacroRewrite {
  macro: string;
  row: number;
  column: number;
  why: string;
}


function patchTableCells(originalTable: string, convertedTable: string, exportedMarkdown: string, editedMarkdown: string, macrosRewritten: CellMacroRewrite[]): string | null {
  const converted = splitBlocks(convertedTable.trim()).blocks;
  if (converted.length !== 1 || converted[0]!.name !== 'table') return null;
  const [before] = storageTables(originalTable);
  const [after] = storageTables(convertedTable);
  if (!before || !after) return null;
  if (before.rows.some((row) => row.cells.some((cell) => cell.spans))) {
    const shown = [pipeTableCells(exportedMarkdown), pipeTableCells(editedMarkdown)] as const;
    const patch = (cell: Cell, header: boolean, edit: string) => editedCellPatch(originalTable, cell, header, edit, macrosRewritten);
    return shown[0] && shown[1] ? patchMergedCells(originalTable, convertedTable, before, after, shown[0], shown[1], patch) : null;
  }
  const gridBefore = filledGrid(originalTable, before.rows);
  const gridAfter = filledGrid(convertedTable, after.rows);
  if (!gridBefore || !gridAfter || gridBefore.cells.length === 0) return null;
  // Whether the user changed a cell is read from the Markdown they saw and the Markdown they wrote.
  const shownBefore = pipeTableCells(exportedMarkdown);
  const shownAfter = pipeTableCells(editedMarkdown);
  if (!shownBefore || !shownAfter) return null;
  // A headerless table shows an empty header row that no storage row stands for: `offset` shown
  // rows come before the first storage row.
  const headerless = shownBefore.length === gridBefore.cells.length + 1 && shownBefore[0]!.every((cell) => cell === '');
  const offset = headerless ? 1 : 0;
  if (shownBefore.length !== gridBefore.cells.length + offset || shownAfter.length !== gridAfter.cells.length + offset) return null;
  // Text typed into the empty header row makes a header row: the converted table writes it.
  if (headerless && (!shownAfter[0]!.every((cell) => cell === '') || gridAfter.cells.length === 0)) return null;
  if (headerless && !readsHeaderless(originalTable, gridBefore)) return null;
  const rowsOfWidth = (width: number, rows: readonly (readonly unknown[])[]) => rows.every((row) => row.length === width);
  const widthBefore = gridBefore.columns.length;
  const widthAfter = gridAfter.columns.length;
  if (!rowsOfWidth(widthBefore, gridBefore.cells) || !rowsOfWidth(widthBefore, shownBefore)) return null;
  if (!rowsOfWidth(widthAfter, gridAfter.cells) || !rowsOfWidth(widthAfter, shownAfter)) return null;
  // Empty headers cannot tell which column was added or removed: a headerless table keeps its columns.
  if (headerless && widthBefore !== widthAfter) return null;
  const sources = headerless ? shownAfter[0]!.map((_, k) => k) : pairColumns(shownBefore, shownAfter);
  if (!sources) return null;
  const slots = columnSlots(gridBefore.columns, sources, before.rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0));
  if (!gridBefore.rows.every((row) => keepsRowShape(row, slots))) return null;
  const patches = colgroupPatches(originalTable, slots);
  if (!patches) return null;
  // The exported rows as they read in the edited columns (a new column empty): what each row was.
  const shown = shownBefore.map((row) => sources.map((s) => (s === null ? '' : row[s]!)));
  // Row labels in th cells are bold in Markdown: they stay th with the text inside the bold; a
  // label written plain (the first column no longer labels the rows) or moved replaces the table.
  const labels = thLabels(gridBefore, 1 - offset);
  if (labels && (sources[0] !== 0 || !labelsStay(convertedTable, gridAfter, 1 - offset, shownAfter, shownBefore))) return null;
  const labelCells = new Set(labels ? gridAfter.cells.slice(1 - offset).map((row) => row[0]!) : []);
  const inner = (cell: Cell) => {
    const html = convertedTable.slice(cell.innerStart, cell.innerEnd);
    return labelCells.has(cell) ? boldOnly(html)! : html;
  };
  // Rows are told apart by the columns both tables have under the same header (an added column is
  // new content in every row, a renamed one maybe too), by all paired columns when none is left.
  const paired = sources.flatMap((s, k) => (s === null ? [] : [k]));
  const named = paired.filter((k) => shown[0]![k] === shownAfter[0]![k]);
  const both = named.length > 0 ? named : paired;
  const keyedBefore = shown.map((row) => both.map((k) => row[k]!));
  const keyedAfter = shownAfter.map((row) => both.map((k) => row[k]!));
  // Shown row r (Markdown, header row first) is storage row r - offset, and so for the edit.
  const storageRow = (r: number) => gridBefore.rows[r - offset]!;
  const cellsAfter = (a: number) => gridAfter.cells[a - offset]!;
  const edits = (r: number, a: number) => sources.map((_, k) => (shown[r]![k] === shownAfter[a]![k] ? null : inner(cellsAfter(a)[k]!)));
  // The header row stays the header row; the body rows are aligned (positionally when as many).
  if (!headerless) for (const patch of rowPatches(originalTable, storageRow(0), true, slots, edits(0, 0), macrosRewritten)) patches.push(patch);
  const { pairs, ranges } = alignBodyRows(keyedBefore, keyedAfter);
  // Rows the user left as they were still lose and gain the columns' cells.
  for (const [r, a] of pairs) for (const patch of rowPatches(originalTable, storageRow(r), false, slots, edits(r, a), macrosRewritten)) patches.push(patch);
  const insertAfter = (r: number, rows: readonly number[]): void => {
    if (rows.length === 0) return;
    // Added rows are written like the body row above them, the first body row when there is none.
    const at = r - offset >= 0 ? storageRow(r).end : storageRow(offset).start;
    const model: StorageRow | undefined = gridBefore.rows[Math.max(r, 1) - offset];
    patches.push({ start: at, end: at, text: rows.map((a) => addedRow(originalTable, gridBefore, slots, model, cellsAfter(a).map(inner))).join('') });
  };
  for (const range of ranges) {
    let next = range.otherStart;
    for (let r = range.baseStart; r < range.baseEnd; r++) {
      // The row the user kept (and maybe edited) is the next one sharing most cells with it;
      // the rows before that one are new, a row sharing nothing was removed.
      const a = range.baseEnd - range.baseStart === range.otherEnd - range.otherStart ? next : likeliestRow(keyedBefore[r]!, keyedAfter, next, range.otherEnd);
      if (a === null || a >= range.otherEnd) {
        const row = storageRow(r);
        patches.push({ start: row.start, end: row.end, text: '' });
        continue;
      }
      insertAfter(r - 1, indices(next, a));
      next = a + 1;
      for (const patch of rowPatches(originalTable, storageRow(r), false, slots, edits(r, a), macrosRewritten)) patches.push(patch);
    }
    insertAfter(range.baseEnd - 1, indices(next, range.otherEnd));
  }
  // So do rows the Markdown never showed (empty everywhere).
  const unchanged = sources.map(() => null);
  const shownRows = new Set(gridBefore.rows);
  for (const row of before.rows) if (!shownRows.has(row)) for (const patch of rowPatches(originalTable, row, false, slots, unchanged, macrosRewritten)) patches.push(patch);
  const patched = applyPatches(originalTable, inOrder(patches));
  if (!headerless) return patched;
  // A first row edited into header cells only (all bold) would read back as a header row, row
  // labels left in every row as a key/value table's first row.
  const [table] = storageTables(patched);
  const grid = table ? filledGrid(patched, table.rows) : null;
  return grid && readsHeaderless(patched, grid) ? patched : null;
}

/**
 * Whether the reader shows the table under an empty header row: its first shown row is a body row
 * (some filled cell in it a `td` not all bold), and its first column does not label every row
 * (`th` or all bold; the reader would move the first row up as a key/value table's).
 */
function readsHeaderless(storage: string, grid: FilledGrid): boolean {
  const headerLike = (cell: Cell) => cell.name === 'th' || whollyBold(storage.slice(cell.innerStart, cell.innerEnd));
  const first = grid.cells[0] ?? [];
  if (!first.some((cell) => cellHasContent(storage, cell) && !headerLike(cell))) return false;
  return !grid.cells.every((row) => cellHasContent(storage, row[0]!) && headerLike(row[0]!));
}

/**
 * The body rows (all but the header row, index 0) of the exported table paired with the edited
 * ones: rows equal in the compared columns (`pairs`), and the stretches between them (`ranges`);
 * with as many rows on both sides, one stretch paired by position.
 */
function alignBodyRows(before: readonly (readonly string[])[], after: readonly (readonly string[])[]): { pairs: (readonly [number, number])[]; ranges: ChangedRange[] } {
  if (before.length === after.length) return { pairs: [], ranges: [{ baseStart: 1, baseEnd: before.length, otherStart: 1, otherEnd: after.length }] };
  const bodyPairs = alignSequences(before.slice(1).map(rowKey), after.slice(1).map(rowKey));
  const ranges = changedRanges(before.length - 1, after.length - 1, bodyPairs).map((range) => ({
    baseStart: range.baseStart + 1,
    baseEnd: range.baseEnd + 1,
    otherStart: range.otherStart + 1,
    otherEnd: range.otherEnd + 1,
  }));
  return { pairs: bodyPairs.map(([r, a]) => [r + 1, a + 1] as const), ranges };
}

/**
 * Patches sorted by where they start, an insertion before a replacement starting at the same point
 * (so the replacement does not cut the insertion away), in the order they were made otherwise.
 */
function inOrder(patches: readonly StoragePatch[]): StoragePatch[] {
  const rank = (p: StoragePatch) => (p.start === p.end ? 0 : 1);
  return patches
    .map((patch, i) => ({ patch, i }))
    .sort((x, y) => x.patch.start - y.patch.start || rank(x.patch) - rank(y.patch) || x.i - y.i)
    .map(({ patch }) => patch);
}

/**
 * The patches of one original row: the edited cells take their new content (`edits[k]`, null when
 * edited column k did not change), a removed column's cell goes, an added column's cell is
 * inserted, its content shaped like its neighbour's. In the `header` row, text replacing bold text,
 * or added where all the shown headers are bold, is bold too (the headers keep their look, and
 * the reader keeps reading them as a header row).
 */
function rowPatches(table: string, row: StorageRow, header: boolean, slots: readonly Slot[], edits: readonly (string | null)[], macrosRewritten: CellMacroRewrite[]): StoragePatch[] {
  const patches: StoragePatch[] = [];
  const innerOf = (cell: Cell) => table.slice(cell.innerStart, cell.innerEnd);
  const shownCells = slots.flatMap((slot) => (slot.kind === 'kept' && slot.edited !== null && row.cells[slot.storage] ? [row.cells[slot.storage]!] : []));
  const boldHeaders = header && shownCells.length > 0 && shownCells.every((cell) => whollyBold(innerOf(cell)));
  for (const slot of slots) {
    if (slot.kind === 'removed') {
      const cell = row.cells[slot.storage];
      if (cell) patches.push({ start: cell.start, end: cell.end, text: '' });
    } else if (slot.kind === 'kept') {
      const cell = row.cells[slot.storage];
      const edit = slot.edited === null ? null : edits[slot.edited];
      if (!cell || edit === null || edit === undefined) continue;
      patches.push(editedCellPatch(table, cell, header, edit, macrosRewritten));
    } else {
      if (slot.at > row.cells.length || row.cells.length === 0) continue; // a short row needs no cell there
      const at = slot.at > 0 ? row.cells[slot.at - 1]!.end : row.cells[0]!.start;
      const edit = edits[slot.edited] ?? '';
      patches.push({ start: at, end: at, text: newCell(table, row.cells, slot.at, boldHeaders ? bold(edit) : edit) });
    }
  }
  return patches;
}

/**
 * A macro holding one table among paragraphs the user left as they were (a page properties
 * macro's key/value table): the table patched in place by patchEditedTableCells, the rest of the
 * macro kept byte for byte. `shown` and `written` are the block's Markdown paragraphs. Null when
 * anything but the table changed or the table cannot be patched.
 */
export function patchTableInBlock(
  originalBlock: string,
  convertedBlock: string,
  shown: readonly string[],
  written: readonly string[],
  macrosRewritten?: CellMacroRewrite[],
): string | null {
  if (shown.length !== written.length) return null;
  const at = shown.findIndex((paragraph) => pipeTableCells(paragraph) !== null);
  if (at < 0 || shown.some((paragraph, k) => k !== at && (paragraph !== written[k] || pipeTableCells(paragraph) !== null))) return null;
  const original = storageTables(originalBlock);
  const converted = storageTables(convertedBlock);
  if (original.length !== 1 || converted.length !== 1) return null;
  const [table, edited] = [original[0]!, converted[0]!];
  const patched = patchEditedTableCells(originalBlock.slice(table.start, table.end), convertedBlock.slice(edited.start, edited.end), shown[at]!, written[at]!, macrosRewritten);
  return patched === null ? null : originalBlock.slice(0, table.start) + patched + originalBlock.slice(table.end);
}

/**
 * A cell that held a list, edited as the Markdown shows it (`- a<br>- b`, `1. a<br>2. b`, which the
 * reader converts as text): the items written as the list again, in paragraphs when its items were.
 * Null when the cell held no list or the edit is not list lines only.
 */
function listLike(inner: string, edit: string): string | null {
  const list = /^\s*<(ul|ol)[\s>]/.exec(inner)?.[1];
  if (!list) return null;
  const paragraphs = /<li(?:\s[^>]*)?>\s*<p[\s>]/.test(inner);
  // The edit read back as a list already (the `<ul><li>…</li></ul>` spelling of a list in a cell):
  // a flat one takes its items' paragraphs back when the cell's items had them.
  if (new RegExp(`^\\s*<${list}>[\\s\\S]*</${list}>\\s*$`).test(edit)) {
    const nested = (edit.match(/<(?:ul|ol)[\s>]/g) ?? []).length > 1;
    if (!paragraphs || nested || /<p[\s>]/.test(edit)) return edit.trim();
    return edit.trim().replace(/<li>([\s\S]*?)<\/li>/g, '<li><p>$1</p></li>');
  }
  const marker = list === 'ul' ? /^\s*[-*+] +/ : /^\s*\d+[.)] +/;
  const lines = edit.trim().split(/<br\s*\/?>/);
  if (lines.length === 0 || !lines.every((line) => marker.test(line))) return null;
  const items = lines.map((line) => line.replace(marker, '').trim()).map((item) => `<li>${paragraphs ? `<p>${item}</p>` : item}</li>`);
  return `<${list}>${items.join('')}</${list}>`;
}

/**
 * A cell holding one macro with a body (an expand in a cell), edited inside: the macro keeps its
 * start tag, ids and parameters the edit does not name; its body's paragraphs keep their bytes
 * where their text is unchanged. A cell shows a body's paragraphs as lines (`<br>`): the lines
 * of the edit are aligned with the body's paragraphs by their text; a line edited in place is
 * rewritten inside its paragraph's own `<p …>`, a line added is a new `<p>`, a line removed takes
 * its paragraph with it. Null when the cell is not such a macro or its body holds more than
 * paragraphs (the cell then takes the converted content).
 */
function containerInCell(inner: string, edit: string): string | null {
  const original = containerParts(inner);
  const converted = containerParts(edit);
  if (!original || !converted || original.name !== converted.name || original.body === null) return null;
  // What the page shows of a parameter the Markdown does not carry is not an edit: only the edit's parameters are compared.
  const shownParams = [...original.params].filter(([key]) => !converted.params.has(key));
  const shown = shownParams.reduceRight((text, [, p]) => text.slice(0, p.start) + text.slice(p.end), inner);
  const patched = patchContainer(inner, shown, edit, (body, _shown, written) => {
    const split = splitBlocks(body);
    const lines = written.split(/<br\s*\/?>/).map((line) => line.trim()).filter((line) => line !== '');
    if (!split.blocks.every((b) => b.name === 'p') || /<(p|ul|ol|table|ac:)[\s>]/.test(written)) return { problem: 'the cell does not show the body line by line' };
    const pairs = alignSequences(split.blocks.map((b) => plain(b.raw)), lines.map(plain));
    const out: string[] = [];
    const kept = (k: number) => out.push(split.blocks[k]!.leading + split.blocks[k]!.raw);
    const rewritten = (k: number, line: string) => out.push(`${split.blocks[k]!.leading}${/^<p[^>]*>/.exec(split.blocks[k]!.raw)![0]}${line}</p>`);
    let i = 0;
    for (const range of [...changedRanges(split.blocks.length, lines.length, pairs), null]) {
      const upTo = range === null ? split.blocks.length : range.baseStart;
      for (; i < upTo; i++) kept(i);
      if (range === null) break;
      const olds = range.baseEnd - range.baseStart;
      const news = range.otherEnd - range.otherStart;
      for (let k = 0; k < news; k++) {
        if (k < olds && olds === news) rewritten(range.baseStart + k, lines[range.otherStart + k]!);
        else out.push(`<p>${lines[range.otherStart + k]!}</p>`);
      }
      i = range.baseEnd;
    }
    return { storage: split.prefix + out.join('') + split.suffix };
  });
  return 'problem' in patched ? null : patched.storage;
}

/**
 * A cell holding text beside one macro with a body (`<p>Notes</p>` and an expand), edited inside
 * the macro only: the text around it keeps its bytes and the macro is patched as containerInCell
 * patches a macro alone in a cell (its ids kept). Null when the text around it changed too, or
 * the cell holds another number of macros.
 */
function containerBesideText(inner: string, edit: string): string | null {
  const around = (storage: string) => {
    const tokens = tokenize(storage);
    const macros = tokens.flatMap((token, i) => (token.kind === 'open' && token.name === 'ac:structured-macro' ? [i] : []));
    const [first] = macros;
    if (first === undefined) return null;
    const close = tokens[matchingClose(tokens, first, tokens.length)];
    if (!close || close.kind !== 'close') return null;
    const [start, end] = [tokens[first]!.start, close.end];
    if (macros.some((i) => tokens[i]!.start >= end)) return null;
    return { before: storage.slice(0, start), macro: storage.slice(start, end), after: storage.slice(end) };
  };
  const was = around(inner);
  const now = around(edit);
  if (!was || !now || (was.before.trim() === '' && was.after.trim() === '')) return null;
  const before = textBeside(was.before, now.before);
  const after = textBeside(was.after, now.after);
  const macro = containerInCell(was.macro, now.macro);
  return macro === null || before === null || after === null ? null : before + macro + after;
}

/**
 * The text beside a macro in a cell: its bytes when its text is unchanged; else, when it was one
 * paragraph (or bare text), that paragraph with the edited line in it. The cell shows the
 * paragraph as a line (`<br>` before or after the macro), which the edit spells inside one `<p>`.
 */
function textBeside(was: string, now: string): string | null {
  if (plain(was) === plain(now)) return was;
  const line = now.replace(/^\s*<p(?:\s[^>]*)?>/, '').replace(/<\/p>\s*$/, '').replace(/^(?:\s|<br\s*\/?>)+|(?:\s|<br\s*\/?>)+$/g, '');
  if (/<(?:p|ul|ol|table|ac:structured-macro|div|h[1-6])[\s>/]/.test(line)) return null;
  const paragraph = /^(\s*)(<p(?:\s[^>]*)?>)([\s\S]*)<\/p>(\s*)$/.exec(was);
  if (paragraph) return /<p[\s>]/.test(paragraph[3]!) ? null : `${paragraph[1]}${paragraph[2]}${line}</p>${paragraph[4]}`;
  return /<[a-z]/i.test(was.replace(/<br\s*\/?>/g, '')) ? null : line;
}

function plain(storage: string): string {
  return storage.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
}

/** A kept cell taking the converted content `edit`: in a paragraph when its content was, bold in a bold header row. */
function editedCellPatch(table: string, cell: Cell, header: boolean, edit: string, macrosRewritten: CellMacroRewrite[]): StoragePatch {
  const inner = table.slice(cell.innerStart, cell.innerEnd);
  const content = listLike(inner, edit) ?? containerInCell(inner, edit) ?? containerBesideText(inner, edit) ?? likeNeighbour(inner, header && whollyBold(inner) ? bold(edit) : edit);
  for (const macro of macrosRewrittenIn(table, cell, edit, content)) macrosRewritten.push(macro);
  if (cell.innerStart === cell.end) return { start: cell.start, end: cell.end, text: `${cell.openTag.replace(/\s*\/>$/, '>')}${content}</${cell.name}>` };
  return { start: cell.innerStart, end: cell.innerEnd, text: content };
}

/**
 * The macros of a cell that its new `content` writes anew: their start tag (ids included) is not
 * in it, though the edit still holds a macro of that name (a macro the user deleted is not
 * rewritten). Each with where the cell is and why it was not patched in place.
 */
function macrosRewrittenIn(table: string, cell: Cell, edit: string, content: string): CellMacroRewrite[] {
  const inner = table.slice(cell.innerStart, cell.innerEnd);
  const tokens = tokenize(inner);
  const found: CellMacroRewrite[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open' || (token.name !== 'ac:structured-macro' && token.name !== 'ac:macro')) continue;
    const end = token.selfClosing ? i : matchingClose(tokens, i, tokens.length);
    const raw = inner.slice(token.start, tokens[end]!.end);
    i = end;
    const name = /\sac:name="([^"]*)"/.exec(inner.slice(token.start, token.end))?.[1] ?? '';
    if (content.includes(inner.slice(token.start, token.end)) || !edit.includes(`ac:name="${name}"`)) continue;
    const [row, column] = cellPosition(table, cell);
    const beside = plain(inner.slice(0, token.start) + inner.slice(tokens[end]!.end)) !== '';
    const lost = "the edited cell was written from its converted content, losing the macro's ac:macro-id";
    const why =
      containerParts(raw)?.body == null
        ? `a macro without a body is not patched inside a cell; ${lost} and any parameter the Markdown does not show`
        : beside
          ? `the cell holds other content beside the macro, which the edit could not be matched to part by part; ${lost}`
          : `the cell does not show the macro's body line by line (it holds more than paragraphs); ${lost}`;
    found.push({ macro: describeBlock(raw, ''), row, column, why });
  }
  return found;
}

/** A cell's row and column in its table, counting from 1 (0, 0 when it is not found). */
function cellPosition(table: string, cell: Cell): [number, number] {
  const [first] = storageTables(table);
  for (const [r, row] of (first?.rows ?? []).entries()) {
    const k = row.cells.findIndex((c) => c.start === cell.start);
    if (k >= 0) return [r + 1, k + 1];
  }
  return [0, 0];
}

/** A cell for an added column going before cell `at` of a row: tagged by newCellTag, its content in a paragraph when its neighbour's is. */
function newCell(table: string, rowCells: readonly Cell[], at: number, inner: string): string {
  const tag = newCellTag(rowCells);
  const neighbour = rowCells[at - 1] ?? rowCells[at];
  return `<${tag}>${neighbour ? likeNeighbour(table.slice(neighbour.innerStart, neighbour.innerEnd), inner) : inner}</${tag}>`;
}

function indices(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** Among rows `from`..`to` of the edit, the one sharing the most cells with `row` (the first of equals); null when none shares one. */
function likeliestRow(row: readonly string[], rows: readonly (readonly string[])[], from: number, to: number): number | null {
  let best: number | null = null;
  let bestShared = 0;
  for (let a = from; a < to; a++) {
    // The first column names the row more often than any other, so it breaks ties.
    const shared = row.filter((cell, c) => cell !== '' && rows[a]![c] === cell).length + (row[0] !== '' && rows[a]![0] === row[0] ? 0.5 : 0);
    if (shared > bestShared) {
      best = a;
      bestShared = shared;
    }
  }
  return best;
}

function rowKey(cells: readonly string[]): string {
  return JSON.stringify(cells);
}

/** Cell content as its original neighbour writes it: in a paragraph when that one is. */
function likeNeighbour(neighbourInner: string, inner: string): string {
  return /^\s*<p[\s>]/.test(neighbourInner) && !/^\s*<(p|ul|ol|table|h[1-6])[\s>]/.test(inner) && inner.trim() !== '' ? `<p>${inner}</p>` : inner;
}

/**
 * A row the user added, written like the body row above it (the first body row when it goes right
 * under the header row): the same cell tags, content in a paragraph where that row has one, the
 * converted cell contents (`cells`, one per edited column) in the shown columns, the page's empty
 * columns empty.
 */
function addedRow(originalTable: string, grid: FilledGrid, slots: readonly Slot[], model: StorageRow | undefined, cells: readonly string[]): string {
  const modelWidth = model?.cells.length ?? 0;
  const out: string[] = [];
  for (const slot of slots) {
    if (slot.kind === 'removed') continue;
    if (slot.kind === 'added') {
      out.push(newCell(originalTable, model?.cells ?? [], slot.at, cells[slot.edited]!));
      continue;
    }
    const cell = model?.cells[slot.storage];
    const tag = cell?.name ?? 'td';
    if (slot.edited === null) {
      if (slot.storage < modelWidth || grid.columns.some((c) => c > slot.storage)) out.push(`<${tag}></${tag}>`);
      continue;
    }
    const inner = cells[slot.edited]!;
    out.push(`<${tag}>${cell ? likeNeighbour(originalTable.slice(cell.innerStart, cell.innerEnd), inner) : inner}</${tag}>`);
  }
  return `<tr>${out.join('')}</tr>`;
}

type Cell = StorageRow['cells'][number];

/**
 * Whether the edited table still has row labels as the reader tells them: every body row's first
 * cell bold, and some other body cell plain text (or none, as in the exported table: values that
 * all show bold, such as status macros, read the same way they did).
 */
function labelsStay(convertedTable: string, grid: FilledGrid, bodyFrom: number, shown: readonly (readonly string[])[], exported: readonly (readonly string[])[]): boolean {
  const body = grid.cells.slice(bodyFrom);
  if (!body.every((row) => boldOnly(convertedTable.slice(row[0]!.innerStart, row[0]!.innerEnd)) !== null)) return false;
  const somePlain = (rows: readonly (readonly string[])[]) => rows.slice(1).some((row) => row.slice(1).some((cell) => cell !== '' && !/^\*\*[\s\S]*\*\*$/.test(cell)));
  return somePlain(shown) || !somePlain(exported);
}

/** Whether the first shown column labels the body rows (from row `bodyFrom`) with `th`s (every one has one there): the reader writes those labels bold. */
function thLabels(grid: FilledGrid, bodyFrom: number): boolean {
  const first = grid.columns[0];
  return first !== undefined && grid.rows.length > bodyFrom && grid.rows.slice(bodyFrom).every((row) => row.cells[first]?.name === 'th');
}

/** Whether the text of cell HTML is all bold (in `strong` or `b`), and there is some. */
function whollyBold(html: string): boolean {
  if (!/<(strong|b)[\s>]/.test(html)) return false;
  return html.replace(/<(strong|b)(?:\s[^>]*)?>[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>|&nbsp;|&#160;|\s/g, '') === '';
}

/** Converted cell content made bold as a whole (as it is when it already is, or empty). */
function bold(inner: string): string {
  return inner.trim() === '' || whollyBold(inner) || /^\s*<(p|ul|ol|table|h[1-6])[\s>]/.test(inner) ? inner : `<strong>${inner}</strong>`;
}

/** The content of converted cell content that is bold as a whole (`<strong>…</strong>`), null otherwise. */
function boldOnly(inner: string): string | null {
  const match = /^\s*<strong>([\s\S]*)<\/strong>\s*$/.exec(inner);
  return match && !/<\/?strong[\s>]/.test(match[1]!) ? match[1]! : null;
}

/** The cells of a Markdown pipe table, row by row (the delimiter row left out); null if it is not one. */
export function pipeTableCells(markdown: string): string[][] | null {
  const lines = markdown.trim().split('\n');
  if (lines.length < 2 || !lines.every((line) => line.trim().startsWith('|'))) return null;
  const rows = lines.map((line) => splitPipeRow(line.trim()));
  const delimiter = rows[1]!;
  if (!delimiter.every((cell) => /^:?-+:?$/.test(cell))) return null;
  return [rows[0]!, ...rows.slice(2)];
}

function splitPipeRow(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let code = false;
  for (let i = line.startsWith('|') ? 1 : 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1]!;
      i++;
    } else if (ch === '`') {
      code = !code;
      current += ch;
    } else if (ch === '|' && !code) {
      cells.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') cells.push(current.trim());
  return cells;
}

interface FilledGrid {
  /** The filled rows of the storage table. */
  rows: StorageRow[];
  /** Storage column index of each filled column. */
  columns: number[];
  /** Per filled row, its cells in the filled columns. */
  cells: Cell[][];
}

/** Whether a cell shows something: text, or a macro, link, date or image. */
function cellHasContent(storage: string, cell: Cell): boolean {
  return cellText(storage, cell) !== '' || /<(ri:|ac:|time|img)/.test(storage.slice(cell.innerStart, cell.innerEnd));
}

/** The cells of filled rows and filled columns (what the Markdown table shows), or null with merged cells. */
function filledGrid(storage: string, rows: readonly StorageRow[]): FilledGrid | null {
  if (rows.some((row) => row.cells.some((cell) => cell.spans))) return null;
  const hasContent = (cell: Cell | undefined) => cell !== undefined && cellHasContent(storage, cell);
  // The reader shows the empty rows after the first row with content (rows left to fill in), not those before it.
  const first = rows.findIndex((row) => row.cells.some(hasContent));
  const filledRows = first < 0 ? [] : rows.slice(first);
  const width = filledRows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  const columns: number[] = [];
  for (let c = 0; c < width; c++) if (filledRows.some((row) => hasContent(row.cells[c]))) columns.push(c);
  const cells: Cell[][] = [];
  for (const row of filledRows) {
    const rowCells = columns.map((c) => row.cells[c]);
    if (rowCells.some((cell) => cell === undefined)) return null;
    cells.push(rowCells as Cell[]);
  }
  return { rows: filledRows, columns, cells };
}
