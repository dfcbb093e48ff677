/**
 * Repairs Markdown left by naive Confluence converters (like the seed page) before it is parsed:
 * pipe tables without leading pipes, ragged rows and trailing empty cells, a last row that lost
 * its pipes, bare lines that were headings, lines that continued a flattened list item, and bare
 * URLs. Markdown that does not look mangled is returned unchanged, so clean Markdown (ours) is
 * never rewritten.
 */

import { attachmentPath } from '../../constructs/attachment-link.js';
import { classifyHeading } from '../../minutes/sections.js';
import { flatListDepths, renderNestedList, type FlatItem } from './renest-flat-list.js';

const SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const FENCE = /^\s*(```|~~~)/;

/** Section names that minutes pages use as headings, written as bare lines by naive converters. */
const SECTION_WORDS =
  /^(attendance|attendees|participants|present|apologies|regrets|absent|guests|members|agenda|action items|actions|next steps|decisions|minutes|notes|discussion|discussion items|documents|resources|logistics|meeting logistics|meeting notes|goals|background|announcements|aob|any other business|next meeting|summary|follow-ups|open issues)$/i;
const SUB_SECTION_WORDS = /^(guests|members|apologies|regrets|absent|observers)$/i;

function isSeparator(line: string | undefined): boolean {
  return line !== undefined && line.includes('-') && line.includes('|') && SEPARATOR.test(line);
}

/**
 * A pipe table without leading pipes whose rows are ragged or end in empty cells: the mark of a
 * naive converter. (A hand-written GFM table without leading pipes but with even rows is fine.)
 */
export function isMangledMarkdown(markdown: string): boolean {
  const lines = markdown.split('\n');
  return lines.some((line, i) => {
    if (!isSeparator(lines[i + 1]) || !line.includes('|') || line.trim().startsWith('|')) return false;
    const width = splitRow(lines[i + 1]!).length;
    const rows = [line];
    for (let j = i + 2; j < lines.length && lines[j]!.includes('|'); j += 1) rows.push(lines[j]!);
    return rows.some((row) => splitRow(row).length !== width || /\|\s*\|\s*$/.test(row.trim()) || row.trim() === '|');
  });
}

export function splitRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (ch === '\\' && body[i + 1] === '|') {
      current += '\\|';
      i += 1;
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
    } else current += ch;
  }
  cells.push(current.trim());
  return cells;
}

function isTitleLike(line: string): boolean {
  const t = line.trim();
  return (
    t !== '' &&
    t.split(/\s+/).length <= 8 &&
    /^[\p{Lu}\p{N}]/u.test(t) &&
    !/[.:;,?!]$/.test(t) &&
    !/https?:\/\//.test(t) &&
    !/^[#>|*+-]/.test(t) &&
    !t.includes('|')
  );
}

function autolink(line: string): string {
  return line.replace(/(?<![<(\]"'])\bhttps?:\/\/[^\s<>]+/g, (url) => {
    const trimmed = url.replace(/[.,;:!?)\]]+$/, '');
    return `<${trimmed}>${url.slice(trimmed.length)}`;
  });
}

interface TableBlock {
  rows: string[][];
  width: number;
  end: number;
}

function readTable(lines: string[], start: number): TableBlock {
  const header = splitRow(lines[start]!);
  const separator = splitRow(lines[start + 1]!);
  const width = Math.max(header.length, separator.length);
  const rows = [header];
  let i = start + 2;
  let lastFull = true;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.includes('|') && line.trim() !== '') {
      const row = splitRow(line);
      rows.push(row);
      lastFull = row.length >= width;
      i += 1;
      continue;
    }
    // The last row of a ragged table can lose every pipe ("Andrea Gallo" after "Grant Likely | |").
    const next = lines[i + 1];
    if (lastFull && width > 1 && line.trim() !== '' && !LIST_ITEM.test(line) && !SECTION_WORDS.test(line.trim()) && !isSeparator(next) && isTitleLike(line)) {
      rows.push([line.trim()]);
      i += 1;
    }
    break;
  }
  return { rows, width, end: i };
}

function renderTable(table: TableBlock): string[] {
  const pad = (row: string[]): string[] => Array.from({ length: table.width }, (_, c) => row[c] ?? '');
  const line = (cells: string[]): string => `| ${cells.map((c) => autolink(c)).join(' | ')} |`;
  const [header = [], ...body] = table.rows;
  return [line(pad(header)), `|${' --- |'.repeat(table.width)}`, ...body.map((row) => line(pad(row)))];
}

function isTableOfContents(table: TableBlock): boolean {
  const texts = table.rows.flat().filter((c) => c !== '');
  return texts.length === 1 && /^((table of )?contents|on this page)$/i.test(texts[0]!);
}

/** "Google drive slides url https://… height 250": an embed macro a naive converter wrote out as its parameters. */
const EMBED_LEFTOVER = /^(\s*(?:[-*+]\s+)?)([\p{L}][\p{L} ]{0,40}?)\s+(?:url|href|link|src)\s+(https?:\/\/\S+)(?:\s+(?:height|width|size)\s+\d+\w*)*\s*$/iu;
/** "View file name Strategy 2024.pdf height 250": a file macro written out as its parameters. */
const FILE_LEFTOVER = /^(\s*(?:[-*+]\s+)?)(?:view ?file|view ?pdf|viewpdf|view-file|multimedia|pdf|attachment)\s+name\s+(.+?\.[A-Za-z0-9]{2,5})(?:\s+(?:height|width|page|size)\s+\d+\w*)*\s*$/i;

/** The embed or file a line of leftover macro parameters stood for, as a link (a file as an attachment link). */
function repairMacroLeftover(line: string): string {
  const file = FILE_LEFTOVER.exec(line);
  if (file !== null) return `${file[1]}[${file[2]}](${attachmentPath(file[2]!)})`;
  const embed = EMBED_LEFTOVER.exec(line);
  if (embed !== null) return `${embed[1]}[${embed[2]}](${embed[3]})`;
  return line;
}

export function repairMangledMarkdown(markdown: string): string {
  if (!isMangledMarkdown(markdown)) return markdown;
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n').map(repairMacroLeftover);
  const out: string[] = [];
  const block = (blockLines: readonly string[]): void => {
    if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    for (const line of blockLines) out.push(line);
  };
  let inAttendance = false;
  let inList = false;
  let fence: string | null = null;
  let section = '';
  const agenda: string[] = [];
  let run: FlatItem[] = [];
  // A flattened list is written when it ends: under a minutes heading, nested again (renest-flat-list.ts).
  const flush = (): void => {
    if (run.length === 0) return;
    const kind = classifyHeading(section);
    if (kind === 'agenda') for (const item of run) agenda.push(item.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    const items = run.map((item) => ({ text: item.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''), more: item.more }));
    const nested = kind === 'minutes' && agenda.length > 0 ? renderNestedList(items, flatListDepths(items, agenda)) : null;
    if (nested !== null) block(nested);
    else {
      // Continued items end their lines with a hard break, the lines that continue them indented.
      const linesOf = (item: FlatItem): string[] => [item.text, ...item.more.map((more) => `  ${more}`)].map((line, l, all) => (l < all.length - 1 ? `${line}\\` : line));
      block(linesOf(run[0]!));
      for (const item of run.slice(1)) for (const line of linesOf(item)) out.push(line);
    }
    run = [];
  };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (!LIST_ITEM.test(line) && !(inList && line.trim() !== '' && !SECTION_WORDS.test(line.trim()) && !FENCE.test(line) && !(line.includes('|') && isSeparator(lines[i + 1])))) flush();
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null || marker !== undefined) {
      if (fence === null) {
        fence = marker!;
        block([line]);
      } else {
        out.push(line);
        if (marker === fence) fence = null;
      }
      i += 1;
      continue;
    }
    if (line.trim() === '') {
      inList = false;
      i += 1;
      continue;
    }
    if (line.includes('|') && isSeparator(lines[i + 1])) {
      const table = readTable(lines, i);
      if (!isTableOfContents(table)) block(renderTable(table));
      inList = false;
      i = table.end;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      if (!inList) flush();
      run.push({ text: autolink(line.trimEnd()), more: [] });
      inList = true;
      i += 1;
      continue;
    }
    if (inList && !SECTION_WORDS.test(line.trim())) {
      // A bare line inside a flattened list continued the item above it.
      run[run.length - 1]!.more.push(autolink(line.trim()));
      i += 1;
      continue;
    }
    inList = false;
    const t = line.trim();
    const next = lines[i + 1] ?? '';
    if (!/^#{1,6}\s/.test(t) && isTitleLike(t) && (SECTION_WORDS.test(t) || LIST_ITEM.test(next) || isSeparator(lines[i + 2]))) {
      const top = SECTION_WORDS.test(t) && !(SUB_SECTION_WORDS.test(t) && inAttendance);
      if (top) inAttendance = /^(attendance|attendees|participants|present)$/i.test(t);
      block([`${top ? '##' : '###'} ${t}`]);
      section = t;
      i += 1;
      continue;
    }
    const atx = /^#{1,6}\s+(.*)$/.exec(t);
    if (atx !== null) section = atx[1]!.trim();
    block([autolink(line.trimEnd())]);
    i += 1;
  }
  flush();
  return `${out.join('\n').trim()}\n`;
}
