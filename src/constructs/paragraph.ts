import type { Construct } from './construct.js';

/** Paragraphs. Paragraphs holding only whitespace (`<p>&nbsp;</p>` spacers) are dropped. */
export const paragraph: Construct = {
  name: 'paragraph',
  storage: {
    tags: ['p'],
    toHub: (el, ctx) => {
      const inner = ctx.children(el);
      if (isBlank(inner)) return '';
      // Storage wraps macros in paragraphs (`<p><ac:structured-macro .../></p>`); a block inside stays a block.
      const bare = inner.replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '');
      return startsWithBlock(bare) ? bare : `<p>${inner}</p>`;
    },
  },
  hub: {
    tags: ['p'],
    toStorage: (el, ctx) => `<p>${ctx.children(el)}</p>`,
  },
  markdown: {
    rules: {
      paragraph: {
        filter: 'p',
        replacement: (content) => {
          const text = content.replace(/^[ \t\u00a0]+|[ \t\u00a0]+$/g, '');
          return text === '' ? '' : `\n\n${text}\n\n`;
        },
      },
    },
  },
};

/** Whitespace and line breaks only, `&nbsp;` included; any other element (image, macro...) makes it non-blank. */
function isBlank(hub: string): boolean {
  return /^(?:[\s\u00a0]|<br>)*$/.test(hub);
}

const BLOCK_START = /^\s*<(?:div|pre|ul|ol|table|details|blockquote|h[1-6]|hr|p)[\s>]/;

function startsWithBlock(hub: string): boolean {
  return BLOCK_START.test(hub);
}
