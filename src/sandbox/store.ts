import type {
  PageStatus,
  PageVersion,
  SandboxAttachment,
  SandboxLabel,
  SandboxPage,
  SandboxSpace,
  SandboxUser,
} from './types.js';

export interface NewPage {
  spaceId: string;
  title: string;
  body: string;
  parentId?: string | null;
  authorId: string;
  createdAt?: string;
  message?: string;
  id?: string;
  position?: number;
}

export interface PageEdit {
  title?: string;
  body?: string;
  parentId?: string | null;
  message?: string;
  minorEdit?: boolean;
  authorId?: string;
  createdAt?: string;
}

const byNumericId = (a: { id: string }, b: { id: string }): number => Number(a.id) - Number(b.id);
const byPosition = (a: SandboxPage, b: SandboxPage): number => a.position - b.position || byNumericId(a, b);

/**
 * The wiki's content, in memory: users, spaces, pages with their whole version history,
 * labels and attachments. Tests use it to change the wiki behind a client's back
 * (`editPage` makes a new version as a wiki user would, `deletePage` trashes a page).
 * Sorted listings are cached and rebuilt only after a change, so that big generated
 * spaces list fast.
 */
export class SandboxStore {
  readonly users: SandboxUser[] = [];
  private readonly spacesById = new Map<string, SandboxSpace>();
  private readonly pagesById = new Map<string, SandboxPage>();
  private spaceListing = new Map<string, SandboxPage[]>();
  private childListing = new Map<string, SandboxPage[]>();
  private allListing: SandboxPage[] | undefined;
  private nextPageId = 3_604_480;
  private nextAttachmentId = 1_441_800;
  private nextLabelId = 131_072;
  private nextPosition = 1000;
  /** Computes bodies of synthetic pages, so that 10,000 of them cost little memory. */
  bodyGenerator: ((page: SandboxPage, version: PageVersion) => string) | undefined;
  /** Goes up on every change, so that derived results (CQL matches) know when to recompute. */
  revision = 0;
  /** Clock for new versions; tests may pin it. */
  now: () => Date = () => new Date();

  addUser(user: SandboxUser): void {
    this.users.push(user);
  }

  userByAccountId(accountId: string): SandboxUser | undefined {
    return this.users.find((u) => u.accountId === accountId);
  }

  userByKey(userKey: string): SandboxUser | undefined {
    return this.users.find((u) => u.userKey === userKey);
  }

  userByUsername(username: string): SandboxUser | undefined {
    return this.users.find((u) => u.username === username);
  }

  addSpace(space: SandboxSpace): SandboxSpace {
    this.revision++;
    this.spacesById.set(space.id, space);
    this.spaceListing.set(space.id, []);
    return space;
  }

  spaces(): SandboxSpace[] {
    return [...this.spacesById.values()].sort(byNumericId);
  }

  spaceById(id: string): SandboxSpace | undefined {
    return this.spacesById.get(id);
  }

  spaceByKey(key: string): SandboxSpace | undefined {
    for (const space of this.spacesById.values()) if (space.key === key) return space;
    return undefined;
  }

  page(id: string): SandboxPage | undefined {
    return this.pagesById.get(id);
  }

  /** A page that is not in the trash. */
  livePage(id: string): SandboxPage | undefined {
    const page = this.pagesById.get(id);
    return page && page.status !== 'trashed' ? page : undefined;
  }

  current(page: SandboxPage): PageVersion {
    return page.versions[page.versions.length - 1] as PageVersion;
  }

  version(page: SandboxPage, number: number): PageVersion | undefined {
    return page.versions.find((v) => v.number === number);
  }

  bodyOf(page: SandboxPage, version: PageVersion = this.current(page)): string {
    if (version.body !== undefined) return version.body;
    return this.bodyGenerator ? this.bodyGenerator(page, version) : '';
  }

  titleTaken(spaceId: string, title: string, exceptId?: string): boolean {
    for (const page of this.listSpace(spaceId)) {
      if (page.id !== exceptId && page.status !== 'trashed' && this.current(page).title === title) return true;
    }
    return false;
  }

  pageByTitle(spaceId: string, title: string): SandboxPage | undefined {
    return this.listSpace(spaceId).find((p) => p.status !== 'trashed' && this.current(p).title === title);
  }

  /** Inserts a page as loaded from seed data or generated; no checks. */
  insertPage(page: SandboxPage): SandboxPage {
    this.revision++;
    if (this.pagesById.has(page.id)) throw new Error(`sandbox: page id ${page.id} is used twice`);
    this.pagesById.set(page.id, page);
    const numeric = Number(page.id);
    if (Number.isFinite(numeric) && numeric >= this.nextPageId) this.nextPageId = numeric + 1;
    if (page.position >= this.nextPosition) this.nextPosition = page.position + 1;
    for (const attachment of page.attachments) this.bumpAttachmentId(attachment.id);
    for (const label of page.labels) this.bumpLabelId(label.id);
    this.invalidate();
    return page;
  }

  createPage(input: NewPage): SandboxPage {
    const createdAt = input.createdAt ?? this.now().toISOString();
    const page: SandboxPage = {
      id: input.id ?? String(this.nextPageId++),
      spaceId: input.spaceId,
      parentId: input.parentId ?? null,
      position: input.position ?? this.nextPosition++,
      status: 'current',
      createdAt,
      authorId: input.authorId,
      ownerId: input.authorId,
      versions: [
        { number: 1, title: input.title, body: input.body, message: input.message ?? '', minorEdit: false, authorId: input.authorId, createdAt },
      ],
      labels: [],
      attachments: [],
    };
    return this.insertPage(page);
  }

  /** A new version, as if someone edited the page in the wiki. */
  editPage(id: string, edit: PageEdit): SandboxPage {
    this.revision++;
    const page = this.mustGet(id);
    const previous = this.current(page);
    const body = edit.body ?? this.bodyOf(page, previous);
    page.versions.push({
      number: previous.number + 1,
      title: edit.title ?? previous.title,
      body,
      message: edit.message ?? '',
      minorEdit: edit.minorEdit ?? false,
      authorId: edit.authorId ?? previous.authorId,
      createdAt: edit.createdAt ?? this.now().toISOString(),
    });
    if (edit.parentId !== undefined && edit.parentId !== page.parentId) {
      page.parentId = edit.parentId;
      this.invalidate();
    }
    return page;
  }

  setStatus(id: string, status: PageStatus): SandboxPage {
    this.revision++;
    const page = this.mustGet(id);
    page.status = status;
    return page;
  }

  /** Moves a page to the trash, as the wiki's delete does. */
  deletePage(id: string): SandboxPage {
    return this.setStatus(id, 'trashed');
  }

  /** Removes a page for good, as a purge does; its children move up to its parent. */
  purgePage(id: string): void {
    this.revision++;
    const page = this.mustGet(id);
    for (const child of this.children(id)) child.parentId = page.parentId;
    this.pagesById.delete(id);
    const space = this.spacesById.get(page.spaceId);
    if (space && space.homepageId === id) space.homepageId = null;
    this.invalidate();
  }

  addLabel(pageId: string, name: string, prefix: SandboxLabel['prefix'] = 'global'): SandboxLabel {
    this.revision++;
    const page = this.mustGet(pageId);
    const existing = page.labels.find((l) => l.name === name && l.prefix === prefix);
    if (existing) return existing;
    const label: SandboxLabel = { id: String(this.nextLabelId++), name, prefix };
    page.labels.push(label);
    return label;
  }

  removeLabel(pageId: string, name: string): boolean {
    this.revision++;
    const page = this.mustGet(pageId);
    const before = page.labels.length;
    page.labels = page.labels.filter((l) => l.name !== name);
    return page.labels.length !== before;
  }

  addAttachment(pageId: string, input: Omit<SandboxAttachment, 'id' | 'fileId' | 'pageId' | 'version'> & { id?: string }): SandboxAttachment {
    const page = this.mustGet(pageId);
    this.revision++;
    const numeric = this.nextAttachmentId++;
    const attachment: SandboxAttachment = {
      ...input,
      id: input.id ?? `att${numeric}`,
      fileId: fakeUuid(numeric),
      pageId,
      version: 1,
    };
    this.bumpAttachmentId(attachment.id);
    page.attachments.push(attachment);
    return attachment;
  }

  /** A new version of an attachment's file (an upload to `.../child/attachment/{id}/data`). */
  updateAttachment(pageId: string, attachmentId: string, input: Pick<SandboxAttachment, 'data' | 'mediaType' | 'comment' | 'authorId' | 'createdAt'>): SandboxAttachment | undefined {
    const attachment = this.mustGet(pageId).attachments.find((a) => a.id === attachmentId);
    if (!attachment) return undefined;
    this.revision++;
    Object.assign(attachment, input, { version: attachment.version + 1 });
    return attachment;
  }

  /** Pages of a space (any status), ordered by id. */
  listSpace(spaceId: string): SandboxPage[] {
    let listing = this.spaceListing.get(spaceId);
    if (!listing || listing.length === 0) {
      listing = [];
      for (const page of this.pagesById.values()) if (page.spaceId === spaceId) listing.push(page);
      listing.sort(byNumericId);
      this.spaceListing.set(spaceId, listing);
    }
    return listing;
  }

  /** Every page (any status), ordered by id. */
  listAll(): SandboxPage[] {
    if (!this.allListing) this.allListing = [...this.pagesById.values()].sort(byNumericId);
    return this.allListing;
  }

  /** Direct children (any status), in child position order. */
  children(parentId: string): SandboxPage[] {
    if (this.childListing.size === 0 && this.pagesById.size > 0) {
      for (const page of this.pagesById.values()) {
        if (page.parentId === null) continue;
        const siblings = this.childListing.get(page.parentId);
        if (siblings) siblings.push(page);
        else this.childListing.set(page.parentId, [page]);
      }
      for (const siblings of this.childListing.values()) siblings.sort(byPosition);
    }
    return this.childListing.get(parentId) ?? [];
  }

  /** All descendants of a page, depth first in child order. */
  descendants(pageId: string): SandboxPage[] {
    const out: SandboxPage[] = [];
    const walk = (id: string, depth: number): void => {
      if (depth > 1000) return;
      for (const child of this.children(id)) {
        out.push(child);
        walk(child.id, depth + 1);
      }
    };
    walk(pageId, 0);
    return out;
  }

  /** Ancestors from the root down to the parent. */
  ancestors(page: SandboxPage): SandboxPage[] {
    const chain: SandboxPage[] = [];
    let parentId = page.parentId;
    while (parentId !== null && chain.length < 1000) {
      const parent = this.pagesById.get(parentId);
      if (!parent) break;
      chain.unshift(parent);
      parentId = parent.parentId;
    }
    return chain;
  }

  get pageCount(): number {
    return this.pagesById.size;
  }

  private mustGet(id: string): SandboxPage {
    const page = this.pagesById.get(id);
    if (!page) throw new Error(`sandbox: no page with id ${id}`);
    return page;
  }

  private invalidate(): void {
    this.spaceListing = new Map();
    this.childListing = new Map();
    this.allListing = undefined;
  }

  private bumpAttachmentId(id: string): void {
    const numeric = Number(id.replace(/^att/, ''));
    if (Number.isFinite(numeric) && numeric >= this.nextAttachmentId) this.nextAttachmentId = numeric + 1;
  }

  private bumpLabelId(id: string): void {
    const numeric = Number(id);
    if (Number.isFinite(numeric) && numeric >= this.nextLabelId) this.nextLabelId = numeric + 1;
  }
}

/** A stable UUID-shaped id derived from a number (attachments' `fileId`). */
export function fakeUuid(n: number): string {
  const hex = (n * 2654435761 >>> 0).toString(16).padStart(8, '0') + n.toString(16).padStart(24, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
