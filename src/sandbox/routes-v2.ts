import { SandboxHttpError } from './errors.js';
import type { Reply, RequestContext, Route, Site } from './http.js';
import { currentUserId } from './current-user.js';
import { json, noContent } from './http.js';
import { encodeCursor, resumeIndex, sliceFrom } from './pagination.js';
import type { BodyFormat } from './shapes-v2.js';
import { v2Attachment, v2ChildPage, v2DetailedVersion, v2DirectChild, v2Label, v2Page, v2PageVersion, v2Space } from './shapes-v2.js';
import type { SandboxPage } from './types.js';
import { readNewPageV2, readPageUpdateV2 } from './write-bodies.js';

/** Cloud REST v2 under `/wiki/api/v2` (reference §A.2–A.4). */

const apiPrefix = '/wiki/api/v2';

function limitOf(ctx: RequestContext, fallback = 25): number {
  const raw = ctx.query.get('limit');
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 250) {
    throw new SandboxHttpError(400, `limit must be an integer between 1 and 250, got '${raw}'`);
  }
  return n;
}

function bodyFormatOf(ctx: RequestContext, allowed: readonly string[] = ['storage', 'atlas_doc_format']): BodyFormat {
  const raw = ctx.query.get('body-format');
  if (raw === null || raw === '') return undefined;
  if (!allowed.includes(raw)) throw new SandboxHttpError(400, `body-format must be one of ${allowed.join(', ')}, got '${raw}'`);
  return raw as BodyFormat;
}

function statusesOf(ctx: RequestContext, fallback: string[]): Set<string> {
  const values = ctx.query.getAll('status').flatMap((s) => s.split(',')).filter(Boolean);
  return new Set(values.length > 0 ? values : fallback);
}

function numericIdOf(value: string | undefined, name = 'id'): string {
  if (!value || !/^\d+$/.test(value)) throw new SandboxHttpError(400, `${name} must be a number, got '${value ?? ''}'`);
  return value;
}

function pageOr404(ctx: RequestContext, statuses = ['current', 'archived']): SandboxPage {
  const id = numericIdOf(ctx.params.id);
  const page = ctx.site.store.page(id);
  if (!page || !statuses.includes(page.status)) throw new SandboxHttpError(404, `No page with id ${id} was found, or you may not view it`);
  return page;
}

/** Builds a list envelope, its `_links.next` and the `Link` header. */
function listReply(ctx: RequestContext, results: unknown[], nextCursor: string | undefined): Reply {
  const links: Record<string, string> = {};
  const headers: Record<string, string> = {};
  if (nextCursor !== undefined) {
    const query = new URLSearchParams(ctx.query);
    query.set('cursor', nextCursor);
    const next = `${apiPrefix}${ctx.path}?${query.toString()}`;
    links.next = next;
    headers.Link = `<${next}>; rel="next", <${ctx.site.base}>; rel="base"`;
  }
  links.base = ctx.site.base;
  return json({ results, _links: links }, 200, headers);
}

function cursorSlice<T extends { id: string }>(ctx: RequestContext, items: readonly T[], limit: number, accept: (item: T) => boolean) {
  const start = resumeIndex(items, ctx.query.get('cursor') ?? undefined);
  if (start === undefined) throw new SandboxHttpError(400, 'The cursor is not valid; use the `next` link of the previous answer');
  return sliceFrom(items, start, limit, accept);
}

function pageSorter(site: Site, sort: string | null): ((a: SandboxPage, b: SandboxPage) => number) | undefined {
  if (!sort || sort === 'id') return undefined;
  const descending = sort.startsWith('-');
  const field = sort.replace(/^-/, '');
  const key = (p: SandboxPage): string | number => {
    switch (field) {
      case 'id':
        return Number(p.id);
      case 'title':
        return site.store.current(p).title;
      case 'created-date':
        return p.createdAt;
      case 'modified-date':
        return site.store.current(p).createdAt;
      case 'child-position':
        return p.position;
      default:
        throw new SandboxHttpError(400, `sort '${sort}' is not supported`);
    }
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    const order = ka < kb ? -1 : ka > kb ? 1 : Number(a.id) - Number(b.id);
    return descending ? -order : order;
  };
}

function sorted(site: Site, items: readonly SandboxPage[], sort: string | null): readonly SandboxPage[] {
  const compare = pageSorter(site, sort);
  return compare ? [...items].sort(compare) : items;
}

function listPages(ctx: RequestContext, items: readonly SandboxPage[]): Reply {
  const limit = limitOf(ctx);
  const bodyFormat = bodyFormatOf(ctx);
  const statuses = statusesOf(ctx, ['current', 'archived']);
  const title = ctx.query.get('title');
  const store = ctx.site.store;
  const ordered = sorted(ctx.site, items, ctx.query.get('sort'));
  const slice = cursorSlice(ctx, ordered, limit, (p) => statuses.has(p.status) && (title === null || store.current(p).title === title));
  return listReply(ctx, slice.results.map((p) => v2Page(ctx.site, p, bodyFormat)), slice.next);
}

const getSpaces = (ctx: RequestContext): Reply => {
  const keys = new Set(ctx.query.getAll('keys').flatMap((k) => k.split(',')).filter(Boolean));
  const ids = new Set(ctx.query.getAll('ids').flatMap((k) => k.split(',')).filter(Boolean));
  const limit = limitOf(ctx);
  const spaces = ctx.site.store.spaces();
  const slice = cursorSlice(ctx, spaces, limit, (s) => (keys.size === 0 || keys.has(s.key)) && (ids.size === 0 || ids.has(s.id)));
  return listReply(ctx, slice.results.map((s) => v2Space(ctx.site, s)), slice.next);
};

const getSpace = (ctx: RequestContext): Reply => {
  const id = numericIdOf(ctx.params.id);
  const space = ctx.site.store.spaceById(id);
  if (!space) throw new SandboxHttpError(404, `No space with id ${id} was found, or you may not view it`);
  return json({ ...v2Space(ctx.site, space), _links: { webui: `/spaces/${space.key}`, base: ctx.site.base } });
};

const getSpacePages = (ctx: RequestContext): Reply => {
  const id = numericIdOf(ctx.params.id);
  const store = ctx.site.store;
  if (!store.spaceById(id)) throw new SandboxHttpError(404, `No space with id ${id} was found, or you may not view it`);
  const depth = ctx.query.get('depth') ?? 'all';
  if (depth !== 'all' && depth !== 'root') throw new SandboxHttpError(400, `depth must be 'all' or 'root', got '${depth}'`);
  const pages = store.listSpace(id);
  return listPages(ctx, depth === 'root' ? pages.filter((p) => p.parentId === null) : pages);
};

const getPages = (ctx: RequestContext): Reply => {
  const store = ctx.site.store;
  const ids = ctx.query.getAll('id').flatMap((v) => v.split(',')).filter(Boolean);
  const spaceIds = new Set(ctx.query.getAll('space-id').flatMap((v) => v.split(',')).filter(Boolean));
  if (ids.length > 250) throw new SandboxHttpError(400, 'id accepts at most 250 values');
  let items: readonly SandboxPage[];
  if (ids.length > 0) {
    const wanted = new Set(ids.map((v) => numericIdOf(v)));
    items = store.listAll().filter((p) => wanted.has(p.id));
  } else if (spaceIds.size === 1) {
    items = store.listSpace([...spaceIds][0] as string);
  } else if (spaceIds.size > 1) {
    items = [...spaceIds].flatMap((id) => store.listSpace(id)).sort((a, b) => Number(a.id) - Number(b.id));
  } else {
    items = store.listAll();
  }
  return listPages(ctx, items);
};

const getPage = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx, [...statusesOf(ctx, ['current', 'archived'])]);
  const bodyFormat = bodyFormatOf(ctx, ['storage', 'atlas_doc_format', 'view', 'export_view', 'anonymous_export_view', 'styled_view', 'editor']);
  const versionParam = ctx.query.get('version');
  let version;
  if (versionParam !== null && versionParam !== '') {
    version = ctx.site.store.version(page, Number(versionParam));
    if (!version) throw new SandboxHttpError(404, `Page ${page.id} has no version ${versionParam}`);
  }
  const shaped = v2Page(ctx.site, page, bodyFormat, version);
  if (ctx.query.get('include-labels') === 'true') {
    // Capped at 50 like the real include-* blocks; the rest through /labels.
    const first = page.labels.slice(0, 50);
    const hasMore = page.labels.length > 50;
    shaped.labels = {
      results: first.map(v2Label),
      meta: { hasMore, cursor: hasMore ? encodeCursor(first[first.length - 1]?.id ?? '', 50) : '' },
      _links: { self: `${apiPrefix}/pages/${page.id}/labels` },
    };
  }
  if (ctx.query.get('include-version') === 'false') delete shaped.version;
  shaped._links = { ...(shaped._links as object), base: ctx.site.base };
  return json(shaped);
};

const getChildren = (direct: boolean) => (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const limit = limitOf(ctx);
  const items = sorted(ctx.site, ctx.site.store.children(page.id), ctx.query.get('sort'));
  const slice = cursorSlice(ctx, items, limit, (p) => p.status === 'current' || p.status === 'archived');
  const shape = direct ? v2DirectChild : v2ChildPage;
  return listReply(ctx, slice.results.map((p) => shape(ctx.site, p)), slice.next);
};

const getVersions = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const limit = limitOf(ctx);
  const bodyFormat = bodyFormatOf(ctx);
  const ascending = ctx.query.get('sort') === 'modified-date';
  const versions = page.versions.map((v) => ({ id: String(v.number), v }));
  const ordered = ascending ? versions : [...versions].reverse();
  const slice = cursorSlice(ctx, ordered, limit, () => true);
  return listReply(ctx, slice.results.map(({ v }) => v2PageVersion(ctx.site, page, v, bodyFormat)), slice.next);
};

const getVersion = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const number = Number(ctx.params.number);
  const version = ctx.site.store.version(page, number);
  if (!version) throw new SandboxHttpError(404, `Page ${page.id} has no version ${ctx.params.number ?? ''}`);
  return json(v2DetailedVersion(page, version));
};

const getAttachments = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const limit = limitOf(ctx, 50);
  const filename = ctx.query.get('filename');
  const mediaType = ctx.query.get('mediaType');
  const slice = cursorSlice(ctx, page.attachments, limit, (a) => (filename === null || a.title === filename) && (mediaType === null || a.mediaType === mediaType));
  return listReply(ctx, slice.results.map(v2Attachment), slice.next);
};

const getLabels = (ctx: RequestContext): Reply => {
  const page = pageOr404(ctx);
  const limit = limitOf(ctx);
  const prefix = ctx.query.get('prefix');
  const slice = cursorSlice(ctx, page.labels, limit, (l) => prefix === null || l.prefix === prefix);
  return listReply(ctx, slice.results.map(v2Label), slice.next);
};

const postPage = (ctx: RequestContext): Reply => {
  const store = ctx.site.store;
  const input = readNewPageV2(ctx.body);
  const space = store.spaceById(input.spaceId);
  if (!space) throw new SandboxHttpError(404, `No space with id ${input.spaceId} was found, or you may not create pages in it`);
  if (store.titleTaken(space.id, input.title)) {
    throw new SandboxHttpError(400, `A page with this title already exists: A page already exists with the title ${input.title} in the space with key ${space.key}`);
  }
  let parentId = input.parentId ?? null;
  if (parentId !== null) {
    const parent = store.livePage(parentId);
    if (!parent || parent.spaceId !== space.id) throw new SandboxHttpError(400, `parentId ${parentId} is not a page of space ${space.key}`);
  } else if (ctx.query.get('root-level') !== 'true') {
    parentId = space.homepageId;
  }
  const page = store.createPage({ spaceId: space.id, title: input.title, body: input.body, parentId, authorId: currentUserId(ctx.site) });
  return json({ ...v2Page(ctx.site, page, 'storage'), _links: { ...(v2Page(ctx.site, page, undefined)._links as object), base: ctx.site.base } });
};

const putPage = (ctx: RequestContext): Reply => {
  const store = ctx.site.store;
  const id = numericIdOf(ctx.params.id);
  const page = store.page(id);
  if (!page) throw new SandboxHttpError(404, `No page with id ${id} was found, or you may not edit it`);
  const input = readPageUpdateV2(ctx.body, id);
  if (page.status === 'trashed' && input.status === 'current') {
    store.setStatus(id, 'current');
  } else {
    const current = store.current(page).number;
    if (input.version !== current + 1) {
      throw new SandboxHttpError(
        409,
        `Version must be incremented when updating a page. Current Version: [${current}]. Provided version: [${input.version}]`,
      );
    }
    if (store.titleTaken(page.spaceId, input.title, id)) {
      throw new SandboxHttpError(400, `A page with this title already exists: A page already exists with the title ${input.title}`);
    }
    if (input.parentId !== undefined && input.parentId !== null) {
      const parent = store.livePage(input.parentId);
      if (!parent || parent.spaceId !== page.spaceId) throw new SandboxHttpError(400, `parentId ${input.parentId} is not a page of the same space`);
    }
    store.editPage(id, {
      title: input.title,
      body: input.body,
      message: input.message,
      authorId: currentUserId(ctx.site),
      ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
    });
  }
  return json({ ...v2Page(ctx.site, page, 'storage'), _links: { ...(v2Page(ctx.site, page, undefined)._links as object), base: ctx.site.base } });
};

const deletePage = (ctx: RequestContext): Reply => {
  const store = ctx.site.store;
  const id = numericIdOf(ctx.params.id);
  const page = store.page(id);
  if (!page) throw new SandboxHttpError(404, `No page with id ${id} was found, or you may not delete it`);
  if (ctx.query.get('purge') === 'true') {
    if (page.status !== 'trashed') throw new SandboxHttpError(400, `Page ${id} must be in the trash before it can be purged`);
    store.purgePage(id);
  } else {
    if (page.status === 'trashed') throw new SandboxHttpError(404, `No page with id ${id} was found, or you may not delete it`);
    store.deletePage(id);
  }
  return noContent();
};

export const v2Routes: Route[] = [
  { method: 'GET', pattern: '/spaces', handler: getSpaces },
  { method: 'GET', pattern: '/spaces/{id}', handler: getSpace },
  { method: 'GET', pattern: '/spaces/{id}/pages', handler: getSpacePages },
  { method: 'GET', pattern: '/pages', handler: getPages },
  { method: 'POST', pattern: '/pages', handler: postPage },
  { method: 'GET', pattern: '/pages/{id}', handler: getPage },
  { method: 'PUT', pattern: '/pages/{id}', handler: putPage },
  { method: 'DELETE', pattern: '/pages/{id}', handler: deletePage },
  { method: 'GET', pattern: '/pages/{id}/children', handler: getChildren(false) },
  { method: 'GET', pattern: '/pages/{id}/direct-children', handler: getChildren(true) },
  { method: 'GET', pattern: '/pages/{id}/versions', handler: getVersions },
  { method: 'GET', pattern: '/pages/{id}/versions/{number}', handler: getVersion },
  { method: 'GET', pattern: '/pages/{id}/attachments', handler: getAttachments },
  { method: 'GET', pattern: '/pages/{id}/labels', handler: getLabels },
];

export const v2Prefix = apiPrefix;
