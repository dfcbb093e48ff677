import { listBackups, readBackup, saveBackup } from './backups.js';
import type { PushClient } from './push-types.js';

export interface RestoreOptions {
  client: Pick<PushClient, 'getPage' | 'updatePage'>;
  /** The export folder whose .wikiport/backups hold the page's versions. */
  exportDir: string;
  pageId: string;
  /** The backed-up version to bring back; default the newest backup. */
  version?: number;
  message?: string;
  dryRun?: boolean;
}

export interface RestoreResult {
  pageId: string;
  title: string;
  /** The version whose body was put back. */
  restoredVersion: number;
  /** The wiki's version before the restore. */
  replacedVersion: number;
  /** The new version written (null on --dry-run or when the body was already current). */
  newVersion: number | null;
  message: string;
}

/**
 * `wikiport restore`: puts a backed-up body back as a NEW version (history is never rewritten).
 * The body it replaces is itself backed up first, so a restore can be undone the same way.
 */
export async function restorePage(options: RestoreOptions): Promise<RestoreResult> {
  const { client, exportDir, pageId } = options;
  const backup = await readBackup(exportDir, pageId, options.version);
  const remote = await client.getPage(pageId, { body: true });
  const base = { pageId, title: remote.title, restoredVersion: backup.version, replacedVersion: remote.version };
  if ((remote.storage ?? '') === backup.storage) {
    return { ...base, newVersion: null, message: `page ${pageId} already has the body of version ${backup.version}; nothing sent` };
  }
  if (options.dryRun) {
    return { ...base, newVersion: null, message: `would write the body of version ${backup.version} as version ${remote.version + 1}; nothing was sent` };
  }
  if (!(await listBackups(exportDir, pageId)).includes(remote.version)) {
    await saveBackup(exportDir, pageId, remote.version, remote.storage ?? '');
  }
  const updated = await client.updatePage({
    id: pageId,
    title: remote.title,
    storage: backup.storage,
    version: remote.version + 1,
    message: options.message ?? `Restored the body of version ${backup.version} (wikiport restore)`,
  });
  return { ...base, newVersion: updated.version, message: `restored the body of version ${backup.version} as version ${updated.version} (version ${remote.version} is backed up)` };
}
