import { readExportedStorage, sha256, type ManifestPage } from '../manifest/manifest.js';

/**
 * The storage a page was exported from, as kept in the export folder, when it is still exactly
 * what the manifest recorded; null otherwise (missing or altered: fetch the body instead).
 */
export async function keptStorage(out: string, entry: ManifestPage | undefined): Promise<string | null> {
  if (!entry) return null;
  const storage = await readExportedStorage(out, entry).catch(() => null);
  return storage !== null && sha256(storage) === entry.files.storage.sha256 ? storage : null;
}
