import type { Construct } from './construct.js';
import { element, escapeText, paramsJson, parseParamsJson } from '../hub/html.js';
import { macroParams, richTextBody, textContent } from '../formats/storage/storage-dom.js';
import { structuredMacro } from './macro-storage.js';

/** Confluence shows this when an expand macro has no title. */
export const DEFAULT_EXPAND_TITLE = 'Click here to expand...';

/** The expand macro as `<details><summary>`, the one place Markdown needs HTML for it. */
export const expand: Construct = {
  name: 'expand',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: ['expand'],
    toHub: (el, ctx) => {
      const { title, ...rest } = macroParams(el);
      const body = richTextBody(el);
      const summary = element('summary', {}, escapeText(title?.trim() || DEFAULT_EXPAND_TITLE));
      return element('details', { 'data-macro': 'expand', 'data-params': paramsJson(rest) }, summary + (body ? ctx.children(body) : ''));
    },
  },
  hub: {
    tags: ['details'],
    toStorage: (el, ctx) => {
      const summary = el.children.find((c) => c.type === 'tag' && c.name === 'summary');
      const params: Record<string, string> = { ...parseParamsJson(el.attribs['data-params']) };
      const title = summary ? textContent(summary).trim() : '';
      // The default title is what Confluence shows for an expand without one: it stays without one.
      if (title !== '' && title !== DEFAULT_EXPAND_TITLE) params.title = title;
      return structuredMacro('expand', params, { rich: ctx.nodes(el.children.filter((c) => c !== summary)) });
    },
  },
  markdown: {
    rules: {
      summary: { filter: 'summary', replacement: () => '' },
      expand: {
        filter: 'details',
        replacement: (content, node) => {
          const children = node.childNodes as unknown as ArrayLike<{ nodeName: string; textContent: string | null }>;
          const summary = Array.from(children).find((c) => c.nodeName === 'SUMMARY');
          const title = (summary?.textContent ?? '').replace(/\s+/g, ' ').trim() || DEFAULT_EXPAND_TITLE;
          const body = content.replace(/^\n+|\n+$/g, '');
          const head = `<details>\n<summary>${escapeText(title)}</summary>`;
          return `\n\n${head}\n\n${body === '' ? '' : `${body}\n\n`}</details>\n\n`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['details'],
    toHub: (el, ctx) => {
      const summary = el.children.find((c) => c.type === 'tag' && c.name === 'summary');
      const title = summary ? textContent(summary).replace(/\s+/g, ' ').trim() : '';
      const body = ctx.nodes(el.children.filter((c) => c !== summary));
      return element('details', { 'data-macro': 'expand' }, element('summary', {}, escapeText(title || DEFAULT_EXPAND_TITLE)) + body);
    },
  },
};
