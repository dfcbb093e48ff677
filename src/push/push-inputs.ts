import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { WikiportError } from '../errors.js';
import { manifestDirName, manifestPath } from '../manifest/manifest.js';

/** Where export puts attachments, relative to the export folder (see reservedRootStems). */
const attachmentsFolder = 'attachments';

/** One file named on the command line (or found in a named folder), with its export folder. */
export interface PushInput {
  /** Absolute path. */
  file: string;
  kind: 'md' | 'json';
  /** The export folder (holding .wikiport/manifest.json) the file lives in, or null. */
  exportDir: string | null;
  /** Path relative to exportDir with `/`, as the manifest spells it (null without exportDir). */
  relativePath: string | null;
}

/** Expands files and folders into Markdown and JSON files, each tied to its export folder. */
export async function resolvePushInputs(paths: readonly string[], cwd: string = process.cwd()): Promise<PushInput[]> {
  const inputs = new Map<string, PushInput>();
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    let info;
    try {
      info = await stat(absolute);
    } catch {
      throw new WikiportError(`${given}: no such file or folder`);
    }
    refuseOwnState(given, absolute);
    const files = info.isDirectory() ? await pageFilesUnder(absolute) : [absolute];
    if (!info.isDirectory() && !kindOf(absolute)) {
      throw new WikiportError(`${given}: push takes Markdown (.md) or wikiport JSON (.json) files, or folders of them`);
    }
    for (const file of files) {
      const kind = kindOf(file);
      if (!kind || inputs.has(file)) continue;
      const exportDir = findExportDir(dirname(file));
      const relativePath = exportDir ? relative(exportDir, file).split(sep).join('/') : null;
      // Downloaded attachments are not pages, even when they are .md or .json files.
      if (info.isDirectory() && relativePath?.startsWith(`${attachmentsFolder}/`)) continue;
      inputs.set(file, { file, kind, exportDir, relativePath });
    }
  }
  return [...inputs.values()];
}

/** A path in an export's .wikiport folder (manifest, kept storage, backups) is wikiport's record, never a page. */
function refuseOwnState(given: string, absolute: string): void {
  const parts = absolute.split(sep);
  const at = parts.lastIndexOf(manifestDirName);
  if (at <= 0 || !existsSync(manifestPath(parts.slice(0, at).join(sep) || sep))) return;
  const folder = relative(process.cwd(), parts.slice(0, at).join(sep)) || '.';
  throw new WikiportError(`${given}: this is wikiport's own record of the export (${manifestDirName}/), not a page; nothing was sent. Push the page files beside it (wikiport push ${folder})`);
}

function kindOf(file: string): 'md' | 'json' | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.json') return 'json';
  return null;
}

async function pageFilesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  // A folder's files before its subfolders: `Parent.md` is pushed (with --create, created) before
  // `Parent/Child.md`, which `--create` puts under it.
  entries.sort((a, b) => Number(a.isDirectory()) - Number(b.isDirectory()) || a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name === manifestDirName || entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const file of await pageFilesUnder(path)) found.push(file);
    else if (entry.isFile() && kindOf(path) && !/\.report\.json$/i.test(entry.name)) found.push(path);
  }
  return found;
}

/** The nearest folder at or above `dir` that holds .wikiport/manifest.json. */
export function findExportDir(dir: string): string | null {
  let current = resolve(dir);
  for (;;) {
    if (existsSync(manifestPath(current))) return current;
    const parent = dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/**
 * The first folder named on the command line that is not (inside) an export folder, none of whose
 * files belongs to one either; null when every named folder is or holds an export.
 */
export async function notAnExportFolder(paths: readonly string[], inputs: readonly PushInput[], cwd: string = process.cwd()): Promise<string | null> {
  for (const given of paths) {
    const absolute = resolve(cwd, given);
    const info = await stat(absolute).catch(() => null);
    if (!info?.isDirectory()) continue;
    const inside = (file: string): boolean => file.startsWith(absolute.endsWith(sep) ? absolute : `${absolute}${sep}`);
    if (!inputs.some((input) => inside(input.file) && input.exportDir !== null)) return given;
  }
  return null;
}
