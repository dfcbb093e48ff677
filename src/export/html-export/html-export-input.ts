import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A convert input that is a whole HTML space export: a `.zip`, or a folder with `index.html` in it. */
export async function isHtmlExportInput(path: string): Promise<boolean> {
  if (path.toLowerCase().endsWith('.zip')) return true;
  try {
    return (await stat(path)).isDirectory() && existsSync(join(path, 'index.html'));
  } catch {
    return false;
  }
}
