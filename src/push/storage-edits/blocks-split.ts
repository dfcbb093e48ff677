// push/storage-edits/: edits of storage XHTML as bytes: split into blocks, align sequences, find tables, rows, list items and tasks. Pure; imports nothing else of push/.
/**
 * Splits a storage-format body into its top-level blocks without parsing it into a tree, so that
 * every block keeps its exact original bytes (attribute order, entities, CDATA, whitespace).
 * Joining the pieces back gives the input unchanged: `joinBlocks(splitBlocks(s)) === s`.
 */

export interface StorageBlock {
  /** Element name in lower case (`p`, `table`, `ac:structured-macro`), or `#inline` for a run of text and inline elements. */
  name: string;
  /** Whitespace (and comments) between the previous block and this one, kept byte for byte. */
  leading: string;
  /** The block's exact source. */
  raw: string;
}

export interface SplitStorage {
  /** Wrapper opening markup (`<xml xmlns:ac=…>`, `<html><body>`) when the page came wrapped, else ''. */
  prefix: string;
  blocks: StorageBlock[];
  /** Whitespace after the last block, then the wrapper's closing markup. */
  suffix: string;
}

const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'col', 'meta', 'input', 'link', 'area', 'base', 'wbr', 'source', 'embed', 'param', 'track']);
const INLINE_ELEMENTS = new Set([
  'a', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'code', 'sub', 'sup', 'small', 'big', 'font', 'br',
  'time', 'ac:emoticon', 'ac:link', 'ac:inline-comment-marker', 'ac:placeholder',
]);
const WRAPPERS = new Set(['xml', 'html', 'body']);

export type Token =
  | { kind: 'open'; name: string; start: number; end: number; selfClosing: boolean }
  | { kind: 'close'; name: string; start: number; end: number }
  | { kind: 'text'; start: number; end: number; blank: boolean }
  | { kind: 'other'; start: number; end: number };

/** Lexes markup into tags, text and opaque runs (comments, CDATA, processing instructions, doctype). */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const skipTo = (marker: string, from: number): number => {
    const at = source.indexOf(marker, from);
    return at < 0 ? source.length : at + marker.length;
  };
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    if (lt !== pos) {
      const end = lt < 0 ? source.length : lt;
      tokens.push({ kind: 'text', start: pos, end, blank: source.slice(pos, end).trim() === '' });
      pos = end;
      continue;
    }
    if (source.startsWith('<!--', pos)) {
      const end = skipTo('-->', pos + 4);
      tokens.push({ kind: 'other', start: pos, end });
      pos = end;
    } else if (source.startsWith('<![CDATA[', pos)) {
      const end = skipTo(']]>', pos + 9);
      tokens.push({ kind: 'text', start: pos, end, blank: false });
      pos = end;
    } else if (source.startsWith('<?', pos) || source.startsWith('<!', pos)) {
      const end = skipTo('>', pos + 2);
      tokens.push({ kind: 'other', start: pos, end });
      pos = end;
    } else if (/^<\/[A-Za-z]/.test(source.slice(pos, pos + 3))) {
      const end = skipTo('>', pos + 2);
      const name = source.slice(pos + 2, end - 1).trim().toLowerCase();
      tokens.push({ kind: 'close', name, start: pos, end });
      pos = end;
    } else if (/^<[A-Za-z]/.test(source.slice(pos, pos + 2))) {
      const end = endOfTag(source, pos + 1);
      const inner = source.slice(pos + 1, end - 1);
      const name = (/^[^\s/>]+/.exec(inner)?.[0] ?? '').toLowerCase();
      const selfClosing = inner.trimEnd().endsWith('/') || VOID_ELEMENTS.has(name);
      tokens.push({ kind: 'open', name, start: pos, end, selfClosing });
      pos = end;
    } else {
      // A stray '<' that starts no tag is text.
      const next = source.indexOf('<', pos + 1);
      const end = next < 0 ? source.length : next;
      tokens.push({ kind: 'text', start: pos, end, blank: false });
      pos = end;
    }
  }
  return tokens;
}

/** Index just past the '>' closing a start tag, honouring quoted attribute values. */
function endOfTag(source: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    }
  }
  return source.length;
}

interface TopLevelItem {
  name: string;
  start: number;
  end: number;
  blank: boolean;
  /** A comment or processing instruction at top level: travels with the whitespace. */
  filler: boolean;
}

/** Top-level items of a token range: whole elements, text runs, comments. */
function topLevelItems(source: string, tokens: Token[], from: number, to: number): TopLevelItem[] {
  const items: TopLevelItem[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i]!;
    if (token.kind === 'text') {
      // Text keeps its surrounding whitespace out, so that it goes with the neighbouring blocks.
      const text = source.slice(token.start, token.end);
      const start = token.start + (text.length - text.trimStart().length);
      const end = token.end - (text.length - text.trimEnd().length);
      items.push({ name: '#text', start: token.blank ? token.start : start, end: token.blank ? token.end : end, blank: token.blank, filler: false });
      i++;
    } else if (token.kind === 'other') {
      items.push({ name: '#other', start: token.start, end: token.end, blank: true, filler: true });
      i++;
    } else if (token.kind === 'close') {
      // A stray closing tag at top level: keep it as its own piece.
      items.push({ name: token.name, start: token.start, end: token.end, blank: false, filler: false });
      i++;
    } else {
      const closeAt = token.selfClosing ? i : matchingClose(tokens, i, to);
      const last = tokens[closeAt] ?? tokens[to - 1]!;
      items.push({ name: token.name, start: token.start, end: last.end, blank: false, filler: false });
      i = closeAt + 1;
    }
  }
  return items;
}

/** Index of the token closing the element opened at `openAt` (tolerating unclosed children). */
export function matchingClose(tokens: Token[], openAt: number, to: number): number {
  const stack: string[] = [];
  for (let i = openAt; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'open' && !token.selfClosing) stack.push(token.name);
    else if (token.kind === 'close') {
      const at = stack.lastIndexOf(token.name);
      if (at < 0) continue;
      stack.length = at;
      if (stack.length === 0) return i;
    }
  }
  return to - 1;
}

export function splitBlocks(source: string): SplitStorage {
  const tokens = tokenize(source);
  let from = 0;
  let to = tokens.length;
  let prefixEnd = 0;
  // Unwrap `<xml …>`, `<html><body>` wrappers that hold the whole page.
  for (;;) {
    const items = topLevelItems(source, tokens, from, to).filter((item) => !item.blank);
    const only = items[0];
    if (items.length !== 1 || !only || !WRAPPERS.has(only.name)) break;
    const openAt = tokens.findIndex((t, i) => i >= from && t.start === only.start);
    const opener = tokens[openAt];
    if (!opener || opener.kind !== 'open' || opener.selfClosing) break;
    const closeAt = matchingClose(tokens, openAt, to);
    const closer = tokens[closeAt];
    if (!closer || closer.kind !== 'close') break;
    from = openAt + 1;
    to = closeAt;
    prefixEnd = opener.end;
  }
  const blocks: StorageBlock[] = [];
  let pendingStart = prefixEnd;
  let run: { start: number; end: number; leading: string } | null = null;
  const flushRun = () => {
    if (run) blocks.push({ name: '#inline', leading: run.leading, raw: source.slice(run.start, run.end) });
    run = null;
  };
  for (const item of topLevelItems(source, tokens, from, to)) {
    // Whitespace and comments go to the next block's `leading`, or stay inside an inline run
    // when more inline content follows.
    if (item.blank || item.filler) continue;
    const inline = item.name === '#text' || INLINE_ELEMENTS.has(item.name);
    if (inline) {
      if (run) {
        run.end = item.end;
      } else {
        run = { start: item.start, end: item.end, leading: source.slice(pendingStart, item.start) };
      }
      pendingStart = item.end;
      continue;
    }
    flushRun();
    blocks.push({ name: item.name, leading: source.slice(pendingStart, item.start), raw: source.slice(item.start, item.end) });
    pendingStart = item.end;
  }
  flushRun();
  return {
    prefix: source.slice(0, prefixEnd),
    blocks,
    suffix: source.slice(pendingStart),
  };
}

export function joinBlocks(split: SplitStorage): string {
  return split.prefix + split.blocks.map((b) => b.leading + b.raw).join('') + split.suffix;
}
