import type { Construct } from './construct.js';
import { element, escapeAttribute, escapeText } from '../hub/html.js';
import { asDom } from './turndown-node.js';

/**
 * Dates (`<time datetime="YYYY-MM-DD"/>`). Markdown spelling: the ISO date after a calendar
 * emoji, `📅 2025-03-14`, as task plugins write due dates; the emoji keeps a date Confluence
 * shows as a date lozenge apart from a date typed as plain text, so only the former comes back
 * as `<time>`.
 */
export const DATE_MARK = '📅';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function timeHub(datetime: string): string {
  return element('time', { datetime }, escapeText(datetime));
}

export function timeMarkdown(datetime: string): string {
  return `${DATE_MARK} ${datetime}`;
}

/** The text pattern the Markdown reader turns back into `<time>` (see markdown-text-tokens.ts). */
export const DATE_TOKEN = /📅 (\d{4}-\d{2}-\d{2})/u;

export const time: Construct = {
  name: 'time',
  storage: {
    tags: ['time'],
    toHub: (el, ctx) => {
      const datetime = (el.attribs.datetime ?? '').trim();
      if (datetime === '') {
        ctx.report.warn('time', 'a date without a datetime was dropped');
        return ctx.children(el);
      }
      if (!ISO_DATE.test(datetime)) ctx.report.degraded('time', `date "${datetime}" is not YYYY-MM-DD; kept as given`);
      const text = ctx.children(el).trim();
      if (text !== '' && text !== escapeText(datetime)) ctx.report.degraded('time', `text "${text}" of date ${datetime} replaced by the date`);
      return timeHub(datetime);
    },
  },
  hub: {
    tags: ['time'],
    toStorage: (el) => `<time datetime="${escapeAttribute(el.attribs.datetime ?? '')}" />`,
  },
  markdown: {
    rules: {
      time: {
        filter: 'time',
        replacement: (content, node) => {
          const datetime = asDom(node).getAttribute('datetime') ?? '';
          return datetime === '' ? content : timeMarkdown(datetime);
        },
      },
    },
  },
};
