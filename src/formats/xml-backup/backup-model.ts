/**
 * What a Confluence XML export (space export or site backup) holds, as read from entities.xml:
 * everything but the bodies of pages and blog posts, which are streamed on a second pass.
 */

export type ContentKind = 'page' | 'blogpost' | 'comment' | 'attachment';

export interface BackupSpace {
  id: string;
  key: string;
  name: string | null;
  homePageId: string | null;
}

export interface BackupUser {
  key: string;
  /** The login name. */
  name: string | null;
  email: string | null;
  /** From the user directory (crowd's InternalUser), when the export has it. */
  displayName: string | null;
}

/** One version of a page or blog post: the current one, or a historical one (originalVersion set). */
export interface BackupContent {
  id: string;
  kind: 'page' | 'blogpost';
  title: string;
  spaceId: string | null;
  parentId: string | null;
  /** Set on historical versions: the id of the current page they are a version of. */
  originalVersionId: string | null;
  /** current, historical, deleted (in the trash), draft. */
  status: string;
  version: number;
  creatorKey: string | null;
  lastModifierKey: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  versionComment: string | null;
  position: number | null;
}

export interface BackupComment {
  id: string;
  containerId: string | null;
  parentCommentId: string | null;
  creatorKey: string | null;
  createdAt: string | null;
  updatedAt: string | null;
  /** The comment's body type (2 storage, 0 wiki markup); its body is in the index's comment-body store. */
  bodyType: number | null;
  status: string;
  originalVersionId: string | null;
}

export interface BackupAttachment {
  id: string;
  containerId: string | null;
  fileName: string;
  version: number;
  mediaType: string | null;
  fileSize: number | null;
  status: string;
  originalVersionId: string | null;
}

export interface BackupBody {
  id: string;
  contentId: string;
  /** The class of the content the body belongs to (Page, BlogPost, Comment ...). */
  contentClass: string;
  /** 2 storage XHTML, 0 wiki markup (very old versions), 1 ... other. */
  bodyType: number;
  body: string;
}

/** Confluence writes dates as `2013-10-14 16:05:52.000` (server time, no zone): kept as ISO-like text. */
export function backupDate(text: string | null): string | null {
  if (!text) return null;
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(\.\d+)?/.exec(text.trim());
  return m ? `${m[1]}T${m[2]}` : text.trim() || null;
}
