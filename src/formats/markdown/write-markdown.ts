// formats/markdown/: the Markdown writer (turndown + construct rules) and reader (markdown-it, front matter, repair of mangled pages). Pure: imports hub/ and constructs/.
// First: the turndown service loads the construct registry, which the table construct below is part of.
import { htmlToMarkdown } from './turndown-service.js';
import { decodeHTMLAttribute } from 'entities';
import type { PageMeta } from '../../model/page-meta.js';
import { withWriteOptions, writeOptionsWith, type WriteOptions } from '../../hub/write-options.js';
import { writeFrontMatter } from './front-matter.js';
import { settleInlineCommentsAtLineStart, settleLineStartEscapes, settleLoneTildes } from './escape-text.js';
import { stashStorageAttributes } from './storage-stash.js';
import { liftStatusOutOfEmphasis } from './status-out-of-emphasis.js';
import { mergeAdjacentRuns } from './merge-adjacent-runs.js';
import { markEmptyOpaques } from './empty-opaques.js';
import { hubWithTableSlots } from './table-slots.js';
import { reportTablesKeptAsHtml } from './table-report.js';
import { withTableSlots } from '../../constructs/table-slot.js';
import type { ConversionReport } from '../../hub/report.js';
import { fragmentsByName, hubHeadings } from './heading-fragments.js';

/**
 * Hub HTML -> Markdown (GFM), deterministic: the same hub always gives the same bytes.
 * Front matter is written when `meta` carries anything. With a report, tables written as HTML
 * tables (cells that cannot sit on one line) are reported.
 */
export function writeMarkdown(hub: string, meta: PageMeta | null = null, options: WriteOptions = {}, report?: ConversionReport): string {
  const { html, slots } = hubWithTableSlots(hub);
  const stashed = stashStorageAttributes(markEmptyOpaques(liftStatusOutOfEmphasis(html)));
  stashed.hub = mergeAdjacentRuns(stashed.hub);
  let body: string;
  try {
    const anchorFragments = fragmentsByName(hubHeadings(hub));
    // The notes of this hub, and those of the page it is one block of (options.footnoteLabels).
    const own = hub.includes('<li data-footnote="') ? [...hub.matchAll(/<li data-footnote="([^"]*)"/g)].map((m) => decodeHTMLAttribute(m[1] ?? '')) : [];
    const footnoteLabels = own.length === 0 && !options.footnoteLabels ? NO_LABELS : new Set([...own, ...(options.footnoteLabels ?? [])]);
    body = stashed.unstash(withWriteOptions(writeOptionsWith(options, { anchorFragments, footnoteLabels }), () => withTableSlots(slots, () => htmlToMarkdown(stashed.hub))));
  } finally {
    stashed.restore();
  }
  if (report !== undefined && slots.some((slot) => slot.keptAsHtml)) {
    const kept = new Set(slots.filter((slot) => slot.keptAsHtml).map((slot) => slot.element));
    reportTablesKeptAsHtml(hub, report, (table) => kept.has(table));
  }
  const tidy = tidyMarkdown(settleLoneTildes(settleInlineCommentsAtLineStart(settleLineStartEscapes(body))));
  const front = meta ? writeFrontMatter(meta) : '';
  return tidy === '' ? front.replace(/\n+$/, '\n') : `${front}${tidy}\n`;
}

const NO_LABELS: ReadonlySet<string> = new Set();

/** Trailing spaces off every line, at most one blank line in a row (outside code fences), no blank ends. */
function tidyMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const raw of lines) {
    const line: string = fence ? raw : trimEndSpaces(raw);
    const marker = fenceMarker(line);
    if (marker) {
      if (fence === null) fence = marker;
      else if (marker.startsWith(fence) && line.trim() === marker) fence = null;
    }
    if (fence === null && line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return separateAdjacentQuotes(out).join('\n');
}

/** The backticks or tildes that open or close a code fence on this line, if it is one. */
function fenceMarker(line: string): string | undefined {
  // Most lines start with neither character after their indent: no regular expression run for them.
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  const first = line.charCodeAt(i);
  if (first !== 0x60 && first !== 0x7e) return undefined;
  return /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
}

/** What `\s` matches, for one UTF-16 unit. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && /\s/.test(String.fromCharCode(c)));
}

/** Spaces and tabs off the end of a line (most lines have none: no regular expression run for them). */
function trimEndSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * Two block quotes (two panels, say) with only a blank line between them are merged by some
 * renderers; an empty comment between them keeps them apart everywhere (markdownlint MD028).
 * The Markdown reader drops comments that are not wikiport's.
 */
function separateAdjacentQuotes(lines: string[]): string[] {
  const out: string[] = [];
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (fenceMarker(line) !== undefined) fence = !fence;
    out.push(line);
    if (fence || line !== '' || i === 0) continue;
    const before = /^(\s*)>/.exec(lines[i - 1] ?? '');
    const after = /^(\s*)>/.exec(lines[i + 1] ?? '');
    if (before && after && before[1] === after[1]) out.push(`${before[1]}<!-- -->`, '');
  }
  return out;
}
