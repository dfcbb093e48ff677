import { currentWriteOptions } from '../hub/write-options.js';

/**
 * Stable wiki URLs for links whose target has no exported file: page and blog-post links, user
 * profiles, attachments of other pages. They are real Confluence URL shapes (`/display/KEY/Title`,
 * `/pages/viewpage.action?…`, `/people/<id>`), prefixed with the site base URL when one is known,
 * and they parse back to the same target, which is what lets Markdown links become `ac:link`
 * again. Only host-less paths or paths under the known base URL are parsed: a link to some other
 * wiki stays an external link.
 */

export interface PageTarget {
  kind: 'page' | 'blogpost' | 'space' | 'page-id';
  title?: string;
  spaceKey?: string;
  /** `YYYY/MM/DD`, blog posts only. */
  postingDay?: string;
  pageId?: string;
  anchor?: string;
  /** An attachment of that page (`?preview=<file>`). */
  attachment?: string;
}

export type UserTarget = { accountId: string } | { userKey: string } | { username: string };

export function siteBase(): string {
  return (currentWriteOptions().baseUrl ?? '').replace(/\/+$/, '');
}

/** `+` for spaces, everything else that could end a Markdown link destination percent-encoded. */
function encodeTitle(text: string): string {
  return encodeURIComponent(text)
    .replace(/%20/g, '+')
    .replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeTitle(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** One path segment, percent-encoded, but with the `:` of account ids left readable. */
export function encodePathPart(text: string): string {
  return encodeURIComponent(text)
    .replace(/%3A/gi, ':')
    .replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function decodePathPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The path (no base) of a page, blog post, space or page id, with its anchor or attachment. */
export function pageTargetPath(target: PageTarget): string {
  const query: string[] = [];
  let path: string;
  const title = target.title ?? '';
  if (target.kind === 'page-id') {
    path = '/pages/viewpage.action';
    query.push(`pageId=${encodeTitle(target.pageId ?? '')}`);
  } else if (target.kind === 'space') {
    path = `/display/${encodeTitle(target.spaceKey ?? '')}`;
  } else if (target.spaceKey) {
    const day = target.kind === 'blogpost' && target.postingDay ? `${target.postingDay}/` : '';
    path = `/display/${encodeTitle(target.spaceKey)}/${day}${encodeTitle(title)}`;
  } else {
    path = '/pages/viewpage.action';
    query.push(`title=${encodeTitle(title)}`);
    if (target.kind === 'blogpost' && target.postingDay) query.push(`postingDay=${target.postingDay}`);
  }
  if (target.attachment !== undefined) query.push(`preview=${encodeTitle(target.attachment)}`);
  const q = query.length > 0 ? `?${query.join('&')}` : '';
  const hash = target.anchor ? `#${encodePathPart(target.anchor)}` : '';
  return `${path}${q}${hash}`;
}

export function pageTargetUrl(target: PageTarget): string {
  return `${siteBase()}${pageTargetPath(target)}`;
}

/** The wiki path of an href written by `pageTargetUrl`/`userUrl`, or null for any other link. */
export function wikiPath(href: string): string | null {
  const base = siteBase();
  if (base && href.startsWith(`${base}/`)) return href.slice(base.length);
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  return null;
}

export function parsePageTarget(href: string): PageTarget | null {
  const path = wikiPath(href);
  if (path === null) return null;
  const hashAt = path.indexOf('#');
  const anchor = hashAt >= 0 ? decodePathPart(path.slice(hashAt + 1)) : undefined;
  const beforeHash = hashAt >= 0 ? path.slice(0, hashAt) : path;
  const queryAt = beforeHash.indexOf('?');
  const pathname = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const query = new Map<string, string>();
  if (queryAt >= 0) {
    for (const pair of beforeHash.slice(queryAt + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq > 0) query.set(pair.slice(0, eq), decodeTitle(pair.slice(eq + 1)));
    }
  }
  const extra: Pick<PageTarget, 'anchor' | 'attachment'> = {};
  if (anchor) extra.anchor = anchor;
  const attachment = query.get('preview');
  if (attachment !== undefined) extra.attachment = attachment;

  if (pathname === '/pages/viewpage.action') {
    const pageId = query.get('pageId');
    if (pageId) return { kind: 'page-id', pageId, ...extra };
    const title = query.get('title');
    if (title === undefined) return null;
    const postingDay = query.get('postingDay');
    return postingDay ? { kind: 'blogpost', title, postingDay, ...extra } : { kind: 'page', title, ...extra };
  }
  const display = /^\/display\/([^/~][^/]*)(?:\/(\d{4}\/\d{2}\/\d{2})\/([^/]+)|\/([^/]+))?\/?$/.exec(pathname);
  if (!display) return null;
  const spaceKey = decodeTitle(display[1] ?? '');
  if (display[3] !== undefined) {
    return { kind: 'blogpost', spaceKey, postingDay: display[2] ?? '', title: decodeTitle(display[3]), ...extra };
  }
  if (display[4] !== undefined) return { kind: 'page', spaceKey, title: decodeTitle(display[4]), ...extra };
  return { kind: 'space', spaceKey, ...extra };
}

/** Account ids look like `557058:<uuid>` or 24 hex digits; anything else in `/people/` is a user key. */
export function looksLikeAccountId(id: string): boolean {
  return /^\d+:[0-9a-f-]{8,}$/i.test(id) || /^[0-9a-f]{24}$/i.test(id);
}

export function userPath(user: UserTarget): string {
  if ('username' in user) return `/display/~${encodePathPart(user.username)}`;
  return `/people/${encodePathPart('accountId' in user ? user.accountId : user.userKey)}`;
}

export function userUrl(user: UserTarget): string {
  return `${siteBase()}${userPath(user)}`;
}

export function parseUserTarget(href: string): UserTarget | null {
  const path = wikiPath(href);
  if (path === null) return null;
  const people = /^\/people\/([^/?#]+)$/.exec(path);
  if (people) {
    const id = decodePathPart(people[1] ?? '');
    return looksLikeAccountId(id) ? { accountId: id } : { userKey: id };
  }
  const tilde = /^\/display\/~([^/?#]+)$/.exec(path);
  if (tilde) return { username: decodePathPart(tilde[1] ?? '') };
  return null;
}
