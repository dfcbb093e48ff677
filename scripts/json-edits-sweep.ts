/**
 * `npm run sweep:json-edits [-- DIR] [--list=refused|wrong|applied] [--page=NAME]`: every single JSON
 * edit a user would make to the meeting of each storage page of DIR (fixtures/minutes-eval/ by
 * default) pushed on its own; prints, per edit kind, how many were applied, refused (grouped by
 * reason) and wrong (see scripts/json-edits-sweep/sweep.ts). Exit 1 when any is wrong.
 */
import { join } from 'node:path';
import { EDIT_KINDS, sweepPage, sweepPages, tally, type SweepResult } from './json-edits-sweep/sweep.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', 'fixtures', 'minutes-eval');
const list = args.find((a) => a.startsWith('--list='))?.slice('--list='.length);
const only = args.find((a) => a.startsWith('--page='))?.slice('--page='.length);
const pages = sweepPages(dir).filter((p) => only === undefined || p.name.includes(only));
const results: SweepResult[] = [];
for (const page of pages) results.push(...sweepPage(page));
const { kinds, reasons } = tally(results);

const rows: (string | number)[][] = EDIT_KINDS.map((k) => [k, kinds.get(k)!.applied, kinds.get(k)!.refused, kinds.get(k)!.wrong, kinds.get(k)!.unchanged]);
const sum = (i: number) => rows.reduce((s, r) => s + (r[i] as number), 0);
rows.push(['total', sum(1), sum(2), sum(3), sum(4)]);
const header = ['edit', 'applied', 'refused', 'wrong', 'no change'];
const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells: (string | number)[]) => cells.map((c, i) => (i === 0 ? String(c).padEnd(width[i]!) : String(c).padStart(width[i]!))).join('  ');
console.log(`${pages.length} pages, ${results.length} edits`);
console.log(line(header));
for (const r of rows) console.log(line(r));
if (reasons.size > 0) {
  console.log('\nrefused, by reason:');
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${reason}`);
}
for (const r of results) {
  const status = r.outcome.status;
  if (status === 'wrong' || status === list) console.log(`\n${status}: ${r.page} ${r.edit.path}${'message' in r.outcome ? `\n  ${r.outcome.message}` : ''}`);
}
process.exit(sum(3) > 0 ? 1 : 0);
