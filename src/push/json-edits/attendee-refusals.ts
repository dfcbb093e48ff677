import type { Attendee, Meeting } from '../../model/meeting.js';

/**
 * Why no spelling of an attendee added or removed reads back as the edit, told from what the
 * spellings tried did read back as (the page itself says why), and what the user can do instead.
 * Only the message depends on this: whether an edit is taken is decided by the read back alone.
 */
export interface AttendeeAttempt {
  /** The meeting the page reads as with this spelling (null: it did not convert). */
  read: Meeting | null;
}

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;

/** People of `wanted` (but `skip`) who read otherwise in `got`, or are missing or extra there, each with how. */
function othersChanged(got: Meeting, wanted: Meeting, skip: string): string[] {
  const g = got.attendees.filter((a) => a.name !== skip);
  const w = wanted.attendees.filter((a) => a.name !== skip);
  const out: string[] = [];
  for (const a of w) {
    const there = g.find((x) => x.name === a.name);
    if (!there) out.push(`"${a.name ?? ''}" would no longer be read`);
    else if (fieldsDiffer(there, a).length > 0) out.push(`"${a.name ?? ''}" would read with ${fieldsDiffer(there, a).join(', ')}`);
  }
  for (const a of g) if (!w.some((x) => x.name === a.name)) out.push(`"${a.name ?? ''}" would be read as a new attendee`);
  return out;
}

/** The attempt that changes the fewest other people. */
function closest(reads: readonly Meeting[], wanted: Meeting, skip: string): { read: Meeting; others: string[] } | null {
  let best: { read: Meeting; others: string[] } | null = null;
  for (const read of reads) {
    const others = othersChanged(read, wanted, skip);
    if (!best || others.length < best.others.length) best = { read, others };
  }
  return best;
}

/** What besides the attendees reads otherwise: the first action item or decision that changed. */
function restChanged(got: Meeting, wanted: Meeting): string | null {
  const items = (m: Meeting) => m.actionItems.map((i) => i.text.replace(/\s+/g, ' ').trim());
  const gi = items(got);
  const wi = items(wanted);
  const lost = wi.find((t) => !gi.includes(t));
  if (lost) return `the action item ${quote(lost)} is read by their name on the roll and would no longer read the same`;
  if (gi.length !== wi.length) return 'the page would read its action items otherwise';
  if (JSON.stringify(got.decisions.map((d) => d.text)) !== JSON.stringify(wanted.decisions.map((d) => d.text))) return 'the page would read its decisions otherwise';
  return null;
}

/** How a new attendee reads back when not as wanted: the fields that differ. */
function fieldsDiffer(got: Attendee, wanted: Attendee): string[] {
  const out: string[] = [];
  const show = (v: unknown) => (v === null ? 'none' : typeof v === 'string' ? quote(v) : String(v));
  for (const field of ['group', 'present', 'role', 'organization'] as const) {
    if (got[field] !== wanted[field]) out.push(`${field} ${show(got[field])} (not ${show(wanted[field])})`);
  }
  return out;
}

export function removalAdvice(person: Attendee, attempts: readonly AttendeeAttempt[], wanted: Meeting, lines: readonly number[]): string {
  const name = person.name ?? '';
  const reads = attempts.map((a) => a.read).filter((m): m is Meeting => m !== null);
  if (lines.length === 0) {
    return `"${name}" is not written out on any line of the page (the reader puts the name together from the layout, initials or a mention); remove them in the Markdown file instead`;
  }
  const gone = reads.filter((m) => !m.attendees.some((a) => a.name === name));
  const clean = gone.find((m) => othersChanged(m, wanted, name).length === 0);
  const rest = clean ? restChanged(clean, wanted) : null;
  if (clean && rest) return `removing "${name}" from the roll changes the rest of the minutes: ${rest}; remove them and reword that item together in the Markdown file instead`;
  // A part of the name read as a new attendee: the minutes name them elsewhere by it (a vote,
  // a roll call), which the reader joins to the full name on the roll.
  const parts = name.split(/\s+/).filter((w) => w.length > 1);
  const short = gone.flatMap((m) => m.attendees).find((a) => a.name && a.name !== name && !wanted.attendees.some((w) => w.name === a.name) && a.name.split(/\s+/).every((w) => parts.includes(w)));
  if (short?.name) {
    return `the minutes also name "${name}" as "${short.name}" (in a vote, roll call or motion), which the reader joins to the full name on the roll; remove or reword those mentions together in the Markdown file instead`;
  }
  const best = closest(gone, wanted, name);
  if (best && best.others.length > 0) {
    return `every cut of "${name}" push can make changes how the others read (at best ${best.others.slice(0, 2).join('; ')}: the page says who is who by where and how they are written); remove them in the Markdown file instead`;
  }
  if (reads.length > 0 && gone.length === 0) {
    return lines.length > 1
      ? `"${name}" is named in ${lines.length} places of the page and the reader still finds them after each is cut alone; remove the name from each place in the Markdown file instead`
      : `"${name}" is named inside a sentence or cell push cannot cut the name out of (the reader still finds them); edit that line in the Markdown file instead`;
  }
  return `no cut of the line naming "${name}" reads back as the edit; remove them in the Markdown file instead`;
}

export function additionAdvice(person: Attendee, attempts: readonly AttendeeAttempt[], wanted: Meeting, peers: number): string {
  const name = person.name ?? '';
  const group = person.group === null ? 'no group' : `"${person.group}"`;
  const reads = attempts.map((a) => a.read).filter((m): m is Meeting => m !== null);
  if (peers === 0 || attempts.length === 0) {
    return `no one of ${group} is written on a line push can copy for the new attendee; add them in the Markdown file instead`;
  }
  const found = reads.map((m) => ({ m, a: m.attendees.find((x) => x.name === name) })).filter((r) => r.a !== undefined);
  const right = found.filter((r) => fieldsDiffer(r.a!, person).length === 0);
  const clean = right.find((r) => othersChanged(r.m, wanted, name).length === 0);
  const rest = clean ? restChanged(clean.m, wanted) : null;
  if (clean && rest) return `adding "${name}" changes the rest of the minutes: ${rest}; add them in the Markdown file instead`;
  const best = closest(right.map((r) => r.m), wanted, name);
  if (best) {
    return `"${name}" written like their peers changes how the others read (at best ${best.others.slice(0, 2).join('; ')}); add them in the Markdown file instead`;
  }
  if (found.length > 0) {
    const differ = fieldsDiffer(found[0]!.a!, person);
    return `the page's list of ${group} would read a line like their peers' for "${name}" with ${differ.join(', ')}; add them in the Markdown file, or give them the fields their peers read with`;
  }
  return `a copy of a peer's line of ${group} is not read as a new attendee (the group is written in a sentence, a merged table or a layout push does not copy); add them in the Markdown file instead`;
}
