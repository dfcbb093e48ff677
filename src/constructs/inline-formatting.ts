import type { Element } from 'domhandler';
import type { Construct, StorageReadContext } from './construct.js';
import { styleProperties } from '../formats/storage/storage-dom.js';
import { LINE_START_MARK, TILDE_MARK } from '../formats/markdown/escape-text.js';

/** Storage inline tags to their one hub spelling. */
const HUB_TAG: Record<string, string> = {
  strong: 'strong', b: 'strong', em: 'em', i: 'em', cite: 'em', code: 'code', tt: 'code', kbd: 'kbd', samp: 'code', small: 'small', big: 'big',
  sub: 'sub', sup: 'sup', s: 's', del: 's', strike: 's', u: 'u', ins: 'u',
};

/**
 * Strong, emphasis, code, sub/sup, strike, underline, keyboard keys, small and big text (the
 * last five as their HTML tags in Markdown). Coloured and sized spans are text-style.ts; other
 * spans are dropped, their text kept; a span whose style strikes or underlines becomes `<s>`/`<u>`.
 */
export const inlineFormatting: Construct = {
  name: 'inline-formatting',
  storage: {
    tags: [...Object.keys(HUB_TAG), 'span', 'font', 'mark'],
    toHub: (el, ctx) => {
      const name = el.name.toLowerCase();
      const tag = HUB_TAG[name] ?? styledTag(el);
      return wrap(tag, el, ctx);
    },
  },
  markdown: {
    rules: {
      strong: { filter: ['strong', 'b'], replacement: (content, node) => delimit(content, '**', node) },
      emphasis: { filter: ['em', 'i'], replacement: (content, node) => delimit(content, '*', node) },
      strike: { filter: ['s', 'del'], replacement: (content, node) => delimit(content, '~~', node) },
      htmlOnly: {
        filter: ['sub', 'sup', 'u', 'kbd', 'small', 'big'],
        replacement: (content, node) => {
          const tag = node.nodeName.toLowerCase();
          return content.trim() === '' ? content : `<${tag}>${content}</${tag}>`;
        },
      },
      code: {
        tags: ['code'],
        filter: (node) => node.nodeName === 'CODE' && node.parentNode?.nodeName !== 'PRE',
        replacement: (_content, node) => inlineCode(node.textContent ?? ''),
      },
    },
  },
};

function styledTag(el: Element): string | null {
  const style = styleProperties(el);
  const decoration = `${style['text-decoration'] ?? ''} ${style['text-decoration-line'] ?? ''}`;
  if (decoration.includes('line-through')) return 's';
  if (decoration.includes('underline')) return 'u';
  return null;
}

function wrap(tag: string | null, el: Element, ctx: StorageReadContext): string {
  const inner = ctx.children(el);
  // Formatting left open around blocks (a broken importer's `<strong>` never closed) is dropped.
  if (tag === null || inner.trim() === '' || HUB_BLOCK.test(inner)) return inner;
  if (tag === 'code') return codeRun(inner, ctx);
  // Keep surrounding spaces outside the tag, where Markdown needs them.
  const lead = /^\s*/.exec(inner)?.[0] ?? '';
  const trail = /\s*$/.exec(inner)?.[0] ?? '';
  return `${lead}<${tag}>${inner.trim()}</${tag}>${trail}`;
}

const HUB_BLOCK = /<(?:p|ul|ol|div|table|pre|h[1-6]|blockquote|details|hr)[\s>]/;

/** An inline comment marker that wraps the whole code run (as hub: its span). */
const WHOLE_MARKER = /^<span data-inline-comment="[^"]*">((?:(?!<span\b)[\s\S])*)<\/span>$/;

/**
 * Inline code is text only. An inline comment marker around all of it is moved outside the code
 * (the thread stays anchored on the same words: `<span data-inline-comment="x"><code>npm ci</code></span>`);
 * one on part of it cannot be written in a code span and is dropped, which the report says.
 */
function codeRun(inner: string, ctx: StorageReadContext): string {
  const whole = WHOLE_MARKER.exec(inner);
  if (whole) return inner.replace(whole[1] ?? '', `<code>${(whole[1] ?? '').replace(/<[^>]*>/g, '')}</code>`);
  if (inner.includes('data-inline-comment=')) ctx.report.degraded('inline-comment-marker', 'an inline comment anchor on part of a code run was dropped; its text is kept');
  return `<code>${inner.replace(/<[^>]*>/g, '')}</code>`;
}

/** The tags each delimiter stands for: bold inside bold adds nothing, and `****` would not parse. */
const SAME_FORMATTING: Record<string, readonly string[]> = { '**': ['STRONG', 'B'], '*': ['EM', 'I'], '~~': ['S', 'DEL'] };
/** The HTML tag of each delimiter, for formatting the delimiters cannot spell. */
const HTML_TAG: Record<string, string> = { '**': 'strong', '*': 'em', '~~': 's' };

function delimit(content: string, delimiter: string, node: FlankingNode): string {
  const written = delimited(content, delimiter, node);
  node.writtenMarkdown = written;
  return written;
}

function delimited(content: string, delimiter: string, node: FlankingNode): string {
  if (content.trim() === '' || content.includes('\n\n')) return content;
  if (insideSame(node, SAME_FORMATTING[delimiter] ?? [])) return content;
  if (!fusesWithNeighbour(content, delimiter, node) && canDelimit(content, node, delimiter)) return `${delimiter}${content}${delimiter}`;
  // Where Markdown could not read the delimiters as emphasis (`0**!**`, `これは**「引用」**です`:
  // punctuation inside, a letter outside), or where they would fuse with a neighbour's
  // (`x<s><strong>a</strong></s>` as `**x****a**`, read as bold "x****a"), the formatting is
  // written as its HTML tag, which the reader takes back as it is and which never fuses.
  const tag = HTML_TAG[delimiter] ?? 'span';
  return `<${tag}>${content}</${tag}>`;
}

/**
 * Whether our opening delimiters would fuse with the closing ones of the run written before us
 * into a run Markdown cannot read apart: `**a**` then `*b*` is `***`, which closes two and opens
 * one, but `**-**`, `*` and an inner `**)**` make one run `*****`.
 */
function fusesWithNeighbour(content: string, delimiter: string, node: FlankingNode): boolean {
  const c = delimiter.charAt(0);
  if (!node.previousSibling || writtenLastChar(node.previousSibling) !== c) return false;
  const before = /[*~]*$/.exec(visibleText(String(node.previousSibling.writtenMarkdown)))?.[0].length ?? 0;
  const inner = /^[*~]*/.exec(visibleText(content))?.[0].length ?? 0;
  return before + delimiter.length + inner > 3;
}

function visibleText(content: string): string {
  return content.split(LINE_START_MARK).join('').split(TILDE_MARK).join('');
}

interface Sibling {
  writtenMarkdown?: unknown;
  flankingWhitespace?: unknown;
  nodeType: number;
  nodeName: string;
  textContent: string | null;
}

interface FlankingNode {
  writtenMarkdown?: unknown;
  flankingWhitespace?: { leading: string; trailing: string };
  nodeName: string;
  parentNode: FlankingNode | null;
  previousSibling: Sibling | null;
  nextSibling: Sibling | null;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

/** CommonMark's flanking rules: the opening run must be left-flanking, the closing right-flanking. */
function canDelimit(content: string, node: FlankingNode, delimiter: string): boolean {
  const flanking = node.flankingWhitespace ?? { leading: '', trailing: '' };
  const before = flanking.leading ? ' ' : neighbourChar(node, 'last', delimiter);
  const after = flanking.trailing ? ' ' : neighbourChar(node, 'first', delimiter);
  const visible = visibleText(content);
  const first = visible.charAt(0);
  const last = visible.charAt(visible.length - 1);
  const opens = !WHITESPACE.test(first) && (!PUNCTUATION.test(first) || isBoundary(before));
  const closes = !WHITESPACE.test(last) && (!PUNCTUATION.test(last) || isBoundary(after));
  return opens && closes;
}

function isBoundary(c: string): boolean {
  return c === '' || WHITESPACE.test(c) || PUNCTUATION.test(c);
}

/** Formatting whose delimiters may be left out (`canDelimit`), or may fuse with ours into one run. */
const EMPHASIS_TAGS = new Set(['STRONG', 'B', 'EM', 'I', 'S', 'DEL']);

/**
 * The character next to the element in the output. Text: its own. Bold, italic or struck text:
 * its own text's, not its delimiters': those may be left out, or fuse with ours into one run
 * (`**5***.*` is one run `***`, which cannot close before a letter), and a letter is the harder
 * neighbour for flanking. Any other element: punctuation (its markup: a backtick, `[`, `<`).
 * At the edge of a bold, italic or struck parent, the parent's neighbour, as its delimiters may
 * be left out too.
 */
function neighbourChar(node: FlankingNode, end: 'first' | 'last', delimiter: string): string {
  for (let at: FlankingNode | null = node; at; at = at.parentNode) {
    const sibling = end === 'first' ? at.nextSibling : at.previousSibling;
    if (sibling) return siblingChar(sibling, end, delimiter);
    if (!at.parentNode || !EMPHASIS_TAGS.has(at.parentNode.nodeName)) return '';
  }
  return '';
}

function siblingChar(sibling: Sibling, end: 'first' | 'last', delimiter: string): string {
  if (sibling.nodeType !== 3 && !EMPHASIS_TAGS.has(sibling.nodeName)) return '*';
  if (end === 'last') {
    const written = writtenLastChar(sibling);
    // A run before us is written already (turndown writes siblings in order), so its last
    // character is known, unless it is our delimiter's: then the two runs are one (`**5***.*`).
    if (written !== '' && written !== delimiter.charAt(0)) return written;
  }
  const text = sibling.textContent ?? '';
  if (text === '') return sibling.nodeType === 3 ? '' : '*';
  return end === 'first' ? text.charAt(0) : text.charAt(text.length - 1);
}

function writtenLastChar(sibling: Sibling): string {
  if (typeof sibling.writtenMarkdown !== 'string') return '';
  const whitespace = sibling.flankingWhitespace as { trailing?: string } | undefined;
  if (whitespace?.trailing) return ' ';
  const written = visibleText(sibling.writtenMarkdown);
  return written.charAt(written.length - 1);
}

/** Inline code with a backtick fence longer than any run of backticks inside. */
function inlineCode(text: string): string {
  // Spaces at the ends of inline code are editor accidents, and markdownlint flags them (MD038).
  const flat = text.replace(/\r?\n/g, ' ').trim();
  if (flat === '') return '';
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (/^ .* $/.test(flat) && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function insideSame(node: FlankingNode, tags: readonly string[]): boolean {
  for (let up = node.parentNode; up; up = up.parentNode) if (tags.includes(up.nodeName)) return true;
  return false;
}
