import type { Construct } from './construct.js';
import { element } from '../hub/html.js';
import { opaqueCommentBody } from '../hub/opaque.js';
import { INLINE_COMMENT_MARK } from '../formats/markdown/escape-text.js';
import { firstChild, macroParams, textContent } from '../formats/storage/storage-dom.js';
import { structuredMacro } from './macro-storage.js';
import { asDom } from './turndown-node.js';

/**
 * Anchor macros (link targets inside a page). Markdown has no spelling for a named target, so the
 * anchor travels as an invisible inline comment holding its storage (the opaque-comment form):
 * the Markdown reader turns it into an opaque element and the storage writer restores the macro.
 */
export function anchorStorage(name: string): string {
  return structuredMacro('anchor', { '': name });
}

export const anchor: Construct = {
  name: 'anchor',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: ['anchor'],
    toHub: (el, ctx) => {
      const params = macroParams(el);
      const legacy = firstChild(el, 'ac:default-parameter');
      const name = (params[''] ?? params.name ?? (legacy ? textContent(legacy) : '')).trim();
      if (name === '') {
        ctx.report.warn('anchor', 'an anchor without a name was dropped');
        return '';
      }
      return element('a', { id: name, 'data-anchor': name });
    },
  },
  hub: {
    tags: ['a'],
    test: (el) => el.attribs['data-anchor'] !== undefined,
    toStorage: (el) => anchorStorage(el.attribs['data-anchor'] ?? el.attribs.id ?? ''),
  },
  markdown: {
    rules: {
      anchor: {
        tags: ['a'],
        filter: (node) => node.nodeName === 'A' && node.hasAttribute('data-anchor'),
        replacement: (_content, node) => {
          const name = asDom(node).getAttribute('data-anchor') ?? '';
          return `${INLINE_COMMENT_MARK}<!--${opaqueCommentBody({ macro: 'anchor', storage: anchorStorage(name), dynamic: true, inline: true })}-->`;
        },
      },
    },
  },
};
