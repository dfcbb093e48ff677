import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { unwrapAutolinks } from '../formats/markdown/escape-text.js';
import { element, escapeAttribute, escapeText } from '../hub/html.js';
import { currentWriteOptions } from '../hub/write-options.js';
import { childElements } from '../formats/storage/storage-dom.js';
import { linkBodyHub, linkBodyStorage } from './link-body.js';
import { isSafeHref, markdownDestination } from './link.js';
import { escapeLinkTitle, escapeMarkdownText } from './markdown-escape.js';
import { asDom } from './turndown-node.js';
import { githubSlug } from '../formats/markdown/heading-fragments.js';
import { decodePathPart, pageTargetPath, pageTargetUrl, parsePageTarget, type PageTarget } from './wiki-urls.js';

/**
 * Links to pages, blog posts, spaces and anchors (`ac:link` with `ri:page`, `ri:blog-post`,
 * `ri:space`, `ri:content-entity`, or only `ac:anchor`). Markdown spelling: an ordinary link, to
 * the exported file when `linkTargets` knows it (the page's wiki path then rides along as the link
 * title, so the link can still become an `ac:link`), else to the stable wiki URL of wiki-urls.ts.
 */
const RESOURCE = new Set(['ri:page', 'ri:blog-post', 'ri:space', 'ri:content-entity']);

function resourceOf(el: Element): Element | undefined {
  return childElements(el).find((c) => RESOURCE.has(c.name.toLowerCase()));
}

function urlOf(el: Element): string | null {
  const url = childElements(el).find((c) => c.name.toLowerCase() === 'ri:url')?.attribs['ri:value']?.trim();
  return url ? url : null;
}

function isAnchorOnly(el: Element): boolean {
  return el.attribs['ac:anchor'] !== undefined && !childElements(el).some((c) => c.name.toLowerCase().startsWith('ri:'));
}

export function pageTargetOfStorage(resource: Element): PageTarget {
  const a = resource.attribs;
  const name = resource.name.toLowerCase();
  const spaceKey = a['ri:space-key']?.trim() || undefined;
  const title = a['ri:content-title'] ?? '';
  if (name === 'ri:space') return { kind: 'space', spaceKey: spaceKey ?? '' };
  if (name === 'ri:content-entity') return { kind: 'page-id', pageId: a['ri:content-id'] ?? '' };
  const target: PageTarget = { kind: name === 'ri:blog-post' ? 'blogpost' : 'page', title };
  if (spaceKey) target.spaceKey = spaceKey;
  if (name === 'ri:blog-post' && a['ri:posting-day']) target.postingDay = a['ri:posting-day'];
  return target;
}

/** The `data-*` attributes of a page target in the hub. */
export function pageTargetAttributes(target: PageTarget): Record<string, string | undefined> {
  return {
    'data-page-title': target.kind === 'page' || target.kind === 'blogpost' ? (target.title ?? '') : undefined,
    'data-space-key': target.spaceKey,
    'data-content-type': target.kind === 'page-id' ? 'page' : target.kind,
    'data-posting-day': target.postingDay,
    'data-page-id': target.pageId,
    'data-anchor-target': target.anchor,
  };
}

export function pageTargetOfHub(get: (name: string) => string | null | undefined): PageTarget | null {
  const title = get('data-page-title') ?? undefined;
  const spaceKey = get('data-space-key') || undefined;
  const type = get('data-content-type');
  const pageId = get('data-page-id') || undefined;
  const anchor = get('data-anchor-target') || undefined;
  let target: PageTarget;
  if (type === 'space') target = { kind: 'space', spaceKey: spaceKey ?? '' };
  else if (title !== undefined) target = { kind: type === 'blogpost' ? 'blogpost' : 'page', title };
  else if (pageId) target = { kind: 'page-id', pageId };
  else return null;
  if (spaceKey) target.spaceKey = spaceKey;
  const day = get('data-posting-day');
  if (target.kind === 'blogpost' && day) target.postingDay = day;
  if (anchor) target.anchor = anchor;
  return target;
}

/** Storage resource identifier element for a target. */
export function resourceStorage(target: PageTarget): string {
  const attr = (name: string, value: string | undefined): string => (value ? ` ${name}="${escapeAttribute(value)}"` : '');
  switch (target.kind) {
    case 'space':
      return `<ri:space${attr('ri:space-key', target.spaceKey)} />`;
    case 'page-id':
      return `<ri:content-entity${attr('ri:content-id', target.pageId)} />`;
    case 'blogpost':
      return `<ri:blog-post${attr('ri:space-key', target.spaceKey)} ri:content-title="${escapeAttribute(target.title ?? '')}"${attr('ri:posting-day', target.postingDay)} />`;
    default:
      return `<ri:page${attr('ri:space-key', target.spaceKey)} ri:content-title="${escapeAttribute(target.title ?? '')}" />`;
  }
}

export function withoutAnchor(target: PageTarget): PageTarget {
  const copy = { ...target };
  delete copy.anchor;
  return copy;
}

/** What Confluence shows for a link without a body. */
function defaultText(target: PageTarget | null, anchor: string | undefined): string {
  if (!target) return anchor ?? '';
  if (target.kind === 'space') return target.spaceKey ?? '';
  if (target.kind === 'page-id') return target.pageId ?? '';
  return target.title ?? '';
}

/** Markdown destination for a page target: the exported file when known, else the wiki URL. */
export function pageHref(target: PageTarget): { href: string; title?: string } {
  const options = currentWriteOptions();
  if (target.kind !== 'space' && options.linkTargets) {
    const file = options.linkTargets({ title: target.title ?? '', spaceKey: target.spaceKey ?? null, id: target.pageId ?? null });
    if (file) {
      // A published folder's file names another file's heading as GitHub does (its slug); publishing
      // sends it as the heading's text, which is how the wiki names it.
      const fragment = target.anchor && options.pageLinkTitles === false ? githubSlug(target.anchor) : target.anchor;
      const hash = fragment ? `#${fragment}` : '';
      const href = markdownDestination(`${file}${hash}`);
      return options.pageLinkTitles === false ? { href } : { href, title: pageTargetPath(withoutAnchor(target)) };
    }
  }
  return { href: markdownDestination(pageTargetUrl(target)) };
}

export function isPageLinkHub(get: (name: string) => string | null | undefined): boolean {
  if (get('data-mention') !== null && get('data-mention') !== undefined) return false;
  if (get('data-attachment') || get('data-macro')) return false;
  return get('data-page-title') !== undefined && get('data-page-title') !== null
    || !!get('data-content-type') || !!get('data-page-id') || !!get('data-anchor-target');
}

export const pageLink: Construct = {
  name: 'page-link',
  storage: {
    tags: ['ac:link'],
    test: (el) => {
      const names = childElements(el).map((c) => c.name.toLowerCase());
      if (names.includes('ri:user') || names.includes('ri:attachment')) return false;
      return resourceOf(el) !== undefined || isAnchorOnly(el) || urlOf(el) !== null;
    },
    toHub: (el, ctx) => {
      const url = urlOf(el);
      if (url !== null) {
        // `ri:url` is an external link written the Confluence way: the hub has one spelling for it.
        const text = linkBodyHub(el, ctx) ?? escapeText(url);
        return isSafeHref(url) ? element('a', { href: url }, text) : text;
      }
      const resource = resourceOf(el);
      const anchor = el.attribs['ac:anchor']?.trim() || undefined;
      const target = resource ? pageTargetOfStorage(resource) : null;
      if (target && anchor) target.anchor = anchor;
      if (target && (target.kind === 'page' || target.kind === 'blogpost') && target.title === '') {
        ctx.report.degraded('page-link', 'a page link without a title cannot be followed; kept as text');
        return linkBodyHub(el, ctx) ?? '';
      }
      const body = linkBodyHub(el, ctx) ?? escapeText(defaultText(target, anchor));
      const attrs = target ? pageTargetAttributes(target) : { 'data-anchor-target': anchor };
      return element('a', attrs, body);
    },
  },
  hub: {
    tags: ['a'],
    test: (el) => isPageLinkHub((name) => el.attribs[name]),
    toStorage: (el, ctx) => {
      const target = pageTargetOfHub((name) => el.attribs[name]);
      const anchor = el.attribs['data-anchor-target'];
      const anchorAttr = anchor ? ` ac:anchor="${escapeAttribute(anchor)}"` : '';
      if (target) {
        const page = withoutAnchor(target);
        return `<ac:link${anchorAttr}>${resourceStorage(page)}${linkBodyStorage(el, ctx, defaultText(page, undefined))}</ac:link>`;
      }
      // An anchor link always keeps its text: only page links have a text Confluence fills in.
      return `<ac:link${anchorAttr}>${linkBodyStorage(el, ctx, null)}</ac:link>`;
    },
  },
  markdown: {
    rules: {
      pageLink: {
        tags: ['a'],
        filter: (node) => node.nodeName === 'A' && isPageLinkHub((name) => asDom(node).getAttribute(name)),
        replacement: (content, node) => {
          const el = asDom(node);
          const target = pageTargetOfHub((name) => el.getAttribute(name));
          const text = content.trim() === '' ? escapeMarkdownText(el.textContent ?? '') : content;
          if (!target) {
            const anchor = el.getAttribute('data-anchor-target') ?? '';
            return `[${unwrapAutolinks(text)}](${markdownDestination(`#${currentWriteOptions().anchorFragments?.get(anchor) ?? anchor}`)})`;
          }
          const { href, title } = pageHref(target);
          return `[${unwrapAutolinks(text)}](${href}${title ? ` "${escapeLinkTitle(title)}"` : ''})`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['a'],
    test: (el) => markdownPageTarget(el) !== null,
    toHub: (el, ctx) => {
      const target = markdownPageTarget(el);
      if (target === 'anchor') {
        const fragment = decodePathPart((el.attribs.href ?? '#').slice(1));
        const anchor = currentWriteOptions().anchorNames?.get(fragment) ?? fragment;
        return element('a', { 'data-anchor-target': anchor }, ctx.children(el));
      }
      return element('a', target ? pageTargetAttributes(target) : {}, ctx.children(el));
    },
  },
};

/** The page a link of markdown-it's HTML points at, `'anchor'` for `#x`, or null for other links. */
export function markdownPageTarget(el: Element): PageTarget | 'anchor' | null {
  const href = el.attribs.href ?? '';
  if (/^#[^#\s]+$/.test(href)) return 'anchor';
  const fromHref = parsePageTarget(href);
  if (fromHref) return fromHref.attachment === undefined ? fromHref : null;
  const title = el.attribs.title;
  if (!title) return null;
  const fromTitle = parsePageTarget(title);
  if (!fromTitle || fromTitle.attachment !== undefined) return null;
  const hash = href.indexOf('#');
  if (hash >= 0) fromTitle.anchor = decodePathPart(href.slice(hash + 1));
  return fromTitle;
}

