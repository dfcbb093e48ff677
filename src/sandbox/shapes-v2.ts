import type { Site } from './http.js';
import { cloudPageWebUi, downloadPath, tinyUi } from './links.js';
import { renderView } from './render-view.js';
import type { PageVersion, SandboxAttachment, SandboxLabel, SandboxPage, SandboxSpace } from './types.js';

/**
 * v2 JSON shapes (reference §A.3, OpenAPI PageBulk/PageSingle, SpaceBulk, ChildPage, PageVersion,
 * AttachmentBulk, Label). Nulls appear where live servers send them even though the documents
 * do not mark the field nullable (parentId, parentType, description, icon).
 */

/** Storage and ADF as stored; the rendered formats (`view`, `export_view`, …) from `renderView`. */
export type BodyFormat = 'storage' | 'atlas_doc_format' | 'view' | 'export_view' | 'anonymous_export_view' | 'styled_view' | 'editor' | undefined;

export function v2Version(version: PageVersion): Record<string, unknown> {
  return {
    number: version.number,
    message: version.message,
    minorEdit: version.minorEdit,
    authorId: version.authorId,
    createdAt: version.createdAt,
    ncsStepVersion: String(version.number),
  };
}

function spaceKeyOf(site: Site, page: SandboxPage): string {
  return site.store.spaceById(page.spaceId)?.key ?? '';
}

export function v2Page(site: Site, page: SandboxPage, bodyFormat: BodyFormat, version?: PageVersion): Record<string, unknown> {
  const store = site.store;
  const shown = version ?? store.current(page);
  const key = spaceKeyOf(site, page);
  const isHome = store.spaceById(page.spaceId)?.homepageId === page.id;
  const body: Record<string, unknown> = {};
  if (bodyFormat === 'storage') body.storage = { representation: 'storage', value: store.bodyOf(page, shown) };
  if (bodyFormat === 'atlas_doc_format') {
    body.atlas_doc_format = { representation: 'atlas_doc_format', value: JSON.stringify(adfFallback(store.bodyOf(page, shown))) };
  }
  if (bodyFormat && bodyFormat !== 'storage' && bodyFormat !== 'atlas_doc_format') {
    const value = bodyFormat === 'editor' ? store.bodyOf(page, shown) : renderView(store.bodyOf(page, shown), (id) => (store.userByAccountId(id) ?? store.userByKey(id))?.displayName);
    body[bodyFormat] = { representation: bodyFormat, value };
  }
  return {
    parentId: page.parentId,
    lastOwnerId: null,
    ownerId: page.ownerId,
    createdAt: page.createdAt,
    authorId: page.authorId,
    parentType: page.parentId === null ? null : 'page',
    version: v2Version(shown),
    position: page.position,
    spaceId: page.spaceId,
    body,
    status: version && version !== store.current(page) ? 'historical' : page.status,
    title: shown.title,
    id: page.id,
    _links: {
      editui: `/pages/resumedraft.action?draftId=${page.id}`,
      webui: cloudPageWebUi(key, page.id, shown.title, isHome),
      edituiv2: `/spaces/${key}/pages/edit-v2/${page.id}`,
      tinyui: tinyUi(page.id),
    },
  };
}

/** A minimal ADF document carrying the storage text, for clients that ask for atlas_doc_format. */
function adfFallback(storage: string): unknown {
  const text = storage.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return { type: 'doc', version: 1, content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] };
}

export function v2Space(_site: Site, space: SandboxSpace): Record<string, unknown> {
  return {
    createdAt: space.createdAt,
    authorId: space.authorId,
    homepageId: space.homepageId,
    icon: null,
    description: null,
    status: 'current',
    name: space.name,
    key: space.key,
    id: space.id,
    type: space.type,
    _links: { webui: `/spaces/${space.key}` },
    currentActiveAlias: space.key,
  };
}

export function v2ChildPage(site: Site, page: SandboxPage): Record<string, unknown> {
  return {
    id: page.id,
    status: page.status,
    title: site.store.current(page).title,
    spaceId: page.spaceId,
    childPosition: page.position,
  };
}

export function v2DirectChild(site: Site, page: SandboxPage): Record<string, unknown> {
  return { ...v2ChildPage(site, page), type: 'page' };
}

export function v2PageVersion(site: Site, page: SandboxPage, version: PageVersion, bodyFormat: BodyFormat): Record<string, unknown> {
  const entity: Record<string, unknown> = { id: page.id, title: version.title };
  if (bodyFormat === 'storage') entity.body = { storage: { representation: 'storage', value: site.store.bodyOf(page, version) } };
  return {
    number: version.number,
    message: version.message,
    minorEdit: version.minorEdit,
    authorId: version.authorId,
    createdAt: version.createdAt,
    page: entity,
  };
}

export function v2DetailedVersion(page: SandboxPage, version: PageVersion): Record<string, unknown> {
  const previous = page.versions.find((v) => v.number === version.number - 1);
  const next = page.versions.find((v) => v.number === version.number + 1);
  return {
    number: version.number,
    authorId: version.authorId,
    message: version.message,
    createdAt: version.createdAt,
    minorEdit: version.minorEdit,
    contentTypeModified: false,
    collaborators: [version.authorId],
    ...(previous ? { prevVersion: previous.number } : {}),
    ...(next ? { nextVersion: next.number } : {}),
  };
}

export function v2Attachment(attachment: SandboxAttachment): Record<string, unknown> {
  const stamp = Date.parse(attachment.createdAt);
  const download = `${downloadPath(attachment.pageId, attachment.title)}?version=${attachment.version}&modificationDate=${stamp}&cacheVersion=1&api=v2`;
  const numericId = attachment.id.replace(/^att/, '');
  const webui = `/pages/viewpageattachments.action?pageId=${attachment.pageId}&preview=${encodeURIComponent(`/${attachment.pageId}/${numericId}/${attachment.title}`)}`;
  return {
    fileId: attachment.fileId,
    downloadLink: download,
    createdAt: attachment.createdAt,
    mediaTypeDescription: describeMediaType(attachment.mediaType),
    webuiLink: webui,
    comment: attachment.comment,
    version: {
      number: attachment.version,
      message: attachment.comment,
      minorEdit: false,
      authorId: attachment.authorId,
      createdAt: attachment.createdAt,
    },
    pageId: attachment.pageId,
    status: 'current',
    title: attachment.title,
    fileSize: attachment.data.length,
    mediaType: attachment.mediaType,
    id: attachment.id,
    _links: { download, webui },
  };
}

export function v2Label(label: SandboxLabel): Record<string, unknown> {
  return { prefix: label.prefix, name: label.name, id: label.id };
}

export function describeMediaType(mediaType: string): string {
  const known: Record<string, string> = {
    'image/png': 'PNG Image',
    'image/jpeg': 'JPEG Image',
    'image/gif': 'GIF Image',
    'application/pdf': 'PDF Document',
    'text/plain': 'Text File',
    'text/csv': 'CSV File',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel Spreadsheet',
  };
  return known[mediaType] ?? 'File';
}
