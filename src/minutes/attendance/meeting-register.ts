/**
 * An attendance register kept over the year: one column per meeting, letters for marks, and a
 * legend that says what each letter means ("P = present, A = absent, E = excused"). Only the
 * column of this meeting's date says who was at this meeting; the legend's letters are its marks.
 */
import type { NormalizedTable } from '../../hub/table-normalize.js';
import type { NormalizedCell } from '../../hub/table-normalized-cell.js';
import { findDateInYear } from '../dates.js';
import { presenceFromText } from '../presence.js';
import { lazyRegExp } from '../lazy-pattern.js';

/** "P = present", "E – excused", "A: absent": a short mark, a sign, and what it stands for. */
const LEGEND_ENTRY = lazyRegExp(() => /(?:^|[\s,;(])([A-Z]{1,2}|[A-Za-z]\/[A-Za-z]|[✓✔✗✘x+-])\s*(?:=|:|–|—|-)\s*([\p{L}][\p{L} -]{1,30}?)(?=\s*(?:[,;.)]|$|\s+[A-Z]{1,2}\s*[=:–—-]))/gmu);

/**
 * The marks a page's legend defines, by letter (upper case): true for a kind of presence, false for
 * a kind of absence. Empty when the page has no legend, or fewer than two of its entries are marks.
 */
export function presenceLegend(text: string): ReadonlyMap<string, boolean> {
  const legend = new Map<string, boolean>();
  for (const m of text.matchAll(LEGEND_ENTRY)) {
    const meaning = presenceFromText(m[2]!.trim());
    if (meaning !== null) legend.set(m[1]!.toUpperCase(), meaning);
  }
  return legend.size >= 2 ? legend : new Map();
}

/**
 * The letters a page's legend defines as something other than presence ("P = pending, A = approved"):
 * on such a page a column of P and A is that legend's, not a register's usual marks.
 */
export function otherLegendLetters(text: string): ReadonlySet<string> {
  const letters = new Set<string>();
  for (const m of text.matchAll(LEGEND_ENTRY)) if (presenceFromText(m[2]!.trim()) === null) letters.add(m[1]!.toUpperCase());
  return letters.size >= 2 ? letters : new Set();
}

const MONTH_ALONE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{4}))?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Feb", "March 2026": the year and month ("2026-03") a header of a monthly meeting's column names; null for any other text. */
function monthOf(label: string, year: number | null): string | null {
  const m = MONTH_ALONE.exec(label.trim());
  const y = m?.[2] !== undefined ? Number(m[2]) : year;
  if (m === null || y === null) return null;
  return `${y}-${String(MONTHS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0')}`;
}

/** The letters registers use without a legend: P present, A absent, E excused. */
const USUAL_LETTERS: ReadonlyMap<string, boolean> = new Map([['P', true], ['A', false], ['E', false]]);

/**
 * The usual letters, when a column of the table holds nothing but them, and at least two of them
 * ("P", "A", "E" under "Status"); none otherwise (one "A" in a column of other words is no mark).
 */
function usualLettersIn(table: NormalizedTable): ReadonlyMap<string, boolean> {
  for (let c = 0; c < table.width; c += 1) {
    const filled = table.rows.map((row) => row[c]!.text.trim().toUpperCase()).filter((t) => t !== '');
    if (filled.length >= 2 && filled.every((t) => USUAL_LETTERS.has(t)) && new Set(filled).size >= 2) return USUAL_LETTERS;
  }
  return new Map();
}

function markCell(cell: NormalizedCell, legend: ReadonlyMap<string, boolean>): NormalizedCell {
  const meaning = legend.get(cell.text.trim().toUpperCase());
  if (meaning === undefined) return cell;
  const word = meaning ? 'present' : 'absent';
  return { html: word, text: word, spanCopy: cell.spanCopy };
}

/**
 * The table as this meeting's attendance: when two or more of its columns are headed by dates (one
 * column per meeting), the columns of other meetings are dropped and this meeting's is headed
 * "Present"; cells holding a letter of the legend read as the mark it stands for. The table itself
 * when neither applies.
 */
export function thisMeetingsColumns(table: NormalizedTable, date: string | null, pageLegend: ReadonlyMap<string, boolean>, otherLetters: ReadonlySet<string> = new Set()): NormalizedTable {
  let legend = pageLegend;
  const labels = table.header;
  if (labels === null) return table;
  const year = date !== null ? Number(date.slice(0, 4)) : null;
  // A column per meeting, headed by its date ("9 Feb") or, for monthly meetings, its month ("Feb", "March 2026").
  const dated = labels.map((label) => (label.trim() !== '' && label.length <= 24 ? (findDateInYear(label, year) ?? monthOf(label, year)) : null));
  const meetingColumns = dated.filter((d) => d !== null).length;
  let keep = labels.map(() => true);
  let present = -1;
  if (meetingColumns >= 2 && date !== null) {
    present = dated.findIndex((d) => d === date || d === date.slice(0, 7));
    // No column for this meeting: the register says nothing about it, and no column is read as presence.
    keep = dated.map((d, c) => d === null || c === present);
  }
  // The usual letters, unless the page's own legend gives them other meanings.
  if (legend.size === 0) legend = usualLettersIn(table);
  if (pageLegend.size === 0 && [...legend.keys()].some((letter) => otherLetters.has(letter))) legend = new Map();
  const usesLegend = legend.size > 0 && table.rows.some((row) => row.some((cell) => legend.has(cell.text.trim().toUpperCase())));
  if (meetingColumns < 2 && !usesLegend) return table;
  const columns = keep.flatMap((k, c) => (k ? [c] : []));
  const header = columns.map((c) => (c === present ? 'Present' : labels[c]!));
  const headerCells = table.headerCells === null ? null : columns.map((c) => (c === present ? { html: 'Present', text: 'Present', spanCopy: false } : table.headerCells![c]!));
  const rows = table.rows.map((row) => columns.map((c) => (usesLegend && (c === present || present < 0) ? markCell(row[c]!, legend) : row[c]!)));
  return { ...table, header, headerCells, rows, width: columns.length };
}
