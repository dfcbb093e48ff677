import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * Creates a folder and the missing folders above it, like `mkdir -p`, but always settles.
 *
 * Node's own `mkdir(path, { recursive: true })` never returns when a parent exists yet cannot hold
 * the child: a path under `/proc` or `/sys` (the kernel answers ENOENT, Node reads that as "parent
 * missing", makes the parent, which exists, and tries again forever), or a parent that is a
 * dangling symbolic link. Here each folder is made on its own, top down from the nearest one that
 * exists, and an ENOENT for a folder whose parent was just found or made is the answer: it is
 * thrown, with the path, as the error a user sees.
 */
export async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      await mkdir(current);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Something is there: a folder ends the walk; a file is in the way (EEXIST, as Node says it).
      // (a dangling link ends it too: the child's mkdir then says ENOENT, naming the child)
      if (code === 'EEXIST') {
        const info = await stat(current).catch(() => null);
        if (info === null || info.isDirectory()) break;
        throw error;
      }
      if (code !== 'ENOENT') throw error;
      const parent = dirname(current);
      if (parent === current) throw error;
      missing.push(current);
      current = parent;
    }
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
