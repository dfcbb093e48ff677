import type { Construct } from './construct.js';
import { element, paramsJson, parseParamsJson } from '../hub/html.js';
import { macroParams, richTextBody } from '../formats/storage/storage-dom.js';
import { structuredMacro } from './macro-storage.js';
import { richMacroBoundaries, wrapInMarkers } from './storage-markers.js';
import { asDom } from './turndown-node.js';

/**
 * The layout macros of older Confluence (`section` holding `column`s with a width), the legacy
 * form of page layouts: flattened in reading order like layouts, with invisible boundary markers
 * (storage-markers.ts) that put the same sections and columns back on the way to storage.
 */
const MACROS = ['section', 'column'];
const MARKER = 'section-boundary';

export const sectionColumn: Construct = {
  name: 'section-column',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: MACROS,
    toHub: (el, ctx) => {
      const name = (el.attribs['ac:name'] ?? 'section').toLowerCase();
      const body = richTextBody(el);
      return element('div', { 'data-macro': name, 'data-params': paramsJson(macroParams(el)) }, body ? ctx.children(body).trim() : '');
    },
  },
  hub: {
    tags: ['div'],
    test: (el) => MACROS.includes(el.attribs['data-macro'] ?? '') && el.attribs['data-opaque'] === undefined,
    toStorage: (el, ctx) => structuredMacro(el.attribs['data-macro'] ?? 'section', parseParamsJson(el.attribs['data-params']), { rich: ctx.children(el) }),
  },
  markdown: {
    rules: {
      sectionColumn: {
        tags: ['div'],
        filter: (node) => node.nodeName === 'DIV' && MACROS.includes(node.getAttribute('data-macro') ?? '') && !node.hasAttribute('data-opaque'),
        replacement: (content, node) => {
          const el = asDom(node);
          const boundaries = richMacroBoundaries(el.getAttribute('data-macro') ?? 'section', parseParamsJson(el.getAttribute('data-params') ?? undefined));
          return wrapInMarkers(MARKER, boundaries, content);
        },
      },
    },
  },
};
