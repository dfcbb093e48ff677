import { posix } from 'node:path';
import type { RemotePage } from '../confluence/client.js';
import type { PageFileFormat } from './export-types.js';

export type LinkTarget = { title: string; spaceKey: string | null; id?: string | null };

/**
 * The converter's `linkTargets` for one page: a link to another exported page becomes the
 * relative path from this page's file to that page's file (same format), spaces as `%20`.
 * Links to pages outside the export return null (the converter then links the wiki).
 */
export function linkTargetsFor(
  from: RemotePage,
  format: PageFileFormat,
  pages: ReadonlyMap<string, RemotePage>,
  paths: ReadonlyMap<string, string>,
): (target: LinkTarget) => string | null {
  const byTitle = titleIndex(pages);
  const fromPath = paths.get(from.id);
  return (target) => {
    if (!fromPath) return null;
    let id = target.id && pages.has(target.id) ? target.id : null;
    if (!id) {
      const space = target.spaceKey ?? from.spaceKey ?? '';
      id = byTitle.get(`${space}\u0000${target.title}`) ?? null;
    }
    const targetPath = id ? paths.get(id) : undefined;
    if (!targetPath) return null;
    return relativeToFile(fromPath, `${targetPath}.${format}`);
  };
}

/** Relative, URL-encoded link from one file of the export to another (paths relative to the export). */
export function relativeToFile(fromFile: string, toFile: string): string {
  return encodePath(posix.relative(posix.dirname(fromFile), toFile));
}

/** Relative path from a page's file to a folder in the export (attachments), URL-encoded. */
export function relativeFromPage(pagePath: string, folder: string): string {
  return encodePath(posix.relative(posix.dirname(pagePath), folder) || '.');
}

function encodePath(path: string): string {
  return path.split('/').map((part) => encodeURIComponent(part)).join('/');
}

const indexCache = new WeakMap<ReadonlyMap<string, RemotePage>, Map<string, string>>();

function titleIndex(pages: ReadonlyMap<string, RemotePage>): Map<string, string> {
  let index = indexCache.get(pages);
  if (!index) {
    index = new Map();
    for (const page of pages.values()) index.set(`${page.spaceKey ?? ''}\u0000${page.title}`, page.id);
    indexCache.set(pages, index);
  }
  return index;
}
