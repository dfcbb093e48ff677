import { statSync } from 'node:fs';

/**
 * What an input is as far as the XML export reader cares, from one synchronous `stat`: a folder,
 * a `.zip` file, or anything else (a page file, or a path that does not exist). Light on purpose:
 * `convert` asks it of every input before it loads the XML export reader, which only a folder or a
 * zip can need (start-up, issue 17).
 */
export function folderOrZip(path: string): 'folder' | 'zip' | null {
  let isFolder: boolean;
  try {
    const info = statSync(path, { throwIfNoEntry: false });
    if (info === undefined) return null;
    isFolder = info.isDirectory();
  } catch {
    return null;
  }
  if (isFolder) return 'folder';
  return path.toLowerCase().endsWith('.zip') ? 'zip' : null;
}
