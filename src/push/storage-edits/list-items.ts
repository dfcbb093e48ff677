import { matchingClose, tokenize, type Token } from './blocks-split.js';

/**
 * Where a list's items sit in a storage body, by character offsets, so that an edit can replace
 * one item (or the part of an item before its nested list) and leave every other byte alone.
 * Bulleted and numbered lists (`ul`, `ol` with `li`) and task lists (`ac:task-list` with
 * `ac:task`) read the same way; a task's content is its `ac:task-body`.
 */
export interface StorageList {
  name: string;
  start: number;
  end: number;
  /** End of the opening tag (`<ol start="3">`) and start of the closing one. */
  openEnd: number;
  closeStart: number;
  items: StorageListItem[];
  /**
   * A `<p>` or `<div>` around a nested list and nothing else (`<p><ac:task-list>…</ac:task-list></p>`
   * in a task body): where it starts and ends. It is no text of the item; Markdown does not show it.
   */
  wrapper?: { start: number; end: number };
}

export interface StorageListItem {
  start: number;
  end: number;
  /** The item's content: the `li`'s inside, or a task's `ac:task-body` inside (null when the task has none). */
  content: { start: number; end: number } | null;
  /** A task's `ac:task-status` text. */
  status: { start: number; end: number } | null;
  /** Lists that are direct children of the content (a nested list, a task list under an item). */
  nested: StorageList[];
}

export const listNames: ReadonlySet<string> = new Set(['ul', 'ol', 'ac:task-list']);

/** The list element that starts at offset `at` of `storage` (a whole block, usually `at` = 0), or null. */
export function storageListAt(storage: string, at = 0): StorageList | null {
  const tokens = tokenize(storage);
  const index = tokens.findIndex((t) => t.start === at);
  const token = tokens[index];
  if (!token || token.kind !== 'open' || token.selfClosing || !listNames.has(token.name)) return null;
  return listOf(storage, tokens, index);
}

function listOf(storage: string, tokens: Token[], openAt: number): StorageList | null {
  const open = tokens[openAt]!;
  if (open.kind !== 'open') return null;
  const closeAt = matchingClose(tokens, openAt, tokens.length);
  const close = tokens[closeAt];
  if (!close || close.kind !== 'close' || close.name !== open.name) return null;
  const itemName = open.name === 'ac:task-list' ? 'ac:task' : 'li';
  const items: StorageListItem[] = [];
  for (let i = openAt + 1; i < closeAt; i++) {
    const token = tokens[i]!;
    if (token.kind === 'text' && token.blank) continue;
    if (token.kind === 'other') continue;
    // Anything but items directly in the list (text, other elements) is not a list we can patch by item.
    if (token.kind !== 'open' || token.name !== itemName) return null;
    if (token.selfClosing) return null;
    const itemClose = matchingClose(tokens, i, closeAt);
    const end = tokens[itemClose]!;
    if (end.kind !== 'close' || end.name !== itemName) return null;
    const item = itemName === 'li' ? liItem(storage, tokens, i, itemClose) : taskItem(storage, tokens, i, itemClose);
    if (!item) return null;
    items.push(item);
    i = itemClose;
  }
  return { name: open.name, start: open.start, end: close.end, openEnd: open.end, closeStart: close.start, items };
}

function liItem(storage: string, tokens: Token[], openAt: number, closeAt: number): StorageListItem | null {
  const nested = nestedLists(storage, tokens, openAt + 1, closeAt);
  if (!nested) return null;
  return { start: tokens[openAt]!.start, end: tokens[closeAt]!.end, content: { start: tokens[openAt]!.end, end: tokens[closeAt]!.start }, status: null, nested };
}

function taskItem(storage: string, tokens: Token[], openAt: number, closeAt: number): StorageListItem | null {
  const item: StorageListItem = { start: tokens[openAt]!.start, end: tokens[closeAt]!.end, content: null, status: null, nested: [] };
  for (let j = openAt + 1; j < closeAt; j++) {
    const inner = tokens[j]!;
    if (inner.kind !== 'open' || inner.selfClosing) continue;
    const innerClose = matchingClose(tokens, j, closeAt);
    const to = tokens[innerClose]!;
    if (to.kind !== 'close') return null;
    if (inner.name === 'ac:task-status') item.status = { start: inner.end, end: to.start };
    if (inner.name === 'ac:task-body') {
      const nested = nestedLists(storage, tokens, j + 1, innerClose);
      if (!nested) return null;
      item.content = { start: inner.end, end: to.start };
      item.nested = nested;
    }
    j = innerClose;
  }
  return item;
}

/** The lists among the direct children of a token range (null when one of them cannot be read by item). */
function nestedLists(storage: string, tokens: Token[], from: number, to: number): StorageList[] | null {
  const lists: StorageList[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind !== 'open' || token.selfClosing) continue;
    const closeAt = matchingClose(tokens, i, to);
    const inner = listNames.has(token.name) ? i : wrappedListAt(tokens, i, closeAt);
    if (inner !== null) {
      const list = listOf(storage, tokens, inner);
      if (!list) return null;
      const close = tokens[closeAt]!;
      lists.push(inner === i ? list : { ...list, wrapper: { start: token.start, end: close.end } });
    }
    i = closeAt;
  }
  return lists;
}

/** The index of the list a `<p>` or `<div>` opened at `openAt` holds with nothing else (blank text aside), or null. */
function wrappedListAt(tokens: Token[], openAt: number, closeAt: number): number | null {
  const open = tokens[openAt]!;
  const close = tokens[closeAt]!;
  if (open.kind !== 'open' || (open.name !== 'p' && open.name !== 'div') || close.kind !== 'close' || close.name !== open.name) return null;
  let list: number | null = null;
  for (let i = openAt + 1; i < closeAt; i++) {
    const token = tokens[i]!;
    if (token.kind === 'text' && token.blank) continue;
    if (list !== null || token.kind !== 'open' || token.selfClosing || !listNames.has(token.name)) return null;
    list = i;
    i = matchingClose(tokens, i, closeAt);
  }
  return list;
}

/**
 * The pieces of an item's content around its nested lists: content before the first nested
 * list, between two, after the last (as many as nested lists plus one; a list's wrapper is in none).
 */
export function contentSegments(item: StorageListItem): { start: number; end: number }[] {
  if (!item.content) return [];
  const segments: { start: number; end: number }[] = [];
  let at = item.content.start;
  for (const list of item.nested) {
    const { start, end } = list.wrapper ?? list;
    segments.push({ start: at, end: start });
    at = end;
  }
  segments.push({ start: at, end: item.content.end });
  return segments;
}
