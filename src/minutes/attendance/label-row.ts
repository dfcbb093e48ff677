import type { NormalizedCell } from '../../hub/table-normalized-cell.js';
import type { NormalizedTable } from '../../hub/table-normalize.js';
import { uniqueLabels } from '../../hub/table-header.js';
import { presenceFromEmoticon, presenceFromText } from '../presence.js';
import { labelPattern } from '../vocabulary.js';

/**
 * A table written without a header row whose first row is plain cells of column labels
 * ("Name | Attendance | Role" over rows of people, Yes and No): to the meeting that row is the
 * header, as it is to a reader. The hub leaves such a table as it is (its Markdown and storage
 * keep the row where it was); only the minutes read it this way.
 */
export function withLabelRow(table: NormalizedTable): NormalizedTable {
  let read = readings.get(table);
  if (read === undefined) readings.set(table, (read = labelRowRead(table)));
  return read;
}

/** The reading of each normalized table, so that the same table is the same object each time it is asked for. */
const readings = new WeakMap<NormalizedTable, NormalizedTable>();

function labelRowRead(table: NormalizedTable): NormalizedTable {
  if (table.header !== null || table.headerColumn || table.rows.length < 3) return table;
  const [first, ...body] = table.rows as [NormalizedCell[], ...NormalizedCell[][]];
  if (!first.every(isLabelCell)) return table;
  if (!marksBelowLabel(first, body) && !namesColumnsByWords(first)) return table;
  const header = uniqueLabels(first.map((cell) => cell.text.replace(/\n/g, ' ').trim()));
  return { ...table, header, headerCells: first, rows: body };
}

/** A short label: a few words without digits, no mark, no link, mention, date or picture. */
function isLabelCell(cell: NormalizedCell): boolean {
  const text = cell.text.trim();
  if (text === '' || cell.spanCopy || text.length > 30 || /\d/.test(text) || text.split(/\s+/).length > 4) return false;
  if (/<(?:a|time|img|ac:|ri:)\b|data-(?:emoticon|mention)/.test(cell.html)) return false;
  return presenceFromText(text) === null;
}

/** A mark of presence or yes/no, as text or emoticon. */
function markOf(cell: NormalizedCell): boolean | null {
  const emoticon = /data-emoticon="([^"]+)"/.exec(cell.html);
  return (emoticon !== null ? presenceFromEmoticon(emoticon[1]!) : null) ?? presenceFromText(cell.text);
}

/** A column of marks (at least two, every filled cell one) headed by a word that is none: the first row labels it. */
function marksBelowLabel(first: NormalizedCell[], body: NormalizedCell[][]): boolean {
  return first.some((_, c) => {
    const filled = body.map((row) => row[c]!).filter((cell) => cell.text.trim() !== '' || /data-emoticon/.test(cell.html));
    return filled.length >= 2 && filled.every((cell) => markOf(cell) !== null);
  });
}

/** The row names a column of people and another of organizations, roles or presence by the vocabulary's words. */
function namesColumnsByWords(first: NormalizedCell[]): boolean {
  const whole = (meaning: Parameters<typeof labelPattern>[0]) => labelPattern(meaning, true);
  const names = first.some((cell) => whole('nameColumn').test(cell.text));
  const other = first.some((cell) => whole(['organizationColumn', 'roleColumn', 'presenceColumn']).test(cell.text));
  return names && other;
}
