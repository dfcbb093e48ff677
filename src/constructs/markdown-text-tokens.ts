import { Element, type AnyNode } from 'domhandler';
import type { Construct, MarkdownReadContext } from './construct.js';
import { attributes, escapeText } from '../hub/html.js';
import { idsFromToken, mentionHub, MENTION_TOKEN } from './mention.js';
import { DATE_TOKEN, timeHub } from './time.js';

/**
 * Constructs whose Markdown spelling is plain text, not an element: bare mentions (`@557058:…`,
 * `@~jdoyle`) and dates (`📅 2025-03-14`). markdown-it leaves them as text, so on the way back the
 * text of the elements that hold inline content is scanned for them. Only elements with such a
 * token are claimed; the rest of their content goes through the driver as usual.
 */
const TOKEN = new RegExp(`${MENTION_TOKEN.source}|${DATE_TOKEN.source}`, 'gu');

const HOLDERS: Readonly<Record<string, { tag: string; keep: readonly string[] }>> = {
  p: { tag: 'p', keep: [] },
  li: { tag: 'li', keep: [] },
  td: { tag: 'td', keep: ['colspan', 'rowspan'] },
  th: { tag: 'th', keep: ['colspan', 'rowspan'] },
  h1: { tag: 'h1', keep: ['id'] },
  h2: { tag: 'h2', keep: ['id'] },
  h3: { tag: 'h3', keep: ['id'] },
  h4: { tag: 'h4', keep: ['id'] },
  h5: { tag: 'h5', keep: ['id'] },
  h6: { tag: 'h6', keep: ['id'] },
  strong: { tag: 'strong', keep: [] },
  b: { tag: 'strong', keep: [] },
  em: { tag: 'em', keep: [] },
  i: { tag: 'em', keep: [] },
  s: { tag: 's', keep: [] },
  del: { tag: 's', keep: [] },
  u: { tag: 'u', keep: [] },
  sub: { tag: 'sub', keep: [] },
  sup: { tag: 'sup', keep: [] },
  summary: { tag: 'summary', keep: [] },
};

export function hasToken(text: string): boolean {
  TOKEN.lastIndex = 0;
  return TOKEN.test(text);
}

/** Hub HTML for a text with its tokens turned into mentions and dates. */
export function tokenizeText(text: string): string {
  let out = '';
  let last = 0;
  // matchAll starts where the shared regex's lastIndex was left (hasToken moves it).
  TOKEN.lastIndex = 0;
  for (const match of text.matchAll(TOKEN)) {
    const at = match.index ?? 0;
    out += escapeText(text.slice(last, at));
    const [whole, mention, date] = match;
    out += mention !== undefined ? mentionHub(idsFromToken(mention)) : timeHub(date ?? '');
    last = at + whole.length;
  }
  return out + escapeText(text.slice(last));
}

/** Hub HTML for a list of nodes: text with tokens here, runs of anything else through the driver. */
export function tokenizedNodes(nodes: readonly AnyNode[], ctx: MarkdownReadContext): string {
  let out = '';
  let run: AnyNode[] = [];
  const flush = (): void => {
    if (run.length > 0) out += ctx.children(new Element('span', {}, run));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text' && hasToken(node.data)) {
      flush();
      out += tokenizeText(node.data);
    } else run.push(node);
  }
  flush();
  return out;
}

function hasTokenChild(el: Element): boolean {
  return el.children.some((c) => c.type === 'text' && hasToken(c.data));
}

export const markdownTextTokens: Construct = {
  name: 'markdown-text-tokens',
  markdownHtml: {
    tags: Object.keys(HOLDERS),
    test: hasTokenChild,
    toHub: (el, ctx) => {
      const holder = HOLDERS[el.name.toLowerCase()] ?? { tag: 'span', keep: [] };
      const attrs: Record<string, string> = {};
      for (const key of holder.keep) if (el.attribs[key] !== undefined) attrs[key] = el.attribs[key];
      return `<${holder.tag}${attributes(attrs)}>${tokenizedNodes(el.children, ctx)}</${holder.tag}>`;
    },
  },
};
