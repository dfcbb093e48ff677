/** The normalized shapes every API generation is mapped to; nothing outside this folder sees v1/v2 JSON. */

export interface RemotePage {
  id: string;
  title: string;
  spaceKey: string | null;
  spaceId: string | null;
  /** Current version number. */
  version: number;
  parentId: string | null;
  /** Ancestor ids, root first, when the API gave them (v1); otherwise null. */
  ancestorIds: string[] | null;
  status: string;
  /** Storage XHTML, exactly as the server sent it; null when the body was not requested. */
  storage: string | null;
  /** Label names; null when labels were not requested. */
  labels: string[] | null;
  /** Absolute URL of the page in the browser, when known. */
  webUrl: string | null;
}

export interface RemoteSpace {
  id: string | null;
  key: string;
  name: string | null;
  homepageId: string | null;
}

export interface RemoteAttachment {
  id: string;
  pageId: string;
  /** The file name (`ri:filename` in storage). */
  title: string;
  mediaType: string | null;
  fileSize: number | null;
  version: number | null;
  /** Absolute, same-origin download URL. */
  downloadUrl: string;
}

/** A file to attach to a page; with `attachmentId`, a new version of that attachment. */
export interface AttachmentUpload {
  pageId: string;
  /** The file name in Confluence (`ri:filename`). */
  filename: string;
  data: Buffer;
  mediaType: string;
  attachmentId?: string | null;
  comment?: string;
}

export interface ListOptions {
  /** Fetch storage bodies with the listing (in bulk, not one request per page). */
  body?: boolean;
  /** Fill `labels` (v1: inline; v2: one request per page, so ask only for pages you will write). */
  labels?: boolean;
}

export interface UserRef {
  accountId?: string;
  userKey?: string;
  username?: string;
}

export interface CreatePageInput {
  spaceKey: string;
  parentId?: string | null;
  title: string;
  storage: string;
}

export interface UpdatePageInput {
  id: string;
  title: string;
  storage: string;
  /** The NEW version number (current + 1). */
  version: number;
  message?: string;
  /** Move the page under another parent in the same space. */
  parentId?: string | null;
}

/** One API generation (v1 or v2) behind the normalized client. */
export interface ApiFlavor {
  readonly name: 'v1' | 'v2';
  getSpace(key: string): Promise<RemoteSpace>;
  /** null when the page does not exist (or the account may not see it). */
  findPage(id: string, options: ListOptions): Promise<RemotePage | null>;
  /** Bulk fetch by id; ids that do not exist are absent from the map. */
  getPages(ids: readonly string[], options: ListOptions): Promise<Map<string, RemotePage>>;
  listSpacePages(spaceKey: string, options: ListOptions): AsyncIterable<RemotePage>;
  createPage(input: CreatePageInput): Promise<RemotePage>;
  updatePage(input: UpdatePageInput): Promise<RemotePage>;
  getLabels(id: string): Promise<string[]>;
  listAttachments(pageId: string): AsyncIterable<RemoteAttachment>;
  /** Pages with `title` in the space (at most one, titles are unique per space). */
  findPageByTitle(spaceKey: string, title: string): Promise<RemotePage | null>;
  /** Moves a page to the space's trash (never purges); false when there was no such page any more. */
  trashPage(id: string): Promise<boolean>;
}
