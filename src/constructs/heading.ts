import type { Construct } from './construct.js';
import { alignedMarkdown, hubAlignAttribute, storageAlignStyle } from './block-alignment.js';
import { asDom } from './turndown-node.js';

const LEVELS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** Headings h1-h6 as ATX headings; empty headings (editor leftovers) are dropped. */
export const heading: Construct = {
  name: 'heading',
  storage: {
    tags: LEVELS,
    toHub: (el, ctx) => {
      // A Markdown heading is one line: breaks become spaces already in the hub.
      const inner = ctx.children(el).replace(/<br>/g, ' ').trim();
      return inner === '' ? '' : `<${el.name.toLowerCase()}${hubAlignAttribute(el)}>${inner}</${el.name.toLowerCase()}>`;
    },
  },
  hub: {
    tags: LEVELS,
    toStorage: (el, ctx) => `<${el.name}${storageAlignStyle(el)}>${ctx.children(el)}</${el.name}>`,
  },
  markdown: {
    rules: {
      heading: {
        filter: [...LEVELS],
        replacement: (content, node) => {
          const level = Number(node.nodeName.charAt(1));
          // Hashes that end the text after a space would be read back as the heading's closing sequence ("Issue #"): the first is escaped.
          const text = content.replace(/\s*\n+\s*/g, ' ').trim().replace(/(^|[ \t])(#+)$/, '$1\\$2');
          return text === '' ? '' : alignedMarkdown(asDom(node), `\n\n${'#'.repeat(level)} ${text}\n\n`);
        },
      },
    },
  },
};
