import type { BackupIndex } from './backup-index.js';
import type { BackupAttachment, BackupComment, BackupContent, BackupSpace } from './backup-model.js';

export interface PlannedComment {
  comment: BackupComment;
  /** The selected text an inline comment is anchored to; null for footer comments. */
  anchor: string | null;
  inline: boolean;
  resolved: boolean | null;
}

/** A current page or blog post to convert, with what belongs to it. */
export interface PlannedPage {
  content: BackupContent;
  space: BackupSpace | null;
  /** The parent used for the tree: null when the page sits at the top of its space. */
  parentId: string | null;
  labels: string[];
  /** Earlier versions, oldest first (the current version is `content`). */
  history: BackupContent[];
  comments: PlannedComment[];
  /** The current version of each attachment. */
  attachments: BackupAttachment[];
}

export interface BackupPlan {
  spaces: BackupSpace[];
  pages: PlannedPage[];
  /** One line each: something the export refers to but lacks, or holds in a shape we cannot use. */
  problems: string[];
  /** Pages and blog posts not converted, by why. */
  skipped: { trashed: number; drafts: number; otherSpaces: number };
}

/**
 * Which pages of a read export to convert, and how they hang together: current pages and blog
 * posts of the chosen spaces (all when none are chosen), each with its earlier versions,
 * comments, attachments and labels. Broken references are reported, never fatal: a page whose
 * parent is missing, trashed or part of a cycle goes to the top of its space.
 */
export function planBackup(index: BackupIndex, spaceKeys: readonly string[] = []): BackupPlan {
  const problems: string[] = [];
  const wanted = new Set(spaceKeys.map((k) => k.toLowerCase()));
  const spaces = [...index.spaces.values()].filter((s) => wanted.size === 0 || wanted.has(s.key.toLowerCase()));
  for (const key of spaceKeys) {
    if (!spaces.some((s) => s.key.toLowerCase() === key.toLowerCase())) {
      const known = [...index.spaces.values()].map((s) => s.key).join(', ') || 'none';
      problems.push(`--space ${key}: no such space in the export (spaces: ${known})`);
    }
  }
  const spaceIds = new Set(spaces.map((s) => s.id));
  const skipped = { trashed: 0, drafts: 0, otherSpaces: 0 };

  const current = new Map<string, BackupContent>();
  const history = new Map<string, BackupContent[]>();
  for (const content of index.contents.values()) {
    if (content.originalVersionId) {
      const list = history.get(content.originalVersionId) ?? [];
      list.push(content);
      history.set(content.originalVersionId, list);
      continue;
    }
    if (wanted.size > 0 && !(content.spaceId !== null && spaceIds.has(content.spaceId))) skipped.otherSpaces++;
    else if (content.status === 'deleted') skipped.trashed++;
    else if (content.status === 'draft') skipped.drafts++;
    else if (content.spaceId === null || !index.spaces.has(content.spaceId)) {
      if (wanted.size === 0) {
        problems.push(`${describe(content)}: its space ${content.spaceId ?? '(none)'} is not in the export; converted without a space`);
        current.set(content.id, content);
      } else skipped.otherSpaces++;
    } else if (!spaceIds.has(content.spaceId)) skipped.otherSpaces++;
    else current.set(content.id, content);
  }
  for (const [originalId, versions] of history) {
    if (!index.contents.has(originalId)) problems.push(`${versions.length} earlier version(s) of page ${originalId}: the page itself is not in the export; skipped`);
  }

  const parentOf = (content: BackupContent): string | null => {
    const parentId = content.parentId;
    if (!parentId) return null;
    if (parentId === content.id) {
      problems.push(`${describe(content)}: it is its own parent; placed at the top of its space`);
      return null;
    }
    if (current.has(parentId)) return parentId;
    const parent = index.contents.get(parentId);
    const why = !parent ? 'is not in the export' : parent.status === 'deleted' ? 'is in the trash' : parent.originalVersionId ? 'is an old version of a page' : 'is not converted';
    problems.push(`${describe(content)}: its parent ${parentId} ${why}; placed at the top of its space`);
    return null;
  };
  const parents = new Map<string, string | null>();
  for (const content of current.values()) parents.set(content.id, parentOf(content));
  breakCycles(parents, (id) => problems.push(`${describe(current.get(id)!)}: its parents form a cycle; placed at the top of its space`));

  const comments = commentsByPage(index, current, problems);
  const attachments = attachmentsByPage(index, current, problems);
  for (const missing of index.missingLabels()) {
    if (current.has(missing.contentId)) problems.push(`${describe(current.get(missing.contentId)!)}: label ${missing.labelId} is not in the export; left out`);
  }

  const pages: PlannedPage[] = [];
  for (const content of current.values()) {
    pages.push({
      content,
      space: content.spaceId ? (index.spaces.get(content.spaceId) ?? null) : null,
      parentId: parents.get(content.id) ?? null,
      labels: index.labelsOf(content.id),
      history: (history.get(content.id) ?? []).filter((v) => v.version !== content.version || v.id !== content.id).sort((a, b) => a.version - b.version),
      comments: comments.get(content.id) ?? [],
      attachments: attachments.get(content.id) ?? [],
    });
  }
  pages.sort((a, b) => compareIds(a.content.id, b.content.id));
  return { spaces, pages, problems, skipped };
}

export function describe(content: Pick<BackupContent, 'id' | 'title' | 'kind'>): string {
  return `${content.kind === 'blogpost' ? 'blog post' : 'page'} ${content.id} "${content.title}"`;
}

/** Cuts every parent cycle: the member met first in id order goes to the top. */
function breakCycles(parents: Map<string, string | null>, onCut: (id: string) => void): void {
  const settled = new Set<string>();
  for (const start of [...parents.keys()].sort(compareIds)) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | null = start;
    while (at !== null && !settled.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = parents.get(at) ?? null;
    }
    if (at !== null && onPath.has(at)) {
      const cycle = path.slice(path.indexOf(at));
      const cut = [...cycle].sort(compareIds)[0]!;
      parents.set(cut, null);
      onCut(cut);
    }
    for (const id of path) settled.add(id);
  }
}

function commentsByPage(index: BackupIndex, pages: ReadonlyMap<string, BackupContent>, problems: string[]): Map<string, PlannedComment[]> {
  const byPage = new Map<string, PlannedComment[]>();
  for (const comment of index.comments.values()) {
    if (comment.originalVersionId || comment.status === 'deleted' || comment.status === 'draft') continue;
    if (!comment.containerId || !pages.has(comment.containerId)) {
      if (!comment.containerId) problems.push(`comment ${comment.id}: it belongs to no page; left out`);
      else if (!index.contents.has(comment.containerId)) problems.push(`comment ${comment.id}: its page ${comment.containerId} is not in the export; left out`);
      continue;
    }
    const facts = index.inlineFacts(comment.id);
    const inline = facts?.inline ?? (facts?.anchor !== undefined || facts?.markerRef !== undefined);
    const list = byPage.get(comment.containerId) ?? [];
    list.push({ comment, anchor: inline ? (facts?.anchor ?? null) : null, inline, resolved: facts?.resolved ?? null });
    byPage.set(comment.containerId, list);
  }
  for (const list of byPage.values()) list.sort((a, b) => (a.comment.createdAt ?? '').localeCompare(b.comment.createdAt ?? '') || compareIds(a.comment.id, b.comment.id));
  return byPage;
}

function attachmentsByPage(index: BackupIndex, pages: ReadonlyMap<string, BackupContent>, problems: string[]): Map<string, BackupAttachment[]> {
  const byPage = new Map<string, BackupAttachment[]>();
  for (const attachment of index.attachments.values()) {
    if (attachment.originalVersionId || attachment.status === 'deleted' || attachment.status === 'draft') continue;
    if (!attachment.containerId || !index.contents.has(attachment.containerId)) {
      problems.push(`attachment ${attachment.id} "${attachment.fileName}": its page ${attachment.containerId ?? '(none)'} is not in the export; left out`);
      continue;
    }
    if (!pages.has(attachment.containerId)) continue;
    const list = byPage.get(attachment.containerId) ?? [];
    list.push(attachment);
    byPage.set(attachment.containerId, list);
  }
  for (const list of byPage.values()) list.sort((a, b) => compareIds(a.id, b.id));
  return byPage;
}

export function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
