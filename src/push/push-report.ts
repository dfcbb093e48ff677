import type { PushSummary } from './push-types.js';

const UNCHANGED = new Set(['unchanged', 'no-change']);

/**
 * The human report of a push: one line per page that changed, would change, conflicted or failed
 * (diffs on --dry-run), then a count line; unchanged pages are only counted, as a folder of
 * hundreds would bury the few that matter. A new file skipped for want of --create is still
 * listed: it would change with that option.
 */
export function formatPushSummary(summary: PushSummary, options: { diffs: boolean }): string {
  const lines: string[] = [];
  for (const page of summary.pages) {
    if (UNCHANGED.has(page.status) && page.pageId !== null) continue;
    const id = page.pageId ? ` (page ${page.pageId})` : '';
    lines.push(`${page.file}${id}: ${page.status}: ${page.message}`);
    if (options.diffs && page.diff) lines.push(page.diff.trimEnd());
  }
  const count = (status: string) => summary.pages.filter((p) => p.status === status).length;
  const parts = [
    ['updated', count('updated')],
    ['merged', count('merged')],
    ['created', count('created')],
    ['would update', count('would-update')],
    ['would create', count('would-create')],
    ['removed from the folder', count('removed')],
    ['would move to the trash', count('would-delete')],
    ['moved to the trash', count('deleted')],
    ['unchanged', count('unchanged') + count('no-change')],
    ['conflict', count('conflict')],
    ['refused', count('refused')],
    ['failed', count('failed')],
  ].filter(([, n]) => n !== 0) as Array<[string, number]>;
  lines.push(`wikiport push: ${parts.map(([name, n]) => `${n} ${name === 'conflict' && n !== 1 ? 'conflicts' : name}`).join(', ') || 'nothing to do'}`);
  return lines.join('\n');
}
