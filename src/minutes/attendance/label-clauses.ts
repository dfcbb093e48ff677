/**
 * Several labels of people written on one line, one clause each: "Present: A, B. Apologies: C.
 * Visitor: D", "Mon 2 Mar · On the call: A / B · Away: C", "Held in the hall. Present: A; Absent: B".
 * A clause ends where a sentence, a semicolon, a middle dot or a bar ends and the next clause opens
 * with a label of people and a colon. Each clause becomes a line of its own, so that it is read as
 * "Label: people" lines parted by `<br>` are; the text before the first such label (a sentence about
 * the meeting, its date) is a line of its own too, which names nobody.
 */
import type { Line } from '../lines.js';
import { textContent } from '../../hub/hub-walk.js';
import { lazyRegExp } from '../lazy-pattern.js';

/** The end of a clause: a full stop, a semicolon, a middle dot, a bullet or a bar, then space; the label and its colon after it. */
const CLAUSE_BREAK = lazyRegExp(() => /(?<=[\p{Ll}\p{N})\]'’])[.;]\s+|\s*[;·•|]\s+|\s+[–—]\s+/gu);
/** A label of one to four words and its colon. */
const LABEL_AHEAD = lazyRegExp(() => /^(\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3})\s*:\s*\S/u);

/**
 * The clauses of one line when a clause after the first opens with a label of people
 * (`peopleKind` gives its kind, null for any other label), and the first does too or two later ones
 * do; the line itself, alone, otherwise. A full stop that ends the last clause is dropped.
 */
export function labelClauses(line: Line, peopleKind: (label: string) => string | null): Line[] {
  const text = line.text;
  if (!text.includes(':')) return [line];
  const head = LABEL_AHEAD.exec(text);
  const headKind = head !== null ? peopleKind(head[1]!.trim()) : null;
  const cuts: { start: number; end: number; words: number; sentence: boolean }[] = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const after = m.index + m[0].length;
    const label = LABEL_AHEAD.exec(text.slice(after));
    const kind = label !== null ? peopleKind(label[1]!.trim()) : null;
    if (kind === null) continue;
    // "Present: A (chair); Wardens: B, C; Treasurer: D": after a semicolon, a label of the same kind as the line's heads a group within its list.
    if (kind === headKind && /^\s*;/.test(m[0])) continue;
    cuts.push({ start: m.index, end: after, words: label![1]!.trim().split(/\s+/).length, sentence: /^\s*[.;]/.test(m[0]) });
  }
  // After text that is no label ("Held in the hall. Present: A; Absent: B"), one label alone may open a remark
  // ("… Apologies received for May: C") or name a property ("Start: 2 May · Team: Platform"): a run of two labels of
  // people makes a roll call, and so does one short label ("Present:") that opens a sentence of its own.
  const opensWithLabel = headKind !== null;
  if (cuts.length === 0 || (!opensWithLabel && cuts.length < 2 && (cuts[0]!.words > 2 || !cuts[0]!.sentence))) return [line];
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut.start));
    from = cut.end;
  }
  parts.push(text.slice(from));
  return parts
    .map((part) => part.replace(/(?<=[\p{Ll})\]])\.\s*$/u, '').trim())
    .filter((part) => part !== '')
    .map((part) => ({ text: part, struck: line.struck, mentions: line.mentions.filter((m) => part.includes(textContent([m]).trim())) }));
}
