import type { Element } from 'domhandler';
import { decodeXML } from 'entities';
import type { Construct, MarkdownReadContext } from './construct.js';
import { element, escapeAttribute, escapeText } from '../hub/html.js';
import { decodeOpaquePayload, encodeOpaquePayload } from '../hub/opaque.js';
import { childElements, firstChild, textContent } from '../formats/storage/storage-dom.js';
import { storedStorage } from '../formats/markdown/storage-stash.js';
import { quote } from './block-quote.js';
import { readAlert } from './panel.js';
import { asDom } from './turndown-node.js';

/**
 * Confluence Cloud keeps what its editor makes and storage cannot say in `ac:adf-extension`: an ADF
 * node (`ac:adf-node`, with `ac:adf-attribute`s and `ac:adf-content`) and a fallback copy for
 * readers that do not know ADF (`ac:adf-fallback`). Two of them are page text a reader must see:
 *
 * * panels (`type="panel"`, any `panel-type`, custom ones too) are GitHub alerts, by colour:
 *   info `[!NOTE]`, note `[!IMPORTANT]`, success and tip `[!TIP]`, warning `[!WARNING]`,
 *   error `[!CAUTION]`, custom `[!NOTE]`;
 * * decision lists (`type="decision-list"`) are lists whose items start with ◆ (decided) or
 *   ◇ (any other state): `- ◆ We go with the pilot.`
 *
 * The whole extension rides in an invisible comment right before the alert or list,
 * `<!-- wikiport:adf 1a2b3c4d <ac:adf-extension>… -->`, with a fingerprint of what the alert or
 * list showed. Read back unchanged, the extension comes back byte for byte; edited, it is rebuilt
 * around the edited content (ids and attributes kept, the fallback made to match or left out).
 * Delete the comment and the alert becomes an ordinary panel macro. Any other ADF node stays an
 * invisible kept element (opaque-macro.ts).
 */
const ALERT_OF_ADF: Record<string, string> = { info: 'NOTE', note: 'IMPORTANT', tip: 'TIP', success: 'TIP', warning: 'WARNING', error: 'CAUTION' };
const ADF_OF_ALERT: Record<string, string> = { NOTE: 'info', IMPORTANT: 'note', TIP: 'tip', WARNING: 'warning', CAUTION: 'error' };
const DECIDED = '◆';
const OTHER_STATE = '◇';
const COMMENT_PREFIX = 'wikiport:adf ';

type Kind = 'panel' | 'decision-list';

function nodeOf(extension: Element): { node: Element; kind: Kind } | null {
  const node = firstChild(extension, 'ac:adf-node');
  const kind = node?.attribs.type;
  if (!node || (kind !== 'panel' && kind !== 'decision-list')) return null;
  return { node, kind };
}

function adfAttributes(node: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const attribute of childElements(node, 'ac:adf-attribute')) out[attribute.attribs.key ?? ''] = textContent(attribute).trim();
  return out;
}

function decisionItems(list: Element): Element[] {
  return childElements(list, 'ac:adf-node').filter((item) => item.attribs.type === 'decision-item');
}

function inTableCell(el: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p.type === 'tag' && ['td', 'th'].includes((p as Element).name.toLowerCase())) return true;
  return false;
}

export const adfExtension: Construct = {
  name: 'adf-extension',
  storage: {
    tags: ['ac:adf-extension'],
    test: (el) => nodeOf(el) !== null,
    toHub: (el, ctx) => {
      const { node, kind } = nodeOf(el) as { node: Element; kind: Kind };
      if (ctx.isInline(el) || inTableCell(el)) return ctx.opaque(el);
      const storage = ctx.source(el);
      if (kind === 'panel') {
        const content = firstChild(node, 'ac:adf-content');
        if (!content) return ctx.opaque(el);
        const type = adfAttributes(node)['panel-type'] || 'info';
        const body = ctx.children(content).trim();
        return element('div', { 'data-adf-panel': type, 'data-storage': storage, 'data-adf-key': panelKey(ALERT_OF_ADF[type] ?? 'NOTE', body) }, body);
      }
      const items = decisionItems(node).map((item) => {
        const content = firstChild(item, 'ac:adf-content');
        return { state: adfAttributes(item).state ?? '', hub: content ? ctx.children(content).trim() : '' };
      });
      if (items.length === 0) return ctx.opaque(el);
      const lis = items.map((item) => element('li', { 'data-decision': item.state }, item.hub)).join('');
      return element('ul', { 'data-adf-decisions': true, 'data-storage': storage, 'data-adf-key': decisionsKey(items) }, lis);
    },
  },
  hub: {
    tags: ['div', 'ul'],
    test: (el) => el.attribs['data-adf-panel'] !== undefined || el.attribs['data-adf-decisions'] !== undefined,
    toStorage: (el, ctx) => {
      const stored = el.attribs['data-storage'] ?? '';
      if (el.attribs['data-adf-edited'] === undefined && stored !== '') return stored;
      if (el.attribs['data-adf-panel'] !== undefined) return rebuiltPanel(stored, el.attribs['data-adf-panel'], ctx.children(el));
      const items = childElements(el, 'li').map((li) => ({ state: li.attribs['data-decision'] ?? 'DECIDED', storage: ctx.children(li).trim() }));
      return rebuiltDecisions(stored, items);
    },
  },
  markdown: {
    rules: {
      adfPanel: {
        tags: ['div'],
        filter: (node) => node.nodeName === 'DIV' && node.hasAttribute('data-adf-panel'),
        replacement: (content, node) => {
          const alert = ALERT_OF_ADF[node.getAttribute('data-adf-panel') ?? ''] ?? 'NOTE';
          const body = content.replace(/^\n+|\n+$/g, '');
          return `\n\n${commentOf(node)}${quote(body === '' ? `[!${alert}]` : `[!${alert}]\n\n${body}`)}`;
        },
      },
      adfDecisionItem: {
        tags: ['li'],
        filter: (node) => node.nodeName === 'LI' && node.hasAttribute('data-decision'),
        replacement: (content, node) => {
          const marker = node.getAttribute('data-decision') === 'DECIDED' ? DECIDED : OTHER_STATE;
          const body = content.replace(/^\n+|\n+$/g, '').replace(/\n(?!\n|$)/g, '\n    ');
          return `- ${marker}${body === '' ? '' : ` ${body}`}\n`;
        },
      },
      adfDecisions: {
        tags: ['ul'],
        filter: (node) => node.nodeName === 'UL' && node.hasAttribute('data-adf-decisions'),
        replacement: (content, node) => `\n\n${commentOf(node)}\n\n${content.replace(/^\n+|\n+$/g, '')}\n\n`,
      },
    },
  },
  markdownHtml: {
    tags: ['blockquote', 'ul'],
    test: (el) => commentBefore(el) !== null && (el.name !== 'ul' || decisionMarkers(el) !== null),
    toHub: (el, ctx) => {
      const comment = commentBefore(el) as StoredExtension;
      if (el.name === 'blockquote') {
        const alert = readAlert(el, ctx);
        if (!alert) return `<blockquote>${ctx.children(el)}</blockquote>`;
        const original = /<ac:adf-attribute key="panel-type">([^<]*)<\/ac:adf-attribute>/.exec(comment.storage)?.[1] ?? 'info';
        const type = ALERT_OF_ADF[original] === alert.type || (ALERT_OF_ADF[original] === undefined && alert.type === 'NOTE') ? original : (ADF_OF_ALERT[alert.type] ?? 'info');
        const body = (alert.title !== null ? element('p', {}, element('strong', {}, escapeText(alert.title))) : '') + alert.body;
        const edited = panelKey(alert.type, body) !== comment.key;
        return element('div', { 'data-adf-panel': type, 'data-storage': comment.storage, 'data-adf-edited': edited }, body);
      }
      const items = (decisionMarkers(el) as Decision[]).map(({ li, state, marker }) => ({ state, hub: withoutMarker(li, marker, ctx).trim() }));
      const edited = decisionsKey(items) !== comment.key;
      const lis = items.map((item) => element('li', { 'data-decision': item.state }, item.hub)).join('');
      return element('ul', { 'data-adf-decisions': true, 'data-storage': comment.storage, 'data-adf-edited': edited }, lis);
    },
  },
};

function commentOf(node: unknown): string {
  const el = asDom(node);
  const storage = storedStorage(el.getAttribute('data-storage'));
  return `<!-- ${COMMENT_PREFIX}${el.getAttribute('data-adf-key') ?? '-'} ${encodeOpaquePayload(storage)} -->`;
}

interface StoredExtension {
  key: string;
  storage: string;
}

/** The `wikiport:adf` comment standing right before the element (white space apart), or null. */
function commentBefore(el: Element): StoredExtension | null {
  let prev = el.prev;
  while (prev?.type === 'text' && prev.data.trim() === '') prev = prev.prev;
  if (prev?.type !== 'comment') return null;
  const match = /^\s*wikiport:adf (\S+) ([\s\S]*?)\s?$/.exec(prev.data);
  if (!match) return null;
  return { key: match[1] ?? '', storage: decodeOpaquePayload(match[2] ?? '') };
}

interface Decision {
  li: Element;
  state: string;
  marker: string;
}

/** The items of a list that all start with a decision marker, or null. */
function decisionMarkers(ul: Element): Decision[] | null {
  const items = childElements(ul, 'li');
  const out: Decision[] = [];
  for (const li of items) {
    const first = li.children[0];
    const text = first?.type === 'text' ? first.data : '';
    const marker = text.startsWith(DECIDED) ? DECIDED : text.startsWith(OTHER_STATE) ? OTHER_STATE : null;
    if (marker === null) return null;
    out.push({ li, marker, state: marker === DECIDED ? 'DECIDED' : 'UNDECIDED' });
  }
  return out.length > 0 ? out : null;
}

function withoutMarker(li: Element, marker: string, ctx: MarkdownReadContext): string {
  const [first, ...rest] = li.children;
  if (first?.type !== 'text') return ctx.children(li);
  return escapeText(first.data.slice(marker.length).replace(/^[ \t]/, '')) + ctx.nodes(rest);
}

/** What the Markdown showed, in a short fingerprint: unchanged fingerprint, unchanged extension. */
function panelKey(alert: string, bodyHub: string): string {
  return fingerprint(`panel ${alert} ${normalized(bodyHub)}`);
}

function decisionsKey(items: readonly { state: string; hub: string }[]): string {
  return fingerprint(items.map((item) => `${item.state === 'DECIDED' ? DECIDED : OTHER_STATE} ${normalized(item.hub)}`).join('\n'));
}

function normalized(hub: string): string {
  return hub.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
}

/** FNV-1a, 32 bits, as 8 hex digits. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The stored panel around an edited body, with the panel type the alert now has; the fallback follows the body or goes. */
function rebuiltPanel(stored: string, type: string, body: string): string {
  const open = /<ac:adf-content\b[^>]*>/.exec(stored);
  const fallbackAt = stored.indexOf('<ac:adf-fallback');
  const close = stored.lastIndexOf('</ac:adf-content>', fallbackAt >= 0 ? fallbackAt : stored.length);
  if (!open || close < open.index) {
    return `<ac:adf-extension><ac:adf-node type="panel"><ac:adf-attribute key="panel-type">${escapeAttribute(type)}</ac:adf-attribute><ac:adf-content>${body}</ac:adf-content></ac:adf-node></ac:adf-extension>`;
  }
  const contentStart = open.index + open[0].length;
  const oldBody = stored.slice(contentStart, close).trim();
  const oldHead = stored.slice(0, contentStart);
  const head = oldHead.replace(/(<ac:adf-attribute key="panel-type">)[^<]*(<\/ac:adf-attribute>)/, `$1${escapeAttribute(type)}$2`);
  // The fallback shows the old colours once the type changed: it goes then.
  const sameType = head === oldHead;
  let tail = stored.slice(close);
  const fallback = /<ac:adf-fallback>[\s\S]*<\/ac:adf-fallback>/.exec(tail);
  if (fallback) {
    const at = oldBody === '' || !sameType ? -1 : fallback[0].indexOf(oldBody);
    const kept = at >= 0 ? fallback[0].slice(0, at) + body.trim() + fallback[0].slice(at + oldBody.length) : '';
    tail = tail.slice(0, fallback.index) + kept + tail.slice(fallback.index + fallback[0].length);
  }
  return head + body + tail;
}

/** A decision list written anew from the edited items, keeping the list's and the items' ids by position. */
function rebuiltDecisions(stored: string, items: readonly { state: string; storage: string }[]): string {
  const withoutFallback = stored.replace(/<ac:adf-fallback>[\s\S]*?<\/ac:adf-fallback>/g, '');
  const itemIds = [...withoutFallback.matchAll(/<ac:adf-node type="decision-item">[\s\S]*?<ac:adf-attribute key="local-id">([^<]*)<\/ac:adf-attribute>/g)].map((m) => decodeXML(m[1] ?? ''));
  const oldStates = [...withoutFallback.matchAll(/<ac:adf-node type="decision-item">[\s\S]*?<ac:adf-attribute key="state">([^<]*)<\/ac:adf-attribute>/g)].map((m) => decodeXML(m[1] ?? ''));
  const beforeItems = withoutFallback.split('<ac:adf-node type="decision-item">')[0] ?? '';
  const listId = /<ac:adf-attribute key="local-id">([^<]*)<\/ac:adf-attribute>/.exec(beforeItems)?.[1];
  const id = listId !== undefined ? decodeXML(listId) : uuidFrom(items.map((item) => item.storage).join('\n'));
  const nodes = items.map((item, n) => {
    const itemId = itemIds[n] ?? uuidFrom(`${id} ${n}`);
    const old = oldStates[n];
    const state = old !== undefined && (old === 'DECIDED') === (item.state === 'DECIDED') ? old : item.state;
    return `<ac:adf-node type="decision-item"><ac:adf-attribute key="local-id">${escapeAttribute(itemId)}</ac:adf-attribute><ac:adf-attribute key="state">${escapeAttribute(state)}</ac:adf-attribute><ac:adf-content>${item.storage}</ac:adf-content></ac:adf-node>`;
  });
  const fallback = items.map((item) => `<li><div class="decision-item">${item.storage}</div></li>`).join('');
  return `<ac:adf-extension><ac:adf-node type="decision-list"><ac:adf-attribute key="local-id">${escapeAttribute(id)}</ac:adf-attribute>${nodes.join('')}</ac:adf-node><ac:adf-fallback><div class="decision-list"><ul>${fallback}</ul></div></ac:adf-fallback></ac:adf-extension>`;
}

/** A UUID-shaped id made from text, so that a new item's id is the same on every run. */
function uuidFrom(text: string): string {
  const hex = [0, 1, 2, 3].map((n) => fingerprint(`${n} ${text}`)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
