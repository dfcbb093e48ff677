import { posix } from 'node:path';

/** A page of the export as the link map needs it. */
export interface LinkablePage {
  id: string;
  title: string;
}

/** Relative link from one output file to another (both `/`-separated paths inside the output folder). */
export function relativeLink(fromFile: string, toFile: string): string {
  const rel = posix.relative(posix.dirname(fromFile), toFile);
  return rel.split('/').map(encodeURIComponent).join('/');
}

/** Relative path from an output file to a folder (for `attachmentsDir`). */
export function relativeFolder(fromFile: string, folder: string): string {
  return posix.relative(posix.dirname(fromFile), folder) || '.';
}

/** Output file stems of the export's pages, by id and by title, built once for all pages. */
export interface PageStems {
  byId: ReadonlyMap<string, string>;
  byTitle: ReadonlyMap<string, string>;
}

export function pageStems(pages: readonly LinkablePage[], stems: ReadonlyMap<string, string>): PageStems {
  const byId = new Map<string, string>();
  const byTitle = new Map<string, string>();
  for (const page of pages) {
    const stem = stems.get(page.id);
    if (!stem) continue;
    byId.set(page.id, stem);
    if (!byTitle.has(page.title)) byTitle.set(page.title, stem);
  }
  return { byId, byTitle };
}

/**
 * The writers' `linkTargets` for the page written to `fromFile`: a page of the export (same space,
 * same id or title) becomes the relative path of its Markdown file; anything else stays a wiki link.
 */
export function pageLinkTargets(
  fromFile: string,
  stems: PageStems,
  spaceKey: string | null,
  extension = '.md',
): (target: { title: string; spaceKey: string | null; id?: string | null }) => string | null {
  return (target) => {
    if (target.spaceKey && spaceKey && target.spaceKey !== spaceKey) return null;
    const stem = (target.id ? stems.byId.get(target.id) : undefined) ?? stems.byTitle.get(target.title);
    return stem ? relativeLink(fromFile, `${stem}${extension}`) : null;
  };
}
