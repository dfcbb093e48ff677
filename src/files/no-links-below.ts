import { lstat, readlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { WikiportError } from '../errors.js';

/**
 * Guards an output folder against writes that leave it: no folder between the output folder and
 * a file wikiport writes (or removes) may be a symbolic link, which could point anywhere (a
 * shared drive, another export, /etc). The output folder itself may be a link: the user named it.
 * Folders are looked at once each (their answers are cached for the run).
 */
export class OutputTree {
  readonly root: string;
  private readonly folders = new Map<string, Promise<void>>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Resolves when every folder from the root down to `relativePath`'s own folder is a real folder (or missing). */
  async assertNoLinks(relativePath: string): Promise<void> {
    const parts = relativePath.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
    if (parts.includes('..')) throw new WikiportError(`${relativePath}: a path that leaves the output folder ${this.root}`);
    let folder = '';
    for (const part of parts.slice(0, -1)) {
      folder = folder === '' ? part : `${folder}/${part}`;
      await this.checkFolder(folder);
    }
  }

  /** Like assertNoLinks, for a folder path (every component checked, the last one too). */
  async assertFolderNoLinks(relativeFolder: string): Promise<void> {
    await this.assertNoLinks(`${relativeFolder}/x`);
  }

  /** Refuses a file (e.g. one appended to) that is a symbolic link, and links in its folders. */
  async assertFileNotLink(relativePath: string): Promise<void> {
    await this.assertNoLinks(relativePath);
    const path = join(this.root, relativePath);
    const info = await lstat(path).catch(() => null);
    if (info?.isSymbolicLink()) {
      const target = await readlink(path).catch(() => '?');
      throw new WikiportError(`${path} is a symbolic link (to ${target}); wikiport reads and writes no file through a link inside the export folder. Remove the link`);
    }
  }

  private checkFolder(folder: string): Promise<void> {
    let checked = this.folders.get(folder);
    if (!checked) {
      checked = refuseLink(this.root, folder);
      this.folders.set(folder, checked);
    }
    return checked;
  }
}

async function refuseLink(root: string, folder: string): Promise<void> {
  const path = join(root, folder);
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (info.isSymbolicLink()) {
    const target = await readlink(path).catch(() => '?');
    throw new WikiportError(
      `${path} is a symbolic link (to ${target}); wikiport writes nothing through links inside the output folder. Replace it with a real folder (move the files over), or export into another folder`,
    );
  }
  if (!info.isDirectory()) throw new WikiportError(`${path} is a file where wikiport needs a folder; move it aside`);
}
