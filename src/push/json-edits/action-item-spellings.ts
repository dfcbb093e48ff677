import type { ActionItem } from '../../model/meeting.js';

/**
 * How an action item's line of the exported Markdown is closed, reopened or re-dated, in the
 * page's own terms. Every spelling is a candidate: the meeting-edits step takes one only when the
 * page it makes reads back with exactly that edit.
 *
 * * A task (`- [ ]`): its box ticked or cleared.
 * * A row of an actions table: the status cell (or cells) copied from a row of another item that
 *   reads the way this one should (`Done`, a green status lozenge, `afgerond`): the table's own
 *   spelling, whatever its language.
 * * A line of text (a paragraph, a line of one, a plain list item): closed with the mark the page
 *   already puts on its closed actions (`(done)`, `DONE`, ✅, before or after the text, as it
 *   does); a page that closes none of its written actions gets a Confluence task instead, ticked,
 *   holding the line's words (the line taken out of its paragraph or list). A mark the page never
 *   used, a struck-through line or a lone `[x]` typed into a list are not written: readers of the
 *   page would not know them for "done". Reopened, the page's marks go.
 */
export interface ItemLine {
  lines: readonly string[];
  /** The line of the item. */
  at: number;
  /** The line of each of the page's action items (null: not found). */
  lineOf: (item: ActionItem) => number | null;
  items: readonly ActionItem[];
}

/**
 * Starts a spelling that replaces the line before the item's too (its first line is the new line
 * before): a paragraph line made a task ends the paragraph above it, whose last line loses its break.
 */
export const WITH_LINE_BEFORE = '\u0000';

const TASK = /^(\s*[-*+]\s+)\[[ xX]\]/;
const TABLE_ROW = /^\s*\|/;
const LIST_ITEM = /^(\s*(?:[-*+]|\d+[.)])\s+)(.*)$/;

/** Marks people write on a closed action: before the text (`[x]`, `DONE:`, ✅) or after it (`(done)`, ✅). */
const MARKS: { pattern: RegExp; where: 'before' | 'after' }[] = [
  { pattern: /^(?:\\?\[[xX]\\?\]|✅|✔️?|☑️?|✓)\s*/u, where: 'before' },
  { pattern: /^\*{0,2}(?:DONE|Done|CLOSED|Closed)\*{0,2}\s*[:–-]?\s*/u, where: 'before' },
  { pattern: /\s*(?:\\?\((?:done|completed?|closed)\\?\)|\\?\[(?:done|completed?)\\?\]|✅|✔️?|☑️?|✓)[.]?$/iu, where: 'after' },
  { pattern: /\s*[–-]\s*(?:\*{0,2})(?:DONE|Done|CLOSED|Closed)(?:\*{0,2})[.]?$/u, where: 'after' },
];

/** What kind of line the item is written on. */
export function itemShape(line: string): 'task' | 'table-row' | 'text' {
  if (TASK.test(line)) return 'task';
  if (TABLE_ROW.test(line)) return 'table-row';
  return 'text';
}

/** Spellings of the item's line (or lines: a text line made a task splits its paragraph or list) closed or reopened. */
export function doneSpellings(context: ItemLine, done: boolean): string[] {
  const line = context.lines[context.at]!;
  const shape = itemShape(line);
  if (shape === 'task') return [line.replace(/\[[ xX]\]/, done ? '[x]' : '[ ]')];
  if (shape === 'table-row') return cellsLikeItems(context, (item) => item.done === done);
  return done ? closedText(context) : reopenedText(line);
}

/** A written action's line closed: with the page's own mark when it has one, else as a task. */
function closedText(context: ItemLine): string[] {
  const line = context.lines[context.at]!;
  const { head, body } = splitHead(line);
  const out: string[] = [];
  for (const mark of pageMarks(context)) out.push(mark.where === 'before' ? `${head}${mark.text}${body}` : `${head}${body}${mark.text}`);
  if (out.length > 0) return out;
  return asTask(context);
}

/** The marks the page's closed written actions carry, as written (`(done)` with its space, `DONE: `). */
function pageMarks(context: ItemLine): { text: string; where: 'before' | 'after' }[] {
  const found = new Map<string, { text: string; where: 'before' | 'after' }>();
  for (const item of context.items) {
    if (!item.done) continue;
    const at = context.lineOf(item);
    if (at === null || at === context.at) continue;
    const line = context.lines[at]!;
    if (itemShape(line) !== 'text') continue;
    const { body } = splitHead(line);
    for (const mark of MARKS) {
      const m = mark.pattern.exec(body);
      if (m && !found.has(m[0])) found.set(m[0], { text: m[0], where: mark.where });
    }
  }
  return [...found.values()];
}

/** A written action's line with its done marks taken away. */
function reopenedText(line: string): string[] {
  const { head, body } = splitHead(line);
  let open = body;
  for (const mark of MARKS) open = open.replace(mark.pattern, '');
  return open === body || open.trim() === '' ? [] : [head + open];
}

/** The list marker (or a paragraph line's indentation) and the text after it. */
function splitHead(line: string): { head: string; body: string } {
  const item = LIST_ITEM.exec(line);
  if (item) return { head: item[1]!, body: item[2]! };
  const indent = /^\s*/.exec(line)![0];
  return { head: indent, body: line.slice(indent.length) };
}

/**
 * The line made a ticked Confluence task. A paragraph line becomes a task list of its own (the
 * paragraph's other lines stay paragraphs before and after it); a plain list item is taken out
 * of its list, which goes on after it (an empty comment keeps the two lists apart in Markdown).
 * A nested item's task list stays in its parent item. Lines in quotes, or with items of their
 * own under them, are not made tasks.
 */
export function asTask(context: ItemLine): string[] {
  const { lines, at } = context;
  const line = lines[at]!;
  if (/^\s*>/.test(line)) return [];
  const next = lines[at + 1];
  const previous = at > 0 ? lines[at - 1]! : undefined;
  const item = LIST_ITEM.exec(line);
  const indent = /^\s*/.exec(line)![0];
  const deeper = (l: string | undefined) => l !== undefined && l.trim() !== '' && /^\s*/.exec(l)![0].length > indent.length;
  const sibling = (l: string | undefined) => l !== undefined && LIST_ITEM.test(l) && /^\s*/.exec(l)![0] === indent;
  if (item) {
    if (deeper(next)) return [];
    const body = item[2]!;
    const bodies = withoutMarker(body) === body ? [body] : [body, withoutMarker(body)];
    // (a nested item stays in its parent item: the task list goes where the item was)
    const separator = ['', `${indent}<!-- -->`, ''];
    return bodies.map((b) => [...(sibling(previous) || deeper(previous) ? separator : []), `${indent}- [x] ${b}`, ...(sibling(next) ? separator : [])].join('\n'));
  }
  if (indent !== '') return [];
  // A line of a paragraph: lines ending in a backslash (or two spaces) are broken lines of one paragraph.
  const broken = (l: string | undefined) => l !== undefined && /(?:\\| {2})$/.test(l);
  const body = line.replace(/(?:\\| {2})$/, '');
  const bodies = withoutMarker(body) === body ? [body] : [body, withoutMarker(body)];
  const after = broken(line) ? ['', ''] : [];
  // The line before ends the paragraph above: its break goes.
  if (broken(previous)) return bodies.map((b) => [`${WITH_LINE_BEFORE}${previous!.replace(/(?:\\| {2})$/, '')}`, '', `- [x] ${b}`, ...after].join('\n'));
  // A paragraph next to a list (a blank line between): the new task list stays a list of its own,
  // an empty comment between them as the writer separates adjacent lists, so that the list beside
  // it is not joined (and turned loose, its items re-read) but kept byte for byte.
  const inList = (l: string | undefined) => l !== undefined && (LIST_ITEM.test(l) || /^\s+\S/.test(l));
  const before = previous === '' && inList(lines[at - 2]) ? ['<!-- -->', ''] : [];
  const following = !broken(line) && next === '' && inList(lines[at + 2]) ? ['', '<!-- -->'] : [];
  return bodies.map((b) => [...before, `- [x] ${b}`, ...after, ...following].join('\n'));
}

/** A written action's text without the word that marks it as one ("Action:", "AI -", "TODO"): a task says it. */
function withoutMarker(text: string): string {
  return text.replace(/^(?:\*\*)?(?:AI|A\.I\.|action(?:\s+items?)?|actions?|todo|to-do|follow-?up)(?:\*\*)?\s*(?:[:/\\–—-]+\s*(?:\*\*)?|(?=\[@))\s*/iu, '');
}

/**
 * The item's table row with one of its cells (then two) taken from the row of another item that
 * reads as `wanted` says: the status column spelt as the table spells it.
 */
function cellsLikeItems(context: ItemLine, wanted: (item: ActionItem) => boolean): string[] {
  const { lines, at } = context;
  const row = tableCells(lines[at]!);
  const peers: string[][] = [];
  for (const item of context.items) {
    if (!wanted(item)) continue;
    const line = context.lineOf(item);
    if (line === null || line === at || !sameTable(lines, at, line)) continue;
    const cells = tableCells(lines[line]!);
    if (cells.length === row.length) peers.push(cells);
  }
  const inner = (i: number) => i > 0 && i < row.length - 1;
  const variants: string[] = [];
  const add = (cells: string[]) => {
    const written = cells.join('|');
    if (!variants.includes(written)) variants.push(written);
  };
  for (const peer of peers) peer.forEach((cell, i) => inner(i) && cell !== row[i] && add(row.map((c, k) => (k === i ? cell : c))));
  for (const peer of peers) {
    const differing = peer.map((_, i) => i).filter((i) => inner(i) && peer[i] !== row[i]);
    for (let a = 0; a < differing.length; a++) for (let b = a + 1; b < differing.length; b++) add(row.map((c, k) => (k === differing[a] || k === differing[b] ? peer[k]! : c)));
  }
  return variants.slice(0, 40);
}

function sameTable(lines: readonly string[], a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  for (let k = from; k <= to; k++) if (!TABLE_ROW.test(lines[k]!)) return false;
  return true;
}

/** The cells of a Markdown table row split at its unescaped pipes (the first and last are the text outside the table's edges). */
function tableCells(row: string): string[] {
  return row.split(/(?<!\\)\|/);
}

// ---------------------------------------------------------------- dates

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Ways a date is written on a page: ISO, day-first and month-first numbers, English month names, with and without the year. */
export function dateSpellings(): ((iso: string) => string)[] {
  const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
  const two = (n: number) => String(n).padStart(2, '0');
  return [
    (iso) => iso,
    ...(['/', '.', '-'] as const).flatMap((sep) => [
      (iso: string) => {
        const [y, m, d] = parts(iso);
        return `${two(d)}${sep}${two(m)}${sep}${y}`;
      },
      (iso: string) => {
        const [y, m, d] = parts(iso);
        return `${d}${sep}${m}${sep}${y}`;
      },
      (iso: string) => {
        const [y, m, d] = parts(iso);
        return `${two(m)}${sep}${two(d)}${sep}${y}`;
      },
    ]),
    (iso) => {
      const [y, m, d] = parts(iso);
      return `${d} ${MONTHS[m - 1]} ${y}`;
    },
    (iso) => {
      const [y, m, d] = parts(iso);
      return `${MONTHS[m - 1]} ${d}, ${y}`;
    },
    (iso) => {
      const [, m, d] = parts(iso);
      return `${d} ${MONTHS[m - 1]}`;
    },
    (iso) => {
      const [, m, d] = parts(iso);
      return `${MONTHS[m - 1]} ${d}`;
    },
    (iso) => {
      const [y, m, d] = parts(iso);
      return `${d} ${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
    },
    (iso) => {
      const [, m, d] = parts(iso);
      return `${MONTHS[m - 1]!.slice(0, 3)} ${d}`;
    },
  ];
}

/** The line with the old due date, in whatever spelling the line writes it, replaced by the new one in the same spelling. */
export function redated(line: string, old: string, now: string): string[] {
  const out: string[] = [];
  for (const spell of dateSpellings()) {
    const written = spell(old);
    if (line.includes(written)) out.push(line.split(written).join(spell(now)));
  }
  return [...new Set(out)];
}

/**
 * A table row given a due date it had none of: written into the cell where the table's other
 * rows have theirs, in their spelling (an empty cell or one that says "none" is replaced).
 */
export function datedRow(context: ItemLine, due: string): string[] {
  const { lines, at } = context;
  const row = tableCells(lines[at]!);
  const out: string[] = [];
  for (const item of context.items) {
    if (!item.due) continue;
    const line = context.lineOf(item);
    if (line === null || line === at || !sameTable(lines, at, line)) continue;
    const cells = tableCells(lines[line]!);
    if (cells.length !== row.length) continue;
    cells.forEach((cell, i) => {
      for (const spell of dateSpellings()) {
        if (!cell.includes(spell(item.due!))) continue;
        const written = cell.split(spell(item.due!)).join(spell(due));
        const variant = row.map((c, k) => (k === i ? written : c)).join('|');
        if (!out.includes(variant)) out.push(variant);
      }
    });
  }
  return out;
}
