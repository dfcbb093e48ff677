import { parseCql } from './cql.js';
import { currentUserId } from './current-user.js';
import { SandboxHttpError } from './errors.js';
import type { Reply, RequestContext, Route, Site } from './http.js';
import { json, noContent } from './http.js';
import { decodeCursor, encodeCursor } from './pagination.js';
import type { Expand } from './shapes-v1.js';
import { parseExpand, v1Attachment, v1Content, v1Labels, v1Space, v1UserRecord } from './shapes-v1.js';
import type { SandboxStore } from './store.js';
import type { SandboxPage } from './types.js';
import { readContentUpdateV1, readLabelsV1, readNewContentV1 } from './write-bodies.js';

/**
 * REST v1 as Cloud serves it under `/wiki/rest/api` and Data Center under
 * `{context}/rest/api` (reference §A.5–A.7, §B, §C). Lists page by offset; `_links.next` is
 * relative to `_links.base`. Like real servers, the sandbox lowers big limits silently.
 */

const conflictPrefix = 'com.atlassian.confluence.api.service.exceptions.ConflictException: ';
const badRequestPrefix = 'com.atlassian.confluence.api.service.exceptions.BadRequestException: ';
const notFoundPrefix = 'com.atlassian.confluence.api.service.exceptions.NotFoundException: ';

function intParam(ctx: RequestContext, name: string, fallback: number): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new SandboxHttpError(400, `${name} must be a non-negative integer, got '${raw}'`, badRequestPrefix);
  return n;
}

/** Content lists: at most 100 with bodies, 200 without (see README: the sandbox lowers limits like real servers). */
function contentLimit(ctx: RequestContext, expand: Expand): number {
  const asked = intParam(ctx, 'limit', 25);
  return Math.min(asked, expand.has('body') ? 100 : 200);
}

/** CQL search caps, as Data Center documents them: 50 with a body, 200 with other expansions, 1000 bare. */
function searchLimit(ctx: RequestContext, expand: Expand): number {
  const asked = intParam(ctx, 'limit', 25);
  const cap = expand.has('body') ? 50 : expand.size > 0 ? 200 : 1000;
  return Math.min(asked, cap);
}

function notFound(what: string): SandboxHttpError {
  return new SandboxHttpError(404, `No content found with id: ${what}`, notFoundPrefix);
}

function pageOr404(ctx: RequestContext, allowTrashed = false): SandboxPage {
  const id = ctx.params.id ?? '';
  const page = /^\d+$/.test(id) ? ctx.site.store.page(id) : undefined;
  if (!page || (!allowTrashed && page.status === 'trashed')) throw notFound(`ContentId{id=${id}}`);
  return page;
}

function listLinks(ctx: RequestContext, start: number, limit: number, more: boolean): Record<string, string> {
  const links: Record<string, string> = { base: ctx.site.base, context: ctx.site.context };
  const self = new URLSearchParams(ctx.query);
  links.self = `${ctx.site.base}/rest/api${ctx.path}${self.size ? `?${self.toString()}` : ''}`;
  if (more) {
    const next = new URLSearchParams(ctx.query);
    next.set('limit', String(limit));
    next.set('start', String(start + limit));
    links.next = `/rest/api${ctx.path}?${next.toString()}`;
  }
  if (start > 0) {
    const prev = new URLSearchParams(ctx.query);
    prev.set('limit', String(limit));
    prev.set('start', String(Math.max(0, start - limit)));
    links.prev = `/rest/api${ctx.path}?${prev.toString()}`;
  }
  return links;
}

function contentArray(ctx: RequestContext, items: readonly SandboxPage[], expand: Expand, limit: number): Reply {
  const start = intParam(ctx, 'start', 0);
  const slice = items.slice(start, start + limit);
  const more = start + limit < items.length;
  return json({
    results: slice.map((p) => v1Content(ctx.site, p, expand)),
    start,
    limit,
    size: slice.length,
    _links: listLinks(ctx, start, limit, more),
  });
}

const getContentList = (ctx: RequestContext): Reply => {
  const store = ctx.site.store;
  const expand = parseExpand(ctx.query.get('expand'));
  const type = ctx.query.get('type') ?? 'page';
  const spaceKey = ctx.query.get('spaceKey');
  const title = ctx.query.get('title');
  const status = ctx.query.get('status') ?? 'current';
  let items: readonly SandboxPage[] = [];
  if (type === 'page') {
    if (spaceKey !== null) {
      const space = store.spaceByKey(spaceKey);
      if (!space) throw new SandboxHttpError(404, `No space with key : ${spaceKey}`, notFoundPrefix);
      items = store.listSpace(space.id);
    } else {
      items = store.listAll();
    }
    const statuses = new Set(status.split(','));
    items = items.filter((p) => (statuses.has('any') || statuses.has(p.status)) && (title === null || store.current(p).title === title));
  }
  return contentArray(ctx, items, expand, contentLimit(ctx, expand));
};

const getContent = (ctx: RequestContext): Reply => {
  const status = ctx.query.get('status');
  const page = pageOr404(ctx, status !== null && status.split(',').some((s) => s === 'trashed' || s === 'any'));
  const expand = parseExpand(ctx.query.get('expand'), ['space', 'history', 'version']);
  const versionParam = ctx.query.get('version');
  let version;
  if (versionParam !== null && versionParam !== '') {
    version = ctx.site.store.version(page, Number(versionParam));
    if (!version) throw notFound(`ContentId{id=${page.id}} version ${versionParam}`);
  }
  const shaped = v1Content(ctx.site, page, expand, version);
  (shaped._links as Record<string, string>).base = ctx.site.base;
  (shaped._links as Record<string, string>).context = ctx.site.context;
  (shaped._links as Record<string, string>).collection = '/rest/api/content';
  return json(shaped);
};

const writeExpand = parseExpand('body.storage,version,space,history,ancestors');

function singleReply(site: Site, page: SandboxPage): Reply {
  const shaped = v1Content(site, page, writeExpand);
  Object.assign(shaped._links as object, { base: site.base, context: site.context, collection: '/rest/api/content' });
  return json(shaped);
}

const postContent = (ctx: RequestContext): Reply => {
  const store = ctx.site.store;
  const input = readNewContentV1(ctx.body);
  const space = store.spaceByKey(input.spaceKey);
  if (!space) throw new SandboxHttpError(403, `Space ${input.spaceKey} does not exist, or you may not create pages in it`);
  if (store.titleTaken(space.id, input.title)) {
    throw new SandboxHttpError(
      400,
      `A page with this title already exists: A page already exists with the title ${input.title} in the space with key ${space.key}`,
    );
  }
  if (input.parentId !== undefined) {
    const parent = store.livePage(input.parentId);
    if (!parent || parent.spaceId !== space.id) throw new SandboxHttpError(400, `Ancestor ${input.parentId} is not a page of space ${space.key}`, badRequestPrefix);
  }
  const page = store.createPage({ spaceId: space.id, title: input.title, body: input.body, parentId: input.parentId ?? null, authorId: currentUserId(ctx.site) });
  return singleReply(ctx.site, page);
};

const putContent = (ctx: RequestContext): Reply => {
  const store = ctx.site.store;
  const page = pageOr404(ctx, true);
  const input = readContentUpdateV1(ctx.body);
  if (page.status === 'trashed' && input.status === 'current') {
    store.setStatus(page.id, 'current');
    return singleReply(ctx.site, page);
  }
  if (page.status === 'trashed') throw notFound(`ContentId{id=${page.id}}`);
  const current = store.current(page).number;
  if (input.version !== current + 1) {
    throw new SandboxHttpError(409, `Version must be incremented on update. Current version is: ${current}`, conflictPrefix);
  }
  if (store.titleTaken(page.spaceId, input.title, page.id)) {
    throw new SandboxHttpError(400, `A page with this title already exists: A page already exists with the title ${input.title}`, badRequestPrefix);
  }
  if (input.parentId !== undefined) {
    const parent = store.livePage(input.parentId);
    if (!parent || parent.spaceId !== page.spaceId) throw new SandboxHttpError(400, `Ancestor ${input.parentId} is not a page of the same space`, badRequestPrefix);
  }
  store.editPage(page.id, {
    title: input.title,
    ...(input.body !== undefined ? { body: input.body } : {}),
    message: input.message,
    minorEdit: input.minorEdit,
    authorId: currentUserId(ctx.site),
    ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
  });
  return singleReply(ctx.site, page);
};

const deleteContent = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx, true);
  if (page.status === 'trashed') {
    if (ctx.query.get('status') !== 'trashed') throw notFound(`ContentId{id=${page.id}}`);
    ctx.site.store.purgePage(page.id);
  } else {
    ctx.site.store.deletePage(page.id);
  }
  return noContent();
};

const getChildPages = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const expand = parseExpand(ctx.query.get('expand'));
  const children = ctx.site.store.children(page.id).filter((p) => p.status === 'current');
  return contentArray(ctx, children, expand, contentLimit(ctx, expand));
};

const getDescendantPages = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const expand = parseExpand(ctx.query.get('expand'));
  const descendants = ctx.site.store.descendants(page.id).filter((p) => p.status === 'current');
  return contentArray(ctx, descendants, expand, contentLimit(ctx, expand));
};

const getChildAttachments = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const filename = ctx.query.get('filename');
  const mediaType = ctx.query.get('mediaType');
  const items = page.attachments.filter((a) => (filename === null || a.title === filename) && (mediaType === null || a.mediaType === mediaType));
  const start = intParam(ctx, 'start', 0);
  const limit = Math.min(intParam(ctx, 'limit', 50), 200);
  const slice = items.slice(start, start + limit);
  return json({
    results: slice.map((a) => v1Attachment(ctx.site, a)),
    start,
    limit,
    size: slice.length,
    _links: listLinks(ctx, start, limit, start + limit < items.length),
  });
};

const getLabels = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const prefix = ctx.query.get('prefix');
  const labels = page.labels.filter((l) => prefix === null || l.prefix === prefix);
  const start = intParam(ctx, 'start', 0);
  const limit = Math.min(intParam(ctx, 'limit', 200), 200);
  const shaped = v1Labels(labels, start, limit, ctx.site, ctx.path);
  if (start + limit < labels.length) (shaped._links as Record<string, string>).next = `/rest/api${ctx.path}?start=${start + limit}&limit=${limit}`;
  return json(shaped);
};

const postLabels = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const labels = readLabelsV1(ctx.body);
  for (const label of labels) {
    if (!/^[^\s:/]+$/.test(label.name)) throw new SandboxHttpError(400, `Label '${label.name}' contains a space, ':' or '/'`, badRequestPrefix);
    const prefix = label.prefix === 'my' || label.prefix === 'team' || label.prefix === 'system' ? label.prefix : 'global';
    ctx.site.store.addLabel(page.id, label.name.toLowerCase(), prefix);
  }
  return json(v1Labels(page.labels, 0, 200, ctx.site, ctx.path));
};

const deleteLabel = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const name = ctx.params.label ?? ctx.query.get('name');
  if (!name) throw new SandboxHttpError(400, 'Name the label to remove: /label/{label} or ?name=', badRequestPrefix);
  if (name.includes('/')) throw new SandboxHttpError(400, `Label '${name}' contains '/'; use ?name= instead`, badRequestPrefix);
  ctx.site.store.removeLabel(page.id, name);
  return noContent();
};

/**
 * A client pages through one query with many requests; the matches are kept per query until
 * the wiki changes, so that each page of results costs a slice, not a scan.
 */
const searchCache = new WeakMap<SandboxStore, Map<string, { revision: number; matches: SandboxPage[] }>>();

function searchMatches(store: SandboxStore, cql: string, compute: () => SandboxPage[]): SandboxPage[] {
  let cache = searchCache.get(store);
  if (!cache) searchCache.set(store, (cache = new Map()));
  const hit = cache.get(cql);
  if (hit && hit.revision === store.revision) return hit.matches;
  const matches = compute();
  if (cache.size >= 32) cache.delete(cache.keys().next().value as string);
  cache.set(cql, { revision: store.revision, matches });
  return matches;
}

const searchContent = (ctx: RequestContext): Reply => {
  const store = ctx.site.store;
  const cql = ctx.query.get('cql');
  if (cql === null) throw new SandboxHttpError(400, 'The cql parameter is required', badRequestPrefix);
  const query = parseCql(cql, store);
  const expand = parseExpand(ctx.query.get('expand'));
  const limit = searchLimit(ctx, expand);
  let start = intParam(ctx, 'start', 0);
  const cursor = ctx.query.get('cursor');
  if (cursor) {
    const decoded = decodeCursor(cursor);
    if (!decoded) throw new SandboxHttpError(400, 'The cursor is not valid; follow the next link of the previous answer', badRequestPrefix);
    start = decoded.nextIndex;
  }
  const matches = query.blogOnly ? [] : searchMatches(store, cql, () => store.listAll().filter((p) => p.status === 'current' && query.matches(p)).sort(query.order));
  const slice = matches.slice(start, start + limit);
  const links: Record<string, string> = { base: ctx.site.base, context: ctx.site.context, self: `${ctx.site.base}/rest/api/content/search?cql=${encodeURIComponent(cql)}` };
  const nextQuery = (at: number): string => {
    const q = new URLSearchParams();
    q.set('next', 'true');
    q.set('cursor', encodeCursor(slice[slice.length - 1]?.id ?? '', at));
    if (ctx.query.get('expand')) q.set('expand', ctx.query.get('expand') as string);
    q.set('limit', String(limit));
    q.set('start', String(at));
    q.set('cql', cql);
    return `/rest/api/content/search?${q.toString()}`;
  };
  if (start + limit < matches.length) links.next = nextQuery(start + limit);
  if (start > 0) links.prev = `/rest/api/content/search?${new URLSearchParams({ cql, limit: String(limit), start: String(Math.max(0, start - limit)) }).toString()}`;
  return json({
    results: slice.map((p) => v1Content(ctx.site, p, expand)),
    start,
    limit,
    size: slice.length,
    totalSize: matches.length,
    cqlQuery: cql,
    searchDuration: 7,
    _links: links,
  });
};

const getUser = (ctx: RequestContext): Reply => {
  const store = ctx.site.store;
  const accountId = ctx.query.get('accountId');
  const key = ctx.query.get('key');
  const username = ctx.query.get('username');
  if (ctx.site.flavor === 'cloud') {
    if (accountId === null) {
      throw new SandboxHttpError(400, key !== null || username !== null ? 'The key and username parameters are no longer supported; use accountId' : 'accountId is required', badRequestPrefix);
    }
    const user = store.userByAccountId(accountId);
    if (!user) throw new SandboxHttpError(404, `No user found with accountId: ${accountId}`, notFoundPrefix);
    return json(v1UserRecord(ctx.site, user));
  }
  const user = key !== null ? store.userByKey(key) : username !== null ? store.userByUsername(username) : undefined;
  if (key === null && username === null) throw new SandboxHttpError(400, 'Give key or username', badRequestPrefix);
  if (!user) throw new SandboxHttpError(404, `No user found with ${key !== null ? `key: ${key}` : `username: ${username ?? ''}`}`, notFoundPrefix);
  return json(v1UserRecord(ctx.site, user));
};

const getCurrentUser = (ctx: RequestContext): Reply => {
  const user = ctx.site.store.userByAccountId(currentUserId(ctx.site));
  if (!user) throw new SandboxHttpError(404, 'The sandbox has no users', notFoundPrefix);
  return json(v1UserRecord(ctx.site, user));
};

const getSpace = (ctx: RequestContext): Reply => {
  const key = ctx.params.key ?? '';
  const space = ctx.site.store.spaceByKey(key);
  if (!space) throw new SandboxHttpError(404, `No space with key : ${key}`, notFoundPrefix);
  return json(v1Space(ctx.site, space, parseExpand(ctx.query.get('expand'))));
};

const getSpaces = (ctx: RequestContext): Reply => {
  const keys = new Set(ctx.query.getAll('spaceKey').flatMap((k) => k.split(',')).filter(Boolean));
  const spaces = ctx.site.store.spaces().filter((s) => keys.size === 0 || keys.has(s.key));
  const start = intParam(ctx, 'start', 0);
  const limit = Math.min(intParam(ctx, 'limit', 25), 500);
  const slice = spaces.slice(start, start + limit);
  const expand = parseExpand(ctx.query.get('expand'));
  return json({ results: slice.map((s) => v1Space(ctx.site, s, expand)), start, limit, size: slice.length, _links: listLinks(ctx, start, limit, start + limit < spaces.length) });
};

/** Deprecated v1 endpoints carry `deprecated: true`: Cloud adds deprecation headers, or answers 410 (`v1Deprecation: 'gone'`). */
export const v1Routes: Route[] = [
  { method: 'GET', pattern: '/content', handler: getContentList, deprecated: true },
  { method: 'POST', pattern: '/content', handler: postContent, deprecated: true },
  { method: 'GET', pattern: '/content/search', handler: searchContent },
  { method: 'GET', pattern: '/content/{id}', handler: getContent, deprecated: true },
  { method: 'PUT', pattern: '/content/{id}', handler: putContent, deprecated: true },
  { method: 'DELETE', pattern: '/content/{id}', handler: deleteContent, deprecated: true },
  { method: 'GET', pattern: '/content/{id}/child/page', handler: getChildPages, deprecated: true },
  { method: 'GET', pattern: '/content/{id}/descendant/page', handler: getDescendantPages, deprecated: true },
  { method: 'GET', pattern: '/content/{id}/child/attachment', handler: getChildAttachments, deprecated: true },
  { method: 'GET', pattern: '/content/{id}/label', handler: getLabels },
  { method: 'POST', pattern: '/content/{id}/label', handler: postLabels },
  { method: 'DELETE', pattern: '/content/{id}/label', handler: deleteLabel },
  { method: 'DELETE', pattern: '/content/{id}/label/{label}', handler: deleteLabel },
  { method: 'GET', pattern: '/user', handler: getUser },
  { method: 'GET', pattern: '/user/current', handler: getCurrentUser },
  { method: 'GET', pattern: '/space', handler: getSpaces, deprecated: true },
  { method: 'GET', pattern: '/space/{key}', handler: getSpace, deprecated: true },
];
