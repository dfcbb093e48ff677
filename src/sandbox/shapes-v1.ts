import type { Site } from './http.js';
import { cloudPageWebUi, dcPageWebUi, downloadPath, tinyUi } from './links.js';
import { dcTime } from './time.js';
import type { PageVersion, SandboxAttachment, SandboxLabel, SandboxPage, SandboxSpace, SandboxUser } from './types.js';

/**
 * v1 / Data Center JSON shapes (reference §A.6, §B; OpenAPI Content, Space, User, Version,
 * LabelArray). Expansions follow the `expand` parameter; what is not expanded is listed in
 * `_expandable`, as real servers do.
 */

export type Expand = ReadonlySet<string>;

export function parseExpand(raw: string | null, defaults: string[] = []): Expand {
  const values = raw === null ? defaults : raw.split(',').map((s) => s.trim()).filter(Boolean);
  const set = new Set<string>();
  for (const value of values) {
    set.add(value);
    // `history.lastUpdated` implies `history`, `body.storage` implies `body`.
    const parts = value.split('.');
    for (let i = 1; i < parts.length; i++) set.add(parts.slice(0, i).join('.'));
  }
  return set;
}

export function when(site: Site, iso: string): string {
  return site.flavor === 'dc' ? dcTime(iso) : iso;
}

export function v1User(site: Site, accountId: string): Record<string, unknown> {
  const user = site.store.userByAccountId(accountId);
  if (site.flavor === 'dc') {
    if (!user) return { type: 'anonymous', displayName: 'Anonymous', _links: {} };
    return dcUser(site, user);
  }
  if (!user) {
    return { type: 'unknown', accountId, accountType: '', publicName: 'Unknown user', displayName: 'Unknown user', _links: {} };
  }
  return cloudUser(site, user);
}

function cloudUser(site: Site, user: SandboxUser): Record<string, unknown> {
  return {
    type: 'known',
    accountId: user.accountId,
    accountType: 'atlassian',
    email: user.email,
    publicName: user.displayName,
    profilePicture: { path: `/wiki/aa-avatar/${user.accountId}`, width: 48, height: 48, isDefault: false },
    displayName: user.displayName,
    timeZone: 'Europe/Berlin',
    isExternalCollaborator: false,
    _expandable: { operations: '', personalSpace: '' },
    _links: { self: `${site.base}/rest/api/user?accountId=${encodeURIComponent(user.accountId)}` },
  };
}

function dcUser(site: Site, user: SandboxUser): Record<string, unknown> {
  return {
    type: 'known',
    username: user.username,
    userKey: user.userKey,
    profilePicture: { path: `${site.context}/images/icons/profilepics/default.svg`, width: 48, height: 48, isDefault: true },
    displayName: user.displayName,
    _links: { self: `${site.base}/rest/api/user?key=${user.userKey}` },
    _expandable: { status: '' },
  };
}

export function v1UserRecord(site: Site, user: SandboxUser): Record<string, unknown> {
  return site.flavor === 'dc' ? dcUser(site, user) : cloudUser(site, user);
}

export function v1Space(site: Site, space: SandboxSpace, expand: Expand = new Set()): Record<string, unknown> {
  const key = space.key;
  const shaped: Record<string, unknown> = {
    id: Number(space.id),
    key,
    name: space.name,
    type: space.type === 'personal' ? 'personal' : 'global',
    status: 'current',
  };
  const expandable: Record<string, string> = {
    settings: `/rest/api/space/${key}/settings`,
    metadata: '',
    operations: '',
    lookAndFeel: `/rest/api/settings/lookandfeel?spaceKey=${key}`,
    identifiers: '',
    permissions: '',
    icon: '',
    description: '',
    theme: `/rest/api/space/${key}/theme`,
    history: '',
    homepage: space.homepageId ? `/rest/api/content/${space.homepageId}` : '',
  };
  if (expand.has('description') || expand.has('description.plain')) {
    shaped.description = { plain: { value: space.description, representation: 'plain', embeddedContent: [] }, _expandable: { view: '' } };
    delete expandable.description;
  }
  if (expand.has('homepage') && space.homepageId) {
    const home = site.store.page(space.homepageId);
    if (home) shaped.homepage = v1Content(site, home, new Set());
    delete expandable.homepage;
  }
  shaped._expandable = expandable;
  shaped._links = { webui: site.flavor === 'dc' ? `/display/${key}` : `/spaces/${key}`, self: `${site.base}/rest/api/space/${key}` };
  return shaped;
}

export function v1Version(site: Site, page: SandboxPage, version: PageVersion): Record<string, unknown> {
  const shaped: Record<string, unknown> = {
    by: v1User(site, version.authorId),
    when: when(site, version.createdAt),
    friendlyWhen: friendly(version.createdAt),
    message: version.message,
    number: version.number,
    minorEdit: version.minorEdit,
  };
  if (site.flavor === 'cloud') {
    shaped.confRev = `confluence$content$${page.id}.${version.number + 1}`;
    shaped.contentTypeModified = false;
  }
  shaped._expandable = { collaborators: '', content: `/rest/api/content/${page.id}` };
  shaped._links = { self: `${site.base}/rest/api/content/${page.id}/version/${version.number}` };
  return shaped;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Jan 10, 2024`, built by hand: Intl formatting costs more than the rest of a list. */
function friendly(iso: string): string {
  const d = new Date(iso);
  return `${monthNames[d.getUTCMonth()] ?? ''} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

function pageLinks(site: Site, page: SandboxPage, title: string): Record<string, string> {
  const space = site.store.spaceById(page.spaceId);
  const key = space?.key ?? '';
  if (site.flavor === 'dc') {
    return {
      webui: dcPageWebUi(key, title),
      edit: `/pages/resumedraft.action?draftId=${page.id}`,
      tinyui: tinyUi(page.id),
      self: `${site.base}/rest/api/content/${page.id}`,
    };
  }
  return {
    editui: `/pages/resumedraft.action?draftId=${page.id}`,
    webui: cloudPageWebUi(key, page.id, title, space?.homepageId === page.id),
    edituiv2: `/spaces/${key}/pages/edit-v2/${page.id}`,
    tinyui: tinyUi(page.id),
    self: `${site.base}/rest/api/content/${page.id}`,
  };
}

export function v1Labels(labels: readonly SandboxLabel[], start: number, limit: number, site: Site, path: string): Record<string, unknown> {
  const slice = labels.slice(start, start + limit);
  const shaped: Record<string, unknown> = {
    results: slice.map((l) => ({ prefix: l.prefix, name: l.name, id: l.id, label: l.name })),
    start,
    limit,
    size: slice.length,
    _links: { self: `${site.base}/rest/api${path}`, base: site.base, context: site.context },
  };
  return shaped;
}

/** A page as v1 `Content`, with the requested expansions. */
export function v1Content(site: Site, page: SandboxPage, expand: Expand, version?: PageVersion): Record<string, unknown> {
  const store = site.store;
  const current = store.current(page);
  const shown = version ?? current;
  const space = store.spaceById(page.spaceId);
  const historical = shown !== current;
  const shaped: Record<string, unknown> = {
    id: page.id,
    type: 'page',
    status: historical ? 'historical' : page.status,
    title: shown.title,
  };
  const expandable: Record<string, string> = {
    childTypes: '',
    container: space ? `/rest/api/space/${space.key}` : '',
    metadata: '',
    operations: '',
    children: `/rest/api/content/${page.id}/child`,
    restrictions: `/rest/api/content/${page.id}/restriction/byOperation`,
    history: `/rest/api/content/${page.id}/history`,
    ancestors: '',
    body: '',
    version: '',
    descendants: `/rest/api/content/${page.id}/descendant`,
    space: space ? `/rest/api/space/${space.key}` : '',
  };
  if (expand.has('space') && space) {
    shaped.space = v1Space(site, space);
    delete expandable.space;
  }
  if (expand.has('container') && space) {
    shaped.container = v1Space(site, space);
    delete expandable.container;
  }
  if (expand.has('history')) {
    const history: Record<string, unknown> = {
      latest: !historical,
      createdBy: v1User(site, page.authorId),
      createdDate: when(site, page.createdAt),
    };
    if (expand.has('history.lastUpdated')) history.lastUpdated = v1Version(site, page, current);
    history._expandable = { lastUpdated: '', previousVersion: '', contributors: '', nextVersion: '' };
    history._links = { self: `${site.base}/rest/api/content/${page.id}/history` };
    shaped.history = history;
    delete expandable.history;
  }
  if (expand.has('version')) {
    shaped.version = v1Version(site, page, shown);
    delete expandable.version;
  }
  if (expand.has('ancestors')) {
    shaped.ancestors = store.ancestors(page).map((a) => v1Content(site, a, new Set()));
    delete expandable.ancestors;
  }
  if (expand.has('body')) {
    const body: Record<string, unknown> = {};
    if (expand.has('body.storage')) {
      body.storage = { value: store.bodyOf(page, shown), representation: 'storage', _expandable: { content: `/rest/api/content/${page.id}` } };
    }
    body._expandable = {
      editor: '',
      atlas_doc_format: '',
      view: '',
      export_view: '',
      styled_view: '',
      dynamic: '',
      ...(expand.has('body.storage') ? {} : { storage: '' }),
      editor2: '',
      anonymous_export_view: '',
    };
    shaped.body = body;
    delete expandable.body;
  }
  if (expand.has('metadata')) {
    const metadata: Record<string, unknown> = { _expandable: { currentuser: '', comments: '', sourceTemplateEntityId: '', simple: '', properties: '', frontend: '', likes: '' } };
    if (expand.has('metadata.labels')) metadata.labels = v1Labels(page.labels, 0, 200, site, `/content/${page.id}/label`);
    shaped.metadata = metadata;
    delete expandable.metadata;
  }
  if (expand.has('children')) {
    const children: Record<string, unknown> = { _expandable: { attachment: `/rest/api/content/${page.id}/child/attachment`, comment: `/rest/api/content/${page.id}/child/comment`, page: `/rest/api/content/${page.id}/child/page` } };
    const childExpand = children._expandable as Record<string, string>;
    if (expand.has('children.page')) {
      const pages = store.children(page.id).filter((c) => c.status === 'current');
      children.page = { results: pages.slice(0, 25).map((c) => v1Content(site, c, new Set())), start: 0, limit: 25, size: Math.min(25, pages.length), _links: { self: `${site.base}/rest/api/content/${page.id}/child/page` } };
      delete childExpand.page;
    }
    if (expand.has('children.attachment')) {
      const items = page.attachments.slice(0, 25);
      children.attachment = { results: items.map((a) => v1Attachment(site, a)), start: 0, limit: 25, size: items.length, _links: { self: `${site.base}/rest/api/content/${page.id}/child/attachment` } };
      delete childExpand.attachment;
    }
    shaped.children = children;
    delete expandable.children;
  }
  shaped.extensions = { position: site.flavor === 'dc' ? 'none' : page.position };
  shaped._expandable = expandable;
  shaped._links = pageLinks(site, page, shown.title);
  return shaped;
}

export function v1Attachment(site: Site, attachment: SandboxAttachment): Record<string, unknown> {
  const stamp = Date.parse(attachment.createdAt);
  const page = site.store.page(attachment.pageId);
  const download = `${downloadPath(attachment.pageId, attachment.title)}?version=${attachment.version}&modificationDate=${stamp}${site.flavor === 'cloud' ? '&cacheVersion=1&api=v2' : '&api=v2'}`;
  return {
    id: attachment.id,
    type: 'attachment',
    status: 'current',
    title: attachment.title,
    version: {
      by: v1User(site, attachment.authorId),
      when: when(site, attachment.createdAt),
      message: attachment.comment,
      number: attachment.version,
      minorEdit: false,
      _links: { self: `${site.base}/rest/api/content/${attachment.id}/version/${attachment.version}` },
    },
    container: page ? v1Content(site, page, new Set()) : { id: attachment.pageId, type: 'page', status: 'current' },
    metadata: {
      comment: attachment.comment,
      mediaType: attachment.mediaType,
      labels: { results: [], start: 0, limit: 200, size: 0, _links: {} },
      _expandable: { currentuser: '', properties: '', frontend: '', editorHtml: '' },
    },
    extensions: { mediaType: attachment.mediaType, fileSize: attachment.data.length, comment: attachment.comment, ...(site.flavor === 'cloud' ? { fileId: attachment.fileId } : {}) },
    _expandable: { childTypes: '', operations: '', schedulePublishDate: '', children: '', restrictions: '', history: '', ancestors: '', body: '', descendants: '', space: '' },
    _links: {
      webui: `/pages/viewpageattachments.action?pageId=${attachment.pageId}&preview=${encodeURIComponent(`/${attachment.pageId}/${attachment.id.replace(/^att/, '')}/${attachment.title}`)}`,
      download,
      self: `${site.base}/rest/api/content/${attachment.id}`,
    },
  };
}
