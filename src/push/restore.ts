import { listBackups, readBackup, saveBackup } from './backups.js';
import { readExportedStorage, readManifest, writeManifest } from '../manifest/manifest.js';
import { recordPushedPage } from './push-files.js';
import { OutputTree } from '../files/no-links-below.js';
import { renderOptionsFor, type UserNameSource } from './push-render-options.js';
import type { PushClient } from './push-types.js';

export interface RestoreOptions {
  /** With user name look-ups (a ConfluenceClient), rewritten page files name mentioned users as export did. */
  client: Pick<PushClient, 'getPage' | 'updatePage'> & UserNameSource;
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
 * The body it replaces is itself backed up first, so a restore can be undone the same way. The
 * export folder then describes the restored version, so a following push or export sees no change.
 */
export async function restorePage(options: RestoreOptions): Promise<RestoreResult> {
  const { client, exportDir, pageId } = options;
  // Restore reads a backup and rewrites kept storage and page files: never through a link.
  const tree = new OutputTree(exportDir);
  await tree.assertFolderNoLinks(`.wikiport/backups/${pageId.replace(/[^0-9A-Za-z_-]/g, '_')}`);
  await tree.assertFolderNoLinks('.wikiport/storage');
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
  // What the wiki stored (servers may normalise storage on save) is the base of the next push.
  const stored = updated.storage !== null && updated.version === remote.version + 1 ? updated.storage : backup.storage;
  const recorded = await recordRestoredPage(options, updated.version, remote.title, stored);
  return {
    ...base,
    newVersion: updated.version,
    message: `restored the body of version ${backup.version} as version ${updated.version} (version ${remote.version} is backed up)${recorded ? '; the export folder now describes it' : ''}`,
  };
}

/**
 * Brings the export folder's record of the page up to the restored version: the exported storage
 * becomes the restored body and unedited page files are rewritten from it. The body those files
 * were made from stays in the backups, so a file edited meanwhile can still be pushed (against
 * the version it was made from, merged with the restored one). Pages exported with --redact are
 * left for the next export to re-render (with its rules); returns whether the record was updated.
 */
async function recordRestoredPage(options: RestoreOptions, version: number, title: string, storage: string): Promise<boolean> {
  const { exportDir, pageId, client } = options;
  const manifest = await readManifest(exportDir);
  const entry = manifest?.pages[pageId];
  if (!manifest || !entry || entry.deleted || entry.redaction !== null) return false;
  if (!(await listBackups(exportDir, pageId)).includes(entry.version)) {
    const exported = await readExportedStorage(exportDir, entry);
    if (exported !== null) await saveBackup(exportDir, pageId, entry.version, exported);
  }
  const page = { ...entry, version, title };
  manifest.pages[pageId] = await recordPushedPage({
    exportDir,
    page,
    storage,
    pushed: null,
    rewritePushed: false,
    render: (kind) => renderOptionsFor(manifest, page, kind, storage, client),
  });
  await writeManifest(exportDir, manifest);
  return true;
}
