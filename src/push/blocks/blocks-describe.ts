import { containerParts } from '../storage-edits/containers.js';
import { matchingClose, tokenize } from '../storage-edits/blocks-split.js';
import { listNames } from '../storage-edits/list-items.js';

const KINDS: Record<string, string> = {
  ul: 'bulleted list',
  ol: 'numbered list',
  'ac:task-list': 'task list',
  table: 'table',
  p: 'paragraph',
  blockquote: 'quote',
  pre: 'code block',
  div: 'block',
};

/**
 * A block as a reader of the push report finds it in their file: what it is and how it starts
 * (`the expand macro "More details"`, `the bulleted list starting "Alpha"`), from its storage and
 * the Markdown it was shown as.
 */
export function describeBlock(storage: string, shownMarkdown: string): string {
  const tag = /^<([A-Za-z][\w:-]*)/.exec(storage.trim())?.[1]?.toLowerCase() ?? '';
  const container = tag === 'ac:structured-macro' || tag === 'ac:macro' ? containerParts(storage) : null;
  if (tag === 'ac:structured-macro' || tag === 'ac:macro') {
    const name = container?.name || (/\sac:name="([^"]*)"/.exec(storage)?.[1] ?? 'unnamed');
    const title = container?.params.get('title')?.value.trim();
    if (title) return `the ${name} macro "${clip(plainText(title))}"`;
    const words = firstWords(shownMarkdown);
    return words ? `the ${name} macro holding "${words}"` : `the ${name} macro`;
  }
  const kind = /^h[1-6]$/.test(tag) ? 'heading' : (KINDS[tag] ?? 'block');
  const words = firstWords(shownMarkdown);
  return words ? `the ${kind} starting "${words}"` : `a ${kind}`;
}

/**
 * Why a list cannot be patched item by item when it holds something directly (not inside an
 * item): what that is, as the user would find it in the page. Null when every child is an item.
 */
export function strayListContent(storage: string): string | null {
  const tokens = tokenize(storage);
  const at = tokens.findIndex((t) => t.kind === 'open');
  const open = tokens[at];
  if (!open || open.kind !== 'open' || !listNames.has(open.name)) return null;
  const item = open.name === 'ac:task-list' ? 'ac:task' : 'li';
  const closeAt = matchingClose(tokens, at, tokens.length);
  for (let i = at + 1; i < closeAt; i++) {
    const token = tokens[i]!;
    if (token.kind === 'other' || (token.kind === 'text' && token.blank)) continue;
    if (token.kind === 'text') return `text directly in its <${open.name}> (outside any item)`;
    if (token.kind === 'close') continue;
    if (token.name === item) {
      if (!token.selfClosing) i = matchingClose(tokens, i, closeAt);
      continue;
    }
    const macro = /\sac:name="([^"]*)"/.exec(storage.slice(token.start, token.end))?.[1];
    const what = macro ? `a ${macro} macro` : `a <${token.name}>`;
    return `${what} directly in its <${open.name}> (outside any item)`;
  }
  return null;
}

function firstWords(markdown: string): string {
  const line = markdown
    .split('\n')
    .map((l) => plainText(l.replace(/^\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*(?:\[[ xX]\]\s*)?#*\s*/, '').replace(/^\[![A-Z]+\]\s*/, '')))
    .find((l) => l !== '' && !/^\|?[\s:|-]*$/.test(l));
  return line ? clip(line) : '';
}

function plainText(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text;
}
