import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** The temporary names `writeFileAtomic` uses: `<target>.<pid>.<8 hex>.tmp`. */
const atomicTempName = /\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Removes the temporary files that an interrupted run (killed, power cut) left below `dir`, so a
 * re-run leaves nothing half-written behind. Files of a process that is still running are kept.
 * Returns how many were removed.
 */
export async function removeStaleTempFiles(dir: string): Promise<number> {
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
      if (entry.isDirectory()) await walk(path);
      else {
        const match = atomicTempName.exec(entry.name);
        if (match && !isRunning(Number(match[1]))) {
          await rm(path, { force: true });
          removed++;
        }
      }
    }
  };
  await walk(dir);
  return removed;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
