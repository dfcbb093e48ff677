import * as cheerio from 'cheerio/slim';
import { posix } from 'node:path';
import { escapeText } from '../hub/html.js';
import { githubSlug } from '../formats/markdown/heading-fragments.js';

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
  /**
   * The files of the folder (relative to DIR) an Obsidian `[[name]]` names, found by name anywhere
   * in it as Obsidian finds them (`Note` is `Note.md`; `sub/Note` a `Note.md` in a folder `sub`).
   * Without it, the name is taken as a path from DIR.
   */
  filesNamed?(name: string): string[];
}

/** One page's attachments: Confluence file name -> the source file (relative to DIR). */
export type PageAttachments = Map<string, string>;

/**
 * Rewrites the hub of one published file: relative links to files of the tree become page links
 * (with their `#anchor`), relative images and links to other files become attachments of the page,
 * each file once, under its own name (a second file of the same name gets its folder in its name).
 * Links that leave DIR or name nothing are reported; external links and in-page anchors stay.
 */
export function rewriteLocalLinks(hub: string, fromFile: string, links: LocalLinks): { hub: string; attachments: PageAttachments; missing: string[]; ambiguous: AmbiguousName[]; pages: string[] } {
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
  // The files and folders (relative to DIR) of the pages linked, whose titles the links name.
  const pages: string[] = [];
  const ambiguous = hub.includes('[[') ? expandWikiLinks($, links, attach, missing, pages) : [];
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
      pages.push(target.path);
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
  return { hub: $.html(), attachments, missing, ambiguous, pages: [...new Set(pages)] };
}

/** An Obsidian `[[name]]` that matches several files of the folder (relative to DIR), and so links none. */
export interface AmbiguousName {
  name: string;
  files: string[];
}

/** `[[Note]]`, `[[Note|shown]]`, `[[Note#Heading]]`, `![[image.png]]` (Obsidian); not across lines, not nested. */
const wikiLink = /(!?)\[\[([^[\]\n]+?)\]\]/g;

const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.bmp', '.avif']);

/**
 * Obsidian links in the text (outside code and links) become page links and attachments, as the
 * relative links they stand for do. Returns why names that match several files were not linked
 * (`[[Note]]` with a `Note.md` in two folders); names that match none go to `missing`.
 */
function expandWikiLinks($: cheerio.CheerioAPI, links: LocalLinks, attach: (path: string) => string, missing: string[], pages: string[]): AmbiguousName[] {
  const ambiguous: AmbiguousName[] = [];
  const texts = $('*').contents().toArray().filter((node) => node.type === 'text' && node.data.includes('[[') && $(node).closest('code, pre, a').length === 0);
  for (const node of texts) {
    if (node.type !== 'text') continue;
    const text = node.data;
    const pieces: string[] = [];
    let last = 0;
    for (const match of text.matchAll(wikiLink)) {
      const element = wikiElement($, match[1] === '!', match[2] as string, links, attach, missing, ambiguous, pages);
      if (element === null) continue;
      pieces.push(escapeText(text.slice(last, match.index)), element);
      last = match.index + match[0].length;
    }
    if (pieces.length === 0) continue;
    pieces.push(escapeText(text.slice(last)));
    $(node).replaceWith(pieces.join(''));
  }
  return ambiguous;
}

/** The element one `[[…]]` becomes, or null to leave it as text (it named nothing it could link). */
function wikiElement($: cheerio.CheerioAPI, embed: boolean, inner: string, links: LocalLinks, attach: (path: string) => string, missing: string[], ambiguous: AmbiguousName[], pages: string[]): string | null {
  const bar = inner.indexOf('|');
  const target = (bar < 0 ? inner : inner.slice(0, bar)).trim();
  const alias = bar < 0 ? null : inner.slice(bar + 1).trim() || null;
  const hash = target.indexOf('#');
  const name = (hash < 0 ? target : target.slice(0, hash)).trim();
  // `#^block` names a block, which Confluence has no anchor for: the link goes to the page.
  const heading = hash < 0 ? null : target.slice(hash + 1).trim().replace(/^\^.*$/, '') || null;
  if (name === '') return null;
  const found = links.filesNamed ? links.filesNamed(name) : [name, `${name}.md`].filter((p) => links.pageAt(p) !== null || links.fileAt(p) !== null).slice(0, 1);
  if (found.length === 0) {
    missing.push(`[[${name}]]`);
    return null;
  }
  if (found.length > 1) {
    ambiguous.push({ name, files: found });
    return null;
  }
  const path = found[0] as string;
  const shown = alias ?? (heading ? `${name} > ${heading}` : name);
  const title = links.pageAt(path);
  if (title !== null) {
    pages.push(path);
    const anchor = heading ? (links.anchorAt?.(path, githubSlug(heading)) ?? heading) : null;
    const el = $('<a></a>').attr({ 'data-page-title': title, 'data-content-type': 'page', ...(anchor ? { 'data-anchor-target': anchor } : {}) }).text(shown);
    return $.html(el);
  }
  const file = links.fileAt(path);
  if (file === null) {
    missing.push(path);
    return null;
  }
  if (embed && imageExtensions.has(posix.extname(file).toLowerCase())) {
    // `![[chart.png|300]]` gives a width in Obsidian, not a description.
    const attributes: Record<string, string> = { 'data-attachment': attach(file) };
    if (alias !== null && !/^\d+(x\d+)?$/.test(alias)) attributes.alt = alias;
    return $.html($('<img>').attr(attributes));
  }
  return $.html($('<a></a>').attr({ 'data-attachment': attach(file) }).text(alias ?? posix.basename(file)));
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
