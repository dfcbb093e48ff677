import type { Construct } from './construct.js';
import { asDom, type DomNode } from './turndown-node.js';

/** Block quotes (`> `); panels are not quotes: they are claimed by the panel construct first. */
export const blockQuote: Construct = {
  name: 'block-quote',
  storage: {
    tags: ['blockquote'],
    toHub: (el, ctx) => {
      const inner = ctx.children(el);
      return inner.trim() === '' ? '' : `<blockquote>${inner}</blockquote>`;
    },
  },
  markdown: {
    rules: {
      blockQuote: {
        filter: 'blockquote',
        replacement: (content, node) => quote(content, node),
      },
    },
  },
};

/**
 * Prefixes every line with `> ` (a bare `>` on blank lines, so no trailing space). In a list item
 * right after the item's own text (`<li>Step<blockquote>`), the quote goes on the next line: a
 * quote interrupts a paragraph, so the item reads back as text and quote, as it was; after a blank
 * line the text would come back as a paragraph of its own and the storage would change.
 */
export function quote(content: string, node?: unknown): string {
  const body = content.replace(/^\n+|\n+$/g, '');
  if (body.trim() === '') return '';
  const before = node !== undefined && followsItemText(asDom(node)) ? '\n' : '\n\n';
  return `${before}${body.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n')}\n\n`;
}

/** Whether the node stands in a list item after the item's inline text, with no block before it. */
function followsItemText(node: DomNode): boolean {
  if (node.parentNode?.nodeName !== 'LI') return false;
  let text = false;
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if (sibling.nodeType === 1 && (sibling as DomNode & { isBlock?: boolean }).isBlock === true) return false;
    if ((sibling.textContent ?? '').trim() !== '' || sibling.nodeName === 'IMG') text = true;
  }
  return text;
}
