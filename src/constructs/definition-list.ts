import type { Construct } from './construct.js';
import { isElement, tagName } from '../formats/storage/storage-dom.js';

/**
 * Definition lists (`dl`: a `dt` term, then its `dd` descriptions), as pages pasted from other
 * wikis and HTML minutes have them ("Present" / "Regrets" / "Chair" with the people after each).
 * The hub keeps `dl`/`dt`/`dd` (storage writes them back as they are). Markdown has no such list:
 * each term is a bold line and each description a paragraph under it, which reads as a label
 * and its text both on GitHub and when read back.
 */
export const definitionList: Construct = {
  name: 'definition-list',
  storage: {
    tags: ['dl'],
    toHub: (el, ctx) => {
      let inner = '';
      for (const child of el.children) {
        if (!isElement(child)) continue;
        const name = tagName(child);
        if (name !== 'dt' && name !== 'dd') {
          inner += ctx.nodes([child]);
          continue;
        }
        const body = ctx.children(child).trim();
        if (body !== '') inner += `<${name}>${body}</${name}>`;
      }
      return inner === '' ? '' : `<dl>${inner}</dl>`;
    },
  },
  markdown: {
    rules: {
      definitionTerm: {
        filter: 'dt',
        replacement: (content) => {
          const term = content.replace(/\s+/g, ' ').trim();
          return term === '' ? '' : `\n\n**${term}**\n\n`;
        },
      },
      definitionDescription: { filter: 'dd', replacement: (content) => `\n\n${content.replace(/^\n+|\n+$/g, '')}\n\n` },
      definitionList: { filter: 'dl', replacement: (content) => `\n\n${content.replace(/^\n+|\n+$/g, '')}\n\n` },
    },
  },
};
