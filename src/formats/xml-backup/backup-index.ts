import { detach, refOf, textOf, type HibernateObject } from './hibernate-objects.js';
import { backupDate, type BackupAttachment, type BackupComment, type BackupContent, type BackupSpace, type BackupUser } from './backup-model.js';

/** Classes read on the first pass (everything but the bodies of pages and blog posts). */
const metadataClasses = new Set([
  'Page',
  'BlogPost',
  'Comment',
  'Attachment',
  'BodyContent',
  'Space',
  'ConfluenceUserImpl',
  'InternalUser',
  'Label',
  'Labelling',
  'ContentProperty',
]);

export function isMetadataClass(className: string): boolean {
  return metadataClasses.has(className);
}

/** The content classes whose bodies the first pass keeps (the second pass streams the others). */
const bodyKeptOnFirstPass = new Set(['Comment']);

/**
 * Where the first pass keeps comment bodies until their page is written: in memory by default;
 * the export spills them to a temporary file, so that a site's comments do not all sit in memory.
 */
export interface CommentBodyStore {
  put(commentId: string, body: string): void;
  get(commentId: string): string | null;
}

export function memoryCommentBodies(): CommentBodyStore {
  const bodies = new Map<string, string>();
  return { put: (id, body) => void bodies.set(id, body), get: (id) => bodies.get(id) ?? null };
}

export interface BackupIndexOptions {
  /** Keep the earlier versions of pages (for --history); without it only current ones are kept. */
  keepHistory?: boolean;
  commentBodies?: CommentBodyStore;
}

interface InlineCommentFacts {
  anchor?: string;
  markerRef?: string;
  resolved?: boolean;
  inline?: boolean;
}

/**
 * The first pass over entities.xml: spaces, users, every version of every page and blog post
 * (without bodies), comments with their bodies, attachments and labels. Feed it objects with
 * `add`; ask it afterwards. Holds a few hundred bytes per object, never a page body.
 */
export class BackupIndex {
  readonly spaces = new Map<string, BackupSpace>();
  readonly users = new Map<string, BackupUser>();
  readonly contents = new Map<string, BackupContent>();
  readonly comments = new Map<string, BackupComment>();
  readonly attachments = new Map<string, BackupAttachment>();
  readonly commentBodies: CommentBodyStore;
  private readonly keepHistory: boolean;
  /** Earlier versions seen, kept or not. */
  historicalVersions = 0;
  private readonly labels = new Map<string, { name: string; namespace: string }>();
  private readonly labellings: Array<{ labelId: string; contentId: string }> = [];
  private readonly inline = new Map<string, InlineCommentFacts>();
  private readonly displayNames = new Map<string, string>();
  /** Comments whose body was longer than the first pass keeps, cut there. */
  readonly cutCommentBodies: string[] = [];
  /** Objects of the classes read, for the summary. */
  objects = 0;

  constructor(options: BackupIndexOptions = {}) {
    this.keepHistory = options.keepHistory ?? true;
    this.commentBodies = options.commentBodies ?? memoryCommentBodies();
  }

  add(object: HibernateObject): void {
    this.objects++;
    switch (object.class) {
      case 'Page':
      case 'BlogPost':
        this.addContent(object, object.class === 'Page' ? 'page' : 'blogpost');
        return;
      case 'Comment':
        this.comments.set(object.id, {
          id: object.id,
          containerId: refOf(object, 'containerContent')?.id ?? refOf(object, 'page')?.id ?? null,
          parentCommentId: refOf(object, 'parent')?.id ?? null,
          creatorKey: refOf(object, 'creator')?.id ?? null,
          createdAt: backupDate(textOf(object, 'creationDate')),
          updatedAt: backupDate(textOf(object, 'lastModificationDate')),
          bodyType: this.pendingBodies.get(object.id) ?? null,
          status: textOf(object, 'contentStatus') ?? 'current',
          originalVersionId: refOf(object, 'originalVersion')?.id ?? null,
        });
        this.pendingBodies.delete(object.id);
        return;
      case 'Attachment':
        this.attachments.set(object.id, {
          id: object.id,
          containerId: refOf(object, 'containerContent')?.id ?? refOf(object, 'content')?.id ?? null,
          fileName: textOf(object, 'title') ?? textOf(object, 'fileName') ?? object.id,
          version: int(textOf(object, 'version')) ?? 1,
          mediaType: textOf(object, 'contentType') ?? textOf(object, 'mediaType'),
          fileSize: int(textOf(object, 'fileSize')),
          status: textOf(object, 'contentStatus') ?? 'current',
          originalVersionId: refOf(object, 'originalVersion')?.id ?? null,
        });
        return;
      case 'BodyContent':
        this.addBody(object);
        return;
      case 'Space':
        this.spaces.set(object.id, {
          id: object.id,
          key: textOf(object, 'key') ?? object.id,
          name: textOf(object, 'name'),
          homePageId: refOf(object, 'homePage')?.id ?? null,
        });
        return;
      case 'ConfluenceUserImpl':
        this.users.set(object.id, {
          key: object.id,
          name: textOf(object, 'name'),
          email: textOf(object, 'email'),
          displayName: null,
        });
        return;
      case 'InternalUser': {
        const name = textOf(object, 'name') ?? textOf(object, 'lowerName');
        const display = textOf(object, 'displayName');
        if (name && display) this.displayNames.set(name.toLowerCase(), display);
        return;
      }
      case 'Label':
        this.labels.set(object.id, { name: textOf(object, 'name') ?? '', namespace: textOf(object, 'namespace') ?? 'global' });
        return;
      case 'Labelling': {
        const label = refOf(object, 'label');
        const content = refOf(object, 'content');
        if (label && content) this.labellings.push({ labelId: label.id, contentId: content.id });
        return;
      }
      case 'ContentProperty':
        this.addContentProperty(object);
        return;
      default:
        return;
    }
  }

  /** Bodies of comments read before their comment object. */
  private readonly pendingBodies = new Map<string, number>();

  private addBody(object: HibernateObject): void {
    const content = refOf(object, 'content');
    if (!content) return;
    const bodyType = int(textOf(object, 'bodyType')) ?? 2;
    if (bodyKeptOnFirstPass.has(content.class)) {
      // Kept until the end: its own copy, not a slice of the document's chunks.
      let body = detach(textOf(object, 'body') ?? '');
      if (object.cut?.has('body')) {
        this.cutCommentBodies.push(content.id);
        body += '…';
      }
      this.commentBodies.put(content.id, body);
      const comment = this.comments.get(content.id);
      if (comment) comment.bodyType = bodyType;
      else this.pendingBodies.set(content.id, bodyType);
    }
  }

  private addContent(object: HibernateObject, kind: 'page' | 'blogpost'): void {
    const originalVersionId = refOf(object, 'originalVersion')?.id ?? null;
    if (originalVersionId) {
      this.historicalVersions++;
      if (!this.keepHistory) return;
    }
    this.contents.set(object.id, {
      id: object.id,
      kind,
      title: textOf(object, 'title') ?? '',
      spaceId: refOf(object, 'space')?.id ?? null,
      parentId: kind === 'page' ? (refOf(object, 'parent')?.id ?? null) : null,
      originalVersionId,
      status: textOf(object, 'contentStatus') ?? 'current',
      version: int(textOf(object, 'version')) ?? 1,
      creatorKey: refOf(object, 'creator')?.id ?? null,
      lastModifierKey: refOf(object, 'lastModifier')?.id ?? refOf(object, 'lastModifierName')?.id ?? null,
      createdAt: backupDate(textOf(object, 'creationDate')),
      updatedAt: backupDate(textOf(object, 'lastModificationDate')),
      versionComment: nonEmpty(textOf(object, 'versionComment')),
      position: int(textOf(object, 'position')),
    });
  }

  private addContentProperty(object: HibernateObject): void {
    const content = refOf(object, 'content');
    const name = textOf(object, 'name');
    if (!content || !name || content.class !== 'Comment') return;
    const value = textOf(object, 'stringValue') ?? textOf(object, 'longValue') ?? '';
    const facts = this.inline.get(content.id) ?? {};
    if (name === 'inline-original-selection') facts.anchor = value;
    else if (name === 'inline-marker-ref') facts.markerRef = value;
    else if (name === 'inline-comment') facts.inline = value === 'true';
    else if (name === 'status') facts.resolved = value === 'resolved';
    else return;
    this.inline.set(content.id, facts);
  }

  /** The name to show for a user key: the directory's display name, else the login name. */
  userName(key: string | null | undefined): string | null {
    if (!key) return null;
    const user = this.users.get(key);
    if (!user) return null;
    return this.displayNames.get((user.name ?? '').toLowerCase()) ?? user.displayName ?? user.name ?? null;
  }

  /** Global and team labels of a content (personal `my:` labels are private to their owner). */
  labelsOf(contentId: string): string[] {
    return this.labelIndex().get(contentId) ?? [];
  }

  private labelsByContent: Map<string, string[]> | null = null;

  private labelIndex(): Map<string, string[]> {
    if (this.labelsByContent) return this.labelsByContent;
    const index = new Map<string, string[]>();
    for (const { labelId, contentId } of this.labellings) {
      const label = this.labels.get(labelId);
      if (!label || label.name === '' || label.namespace === 'my') continue;
      const list = index.get(contentId) ?? [];
      const name = label.namespace === 'team' ? `team:${label.name}` : label.name;
      if (!list.includes(name)) list.push(name);
      index.set(contentId, list);
    }
    for (const list of index.values()) list.sort();
    this.labelsByContent = index;
    return index;
  }

  /** Labellings whose label is not in the export (the label line names them). */
  missingLabels(): Array<{ labelId: string; contentId: string }> {
    return this.labellings.filter((l) => !this.labels.has(l.labelId));
  }

  inlineFacts(commentId: string): InlineCommentFacts | null {
    return this.inline.get(commentId) ?? null;
  }

  /** Comment bodies whose comment object never came: they belong to nothing known. */
  orphanCommentBodies(): string[] {
    return [...this.pendingBodies.keys()];
  }
}

function int(text: string | null): number | null {
  if (text === null || text.trim() === '') return null;
  const n = Number(text.trim());
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

function nonEmpty(text: string | null): string | null {
  return text && text.trim() !== '' ? text : null;
}
