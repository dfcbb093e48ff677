import type { ConfluenceClient } from '../confluence/client.js';
import type { Manifest, ManifestPage } from '../manifest/manifest.js';

/**
 * Pages of the manifest that the listing no longer shows are checked in bulk: those gone upstream
 * are marked deleted (their files stay); those that merely left the scope (a CQL query, a moved
 * page) are left as they are. Returns the ids marked deleted.
 */
export async function markDeletedUpstream(client: ConfluenceClient, missing: readonly ManifestPage[], manifest: Manifest, now: string): Promise<string[]> {
  if (missing.length === 0) return [];
  const stillThere = await client.getPages(missing.map((p) => p.id), {});
  const deleted: string[] = [];
  for (const entry of missing) {
    if (stillThere.has(entry.id)) continue;
    manifest.pages[entry.id] = { ...entry, deleted: true, deletedAt: now };
    deleted.push(entry.id);
  }
  return deleted;
}
