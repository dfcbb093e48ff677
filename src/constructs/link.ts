import type { AnyNode, Element } from 'domhandler';
import type { Construct } from './construct.js';
import { element, escapeAttribute, escapeText } from '../hub/html.js';
import { textContent } from '../formats/storage/storage-dom.js';
import { markdownParser } from '../formats/markdown/markdown-parser.js';
import { unwrapAutolinks } from '../formats/markdown/escape-text.js';

/** Links that are plain HTML `<a href>` to another site (Confluence's own links are `ac:link`). */
export const link: Construct = {
  name: 'link',
  storage: {
    tags: ['a'],
    toHub: (el, ctx) => {
      const inner = ctx.children(el);
      const href = (el.attribs.href ?? '').trim();
      if (href === '' || !isSafeHref(href)) {
        if (href !== '') ctx.report.redacted('link', `unsafe link target dropped (${href.slice(0, 30)}...)`);
        return inner;
      }
      const heading = href.startsWith('#') ? headingOfFragment(el, href.slice(1)) : null;
      if (heading !== null) return element('a', { 'data-anchor-target': heading }, inner.trim() === '' ? escapeText(heading) : inner);
      return `<a href="${escapeAttribute(href)}">${inner.trim() === '' ? escapeAttribute(href) : inner}</a>`;
    },
  },
  hub: {
    tags: ['a'],
    test: (el) => el.attribs.href !== undefined && !Object.keys(el.attribs).some((k) => k.startsWith('data-')),
    toStorage: (el, ctx) => `<a href="${escapeAttribute(el.attribs.href ?? '')}">${ctx.children(el)}</a>`,
  },
  markdown: {
    rules: {
      link: {
        tags: ['a'],
        filter: (node) => node.nodeName === 'A' && node.hasAttribute('href') && !hasDataAttribute(node),
        replacement: (content, node) => {
          const href = node.getAttribute('href') ?? '';
          if (!isSafeHref(href)) return content;
          const text = content.trim() === '' ? escapeLinkText(href) : content;
          if (content === `<${href}>`) return content;
          // An e-mail address linked to itself: the text wrote it `<name@host>`, an autolink to `mailto:`.
          if (/^mailto:/i.test(href) && content === `<${href.slice('mailto:'.length)}>`) return content;
          return `[${unwrapAutolinks(text)}](${markdownDestination(href)})`;
        },
      },
    },
  },
};

/**
 * The text of the heading a same-page fragment names, or null: a heading whose `id` it is (tools
 * that write storage from Markdown give headings ids), or Confluence's own fragment for a heading,
 * its text with hyphens for spaces (`#Basic-features`). Such a link is a link to that heading,
 * as an `ac:link ac:anchor` is, and is written with the heading's GitHub slug.
 */
function headingOfFragment(el: Element, fragment: string): string | null {
  let root: AnyNode = el;
  while (root.parent) root = root.parent;
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // A malformed escape: compare the fragment as written.
  }
  const targets = headingTargetsOf(root);
  return targets.byId.get(decoded) ?? targets.byText.get(decoded) ?? null;
}

interface HeadingTargets {
  byId: Map<string, string>;
  byText: Map<string, string>;
}

/** The headings of one parsed page, by id and by Confluence fragment: found once per page. */
const headingTargets = new WeakMap<AnyNode, HeadingTargets>();

function headingTargetsOf(root: AnyNode): HeadingTargets {
  const known = headingTargets.get(root);
  if (known) return known;
  const targets: HeadingTargets = { byId: new Map(), byText: new Map() };
  const stack: AnyNode[] = ['children' in root ? [...(root as Element).children].reverse() : []].flat();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    const child = node as Element;
    if (/^h[1-6]$/.test(child.name)) {
      const text = textContent(child).replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      const id = child.attribs.id;
      if (id !== undefined && !targets.byId.has(id)) targets.byId.set(id, text);
      const confluence = text.replace(/ /g, '-');
      if (!targets.byText.has(confluence)) targets.byText.set(confluence, text);
      continue;
    }
    for (let i = child.children.length - 1; i >= 0; i--) stack.push(child.children[i] as AnyNode);
  }
  headingTargets.set(root, targets);
  return targets;
}

export function isSafeHref(href: string): boolean {
  const scheme = linkScheme(href);
  return scheme === undefined || ['http', 'https', 'mailto', 'tel', 'ftp', 'sftp', 'file', 'news', 'irc'].includes(scheme);
}

/** A link's scheme in lower case, as a browser reads it (control characters and spaces ignored); undefined when relative. */
export function linkScheme(href: string): string | undefined {
  let cleaned = '';
  for (const c of href) if (c.charCodeAt(0) > 0x20) cleaned += c;
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** A link destination Markdown reads back unchanged: `<...>` when it has parentheses. */
export function markdownDestination(href: string): string {
  // Normalized the way markdown-it normalizes it when reading, so the round trip is a fixed point.
  const normalized = normalizedLink(href.trim());
  return /[()<>\s]/.test(normalized) ? `<${normalized.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>` : normalized;
}

/**
 * Characters markdown-it's link normalization (mdurl's `encode`) leaves as they are, and a `%`
 * that already starts an escape: a destination made of these alone is not re-encoded.
 */
const URL_SAFE = String.raw`(?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]|%[0-9A-Fa-f]{2})*`;
/** No scheme and no `//` host: mdurl parses and formats such a path back as it was. */
const PLAIN_RELATIVE = new RegExp(String.raw`^(?![A-Za-z0-9.+-]*:)(?!\/\/)${URL_SAFE}$`);
/** http(s) with an ASCII host name of well-formed labels (no user, no port): the host is not re-encoded either. */
const PLAIN_WEB = new RegExp(String.raw`^https?:\/\/(?=[A-Za-z0-9.-]{1,255}(?:[/?#]|$))(?:[A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}(?:[/?#]${URL_SAFE})?$`);

/**
 * markdown-it's `normalizeLink` (parse, host name to punycode, percent-encode), without running it
 * for the destinations it returns unchanged: most links of a page are plain relative paths and
 * ASCII web addresses, and the full normalization was a few percent of the Markdown writer.
 * test/constructs/link-destination.test.ts holds the two to the same answers.
 */
export function normalizedLink(href: string): string {
  if (PLAIN_RELATIVE.test(href) || PLAIN_WEB.test(href)) return href;
  return markdownParser().normalizeLink(href);
}

function escapeLinkText(text: string): string {
  return text.replace(/([\\[\]*_`])/g, '\\$1');
}

function hasDataAttribute(node: { attributes: ArrayLike<{ name: string }> }): boolean {
  for (let i = 0; i < node.attributes.length; i++) if (node.attributes[i]?.name.startsWith('data-')) return true;
  return false;
}
