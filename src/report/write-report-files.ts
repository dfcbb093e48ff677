import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Writes each file atomically (temp file, then rename) into `dir`. */
export async function writeReportFiles(dir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of files) {
    const target = join(dir, name);
    await writeAtomically(target, text);
    written.push(target);
  }
  return written;
}

export async function writeAtomically(target: string, text: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, target);
}
