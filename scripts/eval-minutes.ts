/**
 * `npm run eval:minutes [-- DIR] [--misses] [--prefix=c-,a-]`: scores the meeting extractor on the evaluation pages
 * (fixtures/minutes-eval/ by default), one row per page and a total; `--prefix` keeps only pages whose
 * name starts with one of the comma-separated prefixes.
 */
import { join } from 'node:path';
import { evaluateFolder } from './minutes-eval/eval-pages.js';
import { actionsRight, f1, fieldAccuracy, pagePrecision, pageRecall, totalScore } from './minutes-eval/score-meeting.js';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const dir = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', 'fixtures', 'minutes-eval');
const prefixes = args.find((a) => a.startsWith('--prefix='))?.slice('--prefix='.length).split(',').filter((p) => p !== '');
const pages = evaluateFolder(dir, prefixes);
if (pages.length === 0) {
  console.log(`no NAME.expected.json in ${dir}`);
  process.exit(0);
}

const n = (x: number): string => x.toFixed(2);
const yes = (b: boolean): string => (b ? 'ok' : 'NO');
const header = ['page', 'minutes', 'P', 'R', 'F1', 'org', 'role', 'pres', 'alt', 'date', 'actions', 'decisions', 'spk P', 'spk R'];
const rows = pages.map(({ name, score: s }) => [
  name,
  yes(s.isMinutesRight),
  n(pagePrecision(s)),
  n(pageRecall(s)),
  n(f1(pagePrecision(s), pageRecall(s))),
  n(fieldAccuracy(s, 'organization')),
  n(fieldAccuracy(s, 'role')),
  n(fieldAccuracy(s, 'present')),
  n(fieldAccuracy(s, 'alternateFor')),
  yes(s.dateRight),
  `${yes(actionsRight(s))} ${s.actions.found}/${s.actions.expected}`,
  `${yes(s.decisionsCountRight)} ${s.decisions.found}/${s.decisions.expected}`,
  n(s.speakers.found === 0 ? 1 : s.speakers.matched / s.speakers.found),
  n(s.speakers.expected === 0 ? 1 : s.speakers.matched / s.speakers.expected),
]);
const t = totalScore(pages.map((p) => p.score));
const frac = (x: { right: number; of: number }): string => `${x.right}/${x.of}`;
rows.push([
  `TOTAL (${t.pages} pages)`,
  frac(t.isMinutesRight),
  n(t.precision),
  n(t.recall),
  n(t.f1),
  n(t.fields.organization),
  n(t.fields.role),
  n(t.fields.present),
  n(t.fields.alternateFor),
  frac(t.datesRight),
  frac(t.actionsRight),
  frac(t.decisionCountsRight),
  n(t.speakerPrecision),
  n(t.speakerRecall),
]);
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
const line = (cells: string[]): string => `| ${cells.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(
  `\nattendees F1 ${n(t.f1)} (P ${n(t.precision)}, R ${n(t.recall)}); fields ${n(t.fields.all)}; dates ${frac(t.datesRight)}; ` +
    `actions ${frac(t.actionsRight)} (counts ${frac(t.actionCountsRight)}); decisions ${frac(t.decisionCountsRight)}; ` +
    `speakers P ${n(t.speakerPrecision)} R ${n(t.speakerRecall)}; minutes or not ${frac(t.isMinutesRight)}`,
);
if (showMisses) {
  for (const p of pages) if (p.score.misses.length > 0) console.log(`\n${p.name} (${p.input}):\n  ${p.score.misses.join('\n  ')}`);
}
