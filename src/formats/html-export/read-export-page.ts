// formats/html-export/: pure readers of one exported HTML page and of the export's index into the hub. No disk access: bytes in, hub out.
import { fullCheerio } from '../../hub/full-cheerio.js';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { PageMeta } from '../../model/page-meta.js';
import { renderedToHub } from './rendered-to-hub.js';
import type { RenderedContext } from './rendered-rule.js';

export interface ExportAttachment {
  /** Path inside the export: `attachments/123/456.png`. */
  path: string;
  /** The original file name, as the Attachments section shows it. */
  name: string;
  mimeType: string | null;
}

export interface ExportPage {
  hub: string;
  meta: Partial<PageMeta>;
  attachments: ExportAttachment[];
  /** Ancestor titles from the breadcrumbs, space home first (the space itself left out). */
  breadcrumbs: string[];
}

/**
 * One page file of an HTML space export: the title (without the "Space name : " prefix), the
 * dates of the page-metadata line, the Attachments section, and `#main-content` as hub HTML.
 * Breadcrumbs, title heading, metadata, attachments list and footer are chrome and are dropped. Pure.
 */
export function readExportPage(html: string, ctx: RenderedContext, spaceName: string | null = null): ExportPage {
  const $ = fullCheerio().load(html);
  const heading = ($('#title-text').text() || $('#title-heading').text() || $('title').text()).replace(/\s+/g, ' ').trim();
  const title = stripSpacePrefix(heading, spaceName);
  const meta: Partial<PageMeta> = { title: title || null };
  if (ctx.spaceKey) meta.spaceKey = ctx.spaceKey;
  Object.assign(meta, metadataDates($('.page-metadata').first().text()));
  const attachments = attachmentsSection($);
  const breadcrumbs = $('#breadcrumbs li')
    .toArray()
    .slice(1)
    .map((li) => $(li).text().replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const main = $('#main-content');
  if (main.length === 0) ctx.report.warn('page', 'no #main-content element: the page body was taken from <body>');
  const content = main.length ? (main.html() ?? '') : ($('body').html() ?? '');
  return { hub: renderedToHub(content, ctx), meta, attachments, breadcrumbs };
}

/**
 * The attachments a page file lists, without converting its body (the export's first pass): only
 * the tail of the file from the Attachments heading on is parsed, which is all it needs.
 */
export function readAttachmentsSection(html: string): ExportAttachment[] {
  const at = html.search(/<h2[^>]*\bid="attachments"/);
  if (at < 0) return [];
  const footer = html.indexOf('id="footer"', at);
  return attachmentLinks(fullCheerio().load(html.slice(at, footer < 0 ? undefined : footer), null, false)('a[href]'));
}

function attachmentsSection($: CheerioAPI): ExportAttachment[] {
  return attachmentLinks($('h2#attachments').closest('.pageSection').find('.greybox a[href]'));
}

function attachmentLinks(links: Cheerio<Element>): ExportAttachment[] {
  return links
    .toArray()
    .map((a) => {
      const after = a.nextSibling && a.nextSibling.type === 'text' ? a.nextSibling.data : '';
      const mime = /^\s*\(([^)]+)\)/.exec(after)?.[1] ?? null;
      return { path: decodeURI(a.attribs.href ?? ''), name: textOf(a), mimeType: mime };
    })
    .filter((a) => a.path.startsWith('attachments/') && a.name);
}

/** "LDCG Space : Page: with colon" -> "Page: with colon"; the space name is known from index.html. */
function stripSpacePrefix(heading: string, spaceName: string | null): string {
  if (spaceName && heading.startsWith(`${spaceName} : `)) return heading.slice(spaceName.length + 3).trim();
  const at = heading.indexOf(' : ');
  return at >= 0 ? heading.slice(at + 3).trim() : heading;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Created by A, last modified by B on Mar 28, 2024" / "Created by A on Apr 17, 2020". */
export function metadataDates(text: string): Partial<PageMeta> {
  const line = text.replace(/\s+/g, ' ').trim();
  const date = /\bon ([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4})\s*$/.exec(line);
  if (!date) return {};
  const month = MONTHS.indexOf((date[1] ?? '').toLowerCase()) + 1;
  if (month === 0) return {};
  const iso = `${date[3]}-${String(month).padStart(2, '0')}-${(date[2] ?? '').padStart(2, '0')}`;
  return /last modified/i.test(line) ? { updatedAt: iso } : { createdAt: iso, updatedAt: iso };
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  return 'children' in node ? node.children.map(textOf).join('').trim() : '';
}
