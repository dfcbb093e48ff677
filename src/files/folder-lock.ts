import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { WikiportError } from '../errors.js';
import { makeFolder } from './make-folder.js';
import { isRunning } from './process-running.js';

/** A lock held on a folder while a run writes into it; `release` removes it (idempotent). */
export interface FolderLock {
  release(): Promise<void>;
}

/**
 * Takes `<folder>/<name>` for this process (the file holds its process id), so that two runs never
 * write one folder at once: their journals and manifests would interleave. A lock left by a
 * process that no longer runs (killed) is taken over. `what` names the run in the error
 * ("export into ops"), which says how to go on.
 */
export async function lockFolder(folder: string, name: string, what: string): Promise<FolderLock> {
  const path = join(folder, name);
  await makeFolder(folder);
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      let released = false;
      return {
        release: async () => {
          if (released) return;
          released = true;
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new WikiportError(
        `another ${what} is running (process ${holder}): wait for it to end, then run this again. ` +
          `If no such process is wikiport's, remove ${path}`,
      );
    }
    // Left by a run that was killed: take it over.
    await rm(path, { force: true });
  }
}
