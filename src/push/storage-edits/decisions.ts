import { createHash } from 'node:crypto';
import { matchingClose, tokenize, type Token } from './blocks-split.js';
import { escapeText, type StoragePatch } from './table-rows.js';

/**
 * Confluence Cloud decision lists as storage keeps them (`ac:adf-extension` holding a
 * `decision-list` node, its `decision-item` nodes, and an HTML fallback repeating the items),
 * located and edited as bytes: a decision added is a new item shaped like its neighbour (and a
 * new fallback line), a changed one has its content replaced in both places, a removed one goes
 * from both. Everything else in the list (ids, states, marks) stays byte for byte.
 */
export interface StorageDecisionList {
  /** The whole `<ac:adf-extension>` element. */
  start: number;
  end: number;
  /** The list's own `local-id`, when it has one (new item ids are derived from it). */
  localId: string | null;
  items: StorageDecisionItem[];
  /** Where a new item goes: the end of the `decision-list` node's content. */
  itemsEnd: number;
  /** The fallback's list items, in order (they repeat the decisions), and where a new one goes. */
  fallback: { items: { start: number; end: number }[]; end: number } | null;
}

export interface StorageDecisionItem {
  start: number;
  end: number;
  /** The `<ac:adf-content>` inner range, or null for an empty item. */
  content: { start: number; end: number } | null;
  /** The item's text as the minutes reader reads it ('' for an empty item). */
  text: string;
}

/** Every decision list of a body, in page order. */
export function storageDecisionLists(storage: string): StorageDecisionList[] {
  if (!storage.includes('decision-list')) return [];
  const tokens = tokenize(storage);
  const lists: StorageDecisionList[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!isOpen(token, 'ac:adf-extension')) continue;
    const closeAt = matchingClose(tokens, i, tokens.length);
    const list = decisionListIn(storage, tokens, i, closeAt);
    if (list) lists.push(list);
    i = closeAt;
  }
  return lists;
}

function decisionListIn(storage: string, tokens: Token[], open: number, closeAt: number): StorageDecisionList | null {
  let listNode = -1;
  for (let j = open + 1; j < closeAt; j++) {
    if (isOpen(tokens[j]!, 'ac:adf-node') && nodeType(storage, tokens[j]!) === 'decision-list') {
      listNode = j;
      break;
    }
  }
  if (listNode < 0) return null;
  const listClose = matchingClose(tokens, listNode, closeAt);
  const list: StorageDecisionList = {
    start: tokens[open]!.start,
    end: tokens[closeAt]!.end,
    localId: null,
    items: [],
    itemsEnd: tokens[listClose]!.start,
    fallback: null,
  };
  for (let j = listNode + 1; j < listClose; j++) {
    const token = tokens[j]!;
    if (token.kind !== 'open' || token.selfClosing) continue;
    const close = matchingClose(tokens, j, listClose);
    if (token.name === 'ac:adf-attribute' && /key="local-id"/.test(storage.slice(token.start, token.end))) {
      list.localId = storage.slice(token.end, tokens[close]!.start).trim();
    } else if (token.name === 'ac:adf-node' && nodeType(storage, token) === 'decision-item') {
      list.items.push(decisionItem(storage, tokens, j, close));
    }
    j = close;
  }
  for (let j = listClose + 1; j < closeAt; j++) {
    if (!isOpen(tokens[j]!, 'ac:adf-fallback')) continue;
    const fallbackClose = matchingClose(tokens, j, closeAt);
    const ul = tokens.findIndex((t, k) => k > j && k < fallbackClose && t.kind === 'open' && (t.name === 'ul' || t.name === 'ol') && !t.selfClosing);
    if (ul >= 0) {
      const ulClose = matchingClose(tokens, ul, fallbackClose);
      const items: { start: number; end: number }[] = [];
      for (let k = ul + 1; k < ulClose; k++) {
        const t = tokens[k]!;
        if (t.kind === 'open' && t.name === 'li') {
          const liClose = t.selfClosing ? k : matchingClose(tokens, k, ulClose);
          items.push({ start: t.start, end: tokens[liClose]!.end });
          k = liClose;
        }
      }
      list.fallback = { items, end: tokens[ulClose]!.start };
    }
    break;
  }
  return list;
}

function decisionItem(storage: string, tokens: Token[], open: number, close: number): StorageDecisionItem {
  const item: StorageDecisionItem = { start: tokens[open]!.start, end: tokens[close]!.end, content: null, text: '' };
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k]!;
    if (isOpen(t, 'ac:adf-content')) {
      const contentClose = matchingClose(tokens, k, close);
      item.content = { start: t.end, end: tokens[contentClose]!.start };
      item.text = textOf(storage.slice(item.content.start, item.content.end));
      break;
    }
  }
  return item;
}

/** The decisions of the page's decision lists, in page order (empty items left out, as the reader does). */
export function decisionListTexts(storage: string): string[] {
  return storageDecisionLists(storage).flatMap((list) => list.items.map((item) => item.text).filter((text) => text !== ''));
}

/**
 * Patches that add decisions to a list before `before` (null: at its end): an empty item there is
 * filled first, then new items are shaped like their neighbour (state and attributes kept, a new
 * local id), each with its fallback line.
 */
export function insertDecisionPatches(storage: string, list: StorageDecisionList, before: StorageDecisionItem | null, texts: readonly string[]): StoragePatch[] {
  const patches: StoragePatch[] = [];
  const at = before ? list.items.indexOf(before) : list.items.length;
  const empties = before ? [] : list.items.filter((item) => item.text === '');
  const template = [...list.items.slice(0, at)].reverse().find((item) => item.text !== '') ?? list.items.find((item) => item.text !== '') ?? list.items[0] ?? null;
  const lineOf = (item: StorageDecisionItem | null) => (item ? list.fallback?.items[list.items.indexOf(item)] : undefined);
  const itemAt = before ? before.start : list.itemsEnd;
  const lineAt = lineOf(before)?.start ?? list.fallback?.end ?? null;
  texts.forEach((text, i) => {
    const empty = empties.shift();
    if (empty) {
      patches.push({ start: empty.start, end: empty.end, text: filledItem(storage, empty, text) });
      const line = lineOf(empty);
      if (line) patches.push({ start: line.start, end: line.end, text: fallbackLine(storage, template, list, text) });
      return;
    }
    const id = newLocalId(list.localId ?? String(list.start), text, list.items.length + i);
    patches.push({ start: itemAt, end: itemAt, text: template ? itemLike(storage, template, text, id) : freshItem(text, id) });
    if (lineAt !== null) patches.push({ start: lineAt, end: lineAt, text: fallbackLine(storage, template, list, text) });
  });
  return patches;
}

/** Patches that change a decision's text (in the item and in its fallback line) or remove it (`text` null). */
export function changeDecisionPatches(storage: string, list: StorageDecisionList, item: StorageDecisionItem, text: string | null): StoragePatch[] {
  const line = list.fallback?.items[list.items.indexOf(item)];
  if (text === null) {
    const left = list.items.filter((other) => other !== item && other.text !== '');
    // The last decision gone: the list goes with it (a person deletes the empty list too).
    if (left.length === 0) return [{ start: list.start, end: list.end, text: '' }];
    return [{ start: item.start, end: item.end, text: '' }, ...(line ? [{ start: line.start, end: line.end, text: '' }] : [])];
  }
  const patches: StoragePatch[] = [item.content ? { start: item.content.start, end: item.content.end, text: escapeText(text) } : { start: item.start, end: item.end, text: filledItem(storage, item, text) }];
  if (line) patches.push({ start: line.start, end: line.end, text: fallbackLine(storage, item, list, text) });
  return patches;
}

/**
 * A new decision list holding these decisions, the way the Cloud editor stores one (an
 * `ac:adf-extension` with an HTML fallback for readers that do not know it).
 */
export function newDecisionList(texts: readonly string[], seed: string): string {
  const listId = newLocalId(seed, texts.join('\n'), 0);
  const items = texts.map((text, i) => freshItem(text, newLocalId(listId, text, i + 1))).join('');
  const fallback = texts.map((text) => `<li><div class="decision-item">${escapeText(text)}</div></li>`).join('');
  return (
    `<ac:adf-extension><ac:adf-node type="decision-list"><ac:adf-attribute key="local-id">${listId}</ac:adf-attribute>${items}</ac:adf-node>` +
    `<ac:adf-fallback><div class="decision-list"><ul>${fallback}</ul></div></ac:adf-fallback></ac:adf-extension>`
  );
}

function freshItem(text: string, id: string): string {
  return `<ac:adf-node type="decision-item"><ac:adf-attribute key="local-id">${id}</ac:adf-attribute><ac:adf-attribute key="state">DECIDED</ac:adf-attribute><ac:adf-content>${escapeText(text)}</ac:adf-content></ac:adf-node>`;
}

/** A copy of an item with another local id and content (its state and other attributes kept). */
function itemLike(storage: string, template: StorageDecisionItem, text: string, id: string): string {
  const raw = storage.slice(template.start, template.end);
  const withId = raw.replace(/(<ac:adf-attribute key="local-id">)[^<]*(<\/ac:adf-attribute>)/, `$1${id}$2`);
  if (!template.content) return withId.replace(/<\/ac:adf-node>$/, `<ac:adf-content>${escapeText(text)}</ac:adf-content></ac:adf-node>`);
  const from = template.content.start - template.start;
  const to = template.content.end - template.start;
  const shifted = withId.length - raw.length;
  return withId.slice(0, from + shifted) + escapeText(text) + withId.slice(to + shifted);
}

function filledItem(storage: string, item: StorageDecisionItem, text: string): string {
  const raw = storage.slice(item.start, item.end);
  if (item.content) return raw.slice(0, item.content.start - item.start) + escapeText(text) + raw.slice(item.content.end - item.start);
  return raw.replace(/<\/ac:adf-node>$/, `<ac:adf-content>${escapeText(text)}</ac:adf-content></ac:adf-node>`);
}

/** A fallback line for a decision: the template item's line with its text swapped, else the Cloud editor's spelling. */
function fallbackLine(storage: string, template: StorageDecisionItem | null, list: StorageDecisionList, text: string): string {
  const line = template ? list.fallback?.items[list.items.indexOf(template)] : undefined;
  if (line && template && template.content) {
    const raw = storage.slice(line.start, line.end);
    const old = storage.slice(template.content.start, template.content.end);
    if (old !== '' && raw.includes(old)) return raw.replace(old, escapeText(text));
  }
  return `<li><div class="decision-item">${escapeText(text)}</div></li>`;
}

/** A v4-shaped UUID derived from what it names, so a dry run and the push write the same bytes. */
function newLocalId(seed: string, text: string, index: number): string {
  const hex = createHash('sha256').update(`${seed}\u0000${index}\u0000${text}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function isOpen(token: Token, name: string): boolean {
  return token.kind === 'open' && token.name === name && !token.selfClosing;
}

function nodeType(storage: string, token: Token): string | null {
  return /\btype="([^"]*)"/.exec(storage.slice(token.start, token.end))?.[1] ?? null;
}

/** Text as the minutes reader takes it from an item's content (tags dropped, entities read, spaces folded). */
function textOf(raw: string): string {
  return raw
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
