import type { Construct } from './construct.js';

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
        replacement: (content) => quote(content),
      },
    },
  },
};

/** Prefixes every line with `> ` (a bare `>` on blank lines, so no trailing space). */
export function quote(content: string): string {
  const body = content.replace(/^\n+|\n+$/g, '');
  if (body.trim() === '') return '';
  return `\n\n${body.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n')}\n\n`;
}
