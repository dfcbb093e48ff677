import type { Element } from 'domhandler';
import type { Construct, MarkdownReadContext } from './construct.js';
import { element, escapeText, paramsJson, parseParamsJson } from '../hub/html.js';
import { decodeOpaquePayload, encodeOpaquePayload } from '../hub/opaque.js';
import { macroName, macroParams, richTextBody, textContent } from '../formats/storage/storage-dom.js';
import { structuredMacro } from './macro-storage.js';
import { escapeMarkdownText } from '../formats/markdown/escape-text.js';
import { quote } from './block-quote.js';

/**
 * Confluence panel macro <-> GitHub alert type; each alert reads back as exactly one panel type.
 * The plain `panel` macro has no type and no icon, so it is no alert: it is written as a plain
 * quote carrying its kind in the settings comment (`[!IMPORTANT]`, which older versions wrote for
 * it, still reads back as one).
 */
const ALERT_OF: Record<string, string> = {
  info: 'NOTE', tip: 'TIP', note: 'WARNING', warning: 'CAUTION', success: 'TIP', error: 'CAUTION',
};
const PLAIN_PANEL = 'panel';
const PANEL_NAMES = new Set([...Object.keys(ALERT_OF), PLAIN_PANEL]);
const PANEL_OF: Record<string, string> = { NOTE: 'info', TIP: 'tip', WARNING: 'note', CAUTION: 'warning', IMPORTANT: 'panel' };
const ALERT_MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*\n?/;

/**
 * info / note / tip / warning (and Cloud's success / error) as GitHub alerts. A title is the bold
 * line right under the marker; without a title the body starts after a blank line:
 *
 *   > [!NOTE]
 *   > **Before you start**
 *   >
 *   > Body text.
 *
 * The plain panel (a box, no icon) as a plain quote, its kind in the settings comment at its end,
 * so GitHub shows a box with the page's words and no title word the page does not have:
 *
 *   > **Before you start**
 *   >
 *   > Body text.
 *   >
 *   > <!-- wikiport:panel {"panel":"panel","title":true} -->
 */
export const panel: Construct = {
  name: 'panel',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: [...PANEL_NAMES],
    toHub: (el, ctx) => {
      const { title, ...rest } = macroParams(el);
      const body = richTextBody(el);
      return element('div', {
        'data-panel': macroName(el),
        'data-title': title?.trim() || null,
        'data-params': paramsJson(rest),
      }, body ? ctx.children(body) : '');
    },
  },
  hub: {
    tags: ['div'],
    test: (el) => el.attribs['data-panel'] !== undefined,
    toStorage: (el, ctx) => {
      const params: Record<string, string> = { ...parseParamsJson(el.attribs['data-params']) };
      if (el.attribs['data-title']) params.title = el.attribs['data-title'];
      const name = el.attribs['data-panel'] || 'panel';
      return structuredMacro(name, params, { rich: ctx.children(el) });
    },
  },
  markdown: {
    rules: {
      panel: {
        tags: ['div'],
        filter: (node) => node.nodeName === 'DIV' && node.hasAttribute('data-panel'),
        replacement: (content, node) => {
          const name = node.getAttribute('data-panel') ?? '';
          const title = node.getAttribute('data-title');
          const body = content.replace(/^\n+|\n+$/g, '');
          const titleLine = title ? `**${escapeMarkdownText(title)}**` : '';
          const settings = settingsComment(name, node.getAttribute('data-params'), titleLine !== '');
          if (!(name in ALERT_OF)) return quote([titleLine, body, settings].filter((part) => part !== '').join('\n\n'), node);
          const alert = ALERT_OF[name] ?? 'NOTE';
          const head = titleLine ? `[!${alert}]\n${titleLine}` : `[!${alert}]`;
          const all = [head, body, settings].filter((part) => part !== '');
          return quote(all.length === 1 ? head : `${head}\n\n${all.slice(1).join('\n\n')}`, node);
        },
      },
    },
  },
  markdownHtml: {
    tags: ['blockquote'],
    test: (el) => alertOf(el) !== null || plainPanelSettings(el) !== null,
    toHub: (el, ctx) => {
      const plain = alertOf(el) === null ? plainPanelSettings(el) : null;
      if (plain) return readPlainPanel(el, plain, ctx);
      const alert = readAlert(el, ctx) as ReadAlert;
      const settings = alert.comments.map(parseSettingsComment).find((v) => v !== null) ?? null;
      return element('div', {
        'data-panel': settings?.panel ?? PANEL_OF[alert.type] ?? 'info',
        'data-title': alert.title,
        'data-params': settings?.params ?? null,
      }, alert.body);
    },
  },
};

export interface ReadAlert {
  /** NOTE, TIP, IMPORTANT, WARNING or CAUTION. */
  type: string;
  /** The bold line right under the marker, when it stands alone there. */
  title: string | null;
  /** Hub HTML of the rest of the quote, its comments left out. */
  body: string;
  /** The quote's top-level comments after its first paragraph (settings). */
  comments: string[];
}

/** A GitHub alert of markdown-it's HTML read into its parts; null for a plain quote. */
export function readAlert(el: Element, ctx: MarkdownReadContext): ReadAlert | null {
  const marker = alertOf(el);
  if (!marker) return null;
  const first = firstElement(el) as Element;
  const rest = first.children.filter((c) => c !== marker.markerNode);
  const leftover = stripMarker(marker.markerNode);
  const meaningful = rest.filter((c) => !(c.type === 'text' && c.data.trim() === ''));
  let title: string | null = null;
  let firstParagraph = '';
  const only = meaningful[0];
  if (leftover.trim() === '' && meaningful.length === 1 && only && only.type === 'tag' && only.name === 'strong') {
    title = textContent(only);
  } else if (leftover.trim() !== '' || meaningful.length > 0) {
    firstParagraph = `<p>${escapeText(leftover)}${ctx.nodes(rest)}</p>`;
  }
  const after = el.children.slice(el.children.indexOf(first) + 1);
  const comments = after.flatMap((c) => (c.type === 'comment' ? [c.data] : []));
  const body = after.filter((c) => !(c.type === 'comment' && parseSettingsComment(c.data) !== null));
  return { type: marker.type, title, body: firstParagraph + ctx.nodes(body), comments };
}

/**
 * What an alert cannot say (panel colours and icons, and which of success/error it was) rides in
 * one comment at the end of the quote: `<!-- wikiport:panel {"bgColor":"#DEEBFF"} -->`.
 */
const SETTINGS_PREFIX = 'wikiport:panel ';

function settingsComment(panelName: string, params: string | null, titled: boolean): string {
  const data: Record<string, unknown> = {};
  const parsed = parseParamsJson(params ?? undefined);
  if (Object.keys(parsed).length > 0) data.params = parsed;
  const alert = ALERT_OF[panelName];
  if (alert === undefined) {
    // A plain quote: the comment is what makes it a panel, and says whether its first line is the title.
    data.panel = PLAIN_PANEL;
    if (titled) data.title = true;
  } else if (PANEL_OF[alert] !== panelName) data.panel = panelName;
  if (Object.keys(data).length === 0) return '';
  return `<!-- ${SETTINGS_PREFIX}${encodeOpaquePayload(JSON.stringify(data))} -->`;
}

interface PanelSettings {
  panel: string | null;
  params: string | null;
  /** A plain panel's first paragraph is its title. */
  title: boolean;
}

function parseSettingsComment(comment: string): PanelSettings | null {
  const text = comment.trim();
  if (!text.startsWith(SETTINGS_PREFIX)) return null;
  try {
    const data = JSON.parse(decodeOpaquePayload(text.slice(SETTINGS_PREFIX.length))) as { panel?: unknown; params?: unknown; title?: unknown };
    const params = data.params && typeof data.params === 'object' ? paramsJson(Object.fromEntries(Object.entries(data.params).filter((e): e is [string, string] => typeof e[1] === 'string'))) : null;
    return { panel: typeof data.panel === 'string' && PANEL_NAMES.has(data.panel) ? data.panel : null, params, title: data.title === true };
  } catch {
    return { panel: null, params: null, title: false };
  }
}

/** The settings of a plain quote that is a plain panel (its top-level settings comment names the panel), or null. */
function plainPanelSettings(blockquote: Element): PanelSettings | null {
  for (const child of blockquote.children) {
    if (child.type !== 'comment') continue;
    const settings = parseSettingsComment(child.data);
    if (settings?.panel === PLAIN_PANEL) return settings;
  }
  return null;
}

/** A plain panel: its title is the first paragraph when the settings say so and it is one bold run. */
function readPlainPanel(el: Element, settings: PanelSettings, ctx: MarkdownReadContext): string {
  const children = el.children.filter((c) => !(c.type === 'comment' && parseSettingsComment(c.data) !== null));
  let title: string | null = null;
  const first = children.find((c): c is Element => c.type === 'tag');
  if (settings.title && first?.name === 'p') {
    const meaningful = first.children.filter((c) => !(c.type === 'text' && c.data.trim() === ''));
    const only = meaningful[0];
    if (meaningful.length === 1 && only?.type === 'tag' && only.name === 'strong') title = textContent(only);
  }
  const body = title === null ? children : children.filter((c) => c !== first);
  return element('div', { 'data-panel': PLAIN_PANEL, 'data-title': title, 'data-params': settings.params }, ctx.nodes(body));
}

function firstElement(el: Element): Element | undefined {
  return el.children.find((c): c is Element => c.type === 'tag');
}

function alertOf(blockquote: Element): { type: string; markerNode: Element['children'][number] } | null {
  const first = firstElement(blockquote);
  if (!first || first.name !== 'p') return null;
  const text = first.children[0];
  if (!text || text.type !== 'text') return null;
  const match = ALERT_MARKER.exec(text.data);
  return match ? { type: match[1] as string, markerNode: text } : null;
}

function stripMarker(node: Element['children'][number]): string {
  return node.type === 'text' ? node.data.replace(ALERT_MARKER, '') : '';
}
