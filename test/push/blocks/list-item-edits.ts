import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { splitFrontMatter, markdownParagraphSpans } from '../../../src/push/blocks/blocks-markdown.js';
import { matchingClose, tokenize } from '../../../src/push/storage-edits/blocks-split.js';

/**
 * Random edits of list items, made to exported Markdown as a person would in an editor, and the
 * oracle that says which storage list items the edits did not touch (those must keep their bytes).
 * Items are found on each side independently: in Markdown by markdown-it (item line ranges), in
 * storage by a plain walk over the tags.
 */

export type ListEdit =
  | { kind: 'leaf-text'; at: number; word: string }
  | { kind: 'nested-text'; at: number; word: string }
  | { kind: 'item-add'; at: number; word: string }
  | { kind: 'item-remove'; at: number }
  | { kind: 'item-move'; at: number };

const word = fc.constantFrom('Edited', 'Zebra', 'déjà vu', 'naïve', 'Q3', 'review');
export const listEdit: fc.Arbitrary<ListEdit> = fc.oneof(
  fc.record({ kind: fc.constant('leaf-text' as const), at: fc.nat(400), word }),
  fc.record({ kind: fc.constant('nested-text' as const), at: fc.nat(400), word }),
  fc.record({ kind: fc.constant('item-add' as const), at: fc.nat(400), word }),
  fc.record({ kind: fc.constant('item-remove' as const), at: fc.nat(400) }),
  fc.record({ kind: fc.constant('item-move' as const), at: fc.nat(400) }),
);
export const listEdits = fc.array(listEdit, { minLength: 1, maxLength: 3 });

/** A Markdown list item: its lines (start inclusive, end exclusive, trailing blank lines left out). */
interface MarkdownItem {
  start: number;
  end: number;
  depth: number;
  parent: MarkdownItem | null;
  /** Items of the same list, this one included, in order. */
  siblings: MarkdownItem[];
  children: MarkdownItem[];
}

const md = new MarkdownIt('commonmark', { html: true });

/** The list items of a Markdown body, in document order. */
export function markdownItems(lines: readonly string[]): MarkdownItem[] {
  const tokens = md.parse(lines.join('\n'), {});
  const items: MarkdownItem[] = [];
  const stack: MarkdownItem[] = [];
  const lists: MarkdownItem[][] = [];
  for (const token of tokens) {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') lists.push([]);
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') lists.pop();
    else if (token.type === 'list_item_open' && token.map) {
      let end = token.map[1];
      while (end > token.map[0] + 1 && lines[end - 1]!.trim() === '') end--;
      const parent = stack[stack.length - 1] ?? null;
      const siblings = lists[lists.length - 1]!;
      const item: MarkdownItem = { start: token.map[0], end, depth: stack.length, parent, siblings, children: [] };
      siblings.push(item);
      parent?.children.push(item);
      items.push(item);
      stack.push(item);
    } else if (token.type === 'list_item_close') stack.pop();
  }
  return items;
}

/** The line of an item that its text edit goes to: its first line, when it holds plain words. */
function editableFirstLine(line: string): boolean {
  const text = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '');
  return /[A-Za-z]{3}/.test(text) && !line.includes('<!--') && !/\\$/.test(line) && !/^\s*(?:[-*+]|\d+[.)])\s+(```|~~~)/.test(line);
}

export interface ListEditResult {
  markdown: string;
  /** Lines of the exported body (by index) the edits changed, removed or moved, or inserted after. */
  touchedLines: Set<number>;
  /** Exported items (by their first line) the edits touched, or inside which something was added or removed. */
  touchedItems: Set<number>;
  /** Exported lines removed with an item (its nested items are gone with it). */
  removedLines: Set<number>;
  /** How many edits were made (an edit with no item to act on is skipped). */
  made: number;
}

/**
 * Applies list-item edits to an exported Markdown file. Each line remembers which exported line it
 * was, so that items are known across edits: an item is the exported item whose first line it starts on.
 */
export function applyListEdits(markdown: string, edits: readonly ListEdit[]): ListEditResult {
  const { frontMatter, body } = splitFrontMatter(markdown);
  const head = frontMatter === null ? '' : markdown.slice(0, markdown.length - body.length);
  const lines = body.split('\n');
  const origin: (number | null)[] = lines.map((_, i) => i);
  const touchedLines = new Set<number>();
  const touchedItems = new Set<number>();
  const removedLines = new Set<number>();
  let made = 0;
  const touchItem = (item: MarkdownItem | null) => {
    for (let at = item; at; at = at.parent) if (origin[at.start] !== null) touchedItems.add(origin[at.start]!);
  };
  const touchLines = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (origin[k] !== null) touchedLines.add(origin[k]!);
  };
  for (const edit of edits) {
    const items = markdownItems(lines);
    const pick = (filter: (item: MarkdownItem) => boolean) => {
      const list = items.filter(filter);
      return list.length === 0 ? null : list[edit.at % list.length]!;
    };
    if (edit.kind === 'leaf-text' || edit.kind === 'nested-text') {
      const item = pick((i) => (edit.kind === 'leaf-text' ? i.children.length === 0 : i.depth > 0) && editableFirstLine(lines[i.start]!));
      if (!item) continue;
      lines[item.start] = `${lines[item.start]!.trimEnd()} ${edit.word}`;
      touchLines(item.start, item.start + 1);
      touchItem(item);
    } else if (edit.kind === 'item-add') {
      const item = pick((i) => /^\s*(?:[-*+]|\d+[.)])\s/.test(lines[i.start]!));
      if (!item) continue;
      const marker = /^(\s*(?:[-*+]|\d+[.)])\s+)(\[[ xX]\](?:\s+|$))?/.exec(lines[item.start]!)!;
      const line = `${marker[1]}${marker[2] ? '[ ] ' : ''}A new item about ${edit.word}`;
      lines.splice(item.end, 0, line);
      origin.splice(item.end, 0, null);
      touchLines(item.end - 1, item.end);
      touchItem(item.parent);
    } else if (edit.kind === 'item-remove') {
      const item = pick((i) => i.siblings.length > 1);
      if (!item) continue;
      touchLines(item.start, item.end);
      for (let k = item.start; k < item.end; k++) if (origin[k] !== null) removedLines.add(origin[k]!);
      touchItem(item);
      // (the blank line before a removed last item goes with it)
      const last = item.siblings[item.siblings.length - 1] === item;
      let from = item.start;
      if (last) while (from > 0 && lines[from - 1]!.trim() === '') from--;
      const next = item.siblings[item.siblings.indexOf(item) + 1];
      const to = last ? item.end : next!.start;
      // A numbered list keeps its numbers where they were (a list that started at 1 still does).
      if (next && item.siblings[0] === item) lines[next.start] = withNumberOf(lines[next.start]!, lines[item.start]!);
      lines.splice(from, to - from);
      origin.splice(from, to - from);
    } else {
      const item = pick((i) => i.siblings.indexOf(i) < i.siblings.length - 1);
      if (!item) continue;
      const next = item.siblings[item.siblings.indexOf(item) + 1]!;
      touchLines(item.start, next.end);
      touchItem(item);
      touchItem(next);
      // The item and the next one change places; the lines between them stay between them.
      const swap = (from: number, to: number) => ({ text: lines.slice(from, to), from: origin.slice(from, to) });
      const [first, second] = [lines[item.start]!, lines[next.start]!];
      lines[item.start] = withNumberOf(first, second);
      lines[next.start] = withNumberOf(second, first);
      const a = swap(item.start, item.end);
      const gap = swap(item.end, next.start);
      const b = swap(next.start, next.end);
      lines.splice(item.start, next.end - item.start, ...b.text, ...gap.text, ...a.text);
      origin.splice(item.start, next.end - item.start, ...b.from, ...gap.from, ...a.from);
    }
    made++;
  }
  return { markdown: `${head}${lines.join('\n')}`, touchedLines, touchedItems, removedLines, made };
}

/** An item's first line with the number of another item's (a numbered list's numbers stay in place when items move). */
function withNumberOf(line: string, other: string): string {
  const number = /^\s*(\d+)[.)]/.exec(other)?.[1];
  return number === undefined ? line : line.replace(/^(\s*)\d+/, `$1${number}`);
}

/** Indexes of the exported body's paragraphs that hold a touched line. */
export function touchedParagraphs(markdown: string, touchedLines: ReadonlySet<number>): Set<number> {
  const body = splitFrontMatter(markdown).body;
  const lineAt = (offset: number) => body.slice(0, offset).split('\n').length - 1;
  const touched = new Set<number>();
  markdownParagraphSpans(body).forEach((span, index) => {
    for (let line = lineAt(span.start); line <= lineAt(span.end); line++) if (touchedLines.has(line)) touched.add(index);
  });
  return touched;
}

/** A list item of a storage body: its exact bytes and how deep in other items it sits. */
interface StorageItem {
  raw: string;
  depth: number;
  inTable: boolean;
  /** Inside a Cloud `ac:adf-extension` (a decision list), which is rebuilt as one unit when edited. */
  inAdfExtension: boolean;
}

/** Every `li` of a `ul`/`ol` and every `ac:task` of a storage body, in document order. */
export function storageItems(storage: string): StorageItem[] {
  const tokens = tokenize(storage);
  const items: StorageItem[] = [];
  const open: { name: string; close: number }[] = [];
  tokens.forEach((token, i) => {
    while (open.length > 0 && i > open[open.length - 1]!.close) open.pop();
    if (token.kind !== 'open' || token.selfClosing) return;
    const close = matchingClose(tokens, i, tokens.length);
    const parent = open[open.length - 1]?.name;
    const isItem = (token.name === 'li' && (parent === 'ul' || parent === 'ol')) || (token.name === 'ac:task' && parent === 'ac:task-list');
    if (isItem) {
      items.push({
        raw: storage.slice(token.start, tokens[close]!.end),
        depth: open.filter((o) => o.name === 'li' || o.name === 'ac:task').length,
        inTable: open.some((o) => o.name === 'table'),
        inAdfExtension: open.some((o) => o.name === 'ac:adf-extension'),
      });
    }
    open.push({ name: token.name, close });
  });
  return items;
}

/**
 * The storage bytes of each exported Markdown item (by its first line), when the page's items
 * stand one for one (same count, same depths) with the storage's (lists in table cells, which
 * Markdown writes as HTML, left out); null when they do not.
 */
export function itemBytes(storage: string, exportedMarkdown: string): Map<number, string> | null {
  const lines = splitFrontMatter(exportedMarkdown).body.split('\n');
  const shown = markdownItems(lines);
  const all = storageItems(storage);
  for (const candidates of [all, all.filter((i) => !i.inTable)]) {
    if (candidates.length !== shown.length || candidates.some((item, k) => item.depth !== shown[k]!.depth)) continue;
    // Items of an ADF decision list are not held to item bytes: an edited extension is rebuilt whole
    // with its ids kept (docs/markdown-constructs.md); an untouched one is checked as an untouched block.
    return new Map(shown.flatMap((item, k) => (candidates[k]!.inAdfExtension ? [] : [[item.start, candidates[k]!.raw] as const])));
  }
  return null;
}

/**
 * Each exported item (by its first line) with the first line of the first item alike in its
 * list: items of one list that the Markdown shows alike (the same lines, nested items included,
 * a list number aside) cannot be told apart by any reader of the Markdown. When one of them is
 * removed (`- [ ] x` twice, once deleted; or `x`, `y`, `x` with `y` and one `x` deleted and an
 * item added that reads like `x`), which one's storage goes is not in the edit: the bytes of
 * either may stay.
 */
export function alikeRuns(exportedMarkdown: string): Map<number, number> {
  const lines = splitFrontMatter(exportedMarkdown).body.split('\n');
  const shown = (item: MarkdownItem) => [lines[item.start]!.replace(/^(\s*)\d+([.)])/, '$11$2'), ...lines.slice(item.start + 1, item.end)].join('\n');
  const runs = new Map<number, number>();
  for (const item of markdownItems(lines)) {
    const first = item.siblings.find((sibling) => shown(sibling) === shown(item))!;
    runs.set(item.start, first.start);
  }
  return runs;
}

/**
 * Untouched items whose bytes are not in the pushed storage (as many times as untouched items
 * have them). Among alike items of a list (see alikeRuns) some of which were removed, the
 * untouched ones may keep the bytes of any of them.
 */
export function lostItems(
  bytes: ReadonlyMap<number, string>,
  edit: Pick<ListEditResult, 'touchedItems' | 'removedLines'>,
  pushed: string,
  runs: ReadonlyMap<number, number> = new Map(),
): string[] {
  const groups = new Map<number, { kept: string[]; removed: string[] }>();
  for (const [line, raw] of bytes) {
    if (edit.touchedItems.has(line) && !edit.removedLines.has(line)) continue;
    const run = runs.get(line) ?? line;
    const group = groups.get(run) ?? { kept: [], removed: [] };
    (edit.removedLines.has(line) ? group.removed : group.kept).push(raw);
    groups.set(run, group);
  }
  const occurrences = (raw: string) => pushed.split(raw).length - 1;
  const wanted = new Map<string, number>();
  const lost: string[] = [];
  for (const { kept, removed } of groups.values()) {
    if (removed.length === 0) {
      for (const raw of kept) wanted.set(raw, (wanted.get(raw) ?? 0) + 1);
      continue;
    }
    const members = new Map<string, number>();
    for (const raw of [...kept, ...removed]) members.set(raw, (members.get(raw) ?? 0) + 1);
    const found = [...members].reduce((sum, [raw, count]) => sum + Math.min(count, occurrences(raw)), 0);
    const missing = kept.filter((raw) => occurrences(raw) === 0);
    if (found < kept.length) lost.push(...(missing.length > 0 ? missing : kept));
  }
  for (const [raw, count] of wanted) if (occurrences(raw) < count) lost.push(raw);
  return lost;
}

/** Whether a storage page has a list (bulleted, numbered or task). */
export function hasList(storage: string): boolean {
  return /<(li|ac:task)[\s>]/.test(storage);
}
