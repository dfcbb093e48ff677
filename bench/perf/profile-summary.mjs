// Self and total time per function of a .cpuprofile (node --cpu-prof), largest first.
//   node bench/perf/profile-summary.mjs file.cpuprofile [top=40] [filter] [under]
// filter keeps the functions whose name or place holds it; under counts only the samples taken
// inside a function whose name starts with it (e.g. `writePageJson`).
import { readFileSync } from 'node:fs';

const [file, topArg = '40', filter = '', under = ''] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map();
const dt = profile.timeDeltas;
const hits = new Map();
profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (dt[i + 1] ?? 0)));
const key = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(node_modules\/)?/, '')}:${n.callFrame.lineNumber + 1}`;
const total = new Map();
let all = 0;
const inside = (id) => {
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur).callFrame.functionName.startsWith(under)) return true;
  return false;
};
for (const [id, t] of hits) {
  if (under !== '' && !inside(id)) continue;
  all += t;
  const n = byId.get(id);
  self.set(key(n), (self.get(key(n)) ?? 0) + t);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + t);
  }
}
const top = Number(topArg);
const show = (title, map) => {
  console.log(`\n${title} (of ${(all / 1000).toFixed(0)} ms)`);
  for (const [k, t] of [...map].filter(([k]) => k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((100 * t) / all).toFixed(1).padStart(5)}%  ${(t / 1000).toFixed(0).padStart(6)} ms  ${k}`);
};
show('self', self);
show('total', total);
