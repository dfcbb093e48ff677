import type { Construct } from './construct.js';
import { element, paramsJson, parseParamsJson } from '../hub/html.js';
import { macroParams, richTextBody } from '../formats/storage/storage-dom.js';
import { structuredMacro } from './macro-storage.js';
import { inlineStorageMarker, richMacroBoundaries, wrapInMarkers } from './storage-markers.js';
import { asDom } from './turndown-node.js';

/**
 * Excerpts: the content stays visible where it is (hidden or not: it is the page's own text), and
 * invisible markers before and after it (storage-markers.ts) carry the macro's opening and closing
 * tags, so Markdown -> storage puts the same content back inside the same excerpt macro.
 */
/** Macro name of the boundary markers (not `excerpt`: an opaque marker is not an excerpt). */
const MARKER = 'excerpt-boundary';

export const excerpt: Construct = {
  name: 'excerpt',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: ['excerpt'],
    toHub: (el, ctx) => {
      const body = richTextBody(el);
      const inner = body ? ctx.children(body).trim() : '';
      const inline = ctx.isInline(el);
      return element(inline ? 'span' : 'div', { 'data-macro': 'excerpt', 'data-params': paramsJson(macroParams(el)) }, inner);
    },
  },
  hub: {
    tags: ['div', 'span'],
    test: (el) => el.attribs['data-macro'] === 'excerpt' && el.attribs['data-opaque'] === undefined,
    toStorage: (el, ctx) => structuredMacro('excerpt', parseParamsJson(el.attribs['data-params']), { rich: ctx.children(el) }),
  },
  markdown: {
    rules: {
      excerpt: {
        tags: ['div', 'span'],
        filter: (node) => (node.nodeName === 'DIV' || node.nodeName === 'SPAN') && node.getAttribute('data-macro') === 'excerpt' && !node.hasAttribute('data-opaque'),
        replacement: (content, node) => {
          const el = asDom(node);
          const boundaries = richMacroBoundaries('excerpt', parseParamsJson(el.getAttribute('data-params') ?? undefined));
          if (el.nodeName === 'SPAN') {
            return `${inlineStorageMarker(MARKER, boundaries.open)}${content}${inlineStorageMarker(MARKER, boundaries.close)}`;
          }
          return wrapInMarkers(MARKER, boundaries, content);
        },
      },
    },
  },
};
