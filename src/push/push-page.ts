import { ConfluenceHttpError } from '../confluence/http-error.js';
import type { RemotePage } from '../confluence/remote-types.js';
import { saveBackup } from './backups.js';
import type { ManifestPage } from '../manifest/manifest.js';
import { sameLabels } from '../manifest/label-sets.js';
import { mergeBlocks } from './blocks/merge-blocks.js';
import { storageDiff } from './push-diff.js';
import { labelChanges, type LocalEdit } from './push-edit.js';
import { emptyResult, type PagePushResult, type PushClient } from './push-types.js';

/** Attempts when the wiki moves between our read and our write (each one re-reads and re-merges). */
const maxAttempts = 3;

export interface ExistingPagePush {
  client: PushClient;
  exportDir: string;
  file: string;
  page: ManifestPage;
  baseStorage: string;
  edit: LocalEdit;
  dryRun: boolean;
  force: boolean;
  message: string | undefined;
}

export interface ExistingPageOutcome {
  result: PagePushResult;
  /**
   * What the wiki now holds, when push wrote (or found nothing to write); null otherwise.
   * `merged`: the wiki holds more than the file says (its edits were merged in).
   */
  written: { storage: string; version: number; title: string; labels: string[]; merged: boolean } | null;
}

/**
 * Writes one edited page as a new version, never over someone else's edit: the wiki's current
 * version is read first; if it moved since export, the edit is merged block by block with the
 * wiki's, and refused when both changed the same block (unless forced). The body being replaced
 * is backed up before the write.
 */
export async function pushExistingPage(job: ExistingPagePush): Promise<ExistingPageOutcome> {
  const { client, page, edit, file } = job;
  const base = { file, pageId: page.id, title: edit.title, baseVersion: page.version };
  for (let attempt = 1; ; attempt++) {
    const remote = await client.getPage(page.id, { body: true });
    const remoteBody = remote.storage ?? '';
    const title = edit.title !== page.title ? edit.title : remote.title;
    let storage = edit.storage;
    let merged: string[] = [];
    let forced = false;
    if (remote.version !== page.version && remoteBody !== job.baseStorage) {
      const merge = mergeBlocks(job.baseStorage, edit.storage, remoteBody);
      if (merge.conflicts.length > 0 && !job.force) {
        return { result: emptyResult(file, { ...base, status: 'conflict', remoteVersion: remote.version, message: conflictMessage(page, remote, merge.conflicts.map((c) => c.where)) }), written: null };
      }
      if (merge.conflicts.length > 0) forced = true;
      else {
        storage = merge.storage;
        merged = merge.merged;
      }
    }
    // Labels are read (one request) only when the file changed them since export.
    const labelsEdited = edit.labels !== null && !sameLabels(edit.labels, page.labels);
    const remoteLabels = labelsEdited ? await client.getLabels(page.id) : page.labels;
    const labels = labelChanges(page.labels, labelsEdited ? edit.labels : null, remoteLabels);
    const finalLabels = [...remoteLabels.filter((l) => !labels.remove.includes(l)), ...labels.add];
    const bodyChanges = storage !== remoteBody || title !== remote.title;

    if (job.dryRun) {
      const diff = storageDiff(remoteBody, storage, { from: `page ${page.id} v${remote.version} (wiki)`, to: `page ${page.id} v${remote.version + 1} (push)` });
      const labelNote = labels.add.length + labels.remove.length > 0 ? `; labels +[${labels.add.join(', ')}] -[${labels.remove.join(', ')}]` : '';
      const titleNote = title !== remote.title ? `; title "${remote.title}" → "${title}"` : '';
      return {
        result: emptyResult(file, {
          ...base,
          status: bodyChanges || labelNote ? 'would-update' : 'no-change',
          remoteVersion: remote.version,
          merged,
          diff: diff || null,
          message: bodyChanges || labelNote
            ? `would write version ${remote.version + 1}${merged.length > 0 ? ' (merged with the wiki\'s edits)' : ''}${forced ? ' (forced over the wiki\'s edits)' : ''}${titleNote}${labelNote}; nothing was sent`
            : 'the wiki already has this content; nothing to send',
        }),
        written: null,
      };
    }

    let version = remote.version;
    let backup: string | null = null;
    let written = storage;
    if (bodyChanges) {
      backup = await saveBackup(job.exportDir, page.id, remote.version, remoteBody);
      try {
        const updated = await client.updatePage({
          id: page.id,
          title,
          storage,
          version: remote.version + 1,
          ...(job.message ? { message: job.message } : {}),
        });
        version = updated.version;
        // What the wiki stored (servers may normalise storage on save) is the base of the next push.
        if (updated.storage !== null && updated.version === remote.version + 1) written = updated.storage;
      } catch (error) {
        if (error instanceof ConfluenceHttpError && error.status === 409 && attempt < maxAttempts) continue;
        const landed = await landedAnyway(client, page.id, remote.version + 1, storage, error);
        if (landed === null) throw error;
        version = landed;
      }
    }
    if (labels.add.length > 0) await client.addLabels(page.id, labels.add);
    for (const name of labels.remove) await client.removeLabel(page.id, name);

    const status = !bodyChanges && labels.add.length + labels.remove.length === 0 ? 'no-change' : merged.length > 0 ? 'merged' : 'updated';
    const what =
      status === 'no-change'
        ? 'the wiki already has this content; nothing sent'
        : `${bodyChanges ? `wrote version ${version}` : 'updated labels'}${forced ? ` over the wiki's version ${remote.version} (forced; the replaced body is in ${backup})` : ''}` +
          (merged.length > 0 ? `, merged with the wiki's version ${remote.version}: ${merged.join('; ')}` : '');
    return {
      result: emptyResult(file, { ...base, title, status, remoteVersion: remote.version, newVersion: version, merged, backup, message: what }),
      written: { storage: bodyChanges ? written : remoteBody, version, title, labels: finalLabels, merged: written !== edit.storage || title !== edit.title },
    };
  }
}

/**
 * After a write whose answer was lost or unreadable (connection cut, gateway error, half a body),
 * the page itself says whether it landed: at the new version with our body means done, and it
 * must not be sent again. Returns that version, or null when the write did not land.
 */
async function landedAnyway(client: PushClient, id: string, version: number, storage: string, error: unknown): Promise<number | null> {
  const status = error instanceof ConfluenceHttpError ? error.status : null;
  if (status !== null && status >= 400 && status < 500) return null;
  let now: RemotePage;
  try {
    now = await client.getPage(id, { body: true });
  } catch {
    return null;
  }
  return now.version === version && (now.storage ?? '') === storage ? now.version : null;
}

function conflictMessage(page: ManifestPage, remote: RemotePage, where: string[]): string {
  return (
    `page ${page.id} "${remote.title}" was exported at version ${page.version} and is now at version ${remote.version} on the wiki; ` +
    `both your edit and the wiki's changed ${where.join(', ')}. Nothing was written. ` +
    'To resolve: export the page again and redo your edit, or push with --force to overwrite the wiki (its current body is backed up first).'
  );
}
