import { readFileSync, renameSync, writeFileSync } from 'node:fs';

const START = '<!-- bench-table:start -->';
const END = '<!-- bench-table:end -->';

/** README text with the Benchmarks table (between its markers) replaced by `table`. */
export function withBenchTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README has no ${START} … ${END} block to update`);
  return `${readme.slice(0, start + START.length)}\n${table.trimEnd()}\n${readme.slice(end)}`;
}

/** Rewrites the Benchmarks table of the README file in place (temp file, then rename). */
export function updateReadmeTable(path: string, table: string): void {
  const next = withBenchTable(readFileSync(path, 'utf8'), table);
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, next);
  renameSync(tmp, path);
}
