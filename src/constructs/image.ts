import type { Element } from 'domhandler';
import { load } from 'cheerio/slim';
import { markdownWriterOf, type Construct, type MarkdownReadContext, type StorageReadContext } from './construct.js';
import { element, escapeAttribute, escapeText, paramsJson, parseParamsJson } from '../hub/html.js';
import { childElements, firstChild, hasBlockBody, isElement, tagName, textContent } from '../formats/storage/storage-dom.js';
import { attachmentHref, attachmentHubAttributes, attachmentOfHref, attachmentOfStorage, attachmentStorage } from './attachment-link.js';
import { markdownDestination } from './link.js';
import { escapeLinkTitle, escapeMarkdownText } from './markdown-escape.js';
import { pageTargetOfHub } from './page-link.js';
import { asDom } from './turndown-node.js';
import { decodeOpaquePayload, encodeOpaquePayload } from '../hub/opaque.js';

/**
 * Images (`ac:image` with `ri:attachment` or `ri:url`). Markdown spelling: `![alt](attachments/file.png)`
 * or `![alt](https://…)`. A caption is visible text in Confluence, so it is written twice: as the
 * image title and as emphasis right after the image (`![a](f.png "Cap") *Cap*`); the reader
 * recognises the pair and restores `ac:caption`. Sizes and other `ac:` attributes follow the image
 * in an invisible comment (below).
 */
const SIZE_ATTRIBUTES = new Set(['ac:width', 'ac:height', 'ac:alt']);

function imageParams(el: Element): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(el.attribs)) {
    if (name.startsWith('ac:') && !SIZE_ATTRIBUTES.has(name)) params[name.slice(3)] = value;
  }
  return params;
}

export function captionOf(el: Element): string | undefined {
  const caption = firstChild(el, 'ac:caption');
  const text = caption ? textContent(caption).replace(/\s+/g, ' ').trim() : '';
  return text === '' ? undefined : text;
}

function sourceAttributes(el: Element): Record<string, string | undefined> | null {
  const attachment = firstChild(el, 'ri:attachment');
  if (attachment) {
    const { filename, owner } = attachmentOfStorage(attachment);
    return filename === '' ? null : attachmentHubAttributes(filename, owner);
  }
  const url = firstChild(el, 'ri:url')?.attribs['ri:value']?.trim();
  return url ? { src: url } : null;
}

export const image: Construct = {
  name: 'image',
  storage: {
    tags: ['ac:image', 'img'],
    toHub: (el, ctx) => {
      if (el.name.toLowerCase() === 'img') {
        const src = el.attribs.src?.trim();
        return src ? element('img', { src, alt: el.attribs.alt }) : '';
      }
      const source = sourceAttributes(el);
      if (!source) {
        ctx.report.warn('image', 'an image without attachment or URL is kept invisibly');
        return ctx.opaque(el);
      }
      // Object.assign, not `{ ...source, alt, … }`: V8 builds a spread that adds keys one key at a time (docs/benchmarks.md).
      const img = element('img', Object.assign({}, source, {
        alt: el.attribs['ac:alt'],
        width: el.attribs['ac:width'],
        height: el.attribs['ac:height'],
        'data-caption': captionOf(el),
        'data-caption-html': captionHtml(el, ctx),
        'data-params': paramsJson(imageParams(el)),
      }));
      return standsAsBlock(el) ? `<p>${img}</p>` : img;
    },
  },
  hub: {
    tags: ['img'],
    toStorage: (el, ctx) => {
      const a = el.attribs;
      const attrs: [string, string | undefined][] = [['ac:alt', a.alt], ['ac:height', a.height], ['ac:width', a.width]];
      for (const [name, value] of Object.entries(parseParamsJson(a['data-params']))) attrs.push([`ac:${name}`, value]);
      const attrText = attrs
        .filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
        .join('');
      const source = a['data-attachment'] !== undefined
        ? attachmentStorage((name) => a[name])
        : `<ri:url ri:value="${escapeAttribute(a.src ?? '')}" />`;
      const marked = a['data-caption-html'];
      const captionStorage = marked ? ctx.nodes(load(marked, { xml: { xmlMode: false, decodeEntities: true } }, false).root()[0]!.children) : escapeText(a['data-caption'] ?? '');
      const caption = a['data-caption'] ? `<ac:caption><p>${captionStorage}</p></ac:caption>` : '';
      return `<ac:image${attrText}>${source}${caption}</ac:image>`;
    },
  },
  markdown: {
    rules: {
      image: {
        filter: 'img',
        replacement: (_content, node, options) => {
          const el = asDom(node);
          const filename = el.getAttribute('data-attachment');
          const href = filename !== null
            ? attachmentHref(filename, pageTargetOfHub((name) => el.getAttribute(name)))
            : markdownDestination(el.getAttribute('src') ?? '');
          const alt = altText(el.getAttribute('alt') || defaultAlt(filename ?? el.getAttribute('src') ?? ''));
          const caption = el.getAttribute('data-caption');
          const extras = extrasComment(el.getAttribute('width'), el.getAttribute('height'), el.getAttribute('data-params'));
          if (!caption) return `![${alt}](${href})${extras}`;
          return `![${alt}](${href} "${escapeLinkTitle(caption)}")${extras} *${captionMarkdown(caption, el.getAttribute('data-caption-html'), markdownWriterOf(options))}*`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['img', 'em'],
    test: (el) => el.name.toLowerCase() === 'img' || isCaptionEcho(el),
    toHub: (el, ctx) => {
      if (el.name.toLowerCase() === 'em') return '';
      const src = el.attribs.src ?? '';
      const attachment = attachmentOfHref(src);
      const source = attachment ? attachmentHubAttributes(attachment.filename, attachment.owner) : { src };
      const given = el.attribs.alt ?? '';
      const alt = given === '' || given === defaultAlt(attachment ? attachment.filename : src) ? undefined : given;
      const extras = extrasOf(el);
      return element('img', Object.assign({}, source, {
        alt,
        width: extras.width,
        height: extras.height,
        'data-caption': el.attribs.title || undefined,
        'data-caption-html': markedEcho(el, ctx),
        'data-params': extras.params,
      }));
    },
  },
};

/**
 * An image that stands between blocks, outside any paragraph (`<h2>…</h2><ac:image>…<ac:image>…`),
 * is a block of its own in Confluence: each shows on its own line, its caption under it. Read as a
 * paragraph of its own, so that Markdown does not run such images (and their captions) into one line.
 */
function standsAsBlock(el: Element): boolean {
  const parent = el.parent;
  if (!parent) return false;
  // Alone in a table cell or a list item, an image is already on a line of its own.
  if (isElement(parent) && !BLOCK_PARENTS.has(tagName(parent))) return false;
  return parent.children.every((sibling) => {
    if (sibling === el) return true;
    if (sibling.type === 'text') return sibling.data.trim() === '';
    if (sibling.type === 'comment') return true;
    if (!isElement(sibling)) return false;
    const name = tagName(sibling);
    return name === 'ac:image' || BLOCK_SIBLINGS.has(name) || (name === 'ac:structured-macro' && hasBlockBody(sibling));
  });
}

const BLOCK_PARENTS = new Set(['ac:rich-text-body', 'ac:layout-cell', 'div', 'blockquote', 'body']);
const BLOCK_SIBLINGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div', 'blockquote', 'pre', 'hr',
  'ac:task-list', 'ac:layout', 'ac:adf-extension',
]);

/**
 * Alt text as Markdown. markdown-it drops backslash-escaped characters from image alt text, so
 * nothing is escaped: brackets become parentheses and emphasis markers are left out.
 */
function altText(alt: string): string {
  return alt.replace(/\[/g, '(').replace(/]/g, ')').replace(/[\\*`<>]/g, '').replace(/\s+/g, ' ').trim();
}

/** Alt text for an image that has none (Markdown linters want one): its file name. */
function defaultAlt(source: string): string {
  const path = source.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Sizes and other `ac:` attributes have no Markdown spelling: they ride in an invisible comment
 * right after the image, `![a](f.png)<!-- wikiport:image {"width":"240"} -->`, escaped like the
 * opaque comments so it can neither end early nor split a table row.
 */
const EXTRAS_PREFIX = ' wikiport:image ';

function extrasComment(width: string | null, height: string | null, params: string | null): string {
  const extras: Record<string, unknown> = {};
  if (width) extras.width = width;
  if (height) extras.height = height;
  const parsed = parseParamsJson(params ?? undefined);
  if (Object.keys(parsed).length > 0) extras.params = parsed;
  if (Object.keys(extras).length === 0) return '';
  return `<!--${EXTRAS_PREFIX}${encodeOpaquePayload(JSON.stringify(extras))} -->`;
}

function extrasOf(img: Element): { width?: string; height?: string; params?: string } {
  const next = img.next;
  if (next?.type !== 'comment' || !next.data.startsWith(EXTRAS_PREFIX)) return {};
  try {
    const value: unknown = JSON.parse(decodeOpaquePayload(next.data.slice(EXTRAS_PREFIX.length).trim()));
    if (!value || typeof value !== 'object') return {};
    const { width, height, params } = value as { width?: unknown; height?: unknown; params?: unknown };
    const out: { width?: string; height?: string; params?: string } = {};
    if (typeof width === 'string') out.width = width;
    if (typeof height === 'string') out.height = height;
    if (params && typeof params === 'object') {
      const json = paramsJson(Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string')));
      if (json) out.params = json;
    }
    return out;
  } catch {
    return {};
  }
}

/** The emphasis right after a captioned image that repeats its caption (see above). */
function isCaptionEcho(em: Element): boolean {
  let prev = em.prev;
  if (prev?.type === 'text' && prev.data.trim() === '') prev = prev.prev;
  if (prev?.type === 'comment' && prev.data.startsWith(EXTRAS_PREFIX)) prev = prev.prev;
  if (!prev || prev.type !== 'tag' || (prev as Element).name !== 'img') return false;
  const title = (prev as Element).attribs.title;
  return !!title && textContent(em) === title;
}

/** The hub HTML of the caption under a Markdown image, when the line repeating it holds markup (a link, bold, code). */
function markedEcho(img: Element, ctx: MarkdownReadContext): string | undefined {
  let next = img.next;
  if (next?.type === 'comment' && next.data.startsWith(EXTRAS_PREFIX)) next = next.next;
  const space = next?.type === 'text' && next.data.trim() === '' ? next : null;
  if (space) next = space.next;
  if (!next || next.type !== 'tag' || (next as Element).name !== 'em' || !isCaptionEcho(next as Element)) return undefined;
  // The space before the repeated caption goes with it (else the paragraph ends in a space after the image).
  if (space) space.data = '';
  return childElements(next as Element).length > 0 ? ctx.children(next as Element).trim() : undefined;
}

/**
 * A caption's markup (links, bold, code: what a reader sees in Confluence) as hub HTML, or
 * undefined for a caption of plain text (`data-caption` holds its words either way).
 */
function captionHtml(image: Element, ctx: StorageReadContext): string | undefined {
  const caption = firstChild(image, 'ac:caption');
  if (!caption) return undefined;
  const parts = childElements(caption);
  const body = parts.length === 1 && tagName(parts[0]!) === 'p' && textContent(caption).trim() === textContent(parts[0]!).trim() ? parts[0]! : caption;
  if (childElements(body).length === 0) return undefined;
  const html = ctx.children(body).trim();
  return /<(?:p|ul|ol|div|table|pre|h[1-6]|blockquote|details|hr)[\s>]/.test(html) ? undefined : html;
}

/** The line under a captioned image: the caption's Markdown (its markup kept) on one line, else its escaped words. */
function captionMarkdown(caption: string, html: string | null, toMarkdown: (html: string) => string): string {
  if (html === null || html === '') return escapeMarkdownText(caption);
  const written = toMarkdown(html).trim();
  return written === '' || written.includes('\n') ? escapeMarkdownText(caption) : written;
}
