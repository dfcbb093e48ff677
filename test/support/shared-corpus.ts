import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The team's shared folder (real-world corpus, seed page, API reference) sits beside the
 * checkout in CI and on developer machines, but not in a user's fresh clone. Suites that use it
 * call `describeShared` so that they run when it exists and say plainly when it does not.
 */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// WIKIPORT_SHARED (or WIKIPORT_SHARED_DIR) points elsewhere (a git worktree has no `../shared` beside it).
const sharedOverride = process.env.WIKIPORT_SHARED ?? process.env.WIKIPORT_SHARED_DIR;
export const sharedDir = sharedOverride ? resolve(sharedOverride) : resolve(repoRoot, '..', 'shared');
export const hasShared = existsSync(join(sharedDir, 'DESIGN.md'));

export function sharedPath(...parts: string[]): string {
  return join(sharedDir, ...parts);
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}

export function corpusFiles(): string[] {
  if (!hasShared) return [];
  return readdirSync(sharedPath('corpus', 'storage')).filter((f) => !f.startsWith('.')).sort();
}

export const seedPath = sharedPath('seeds', '000_a3be54677079730e.txt');

if (!hasShared) {
  console.warn(`[wikiport tests] ${sharedDir} not found: the shared-corpus suites are skipped (they run in CI).`);
}
