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

/**
 * The writers' `linkTargets` for the page written to `fromFile`: a page of the export (same space,
 * same title) becomes the relative path of its Markdown file; anything else stays a wiki link.
 */
export function pageLinkTargets(
  fromFile: string,
  pages: readonly LinkablePage[],
  stems: ReadonlyMap<string, string>,
  spaceKey: string | null,
  extension = '.md',
): (target: { title: string; spaceKey: string | null; id?: string | null }) => string | null {
  return (target) => {
    if (target.spaceKey && spaceKey && target.spaceKey !== spaceKey) return null;
    const page = (target.id ? pages.find((p) => p.id === target.id) : undefined) ?? pages.find((p) => p.title === target.title);
    const stem = page ? stems.get(page.id) : undefined;
    return stem ? relativeLink(fromFile, `${stem}${extension}`) : null;
  };
}
