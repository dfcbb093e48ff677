import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256, type ManifestPage } from '../manifest/manifest.js';
import type { OutputTree } from '../files/no-links-below.js';

/**
 * When a page is renamed or moved its files get a new path; the files at the old path are removed
 * if they are exactly what the last export wrote, and kept (and named) if the user edited them.
 * Returns the old paths that were kept.
 */
export async function removeReplacedFiles(tree: OutputTree, before: ManifestPage, after: ManifestPage): Promise<string[]> {
  const out = tree.root;
  const kept: string[] = [];
  for (const format of ['md', 'json'] as const) {
    const old = before.files[format];
    if (!old || old.path === after.files[format]?.path) continue;
    // A file reached through a link inside the export folder is not the export's to remove.
    if (!(await tree.assertNoLinks(old.path).then(() => true, () => false))) {
      kept.push(old.path);
      continue;
    }
    let content: Buffer;
    try {
      content = await readFile(join(out, old.path));
    } catch {
      continue; // already gone
    }
    if (sha256(content) === old.sha256) await rm(join(out, old.path), { force: true });
    else kept.push(old.path);
  }
  return kept;
}
