import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A convert input that is a whole HTML space export: a `.zip`, or a folder with `index.html` in it.
 * Synchronous: `convert` asks it of every input before any work, and a thousand awaited `stat`
 * calls cost more than the thousand lookups themselves (issue 17).
 */
export function isHtmlExportInput(path: string): boolean {
  if (path.toLowerCase().endsWith('.zip')) return true;
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true && existsSync(join(path, 'index.html'));
  } catch {
    return false;
  }
}
