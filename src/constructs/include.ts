import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { element, escapeText, paramsJson, parseParamsJson } from '../hub/html.js';
import { childElements, firstChild, textContent } from '../formats/storage/storage-dom.js';
import { escapeXmlAttribute, escapeXmlText } from '../formats/storage/xml-escape.js';
import { markdownPageTarget, pageTargetAttributes, pageTargetOfHub, pageTargetOfStorage, resourceStorage } from './page-link.js';
import type { PageTarget } from './wiki-urls.js';
import { decodeOpaquePayload, encodeOpaquePayload } from '../hub/opaque.js';

/**
 * `include` and `excerpt-include`: Confluence shows another page's content (or its excerpt) here.
 * Offline that content is not at hand, so the macro becomes a labelled link to the page, a
 * paragraph of its own: `*Included from* [Glossary](…)` / `*Excerpt included from* [Charter](…)`.
 * The label is what the Markdown reader recognises to restore the macro. Its other parameters
 * (which excerpt, `nopanel`) ride in an invisible comment after the link,
 * `<!-- wikiport:include {"name":"short"} -->`, escaped like the opaque comments.
 */
const LABELS: Readonly<Record<string, string>> = {
  include: 'Included from',
  'excerpt-include': 'Excerpt included from',
};
const MACRO_OF_LABEL = new Map(Object.entries(LABELS).map(([macro, label]) => [label, macro]));

function includedPage(el: Element): PageTarget | null {
  for (const param of childElements(el, 'ac:parameter')) {
    const name = param.attribs['ac:name'] ?? '';
    if (name !== '' && name !== 'page') continue;
    const link = firstChild(param, 'ac:link');
    const resource = link ? childElements(link).find((c) => ['ri:page', 'ri:blog-post'].includes(c.name.toLowerCase())) : undefined;
    if (resource) return pageTargetOfStorage(resource);
    const title = textContent(param).trim();
    if (title !== '') {
      const colon = title.indexOf(':');
      return colon > 0 ? { kind: 'page', spaceKey: title.slice(0, colon), title: title.slice(colon + 1) } : { kind: 'page', title };
    }
  }
  return null;
}

function otherParams(el: Element): Record<string, string> {
  const params: Record<string, string> = {};
  for (const param of childElements(el, 'ac:parameter')) {
    const name = param.attribs['ac:name'] ?? '';
    if (name !== '' && name !== 'page') params[name] = textContent(param);
  }
  return params;
}

function includeHub(macro: string, target: PageTarget, params: Record<string, string>, text: string): string {
  const link = element('a', pageTargetAttributes(target), text);
  return element('p', { 'data-macro': macro, 'data-params': paramsJson(params) }, link);
}

const PARAMS_PREFIX = ' wikiport:include ';

function paramsComment(json: string | null): string {
  return json ? ` <!--${PARAMS_PREFIX}${encodeOpaquePayload(json)} -->` : '';
}

function paramsOfComment(data: string): Record<string, string> {
  return parseParamsJson(decodeOpaquePayload(data.slice(PARAMS_PREFIX.length).trim()));
}

/** A paragraph of markdown-it's HTML that is exactly `<em>label</em> <a …>` (and its parameters' comment), as [macro, link, params]. */
function labelledLink(p: Element): { macro: string; link: Element; params: Record<string, string> } | null {
  const all = p.children.filter((n) => !(n.type === 'text' && n.data.trim() === ''));
  const last = all.at(-1);
  const comment = all.length === 3 && last?.type === 'comment' && last.data.startsWith(PARAMS_PREFIX) ? last.data : null;
  const nodes = comment === null ? all : all.slice(0, 2);
  const [em, link] = nodes;
  if (nodes.length !== 2 || em?.type !== 'tag' || link?.type !== 'tag') return null;
  const emEl = em as Element;
  const linkEl = link as Element;
  if (emEl.name !== 'em' || linkEl.name !== 'a') return null;
  const macro = MACRO_OF_LABEL.get(textContent(emEl).trim());
  if (!macro || !linkEl.children.every((c) => c.type === 'text')) return null;
  const target = markdownPageTarget(linkEl);
  return target && target !== 'anchor' ? { macro, link: linkEl, params: comment === null ? {} : paramsOfComment(comment) } : null;
}

export const include: Construct = {
  name: 'include',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: ['include', 'excerpt-include'],
    test: (el) => includedPage(el) !== null,
    toHub: (el, ctx) => {
      const macro = (el.attribs['ac:name'] ?? 'include').toLowerCase();
      const target = includedPage(el) as PageTarget;
      ctx.report.degraded(macro, `content of "${target.title ?? ''}" is not included offline; written as a link to it`);
      return includeHub(macro, target, otherParams(el), escapeText(target.title ?? ''));
    },
  },
  hub: {
    tags: ['p'],
    test: (el) => el.attribs['data-macro'] === 'include' || el.attribs['data-macro'] === 'excerpt-include',
    toStorage: (el) => {
      const macro = el.attribs['data-macro'] ?? 'include';
      const a = childElements(el, 'a')[0];
      const target = a ? pageTargetOfHub((name) => a.attribs[name]) : null;
      let out = `<ac:structured-macro ac:name="${escapeXmlAttribute(macro)}" ac:schema-version="1">`;
      if (target) out += `<ac:parameter ac:name=""><ac:link>${resourceStorage(target)}</ac:link></ac:parameter>`;
      const params = parseParamsJson(el.attribs['data-params']);
      for (const key of Object.keys(params).sort()) {
        out += `<ac:parameter ac:name="${escapeXmlAttribute(key)}">${escapeXmlText(params[key] ?? '')}</ac:parameter>`;
      }
      return `${out}</ac:structured-macro>`;
    },
  },
  markdown: {
    rules: {
      include: {
        tags: ['p'],
        filter: (node) => node.nodeName === 'P' && ['include', 'excerpt-include'].includes(node.getAttribute('data-macro') ?? ''),
        replacement: (content, node) => `\n\n*${LABELS[node.getAttribute('data-macro') ?? 'include'] ?? LABELS.include}* ${content.trim()}${paramsComment(node.getAttribute('data-params'))}\n\n`,
      },
    },
  },
  markdownHtml: {
    tags: ['p'],
    test: (el) => labelledLink(el) !== null,
    toHub: (el) => {
      const found = labelledLink(el);
      const target = found ? markdownPageTarget(found.link) : null;
      if (!found || !target || target === 'anchor') return '';
      return includeHub(found.macro, target, found.params, escapeText(textContent(found.link)));
    },
  },
};
