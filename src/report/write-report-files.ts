import { rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { makeFolder } from '../files/make-folder.js';

/** Writes each file atomically (temp file, then rename) into `dir`. */
export async function writeReportFiles(dir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  await makeFolder(dir);
  const written: string[] = [];
  for (const [name, text] of files) {
    const target = join(dir, name);
    await writeAtomically(target, text);
    written.push(target);
  }
  return written;
}

export async function writeAtomically(target: string, text: string): Promise<void> {
  await makeFolder(dirname(target));
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, target);
}
