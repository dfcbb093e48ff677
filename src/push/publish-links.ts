import * as cheerio from 'cheerio/slim';
import { posix } from 'node:path';

/** What a relative destination in a published file points at. */
export type LocalTarget =
  | { kind: 'page'; title: string; path: string }
  | { kind: 'file'; path: string }
  | { kind: 'missing'; path: string };

export interface LocalLinks {
  /** The page title of a Markdown file or folder of the tree (relative to DIR), else null. */
  pageAt(path: string): string | null;
  /** The path (relative to DIR, as spelled on disk) of the file (not a folder) at this path, else null. */
  fileAt(path: string): string | null;
  /** The Confluence anchor of the heading a GitHub fragment names in the page of this path, else null. */
  anchorAt?(path: string, fragment: string): string | null;
}

/** One page's attachments: Confluence file name -> the source file (relative to DIR). */
export type PageAttachments = Map<string, string>;

/**
 * Rewrites the hub of one published file: relative links to files of the tree become page links
 * (with their `#anchor`), relative images and links to other files become attachments of the page,
 * each file once, under its own name (a second file of the same name gets its folder in its name).
 * Links that leave DIR or name nothing are reported; external links and in-page anchors stay.
 */
export function rewriteLocalLinks(hub: string, fromFile: string, links: LocalLinks): { hub: string; attachments: PageAttachments; missing: string[] } {
  const $ = cheerio.load(hub, { xml: { xmlMode: false, decodeEntities: true } }, false);
  const attachments: PageAttachments = new Map();
  const bySource = new Map<string, string>();
  const missing: string[] = [];
  const attach = (path: string): string => {
    const known = bySource.get(path);
    if (known) return known;
    const base = path.slice(path.lastIndexOf('/') + 1);
    const name = attachments.has(base) ? path.split('/').join('_') : base;
    attachments.set(name, path);
    bySource.set(path, name);
    return name;
  };
  $('a[href]').each((_, el) => {
    if (Object.keys(el.attribs).some((name) => name.startsWith('data-'))) return;
    const found = localTarget(el.attribs.href ?? '', fromFile, links);
    if (!found) return;
    const anchor = found.anchor;
    const target = found.target;
    if (target.kind === 'missing') {
      missing.push(target.path);
      return;
    }
    delete el.attribs.href;
    delete el.attribs.title;
    if (target.kind === 'page') {
      el.attribs['data-page-title'] = target.title;
      el.attribs['data-content-type'] = 'page';
      // (a heading of the other file, named by its GitHub slug, is named by its text on the wiki)
      if (anchor) el.attribs['data-anchor-target'] = links.anchorAt?.(target.path, anchor) ?? anchor;
    } else {
      el.attribs['data-attachment'] = attach(target.path);
    }
  });
  $('img[src]').each((_, el) => {
    const found = localTarget(el.attribs.src ?? '', fromFile, links);
    if (!found) return;
    if (found.target.kind !== 'file') {
      missing.push(found.target.kind === 'missing' ? found.target.path : (el.attribs.src ?? ''));
      return;
    }
    delete el.attribs.src;
    el.attribs['data-attachment'] = attach(found.target.path);
  });
  return { hub: $.html(), attachments, missing };
}

/** The local file a destination names (relative to DIR), or null for URLs, absolute paths and in-page anchors. */
function localTarget(href: string, fromFile: string, links: LocalLinks): { target: LocalTarget; anchor: string | null } | null {
  if (href === '' || href.startsWith('#') || href.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return null;
  const hash = href.indexOf('#');
  const rawPath = (hash < 0 ? href : href.slice(0, hash)).replace(/\?.*$/, '');
  const anchor = hash < 0 ? null : decode(href.slice(hash + 1)) || null;
  const joined = posix.normalize(posix.join(posix.dirname(fromFile), decode(rawPath)));
  const path = joined.replace(/\/+$/, '');
  if (path === '..' || path.startsWith('../')) return { target: { kind: 'missing', path: decode(rawPath) }, anchor };
  const title = links.pageAt(path === '.' ? '' : path);
  if (title !== null) return { target: { kind: 'page', title, path: path === '.' ? '' : path }, anchor };
  const onDisk = links.fileAt(path);
  if (onDisk !== null) return { target: { kind: 'file', path: onDisk }, anchor };
  // A GitHub wiki links its pages without the extension: `[Install](Installation)` is Installation.md.
  const page = path !== '' && posix.extname(path) === '' ? links.pageAt(`${path}.md`) : null;
  if (page !== null) return { target: { kind: 'page', title: page, path: `${path}.md` }, anchor };
  return { target: { kind: 'missing', path }, anchor };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
