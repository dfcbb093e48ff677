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
  const path = backupPath(exportDir, pageId, chosen);
  return { version: chosen, storage: backupText(path, await readFile(path)) };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// eslint-disable-next-line no-control-regex
const binaryControls = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** A backup is a page body push saved as UTF-8 text; anything else (damaged, replaced) is never sent back to the wiki. */
function backupText(path: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new WikiportError(`${path} is not a page body wikiport saved (not UTF-8 text); nothing was sent. Restore another version (--version)`);
  }
  const bad = binaryControls.exec(text);
  if (bad) {
    throw new WikiportError(`${path} is not a page body wikiport saved (it holds the control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); nothing was sent. Restore another version (--version)`);
  }
  return text;
}

function safeId(pageId: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(pageId)) throw new WikiportError(`"${pageId}" is not a page id (expected digits, e.g. 2719745)`);
  return pageId;
}
