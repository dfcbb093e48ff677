import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { element, escapeAttribute, escapeText, paramsJson, parseParamsJson } from '../hub/html.js';
import { macroParams } from '../formats/storage/storage-dom.js';
import { escapeMarkdownText } from './markdown-escape.js';
import { asDom, type DomNode } from './turndown-node.js';

/**
 * Status lozenge. Markdown spelling: a badge in brackets whose first character is a coloured
 * circle for the lozenge colour, bold for the solid style and italic for the subtle (outline)
 * style: `**[🟢 DONE]**`, `*[🔵 In review]*`. It reads well on any renderer and parses back.
 */
export const STATUS_COLOURS: Readonly<Record<string, string>> = {
  Grey: '⚪',
  Red: '🔴',
  Yellow: '🟡',
  Green: '🟢',
  Blue: '🔵',
  Purple: '🟣',
};
const COLOUR_BY_EMOJI = new Map(Object.entries(STATUS_COLOURS).map(([colour, emoji]) => [emoji, colour]));
const BADGE = /^\[(⚪|🔴|🟡|🟢|🔵|🟣)(?: ([\s\S]*))?\]$/u;

/** Confluence colour names are case-insensitive in practice (`blue`, `GREEN`); unknown ones stay as given. */
export function normalizeColour(colour: string | undefined): string {
  const given = (colour ?? '').trim();
  if (given === '') return 'Grey';
  const known = Object.keys(STATUS_COLOURS).find((c) => c.toLowerCase() === given.toLowerCase());
  return known ?? given;
}

export function statusHub(colour: string, title: string, subtle: boolean, params: Record<string, string> = {}): string {
  return element('span', { 'data-status': colour, 'data-subtle': subtle ? 'true' : null, 'data-params': paramsJson(params) }, escapeText(title));
}

export function statusMarkdown(colour: string, title: string, subtle: boolean): string {
  const emoji = STATUS_COLOURS[normalizeColour(colour)] ?? STATUS_COLOURS.Grey;
  const text = title.trim() === '' ? '' : ` ${escapeMarkdownText(title.trim())}`;
  const mark = subtle ? '*' : '**';
  return `${mark}[${emoji}${text}]${mark}`;
}

/** A `strong`/`em` of markdown-it's HTML holding only badge text, as `[colour, title]`. */
export function parseBadge(el: Element): { colour: string; title: string } | null {
  if (el.children.length === 0 || el.children.some((c) => c.type !== 'text')) return null;
  const text = el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
  const match = BADGE.exec(text);
  if (!match) return null;
  return { colour: COLOUR_BY_EMOJI.get(match[1] ?? '') ?? 'Grey', title: match[2] ?? '' };
}

export const status: Construct = {
  name: 'status',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: ['status'],
    toHub: (el, ctx) => {
      const { colour, title, subtle, ...rest } = macroParams(el);
      const normalized = normalizeColour(colour);
      if (!(normalized in STATUS_COLOURS)) ctx.report.degraded('status', `unknown lozenge colour "${colour ?? ''}" shown as grey in Markdown`);
      // Confluence shows the colour's name on a lozenge without a title.
      const shown = (title ?? '').trim() === '' ? normalized : (title ?? '');
      return statusHub(normalized, shown, (subtle ?? '').toLowerCase() === 'true', rest);
    },
  },
  hub: {
    tags: ['span'],
    test: (el) => el.attribs['data-status'] !== undefined,
    toStorage: (el) => {
      const params: Record<string, string> = {
        colour: normalizeColour(el.attribs['data-status']),
        title: textOf(el),
        ...(el.attribs['data-subtle'] === 'true' ? { subtle: 'true' } : {}),
        ...parseParamsJson(el.attribs['data-params']),
      };
      let out = '<ac:structured-macro ac:name="status" ac:schema-version="1">';
      for (const [name, value] of Object.entries(params)) {
        out += `<ac:parameter ac:name="${escapeAttribute(name)}">${escapeText(value)}</ac:parameter>`;
      }
      return `${out}</ac:structured-macro>`;
    },
  },
  markdown: {
    rules: {
      status: {
        tags: ['span'],
        filter: (node) => node.nodeName === 'SPAN' && node.hasAttribute('data-status'),
        replacement: (_content, node) => {
          const el = asDom(node);
          const badge = statusMarkdown(el.getAttribute('data-status') ?? 'Grey', el.textContent ?? '', el.getAttribute('data-subtle') === 'true');
          // `**[🟢 A]****[🔴 B]**` would not parse: a space keeps touching delimiter runs apart.
          const before = isDelimited(el.previousSibling, true) ? ' ' : '';
          const after = isDelimited(el.nextSibling, false) ? ' ' : '';
          return `${before}${badge}${after}`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['strong', 'em'],
    test: (el) => parseBadge(el) !== null,
    toHub: (el) => {
      const badge = parseBadge(el) ?? { colour: 'Grey', title: '' };
      return statusHub(badge.colour, badge.title, el.name.toLowerCase() === 'em');
    },
  },
};

/** A sibling written with `*` delimiters: emphasis, or (before us only) another status badge. */
function isDelimited(node: DomNode | null, orStatus: boolean): boolean {
  if (!node || node.nodeType !== 1) return false;
  if (['STRONG', 'B', 'EM', 'I'].includes(node.nodeName)) return true;
  return orStatus && node.nodeName === 'SPAN' && node.hasAttribute('data-status');
}

function textOf(el: Element): string {
  let out = '';
  for (const child of el.children) {
    if (child.type === 'text') out += child.data;
    else if ('children' in child) out += textOf(child as Element);
  }
  return out;
}
