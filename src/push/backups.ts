import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WikiportError } from '../errors.js';
import { writeFileAtomic } from '../files/atomic-write.js';

/**
 * Before push overwrites a page, the wiki body being replaced is saved here, one file per
 * version: DIR/.wikiport/backups/<page id>/v<N>.xhtml. `wikiport restore` reads them back.
 */
export function backupsDir(exportDir: string, pageId: string): string {
  return join(exportDir, '.wikiport', 'backups', safeId(pageId));
}

export function backupPath(exportDir: string, pageId: string, version: number): string {
  return join(backupsDir(exportDir, pageId), `v${version}.xhtml`);
}

export async function saveBackup(exportDir: string, pageId: string, version: number, storage: string): Promise<string> {
  const path = backupPath(exportDir, pageId, version);
  await writeFileAtomic(path, storage);
  return path;
}

/** Backed-up version numbers of a page, ascending (empty when there are none). */
export async function listBackups(exportDir: string, pageId: string): Promise<number[]> {
  let names: string[];
  try {
    names = await readdir(backupsDir(exportDir, pageId));
  } catch {
    return [];
  }
  return names
    .map((name) => /^v(\d+)\.xhtml$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The backed-up body of `version`, or of the newest backup when no version is given. */
export async function readBackup(exportDir: string, pageId: string, version?: number): Promise<{ version: number; storage: string }> {
  const versions = await listBackups(exportDir, pageId);
  const chosen = version ?? versions[versions.length - 1];
  if (chosen === undefined) {
    throw new WikiportError(
      `No backups for page ${pageId} in ${backupsDir(exportDir, pageId)}: push saves one before each overwrite; pass --dir with the export directory you pushed from`,
    );
  }
  if (!versions.includes(chosen)) {
    throw new WikiportError(
      `No backup of version ${chosen} of page ${pageId}; backed-up versions: ${versions.join(', ') || 'none'} (in ${backupsDir(exportDir, pageId)})`,
    );
  }
  return { version: chosen, storage: await readFile(backupPath(exportDir, pageId, chosen), 'utf8') };
}

function safeId(pageId: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(pageId)) throw new WikiportError(`"${pageId}" is not a page id (expected digits, e.g. 2719745)`);
  return pageId;
}
