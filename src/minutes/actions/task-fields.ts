/**
 * Task lines that give their deadline and owner as abbreviated fields after the task, as Czech and
 * Slovak minutes write them: "Připravit podklady – T: 14. 4. 2026, Z: Novák" (T = termín, the
 * deadline; Z = zodpovídá, who answers for it). One letter is no label on its own: a line is read
 * this way only when it holds both fields, a deadline field and an owner field.
 */

/** Per language, the one-letter (or short) labels of a task's deadline and owner (lower case). */
const ABBREVIATED: readonly { due: readonly string[]; owner: readonly string[] }[] = [
  // Czech and Slovak: termín / zodpovídá (zodpovedá), also written "Zodp."
  { due: ['t', 'term'], owner: ['z', 'zodp'] },
];

const FIELD = (labels: readonly string[]): RegExp =>
  new RegExp(`(?:^|[\\s,;(–—-])(?:${labels.map((l) => l.replace(/\./g, '\\.')).join('|')})\\.?\\s*:\\s*([^,;()–—]+?)\\s*(?=$|[,;()–—]|\\s[-–—]\\s)`, 'iu');
const FIELDS = ABBREVIATED.map(({ due, owner }) => ({ due: FIELD(due), owner: FIELD(owner) }));

/** The deadline and owner as written in a line's abbreviated fields, and the task before them; null when the line has not both. */
export function abbreviatedTaskFields(line: string): { task: string; due: string; owner: string } | null {
  // Cheap test first: a colon after one letter or a short label somewhere in the line.
  if (!/(?:^|[\s,;(–—-])\p{L}{1,4}\.?\s*:/u.test(line)) return null;
  for (const { due, owner } of FIELDS) {
    const d = due.exec(line);
    const o = d === null ? null : owner.exec(line);
    if (d === null || o === null) continue;
    const start = Math.min(d.index, o.index);
    const task = line.slice(0, start).replace(/[\s,;–—-]+$/u, '').trim();
    return { task, due: d[1]!.trim(), owner: o[1]!.trim() };
  }
  return null;
}
