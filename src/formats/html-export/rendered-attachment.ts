import type { Cheerio } from 'cheerio';
import type { Element } from 'domhandler';
import type { RenderedContext } from './rendered-rule.js';

export interface AttachmentRef {
  name: string;
  /** The owner page, when it is not the page being read. */
  ownerTitle: string | null;
}

/** `attachments/PAGE/ATT.ext` or `attachments/thumbnails/PAGE/ATT` (a thumbnail stands for its attachment). */
const ATTACHMENT_PATH = /^(?:\.\/)?attachments\/(?:thumbnails\/)?(\d+|[^/]+)\/([^/?#]+)/;

/**
 * Which attachment an `img` or `a` of the rendered page refers to: the file name Confluence
 * records on the element, else the name the page's Attachments section gives its path.
 */
export function attachmentOf($el: Cheerio<Element>, ctx: RenderedContext): AttachmentRef | null {
  const type = $el.attr('data-linked-resource-type');
  const path = $el.attr('data-image-src') ?? $el.attr('href') ?? $el.attr('src') ?? '';
  const match = ATTACHMENT_PATH.exec(decodeURI(path));
  if (type !== 'attachment' && !match) return null;
  const fromSection = match ? (ctx.attachmentByPath(`attachments/${match[1]}/${match[2]}`) ?? ctx.attachmentByPath(path)) : null;
  const name = $el.attr('data-linked-resource-default-alias') ?? fromSection?.name ?? (match ? match[2] : null);
  if (!name) return null;
  const owner = $el.attr('data-linked-resource-container-id') ?? fromSection?.pageId ?? match?.[1] ?? null;
  const ownerTitle = owner && owner !== ctx.pageId ? (ctx.pageById(owner)?.title ?? null) : null;
  return { name, ownerTitle };
}
