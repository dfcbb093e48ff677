import { WikiportError } from '../../errors.js';
import { isDueCue } from '../../minutes/dates.js';
import { classifyHeading } from '../../minutes/sections.js';
import type { ActionItem, Attendee, Meeting } from '../../model/meeting.js';
import { additionAdvice, removalAdvice, type AttendeeAttempt } from './attendee-refusals.js';
import { alignSequences, changedRanges } from '../storage-edits/blocks-align.js';
import { WITH_LINE_BEFORE, asTask, dateSpellings, datedRow, doneSpellings, itemShape, redated, type ItemLine } from './action-item-spellings.js';

/**
 * Meeting edits made in JSON (attendees, action items, decisions), written the way a person would
 * write them in the exported Markdown: a new attendee is a copy of a peer's line or row with the
 * name changed, a removed one loses their line, a closed action item gets `[x]`, a new decision
 * goes under the others. Every edit is one change of the Markdown, tried in a few spellings; a
 * spelling is taken only when the page it makes reads back with exactly that edit (so the shape
 * of the page, whatever it is, decides, and nothing is guessed into the wiki). The Markdown then
 * goes the lossless way (untouched blocks keep their bytes).
 */
export interface MeetingMarkdownJob {
  /** The exported Markdown body (no front matter). */
  markdown: string;
  before: Meeting;
  after: Meeting;
  file: string;
  /** The meeting the page reads as with this Markdown pushed (null: it does not convert). */
  readMeeting: (markdown: string) => Meeting | null;
}

interface Step {
  /** The JSON field, for the refusal. */
  field: string;
  /**
   * An attendee edit may change who an action item's assignee resolves to (a first name read
   * against the attendee list): assignees are then not compared.
   */
  attendees?: true;
  /** The people the step adds, removes or changes: an alternate standing in for one of them may read differently. */
  people?: (string | null)[];
  /** The meeting as it reads after this step. */
  next: (meeting: Meeting) => Meeting;
  /** Markdown spellings of the step, most likely first. */
  candidates: (markdown: string, meeting: Meeting) => string[];
  /**
   * The items may read back in another order: a written action made a Confluence task is read
   * with the page's tasks, which come first.
   */
  itemsInAnyOrder?: true;
  /** Why no spelling fits, and what the user can do instead, when the step can say more than the default. */
  advice?: (markdown: string, meeting: Meeting) => string | null;
  /** Why no spelling fits, told from what the spellings tried read back as (attendees added or removed). */
  diagnose?: (attempts: readonly AttendeeAttempt[], wanted: Meeting, markdown: string, meeting: Meeting) => string;
}

export function meetingEditsThroughMarkdown(job: MeetingMarkdownJob): { markdown: string; notes: string[] } {
  let markdown = job.markdown;
  let meeting = job.before;
  const notes: string[] = [];
  const ids = mentionNames([...job.before.attendees, ...job.after.attendees]);
  for (const step of steps(job.before, job.after)) {
    const wanted = step.next(meeting);
    const tried = new Set<string>();
    let done = false;
    const attempts: AttendeeAttempt[] = [];
    for (const candidate of step.candidates(markdown, meeting)) {
      if (candidate === markdown || tried.has(candidate)) continue;
      tried.add(candidate);
      const read = job.readMeeting(candidate);
      attempts.push({ read });
      if (read && sameMeeting(read, wanted, step.attendees === true, new Set(step.people ?? []), ids, step.itemsInAnyOrder === true)) {
        markdown = candidate;
        meeting = read;
        done = true;
        break;
      }
    }
    if (!done) {
      const advice = step.advice?.(markdown, meeting) ?? step.diagnose?.(attempts, wanted, markdown, meeting) ?? 'no change of the page reads back as this edit (the page writes it in a way push cannot reproduce); make it in the Markdown file instead';
      throw new WikiportError(`${job.file}: ${step.field}: ${advice} (nothing was sent)`);
    }
  }
  if (markdown !== job.markdown) notes.push('meeting edits written into the page as a person would write them');
  return { markdown, notes };
}

/**
 * Account id / user key -> display name, from the attendees that carry both. A mention without a
 * display name of its own is read with the name of the attendee who has its id; when that attendee
 * is removed or renamed, the mention still points at the same person and is read as the bare id.
 */
function mentionNames(attendees: readonly Attendee[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of attendees) {
    for (const id of [a.accountId, a.userKey]) if (id && a.name && !names.has(id)) names.set(id, a.name);
  }
  return names;
}

/** A mention written as its bare id, spelt with the name of the person who has that id. */
function namedMentions(text: string, ids: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [id, name] of ids) out = out.split(`@${id}`).join(`@${name}`);
  return out;
}

function sameMeeting(got: Meeting, wanted: Meeting, assigneesMayMove: boolean, people: ReadonlySet<string | null>, ids: ReadonlyMap<string, string> = new Map(), itemsInAnyOrder = false): boolean {
  // The stand-ins of an edited person (on either side) are compared without their seat: the
  // person they stood in for is gone or renamed, which the page may say in more than one way.
  const standIns = new Set([...got.attendees, ...wanted.attendees].filter((a) => a.alternateFor !== null && people.has(a.alternateFor)).map((a) => a.name));
  const loose = (a: Attendee) => (standIns.has(a.name) ? { ...a, alternateFor: null, role: null } : a);
  const sorted = (list: readonly Attendee[]) => JSON.stringify(list.map((a) => JSON.stringify(loose(a))).sort());
  const who = (assignee: string | null) => (assignee === null ? null : (ids.get(assignee) ?? assignee));
  const sameItem = (a: ActionItem, b: ActionItem) =>
    a.done === b.done &&
    (assigneesMayMove || who(a.assignee) === who(b.assignee)) &&
    a.due === b.due &&
    (b.text === wildcardText ||
      (b.text.startsWith(redatedText) ? sameButDates(namedMentions(a.text, ids), b.due, namedMentions(b.text, ids)) : normal(withoutDoneMarks(namedMentions(a.text, ids))) === normal(withoutDoneMarks(namedMentions(b.text, ids)))));
  return (
    sorted(got.attendees) === sorted(wanted.attendees) &&
    got.actionItems.length === wanted.actionItems.length &&
    (itemsInAnyOrder ? sameItemsInAnyOrder(got.actionItems, wanted.actionItems, sameItem) : got.actionItems.every((item, i) => sameItem(item, wanted.actionItems[i]!))) &&
    JSON.stringify(got.decisions.map((d) => normal(d.text))) === JSON.stringify(wanted.decisions.map((d) => normal(d.text))) &&
    JSON.stringify([got.title, got.date, got.agenda]) === JSON.stringify([wanted.title, wanted.date, wanted.agenda])
  );
}

/** Each wanted item matched by its own item of `got`, wherever it stands. */
function sameItemsInAnyOrder(got: readonly ActionItem[], wanted: readonly ActionItem[], same: (a: ActionItem, b: ActionItem) => boolean): boolean {
  const left = [...got];
  return wanted.every((w) => {
    const at = left.findIndex((g) => same(g, w));
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  });
}

/**
 * Whether a page read back has the meeting edits of `after` over `before`, with the same latitude
 * the Markdown way takes (attendees as a set; an item's text the page rewrites when only its date
 * or assignee changed; stand-ins of edited people, and assignees, when attendees changed).
 */
export function readsAsEdited(got: Meeting, before: Meeting, after: Meeting): boolean {
  const wanted: Meeting = {
    ...after,
    actionItems: after.actionItems.map((item, i) => {
      const old = before.actionItems[i];
      return old && normal(old.text) === normal(item.text) ? withTextRewritten(old, item) : item;
    }),
  };
  const beforeKeys = new Set(before.attendees.map(attendeeKey));
  const afterKeys = new Set(after.attendees.map(attendeeKey));
  const people = new Set([...before.attendees.filter((a) => !afterKeys.has(attendeeKey(a))), ...after.attendees.filter((a) => !beforeKeys.has(attendeeKey(a)))].map((a) => a.name));
  return sameMeeting(got, wanted, people.size > 0, people, mentionNames([...before.attendees, ...after.attendees]));
}

/** The marks that close an item written into its text ("(done)", ✅, "[x]"): `done` says it, the text may carry it or not. */
function withoutDoneMarks(text: string): string {
  return text.replace(/^\s*\[[xX]\]\s*|\s*\((?:done|completed?|closed)\)|\s*\[(?:done|completed?)\]|\s*(?:✅|✔️?|☑️?|✓)\s*/giu, ' ');
}

/** An action item whose text the user left alone while changing its assignee: the page rewrites it. */
const wildcardText = '\u0000';
/** Before an item's text: the user changed only its date; the text must read the same but for its dates and the words that announce them. */
const redatedText = '\u0001';

function withTextRewritten(old: ActionItem, now: ActionItem): ActionItem {
  if (old.assignee !== now.assignee) return { ...now, text: wildcardText };
  if (old.due !== now.due) return { ...now, text: `${redatedText}${old.due ?? ''}${redatedText}${now.text}` };
  return now;
}

/** Whether an item re-dated reads as the wanted one (`redatedText`, the old due date, `redatedText`, the text) but for its dates. */
function sameButDates(got: string, due: string | null, wanted: string): boolean {
  const [, oldDue, text] = wanted.split(redatedText) as [string, string, string];
  return withoutDates(got, due) === withoutDates(text, oldDue || null);
}

/** An item's words without its date (ISO, as Markdown writes a date chip, or as the page spells it), the date chip emoji and the words announcing a due date. */
function withoutDates(text: string, due: string | null): string {
  let out = withoutDoneMarks(text);
  if (due) for (const spell of dateSpellings()) out = out.split(spell(due)).join(' ');
  return normal(out.replace(/\d{4}-\d{2}-\d{2}|📅/gu, ' '))
    .split(' ')
    .filter((word) => !isDueCue(word.replace(/[,:]$/, '')))
    .join(' ')
    .replace(/[\s,.;:–-]+$/u, '');
}
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

function steps(before: Meeting, after: Meeting): Step[] {
  return [...attendeeSteps(before.attendees, after.attendees), ...actionItemSteps(before.actionItems, after.actionItems), ...decisionSteps(before.decisions, after.decisions)];
}

// ---------------------------------------------------------------- attendees

const attendeeKey = (a: Attendee) => JSON.stringify(a);

function attendeeSteps(before: readonly Attendee[], after: readonly Attendee[]): Step[] {
  const list: Step[] = [];
  for (const range of changedRanges(before.length, after.length, alignSequences(before.map(attendeeKey), after.map(attendeeKey)))) {
    const paired = Math.min(range.baseEnd - range.baseStart, range.otherEnd - range.otherStart);
    for (let k = 0; k < paired; k++) list.push(changeAttendee(before[range.baseStart + k]!, after[range.otherStart + k]!, range.otherStart + k));
    for (let k = range.baseStart + paired; k < range.baseEnd; k++) list.push(removeAttendee(before[k]!, k));
    for (let k = range.otherStart + paired; k < range.otherEnd; k++) list.push(addAttendee(after[k]!, k));
  }
  return list;
}

const replaceAttendee = (list: readonly Attendee[], old: Attendee, now: Attendee | null): Attendee[] => {
  const at = list.findIndex((a) => attendeeKey(a) === attendeeKey(old));
  const copy = [...list];
  if (at >= 0) copy.splice(at, 1, ...(now ? [now] : []));
  return copy;
};

function removeAttendee(person: Attendee, index: number): Step {
  return {
    field: `meeting.attendees[${index}] (removed)`,
    attendees: true,
    people: [person.name],
    next: (m) => ({ ...m, attendees: replaceAttendee(m.attendees, person, null) }),
    candidates: (markdown) => withoutPerson(markdown, person),
    diagnose: (attempts, wanted, markdown) => removalAdvice(person, attempts, wanted, findPerson(markdown.split('\n'), person).map((f) => f.line)),
  };
}

function addAttendee(person: Attendee, index: number): Step {
  return {
    field: `meeting.attendees[${index}] (added)`,
    attendees: true,
    next: (m) => ({ ...m, attendees: [...m.attendees, person] }),
    candidates: (markdown, meeting) => withPerson(markdown, meeting, person),
    diagnose: (attempts, wanted, _markdown, meeting) => additionAdvice(person, attempts, wanted, meeting.attendees.filter((a) => a.name && a.group === person.group).length),
  };
}

function changeAttendee(old: Attendee, now: Attendee, index: number): Step {
  // A renamed person is no longer the mentioned user: their ids may go with the old name.
  const seat = (a: Attendee) => JSON.stringify({ ...a, name: null, organization: null, accountId: null, userKey: null });
  const idsKeptOrDropped = (now.accountId === null || now.accountId === old.accountId) && (now.userKey === null || now.userKey === old.userKey);
  const renamedOnly = seat(old) === seat(now) && idsKeptOrDropped;
  const presenceOnly = JSON.stringify({ ...old, present: null }) === JSON.stringify({ ...now, present: null });
  return {
    field: `meeting.attendees[${index}]${presenceOnly ? '.present' : ''}`,
    attendees: true,
    people: [old.name, now.name],
    next: (m) => ({ ...m, attendees: replaceAttendee(m.attendees, old, now) }),
    advice: (markdown, meeting) => (presenceOnly ? presenceAdvice(markdown, meeting, old, now) : null),
    candidates: (markdown, meeting) => {
      const out: string[] = [];
      if (renamedOnly) for (const candidate of renamed(markdown, old, now)) out.push(candidate);
      // Presence, group or role: the row's other cells taken from a peer who reads that way ...
      for (const candidate of cellsLikePeer(markdown, meeting, old, now)) out.push(candidate);
      // ... or the person moved to where such peers are.
      const others = meeting.attendees.filter((a) => attendeeKey(a) !== attendeeKey(old));
      for (const removed of withoutPerson(markdown, old).slice(0, 3)) out.push(...withPerson(removed, { ...meeting, attendees: others }, now).slice(0, 6));
      return out;
    },
  };
}

/**
 * A presence the page says by the list a person is in ("Present:", "Regrets:"): the edit must move
 * them, which changes their group too; the refusal names the group that reads that way.
 */
function presenceAdvice(markdown: string, meeting: Meeting, old: Attendee, now: Attendee): string | null {
  const spot = findPerson(markdown.split('\n'), old, 'table-or-list')[0];
  const state = now.present === true ? 'present' : now.present === false ? 'absent' : 'unmarked';
  if (spot && /^\s*\|/.test(markdown.split('\n')[spot.line]!)) {
    return `no row of the person's table writes a presence that reads as ${state} (push copies the table's own spelling); write it in their row of the Markdown file instead`;
  }
  const groups = new Map<string | null, Set<boolean | null>>();
  for (const a of meeting.attendees) groups.set(a.group, (groups.get(a.group) ?? new Set()).add(a.present));
  const own = groups.get(old.group);
  if (!own || own.size !== 1) return null;
  const there = [...groups].filter(([group, values]) => group !== old.group && values.size === 1 && values.has(now.present)).map(([group]) => group);
  if (there.length === 0) {
    return `on this page presence goes with the list a person is in (everyone under "${old.group ?? ''}" reads as ${old.present === true ? 'present' : old.present === false ? 'absent' : 'unmarked'}) and no list reads as ${now.present === true ? 'present' : now.present === false ? 'absent' : 'unmarked'}; move the person in the Markdown file instead`;
  }
  return `on this page presence goes with the list a person is in (the people under ${there.map((g) => `"${g ?? ''}"`).join(' or ')} read as ${now.present === true ? 'present' : now.present === false ? 'absent' : 'unmarked'}); set their "group" to ${there.length > 1 ? 'one of those' : 'that'} as well, so that push moves them there, or move their line in the Markdown file`;
}

interface Found {
  line: number;
  /** The person's token in the line: a mention link, an @-id, or the name. */
  start: number;
  end: number;
}

/** Where a person is written: the first line holding their mention or name as a word. */
function findPerson(lines: readonly string[], person: Attendee, section: 'any' | 'table-or-list' = 'any'): Found[] {
  if (!person.name) return [];
  const name = escapeRegExp(person.name);
  const ids = [person.accountId, person.userKey].filter((x): x is string => Boolean(x)).map(escapeRegExp);
  const patterns = [
    new RegExp(`\\[@?${name}\\]\\([^)]*\\)`),
    ...ids.map((id) => new RegExp(`\\[@?[^\\]]*\\]\\([^)]*${id}[^)]*\\)|@${id}(?![\\w:-])`)),
    new RegExp(`(?<![\\w@])${name}(?![\\w])`),
  ];
  const found: Found[] = [];
  lines.forEach((line, index) => {
    // A task line is an action item, not an attendee's line.
    if (section === 'table-or-list' && (!LIST_OR_ROW.test(line) || /^\s*[-*+]\s+\[[ xX]\]/.test(line))) return;
    for (const pattern of patterns) {
      const match = pattern.exec(visible(line));
      if (match) {
        found.push({ line: index, start: match.index, end: match.index + match[0].length });
        return;
      }
    }
  });
  return found;
}

function renamed(markdown: string, old: Attendee, now: Attendee): string[] {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (const spot of findPerson(lines, old).slice(0, 3)) {
    const original = lines[spot.line]!;
    const token = original.slice(spot.start, spot.end);
    // A mention keeps its link (the same user, shown under another name) when the ids stay; else the plain name.
    const link = /^\[(@?)[^\]]*\](\([^)]*\))$/.exec(token);
    const names = [...new Set([markdownText(now.name!), now.name!])];
    const tokens = link && (now.accountId !== null || now.userKey !== null) ? [`[${link[1]}${markdownText(now.name!)}]${link[2]}`, ...names] : names;
    for (const written of tokens) {
      let line = original.slice(0, spot.start) + written + original.slice(spot.end);
      const end = spot.start + written.length;
      if (old.organization && now.organization && old.organization !== now.organization) line = line.replace(old.organization, now.organization);
      else if (old.organization && !now.organization) line = line.replace(new RegExp(`\\s*[,(]\\s*${escapeRegExp(old.organization)}\\)?`), '');
      else if (!old.organization && now.organization) line = line.slice(0, end) + `, ${now.organization}` + line.slice(end);
      out.push(replaceLine(lines, spot.line, [line]));
    }
  }
  return out;
}

function withoutPerson(markdown: string, person: Attendee): string[] {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (const spot of findPerson(lines, person).slice(0, 3)) {
    const line = lines[spot.line]!;
    const org = person.organization ? `(?:\\s*[,(]\\s*${escapeRegExp(person.organization)}\\)?)?` : '';
    const token = line.slice(spot.start, spot.end);
    // The whole line (list item or table row), or just the person within it.
    out.push(replaceLine(lines, spot.line, []));
    // The last line of a paragraph of broken lines: the line before no longer breaks.
    if (spot.line > 0 && /\\$/.test(lines[spot.line - 1]!) && !/\\$/.test(line)) {
      out.push(replaceLines(lines, spot.line - 1, 2, lines[spot.line - 1]!.replace(/\\$/, '')));
    }
    for (const candidate of withoutItemOfLine(lines, spot, person)) out.push(candidate);
    for (const pattern of [`\\s*[,;]\\s*${escapeRegExp(token)}${org}`, `${escapeRegExp(token)}${org}\\s*[,;]\\s*`, `${escapeRegExp(token)}${org}`]) {
      const cut = line.replace(new RegExp(pattern), '');
      if (cut !== line) out.push(replaceLine(lines, spot.line, [cut]));
    }
  }
  return out;
}

/**
 * The person's item of a line that lists several ("Present: Dr A (Chair), B, C"): from the
 * separator or label before the name to the one after it (with a title before the name, a role in
 * brackets and the organization after it).
 */
function withoutItemOfLine(lines: readonly string[], spot: Found, person: Attendee): string[] {
  const line = lines[spot.line]!;
  const { last, start: segmentStart, end: segmentEnd } = itemOfLine(line, spot, person);
  const out: string[] = [];
  if (last && /^[,;]/.test(last[0])) out.push(replaceLine(lines, spot.line, [line.slice(0, last.index!) + line.slice(segmentEnd)]));
  if (/^[,;]/.test(line.slice(segmentEnd))) out.push(replaceLine(lines, spot.line, [line.slice(0, segmentStart) + line.slice(segmentEnd + 1).replace(/^\s+/, '')]));
  return out;
}

/** Where the person's item of a line starts and ends (the separator or label before it, if any, in `last`). */
function itemOfLine(line: string, spot: Found, person: Attendee): { last: RegExpMatchArray | undefined; start: number; end: number } {
  const starts = [...line.slice(0, spot.start).matchAll(/[,;|]\s*|:(?:\*\*|__)?\s*|^\s*(?:[-*+]|\d+[.)])\s+/g)];
  const last = starts[starts.length - 1];
  let end = spot.end;
  const org = person.organization ? new RegExp(`^\\s*[,(]\\s*${escapeRegExp(person.organization)}\\)?`).exec(line.slice(end)) : null;
  if (org) end += org[0].length;
  // The next separator outside brackets ("A (Org, Role), B").
  let depth = (line.slice(spot.start, end).match(/\(/g) ?? []).length - (line.slice(spot.start, end).match(/\)/g) ?? []).length;
  let at = end;
  for (; at < line.length; at++) {
    const c = line[at]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (/[,;|]/.test(c) || (c === '\\' && at === line.length - 1))) break;
  }
  return { last, start: last ? last.index! + last[0].length : 0, end: at };
}

/** Spellings of a new attendee: a peer's line or row copied with the name, or the name added beside a peer's. */
function withPerson(markdown: string, meeting: Meeting, person: Attendee): string[] {
  if (!person.name) return [];
  const lines = markdown.split('\n');
  const closeness = (a: Attendee) =>
    (a.group === person.group ? 8 : 0) + (a.role === person.role ? 4 : 0) + (a.present === person.present ? 2 : 0) + (Boolean(a.organization) === Boolean(person.organization) ? 1 : 0);
  const peers = meeting.attendees
    .filter((a) => a.name && a.group === person.group)
    .map((a, order) => ({ a, order, score: closeness(a) }))
    .sort((x, y) => y.score - x.score || y.order - x.order)
    .map((p) => p.a);
  const out: string[] = [];
  for (const peer of peers.slice(0, 4)) {
    const spots = findPerson(lines, peer, 'table-or-list');
    // The peer may be named in several lists or tables (attendance, then a discussion table's
    // "Who" column): the last one and the first one are tried, the read back tells which is attendance.
    const places = [...new Set([spots[spots.length - 1], spots[0]].filter((s): s is Found => s !== undefined))];
    // (and the first line naming them at all: a paragraph `**Present:** A, B` is no list or table)
    const first = findPerson(lines, peer)[0];
    if (first && !places.some((p) => p.line === first.line)) places.push(first);
    for (const spot of places) {
      const line = lines[spot.line]!;
      const written = writtenLike(line, spot, peer, person);
      // After the last line of the peer's list or table, and right after the peer's own line.
      const copy = written.line;
      // A copy of the peer's line is a new line of a list or table; a paragraph that names several
      // people ("Regrets: A, B") takes the name beside the peer's instead.
      if (LIST_OR_ROW.test(line)) {
        let end = spot.line;
        while (end + 1 < lines.length && sameBlockKind(lines[end + 1]!, line)) end++;
        // A table row is copied without the other people in it (the peer's alternate) first: the
        // reader takes a name once, so a copy naming them again would read right and write wrong.
        const alone = /^\s*\|/.test(line) ? withoutOtherPeople(copy, written.cell, meeting) : copy;
        for (const row of alone === copy ? [copy] : [alone, copy]) out.push(replaceLine(lines, end, [lines[end]!, row]), replaceLine(lines, spot.line, [line, row]));
        if (/^\s*\|/.test(line)) out.push(replaceLine(lines, end, [lines[end]!, emptyOtherCells(copy, written.cell)]));
      }
      // A line of its own in a paragraph of broken lines (`Name, Role\`), after the peer's.
      if (!LIST_OR_ROW.test(line) && (/\\$/.test(line) || (spot.line > 0 && /\\$/.test(lines[spot.line - 1]!)))) {
        out.push(replaceLine(lines, spot.line, /\\$/.test(line) ? [line, copy] : [`${line}\\`, copy.replace(/\\$/, '')]));
      }
      // A list item or table row inside a quote or panel (`> - Name`): a copy of it right after the peer's.
      if (/^\s*>\s*(?:(?:[-*+]|\d+[.)])\s|\|)/.test(line)) out.push(replaceLine(lines, spot.line, [line, copy]));
      // In the same line, beside the peer (lists of names in one paragraph or cell).
      const after = spot.end + (written.peerOrganization ? written.peerOrganization.length : 0);
      out.push(replaceLine(lines, spot.line, [`${line.slice(0, after)}, ${written.token}${line.slice(after)}`]));
      // ... after the peer's whole item, with the line's own separator ("A, Org; B, Org").
      const item = itemOfLine(line, spot, peer);
      if (/;/.test(line)) out.push(replaceLine(lines, spot.line, [`${line.slice(0, item.end)}; ${written.token}${line.slice(item.end)}`]));
      if (item.end !== after) out.push(replaceLine(lines, spot.line, [`${line.slice(0, item.end)}, ${written.token}${line.slice(item.end)}`]));
    }
  }
  return out;
}

/** The peer's line with the person in the peer's place (mention turned into the plain name, organization swapped). */
function writtenLike(line: string, spot: Found, peer: Attendee, person: Attendee): { line: string; token: string; cell: number; peerOrganization: string | null } {
  const rest = line.slice(spot.end);
  const orgMatch = peer.organization ? new RegExp(`^(\\s*,\\s*|\\s*\\(\\s*)${escapeRegExp(peer.organization)}(\\))?`).exec(rest) : null;
  const name = markdownText(person.name!);
  const organization = person.organization === null ? null : markdownText(person.organization);
  const token = organization && (orgMatch || !peer.organization) ? (orgMatch?.[1]?.includes('(') ? `${name} (${organization})` : `${name}, ${organization}`) : name;
  const tail = orgMatch ? rest.slice(orgMatch[0].length) : rest;
  const cell = tableCells(line.slice(0, spot.start)).length - 1;
  let written = line.slice(0, spot.start) + token + tail;
  // The peer's organization in a cell of its own (Company | Name): the person's in its place.
  if (peer.organization && !orgMatch && /^\s*\|/.test(line)) {
    const cells = tableCells(written);
    const at = cells.findIndex((c, i) => i !== cell && normal(c.replace(/[*_]/g, '')) === normal(peer.organization!));
    if (at > 0) written = cells.map((c, i) => (i === at ? ` ${organization ?? ''} ` : c)).join('|');
  }
  return { line: written, token, cell, peerOrganization: orgMatch ? orgMatch[0] : null };
}

/** A table row with the cells that name another attendee (an alternate beside the person) emptied. */
function withoutOtherPeople(row: string, keep: number, meeting: Meeting): string {
  const names = meeting.attendees.map((a) => a.name).filter((n): n is string => Boolean(n));
  const cells = tableCells(row);
  return cells.map((c, i) => (i === 0 || i === cells.length - 1 || i === keep || !names.some((n) => visible(c).includes(n)) ? c : ' ')).join('|');
}

function emptyOtherCells(row: string, keep: number): string {
  const cells = tableCells(row);
  return cells.map((c, i) => (i === 0 || i === cells.length - 1 || i === keep ? c : ' ')).join('|');
}

/**
 * The person's row with cells taken from another row of the table (presence, role ...): one cell,
 * then two, then every cell but the name, from the rows of peers who read the way the person
 * should (then any other row), and each cell emptied. The read back decides which is right: the
 * page's own spelling of a presence, whatever its columns mean.
 */
function cellsLikePeer(markdown: string, meeting: Meeting, old: Attendee, now: Attendee): string[] {
  if (old.name !== now.name || old.organization !== now.organization) return [];
  const lines = markdown.split('\n');
  const spot = findPerson(lines, old, 'table-or-list')[0];
  if (!spot || !/^\s*\|/.test(lines[spot.line]!)) return [];
  const row = tableCells(lines[spot.line]!);
  const nameCell = tableCells(lines[spot.line]!.slice(0, spot.start)).length - 1;
  const like = (a: Attendee) => a.name !== null && a.name !== old.name && a.present === now.present && a.group === now.group && a.role === now.role;
  const peerLines: number[] = [];
  for (const peer of [...meeting.attendees.filter(like), ...meeting.attendees.filter((a) => a.name !== null && !like(a))]) {
    const at = findPerson(lines, peer, 'table-or-list')[0]?.line;
    if (at !== undefined && at !== spot.line && !peerLines.includes(at) && /^\s*\|/.test(lines[at]!)) peerLines.push(at);
  }
  // The rest of the person's table too (a row of an empty seat may be the one that says "absent").
  for (let at = spot.line - 1; at >= 0 && /^\s*\|/.test(lines[at]!); at--) if (!peerLines.includes(at)) peerLines.push(at);
  for (let at = spot.line + 1; at < lines.length && /^\s*\|/.test(lines[at]!); at++) if (!peerLines.includes(at)) peerLines.push(at);
  const rows = peerLines.map((at) => tableCells(lines[at]!)).filter((cells) => cells.length === row.length && !cells.every((c) => /^\s*:?-+:?\s*$/.test(c) || c.trim() === ''));
  const inner = (i: number) => i > 0 && i < row.length - 1 && i !== nameCell;
  const variants: string[][] = [];
  const add = (cells: string[]) => {
    if (!variants.some((v) => v.join('|') === cells.join('|'))) variants.push(cells);
  };
  for (const peerRow of rows) peerRow.forEach((cell, i) => inner(i) && cell !== row[i] && add(row.map((c, k) => (k === i ? cell : c))));
  row.forEach((cell, i) => inner(i) && cell.trim() !== '' && add(row.map((c, k) => (k === i ? ' ' : c))));
  for (const peerRow of rows) {
    const differing = peerRow.map((cell, i) => i).filter((i) => inner(i) && peerRow[i] !== row[i]);
    for (let a = 0; a < differing.length; a++) for (let b = a + 1; b < differing.length; b++) add(row.map((c, k) => (k === differing[a] || k === differing[b] ? peerRow[k]! : c)));
    add(row.map((c, k) => (inner(k) ? peerRow[k]! : c)));
  }
  return variants.slice(0, 60).map((cells) => replaceLine(lines, spot.line, [cells.join('|')]));
}

/** The cells of a Markdown table row split at its unescaped pipes (the first and last are the text outside the table's edges). */
function tableCells(row: string): string[] {
  return row.split(/(?<!\\)\|/);
}

// ---------------------------------------------------------------- action items

const itemKey = (a: ActionItem) => JSON.stringify(a);

function actionItemSteps(before: readonly ActionItem[], after: readonly ActionItem[]): Step[] {
  const list: Step[] = [];
  for (const range of changedRanges(before.length, after.length, alignSequences(before.map(itemKey), after.map(itemKey)))) {
    const paired = Math.min(range.baseEnd - range.baseStart, range.otherEnd - range.otherStart);
    for (let k = 0; k < paired; k++) list.push(changeItem(range.baseStart + k, before[range.baseStart + k]!, after[range.otherStart + k]!, range.otherStart + k));
    for (let k = range.baseEnd - 1; k >= range.baseStart + paired; k--) list.push(removeItem(k, before[k]!));
    for (let k = range.otherStart + paired; k < range.otherEnd; k++) list.push(addItem(k, after[k]!));
  }
  return list;
}

/** The Markdown lines of the page's action items, in order: task lines first, then other list lines sharing most words. */
function itemLine(lines: readonly string[], item: ActionItem): number | null {
  const words = new Set(normal(item.text).toLowerCase().split(' ').filter((w) => w.length > 2));
  let best: number | null = null;
  let bestScore = 0;
  lines.forEach((line, index) => {
    const lineWords = visible(line).toLowerCase().split(/[^\p{L}\p{N}@:-]+/u);
    const score = lineWords.filter((w) => words.has(w)).length + (/^\s*[-*+]\s+\[[ xX]\]/.test(line) ? 0.5 : 0);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return bestScore >= Math.min(2, words.size) ? best : null;
}

function changeItem(position: number, old: ActionItem, now: ActionItem, index: number): Step {
  const textKept = normal(old.text) === normal(now.text);
  const changed = (['done', 'due', 'assignee', 'text'] as const).filter((f) => (f === 'text' ? !textKept : old[f] !== now[f]));
  return {
    field: `meeting.actionItems[${index}]${changed.length === 1 ? `.${changed[0]}` : ''}`,
    advice: (markdown) => itemAdvice(markdown.split('\n'), old, now),
    ...(old.done !== now.done ? { itemsInAnyOrder: true as const } : {}),
    next: (m) => {
      const items = [...m.actionItems];
      items[position] = textKept ? withTextRewritten(old, now) : now;
      return { ...m, actionItems: items };
    },
    candidates: (markdown, meeting) => {
      const lines = markdown.split('\n');
      const at = itemLine(lines, old);
      if (at === null) return [];
      const line = lines[at]!;
      const context: ItemLine = { lines, at, lineOf: (item) => itemLine(lines, item), items: meeting.actionItems };
      const variants = old.done === now.done ? [line] : doneSpellings(context, now.done);
      if (variants.length === 0) return [];
      if (old.due !== now.due) {
        const next: string[] = [];
        for (const v of variants) {
          if (old.due && now.due) next.push(...redated(v, old.due, now.due));
          else if (old.due) next.push(v.replace(new RegExp(`\\s*(?:by\\s+|due\\s+)?(?:📅\\s*)?${escapeRegExp(old.due)}`), ''), v.replace(new RegExp(`\\s*(?:📅\\s*)?${escapeRegExp(old.due)}`), ''));
          else if (now.due && itemShape(v) === 'table-row') next.push(...datedRow({ ...context, lines: lines.map((l, k) => (k === at ? v : l)) }, now.due));
          else if (now.due) next.push(...dueSpellings(lines, meeting).map((spell) => `${v}${spell(now.due!)}`));
        }
        variants.splice(0, variants.length, ...next);
      }
      if (old.assignee !== now.assignee) {
        const next: string[] = [];
        const mentions = [...mentionTokens(markdown, now.assignee), ...idsOf(meeting, now.assignee).map((id) => `@${id}`)];
        const oldNames = old.assignee ? [old.assignee, ...idsOf(meeting, old.assignee)].map(escapeRegExp).join('|') : null;
        for (const v of variants) {
          const oldToken = oldNames ? new RegExp(`\\[@?(?:${oldNames})\\]\\([^)]*\\)|\\[@[^\\]]*\\]\\([^)]*(?:${oldNames})[^)]*\\)|@(?:${oldNames})(?![\\w:-])`) : null;
          const box = /^(\s*[-*+]\s+(?:\[[ xX]\]\s+)?)/.exec(v)?.[1] ?? '';
          for (const token of now.assignee ? [...new Set([...mentions, `@${now.assignee}`])] : ['']) {
            const plain = old.assignee ? new RegExp(`(?<![\\w@])${escapeRegExp(old.assignee.split(' ')[0]!)}(?: ${escapeRegExp(old.assignee.split(' ').slice(1).join(' '))})?(?![\\w])\\s*[:\\-–]?\\s*`) : null;
            if (plain && !(oldToken && oldToken.test(v)) && plain.test(v)) next.push(v.replace(plain, token ? `${token.replace(/^@/, '')}: ` : ''));
            if (oldToken && oldToken.test(v)) next.push(v.replace(oldToken, token).replace(/ {2,}/g, ' ').replace(/^(\s*[-*+]\s+(?:\[[ xX]\]\s+)?)\s+/, '$1'));
            else if (!oldToken && token) next.push(box + token + ' ' + v.slice(box.length));
          }
        }
        variants.splice(0, variants.length, ...next);
      }
      if (!textKept) {
        // A new text: the line written afresh (assignee and date written as the page writes them).
        const box = /^(\s*[-*+]\s+(?:\[[ xX]\]\s+)?)/.exec(line)?.[1] ?? '- ';
        variants.push(`${box}${now.text}`);
      }
      return variants.map((v) => (v.startsWith(WITH_LINE_BEFORE) && at > 0 ? replaceLines(lines, at - 1, 2, v.slice(WITH_LINE_BEFORE.length)) : replaceLine(lines, at, [v])));
    },
  };
}

/** Why an action item's edit has no spelling on this page, and what the user can do. */
function itemAdvice(lines: readonly string[], old: ActionItem, now: ActionItem): string | null {
  const at = itemLine(lines, old);
  if (at === null) return `the action item "${old.text}" was not found as a line of the page; edit it in the Markdown file instead`;
  const shape = itemShape(lines[at]!);
  if (old.done !== now.done) {
    const state = now.done ? 'done' : 'open';
    if (shape === 'table-row') return `its row of the actions table has no cell that another item's row writes as ${state} (a status column); write its status in that row of the Markdown file instead`;
    if (shape === 'text' && now.done) {
      const written = `the action is written as text ("${normal(visible(lines[at]!)).slice(0, 60)}") and the page marks none of its written actions done`;
      const task = asTask({ lines, at, lineOf: () => null, items: [] }).length > 0;
      const why = task
        ? 'made a Confluence task, it would not read back as this item (a task names its owner and due date otherwise: a mention, a full date)'
        : 'it cannot be made a Confluence task on its own (it is quoted, or has lines under it)';
      return `${written}; ${why}; tick it in the Markdown file as a task (\`- [x] …\`) or mark it there as your team does`;
    }
    if (shape === 'text') return `the action is written as text and carries no done mark push knows to take away; edit its line in the Markdown file instead`;
  }
  if (old.due !== now.due && old.due) return `its due date is not written as ${old.due} or another date spelling push can rewrite; change it in the Markdown file instead`;
  if (old.due !== now.due) return `no place on its line or row reads back as its due date; add the date in the Markdown file instead`;
  return null;
}

/**
 * How a due date may be added to an item's line: as the page's other items write theirs (the
 * words before the date: " by ", ", due "), then as a date chip, then bare.
 */
function dueSpellings(lines: readonly string[], meeting: Meeting): ((due: string) => string)[] {
  const out = new Map<string, (due: string) => string>();
  for (const item of meeting.actionItems) {
    if (!item.due) continue;
    const at = itemLine(lines, item);
    const line = at === null ? '' : lines[at]!;
    const before = new RegExp(`(\\s*(?:,\\s*)?(?:\\p{L}+\\s+)?(?:📅\\s*)?)${escapeRegExp(item.due)}`, 'u').exec(line)?.[1];
    // The word before the date is copied only when it announces one ("by", "due"): in "the price
    // list 2025-04-09" the date follows the task's own last word.
    const word = before?.replace(/[,📅]/gu, '').trim();
    if (before !== undefined && (word === '' || isDueCue(word!)) && !out.has(before)) out.set(before, (due) => `${before}${due}`);
  }
  for (const lead of [' 📅 ', ' ', ' by ', ', due ']) if (!out.has(lead)) out.set(lead, (due) => `${lead}${due}`);
  return [...out.values()];
}

/** The account ids and user keys of the attendees of this name (a task may mention them by id alone). */
function idsOf(meeting: Meeting, name: string | null): string[] {
  if (!name) return [];
  return meeting.attendees.filter((a) => a.name === name).flatMap((a) => [a.accountId, a.userKey]).filter((id): id is string => Boolean(id));
}

/** How the page writes a mention of this person (a copy of one already on the page), if it has one. */
function mentionTokens(markdown: string, who: string | null): string[] {
  if (!who) return [];
  const escaped = escapeRegExp(who);
  const found = new RegExp(`\\[@?${escaped}\\]\\([^)]*\\)|\\[@[^\\]]*\\]\\([^)]*${escaped}[^)]*\\)|@${escaped}(?![\\w:-])`).exec(markdown);
  return found ? [found[0]] : [];
}

function removeItem(position: number, item: ActionItem): Step {
  return {
    field: `meeting.actionItems[${position}] (removed)`,
    next: (m) => ({ ...m, actionItems: m.actionItems.filter((_, i) => i !== position) }),
    candidates: (markdown) => {
      const lines = markdown.split('\n');
      const at = itemLine(lines, item);
      return at === null ? [] : [replaceLine(lines, at, [])];
    },
  };
}

function addItem(index: number, item: ActionItem): Step {
  return {
    field: `meeting.actionItems[${index}] (added)`,
    next: (m) => {
      const items = [...m.actionItems];
      items.splice(index, 0, item);
      return { ...m, actionItems: items };
    },
    candidates: (markdown, meeting) => {
      const lines = markdown.split('\n');
      const box = item.done ? '[x]' : '[ ]';
      const mention = item.assignee ? [...mentionTokens(markdown, item.assignee), `@${item.assignee}`] : [''];
      const texts: string[] = [];
      for (const m of mention) {
        const head = m && !item.text.includes(m) && !item.text.startsWith('@') ? `${m} ` : '';
        const due = item.due && !item.text.includes(item.due) ? [` 📅 ${item.due}`, ` ${item.due}`] : [''];
        for (const d of due) texts.push(`${head}${item.text}${d}`);
      }
      const out: string[] = [];
      const neighbour = meeting.actionItems[index - 1] ?? meeting.actionItems[index];
      const at = neighbour ? itemLine(lines, neighbour) : null;
      if (at !== null) {
        const indent = /^(\s*)/.exec(lines[at]!)![1]!;
        const marker = /^\s*([-*+]|\d+[.)])/.exec(lines[at]!)?.[1] ?? '-';
        let end = at;
        while (end + 1 < lines.length && /^\s+\S/.test(lines[end + 1]!) && /^(\s*)/.exec(lines[end + 1]!)![1]!.length > indent.length) end++;
        const before = index > 0 && meeting.actionItems[index - 1] !== undefined;
        for (const text of texts) out.push(replaceLine(lines, before ? end : at, before ? [lines[end]!, `${indent}${marker} ${box} ${text}`] : [`${indent}${marker} ${box} ${text}`, lines[at]!]));
      }
      const heading = sectionHeading(lines, 'actions');
      for (const text of texts) {
        if (heading !== null) out.push(replaceLine(lines, heading, [lines[heading]!, '', `- ${box} ${text}`, '']));
        out.push(`${markdown.replace(/\s*$/, '')}\n\n## Action items\n\n- ${box} ${text}\n`);
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------- decisions

function decisionSteps(before: readonly { text: string }[], after: readonly { text: string }[]): Step[] {
  const key = (d: { text: string }) => normal(d.text);
  const list: Step[] = [];
  for (const range of changedRanges(before.length, after.length, alignSequences(before.map(key), after.map(key)))) {
    const paired = Math.min(range.baseEnd - range.baseStart, range.otherEnd - range.otherStart);
    for (let k = 0; k < paired; k++) list.push(changeDecision(range.baseStart + k, before[range.baseStart + k]!.text, after[range.otherStart + k]!.text));
    for (let k = range.baseEnd - 1; k >= range.baseStart + paired; k--) list.push(changeDecision(k, before[k]!.text, null));
    for (let k = range.otherStart + paired; k < range.otherEnd; k++) list.push(addDecision(k, after[k]!.text));
  }
  return list;
}

function changeDecision(position: number, old: string, now: string | null): Step {
  return {
    field: `meeting.decisions[${position}]${now === null ? ' (removed)' : ''}`,
    next: (m) => {
      const decisions = [...m.decisions];
      decisions.splice(position, 1, ...(now === null ? [] : [{ text: now }]));
      return { ...m, decisions };
    },
    candidates: (markdown) => {
      const lines = markdown.split('\n');
      const at = lines.findIndex((line) => normal(visible(line)).includes(normal(old)));
      if (at < 0) return [];
      return now === null ? [replaceLine(lines, at, [])] : [replaceLine(lines, at, [lines[at]!.replace(old, now)])];
    },
  };
}

function addDecision(index: number, text: string): Step {
  return {
    field: `meeting.decisions[${index}] (added)`,
    next: (m) => {
      const decisions = [...m.decisions];
      decisions.splice(index, 0, { text });
      return { ...m, decisions };
    },
    candidates: (markdown, meeting) => {
      const lines = markdown.split('\n');
      const out: string[] = [];
      const neighbour = meeting.decisions[index - 1] ?? meeting.decisions[index];
      if (neighbour) {
        const at = lines.findIndex((line) => normal(visible(line)).includes(normal(neighbour.text)));
        if (at >= 0) {
          const line = lines[at]!;
          const copy = line.slice(0, line.indexOf(neighbour.text.trim().slice(0, 10))) + text;
          out.push(replaceLine(lines, at, index > 0 ? [line, copy] : [copy, line]));
          // A paragraph of its own, like its neighbour (two lines in a row are one paragraph).
          if (!LIST_OR_ROW.test(line)) out.push(replaceLine(lines, at, index > 0 ? [line, '', copy] : [copy, '', line]));
        }
      }
      const heading = sectionHeading(lines, 'decisions');
      if (heading !== null) {
        let end = heading + 1;
        while (end < lines.length && !/^#{1,6}\s/.test(lines[end]!)) end++;
        while (end > heading + 1 && lines[end - 1]!.trim() === '') end--;
        out.push(replaceLine(lines, end - 1, [lines[end - 1]!, ...(end - 1 === heading ? [''] : []), `- ${text}`]));
        out.push(replaceLine(lines, end - 1, [lines[end - 1]!, '', `- ${text}`]));
      }
      const level = /^(#{1,6})\s/.exec(lines.find((l) => /^#{1,6}\s/.test(l)) ?? '## x')![1]!;
      out.push(`${markdown.replace(/\s*$/, '')}\n\n${level} Decisions\n\n- ${text}\n`);
      return out;
    },
  };
}

// ---------------------------------------------------------------- helpers

/** The line of the last heading that announces a section of this kind (as the minutes reader classifies headings). */
function sectionHeading(lines: readonly string[], kind: ReturnType<typeof classifyHeading>): number | null {
  let found: number | null = null;
  lines.forEach((line, index) => {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading && classifyHeading(heading[1]!.replace(/[*_`]/g, '')) === kind) found = index;
  });
  return found;
}

/**
 * The line as a reader sees it: the storage kept in HTML comments (macros wikiport carries
 * unread) blanked out, positions unchanged, so that words inside kept markup are never taken for
 * a person, an action item or a decision.
 */
function visible(line: string): string {
  return line.replace(/<!--[\s\S]*?-->/g, (comment) => ' '.repeat(comment.length));
}

/** A list item (its marker followed by a space: `**bold**` is no list) or a table row. */
const LIST_OR_ROW = /^\s*(?:(?:[-*+]|\d+[.)])\s|\|)/;

function sameBlockKind(line: string, like: string): boolean {
  if (/^\s*\|/.test(like)) return /^\s*\|/.test(line);
  return /^\s*(?:[-*+]|\d+[.)])\s/.test(line) || (/^\s+\S/.test(line) && line.trim() !== '');
}

function replaceLines(lines: readonly string[], at: number, count: number, replacement: string): string {
  return [...lines.slice(0, at), replacement, ...lines.slice(at + count)].join('\n');
}

function replaceLine(lines: readonly string[], at: number, replacement: readonly string[]): string {
  return [...lines.slice(0, at), ...replacement, ...lines.slice(at + 1)].join('\n');
}

/**
 * A name or text as Markdown that reads back as exactly that text: the characters Markdown would
 * take for markup (emphasis, links, HTML, entities, table pipes, smart quotes; a leading `-` or
 * `#`) written with a backslash.
 */
function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>&|"']/g, '\\$&').replace(/^([-#+])/, '\\$1');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
