import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write.js';
import { manifestDirName } from '../manifest/manifest.js';

/**
 * Pages publishing asked the wiki to create and has not yet recorded in the manifest, by the key
 * of their file or folder: DIR/.wikiport/publish-pending.json. A run killed between the create and
 * the manifest write leaves the page on the wiki and its entry here, so the next run takes that
 * page as its own (same title, same parent, never edited) instead of failing forever on a title
 * the space already has.
 */
const PendingSchema = z.record(z.string(), z.object({ title: z.string(), parentId: z.string().nullable() }));
export type PendingCreates = z.infer<typeof PendingSchema>;

function pendingPath(root: string): string {
  return join(root, manifestDirName, 'publish-pending.json');
}

export async function readPendingCreates(root: string): Promise<PendingCreates> {
  try {
    const parsed = PendingSchema.safeParse(JSON.parse(await readFile(pendingPath(root), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Records (entry) or forgets (null) one pending create; the file goes when none is left. */
export async function setPendingCreate(root: string, key: string, entry: { title: string; parentId: string | null } | null): Promise<void> {
  const pending = await readPendingCreates(root);
  if (entry) pending[key] = entry;
  else if (key in pending) delete pending[key];
  else return;
  await writeFileAtomic(pendingPath(root), `${JSON.stringify(pending, null, 2)}\n`);
}
