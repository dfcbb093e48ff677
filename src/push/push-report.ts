import type { PushSummary } from './push-types.js';

/** The human report of a push: one line per page, diffs on --dry-run, then a count line. */
export function formatPushSummary(summary: PushSummary, options: { diffs: boolean }): string {
  const lines: string[] = [];
  for (const page of summary.pages) {
    const id = page.pageId ? ` (page ${page.pageId})` : '';
    lines.push(`${page.file}${id}: ${page.status}: ${page.message}`);
    if (options.diffs && page.diff) lines.push(page.diff.trimEnd());
  }
  const count = (status: string) => summary.pages.filter((p) => p.status === status).length;
  const parts = [
    ['updated', count('updated')],
    ['merged', count('merged')],
    ['created', count('created')],
    ['would update', count('would-update') + count('would-create')],
    ['unchanged', count('unchanged') + count('no-change')],
    ['conflict', count('conflict')],
    ['refused', count('refused')],
    ['failed', count('failed')],
  ].filter(([, n]) => n !== 0) as Array<[string, number]>;
  lines.push(`wikiport push: ${parts.map(([name, n]) => `${n} ${name === 'conflict' && n !== 1 ? 'conflicts' : name}`).join(', ') || 'nothing to do'}`);
  return lines.join('\n');
}
