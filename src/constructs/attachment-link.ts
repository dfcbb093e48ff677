import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { unwrapAutolinks } from '../formats/markdown/escape-text.js';
import { element, escapeAttribute, escapeText } from '../hub/html.js';
import { currentWriteOptions } from '../hub/write-options.js';
import { childElements, firstChild } from '../formats/storage/storage-dom.js';
import { linkBodyHub, linkBodyStorage } from './link-body.js';
import { markdownDestination } from './link.js';
import { escapeMarkdownText } from './markdown-escape.js';
import { pageTargetOfHub, pageTargetOfStorage, pageTargetAttributes, resourceStorage } from './page-link.js';
import { asDom } from './turndown-node.js';
import { decodePathPart, encodePathPart, pageTargetUrl, parsePageTarget, type PageTarget } from './wiki-urls.js';

/**
 * Links to attachments (`<ac:link><ri:attachment ri:filename="…"/></ac:link>`). Markdown spelling:
 * a link into the page's attachments folder (`attachments/<file>`, or ConvertOptions.attachmentsDir),
 * or, for an attachment of another page, that page's wiki URL with `?preview=<file>`.
 */
export function attachmentsDir(): string {
  return (currentWriteOptions().attachmentsDir ?? 'attachments').replace(/\/+$/, '');
}

export function attachmentPath(filename: string): string {
  const own = currentWriteOptions().attachmentPaths?.get(filename);
  if (own !== undefined) return own.split('/').map(encodePathPart).join('/');
  const dir = attachmentsDir();
  return `${dir === '' ? '' : `${dir}/`}${encodePathPart(filename)}`;
}

/** The attachment file name of a local attachments-folder path, or null. */
export function attachmentOfPath(href: string): string | null {
  const dir = attachmentsDir();
  const prefix = dir === '' ? '' : `${dir}/`;
  if (!href.startsWith(prefix)) return null;
  const rest = href.slice(prefix.length);
  if (rest === '' || rest.includes('/') || /^[a-z][a-z0-9+.-]*:/i.test(rest)) return null;
  return decodePathPart(rest);
}

/** The attachment's own file name and, when it belongs to another page, that page. */
export function attachmentOfStorage(attachment: Element): { filename: string; owner: PageTarget | null } {
  const owner = childElements(attachment).find((c) => ['ri:page', 'ri:blog-post'].includes(c.name.toLowerCase()));
  return { filename: attachment.attribs['ri:filename'] ?? '', owner: owner ? pageTargetOfStorage(owner) : null };
}

export function attachmentHubAttributes(filename: string, owner: PageTarget | null): Record<string, string | undefined> {
  const ownerAttrs = owner ? pageTargetAttributes(owner) : {};
  return {
    'data-attachment': filename,
    'data-page-title': ownerAttrs['data-page-title'],
    'data-space-key': ownerAttrs['data-space-key'],
    'data-content-type': owner ? ownerAttrs['data-content-type'] : undefined,
    'data-posting-day': ownerAttrs['data-posting-day'],
  };
}

export function attachmentStorage(get: (name: string) => string | undefined): string {
  const filename = get('data-attachment') ?? '';
  const owner = pageTargetOfHub(get);
  const inner = owner ? resourceStorage(owner) : '';
  return inner === ''
    ? `<ri:attachment ri:filename="${escapeAttribute(filename)}" />`
    : `<ri:attachment ri:filename="${escapeAttribute(filename)}">${inner}</ri:attachment>`;
}

/** Markdown destination of an attachment. */
export function attachmentHref(filename: string, owner: PageTarget | null): string {
  return markdownDestination(owner ? pageTargetUrl(Object.assign({}, owner, { attachment: filename })) : attachmentPath(filename));
}

/** Attachment and owner page of a Markdown link or image destination, or null. */
export function attachmentOfHref(href: string): { filename: string; owner: PageTarget | null } | null {
  const local = attachmentOfPath(href);
  if (local !== null) return { filename: local, owner: null };
  const target = parsePageTarget(href);
  if (target?.attachment === undefined) return null;
  const owner: PageTarget = { ...target };
  delete owner.attachment;
  return { filename: target.attachment, owner };
}

export const attachmentLink: Construct = {
  name: 'attachment-link',
  storage: {
    tags: ['ac:link'],
    test: (el) => firstChild(el, 'ri:attachment') !== undefined,
    toHub: (el, ctx) => {
      const { filename, owner } = attachmentOfStorage(firstChild(el, 'ri:attachment') as Element);
      if (filename === '') {
        ctx.report.warn('attachment-link', 'a link to an attachment without a file name was dropped');
        return linkBodyHub(el, ctx) ?? '';
      }
      return element('a', attachmentHubAttributes(filename, owner), linkBodyHub(el, ctx) ?? escapeText(filename));
    },
  },
  hub: {
    tags: ['a'],
    test: (el) => el.attribs['data-attachment'] !== undefined,
    toStorage: (el, ctx) => {
      const get = (name: string): string | undefined => el.attribs[name];
      return `<ac:link>${attachmentStorage(get)}${linkBodyStorage(el, ctx, get('data-attachment') ?? '')}</ac:link>`;
    },
  },
  markdown: {
    rules: {
      attachmentLink: {
        tags: ['a'],
        filter: (node) => node.nodeName === 'A' && node.hasAttribute('data-attachment'),
        replacement: (content, node) => {
          const el = asDom(node);
          const filename = el.getAttribute('data-attachment') ?? '';
          const owner = pageTargetOfHub((name) => el.getAttribute(name));
          const text = content.trim() === '' ? escapeMarkdownText(filename) : content;
          return `[${unwrapAutolinks(text)}](${attachmentHref(filename, owner)})`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['a'],
    test: (el) => attachmentOfHref(el.attribs.href ?? '') !== null,
    toHub: (el, ctx) => {
      const found = attachmentOfHref(el.attribs.href ?? '') ?? { filename: '', owner: null };
      return element('a', attachmentHubAttributes(found.filename, found.owner), ctx.children(el));
    },
  },
};

