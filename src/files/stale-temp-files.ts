import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunning } from './process-running.js';

/** The temporary names `writeFileAtomic` uses: `<target>.<pid>.<8 hex>.tmp`. */
const atomicTempName = /\.(\d+)\.[0-9a-f]{8}\.tmp$/;

export interface StaleTempOptions {
  /** false: `dir` itself only, not its subfolders. */
  recursive?: boolean;
  /** Only temporary files of targets this accepts (by the target's file name). */
  target?: (name: string) => boolean;
}

/**
 * Removes the temporary files that an interrupted run (killed, power cut) left below `dir`, so a
 * re-run leaves nothing half-written behind. Files of a process that is still running are kept.
 * Returns how many were removed.
 */
export async function removeStaleTempFiles(dir: string, options: StaleTempOptions = {}): Promise<number> {
  let removed = 0;
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (options.recursive !== false) await walk(path);
      } else {
        const match = atomicTempName.exec(entry.name);
        if (match && (options.target?.(entry.name.slice(0, match.index)) ?? true) && !isRunning(Number(match[1]))) {
          await rm(path, { force: true });
          removed++;
        }
      }
    }
  };
  await walk(dir);
  return removed;
}
