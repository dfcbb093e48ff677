/**
 * The JSON edit sweep: for each storage page of a folder (fixtures/minutes-eval/ by default), the
 * meeting model as export writes it, then every single edit a user would make to it (an attendee
 * added to each group, each attendee removed, each presence flipped, each action item closed or
 * reopened and given a new due date, a decision added), each pushed the JSON way (`jsonEdit`) on
 * its own. Each edit is counted as applied, refused (with the reason) or wrong: applied, but the
 * pushed storage read again does not give back the edited field, changes the meeting elsewhere,
 * or changes bytes in blocks of the page that do not hold the edited thing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { join } from 'node:path';
import { convert } from '../../src/convert.js';
import { isWikiportError } from '../../src/errors.js';
import { isDueCue } from '../../src/minutes/dates.js';
import { readPageJson } from '../../src/formats/json/read-page-json.js';
import { ManifestPageSchema } from '../../src/manifest/manifest.js';
import type { ActionItem, Attendee, Meeting } from '../../src/model/meeting.js';
import type { PageDocument } from '../../src/model/page-document.js';
import { jsonEdit } from '../../src/push/json-edits/json-edits.js';
import type { RenderOptions } from '../../src/push/push-converters.js';
import { alignSequences, changedRanges } from '../../src/push/storage-edits/blocks-align.js';
import { splitBlocks } from '../../src/push/storage-edits/blocks-split.js';

export const EDIT_KINDS = ['add-attendee', 'remove-attendee', 'flip-presence', 'close-item', 'reopen-item', 'due-date', 'add-decision'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

export interface SweepEdit {
  kind: EditKind;
  /** The JSON path the user edited, as a refusal should name it. */
  path: string;
  /** Makes the edit on a copy of the exported meeting. */
  apply: (meeting: Meeting) => void;
  /** What the page must read as afterwards: null when it does, else what differs. */
  check: (got: Meeting, edited: Meeting, exported: Meeting) => string | null;
  /** Words that a changed block of the storage must hold (before or after the edit). */
  anchors: string[];
}

export type Outcome =
  | { status: 'applied' }
  | { status: 'unchanged' }
  | { status: 'refused'; message: string }
  | { status: 'wrong'; message: string };

export interface SweepResult {
  page: string;
  edit: SweepEdit;
  outcome: Outcome;
}

export interface SweepPage {
  name: string;
  storage: string;
  title: string;
  render: RenderOptions;
}

const NEW_NAME = 'Ines Moreau';
const NEW_DECISION = 'Adopt the revised travel policy';
const NEW_DUE = '2031-02-14';

/** Storage pages of the folder, with their title and user names, in name order. */
export function sweepPages(dir: string): SweepPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.storage.xhtml'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.storage.xhtml'.length);
      const expectedPath = join(dir, `${name}.expected.json`);
      const expected = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as { title?: string | null }) : {};
      const usersPath = join(dir, `${name}.users.json`);
      const users = existsSync(usersPath) ? (JSON.parse(readFileSync(usersPath, 'utf8')) as Record<string, string>) : null;
      const render: RenderOptions = users
        ? { userNames: (u: { accountId?: string; userKey?: string; username?: string }) => users[u.accountId ?? ''] ?? users[u.userKey ?? ''] ?? users[u.username ?? ''] ?? null }
        : {};
      return { name: file, storage: readFileSync(join(dir, file), 'utf8'), title: expected.title ?? name, render };
    });
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
const words = (text: string) =>
  normal(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);

/** Every single edit a user would make to this meeting. */
export function editsOf(meeting: Meeting): SweepEdit[] {
  const edits: SweepEdit[] = [];
  const named = meeting.attendees.filter((a) => a.name);
  const sameExcept = (got: Meeting, edited: Meeting, fields: ('attendees' | 'actionItems' | 'decisions')[]): string | null => {
    for (const field of ['attendees', 'actionItems', 'decisions'] as const) {
      if (fields.includes(field)) continue;
      if (JSON.stringify(got[field]) !== JSON.stringify(edited[field])) return `meeting.${field} changed too`;
    }
    return null;
  };

  // An attendee added to each group, like its last seated member.
  const groups = [...new Set(named.map((a) => a.group))];
  for (const group of groups) {
    const members = named.filter((a) => a.group === group);
    const peer = [...members].reverse().find((a) => a.role !== 'alternate' && a.alternateFor === null) ?? members[members.length - 1]!;
    if (named.some((a) => a.name === NEW_NAME)) continue;
    const person: Attendee = { ...peer, name: NEW_NAME, role: peer.role === 'alternate' ? 'member' : peer.role, alternateFor: null, accountId: null, userKey: null, organization: peer.organization ? 'Acme Labs' : null };
    edits.push({
      kind: 'add-attendee',
      path: `meeting.attendees[${meeting.attendees.indexOf(peer) + 1}] (added to ${group === null ? 'no group' : `"${group}"`})`,
      apply: (m) => void m.attendees.splice(meeting.attendees.indexOf(peer) + 1, 0, { ...person }),
      check: (got, edited) => {
        const found = got.attendees.filter((a) => a.name === NEW_NAME);
        if (found.length !== 1) return `${found.length} attendees named ${NEW_NAME}`;
        const f = found[0]!;
        if (f.group !== person.group || f.present !== person.present || f.role !== person.role || f.organization !== person.organization) return `read back as ${JSON.stringify(f)}`;
        const others = (list: readonly Attendee[]) => JSON.stringify(list.filter((a) => a.name !== NEW_NAME).map((a) => a.name));
        if (others(got.attendees) !== others(edited.attendees)) return 'the other attendees changed';
        return sameExcept(got, edited, ['attendees', 'actionItems']);
      },
      anchors: [NEW_NAME],
    });
  }

  // Each attendee removed, and each presence flipped.
  meeting.attendees.forEach((person, index) => {
    if (!person.name) return;
    const name = person.name;
    if (named.length > 1) {
      edits.push({
        kind: 'remove-attendee',
        path: `meeting.attendees[${index}] (removed)`,
        apply: (m) => void m.attendees.splice(index, 1),
        check: (got, edited) => {
          const count = (list: readonly Attendee[]) => list.filter((a) => a.name === name).length;
          if (count(got.attendees) !== count(edited.attendees)) return `${count(got.attendees)} attendees named ${name}, ${count(edited.attendees)} wanted`;
          const names = (list: readonly Attendee[]) => JSON.stringify(list.map((a) => a.name).sort());
          if (names(got.attendees) !== names(edited.attendees)) return 'the other attendees changed';
          return sameExcept(got, edited, ['attendees', 'actionItems']);
        },
        anchors: [name, ...(person.accountId ? [person.accountId] : []), ...(person.userKey ? [person.userKey] : [])],
      });
    }
    if (person.present !== null) {
      const present = !person.present;
      edits.push({
        kind: 'flip-presence',
        path: `meeting.attendees[${index}].present`,
        apply: (m) => void (m.attendees[index]!.present = present),
        check: (got, edited) => {
          const found = got.attendees.filter((a) => a.name === name);
          const wanted = edited.attendees.filter((a) => a.name === name);
          if (JSON.stringify(found.map((a) => a.present).sort()) !== JSON.stringify(wanted.map((a) => a.present).sort())) return `presence of ${name} reads ${JSON.stringify(found.map((a) => a.present))}`;
          const names = (list: readonly Attendee[]) => JSON.stringify(list.map((a) => a.name).sort());
          if (names(got.attendees) !== names(edited.attendees)) return 'the attendees changed';
          return sameExcept(got, edited, ['attendees', 'actionItems']);
        },
        anchors: [name, ...(person.accountId ? [person.accountId] : []), ...(person.userKey ? [person.userKey] : [])],
      });
    }
  });

  // Each action item closed or reopened, and given a new due date.
  meeting.actionItems.forEach((item, index) => {
    const anchors = words(item.text).length > 0 ? words(item.text).slice(0, 4) : [normal(item.text)];
    const itemCheck = (field: 'done' | 'due') => (got: Meeting, edited: Meeting, exported: Meeting) => {
      if (got.actionItems.length !== edited.actionItems.length) return `${got.actionItems.length} action items, ${edited.actionItems.length} wanted`;
      // (a written action made a task reads back among the page's tasks, which come first)
      const w = edited.actionItems[index]!;
      const g = got.actionItems[index] && sameWords(got.actionItems[index].text, exported.actionItems[index]!.text) ? got.actionItems[index] : got.actionItems.find((x) => sameWords(x.text, exported.actionItems[index]!.text));
      if (!g) return `meeting.actionItems[${index}] is not found in the page read back`;
      if (g[field] !== w[field]) return `meeting.actionItems[${index}].${field} reads ${JSON.stringify(g[field])}`;
      for (const other of ['done', 'due', 'assignee'] as const) if (other !== field && g[other] !== w[other]) return `meeting.actionItems[${index}].${other} changed to ${JSON.stringify(g[other])}`;
      if (!sameWords(g.text, exported.actionItems[index]!.text)) return `meeting.actionItems[${index}].text reads "${g.text}"`;
      const others = (list: readonly ActionItem[], self: ActionItem) => JSON.stringify(list.filter((x) => x !== self).map((x) => JSON.stringify(x)).sort());
      if (others(got.actionItems, g) !== others(edited.actionItems, w)) return 'other action items changed';
      return sameExcept(got, edited, ['actionItems']);
    };
    edits.push({
      kind: item.done ? 'reopen-item' : 'close-item',
      path: `meeting.actionItems[${index}].done`,
      apply: (m) => void (m.actionItems[index]!.done = !item.done),
      check: itemCheck('done'),
      anchors,
    });
    edits.push({
      kind: 'due-date',
      path: `meeting.actionItems[${index}].due`,
      apply: (m) => void (m.actionItems[index]!.due = NEW_DUE),
      check: itemCheck('due'),
      anchors: [...anchors, NEW_DUE],
    });
  });

  edits.push({
    kind: 'add-decision',
    path: `meeting.decisions[${meeting.decisions.length}] (added)`,
    apply: (m) => void m.decisions.push({ text: NEW_DECISION }),
    check: (got, edited) => {
      const texts = (list: readonly { text: string }[]) => JSON.stringify(list.map((d) => normal(d.text)));
      if (texts(got.decisions) !== texts(edited.decisions)) return `meeting.decisions reads ${texts(got.decisions)}`;
      return sameExcept(got, edited, ['decisions']);
    },
    anchors: [NEW_DECISION],
  });
  return edits;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** The item's words, without the marks and dates that closing or dating it may add or take. */
function sameWords(a: string, b: string): boolean {
  const strip = (t: string) =>
    words(t.replace(/\((?:done|completed?|closed)\)|\[(?:done|completed?|x)\]|\bDONE\b|✅|✔️?|☑️?|✓|\d{4}-\d{2}-\d{2}/giu, ' '))
      .map((w) => w.toLowerCase())
      .filter((w) => !/^(?:action|todo)$/.test(w) && !isDueCue(w) && !/^\d+$/.test(w) && !MONTHS.includes(w))
      .join(' ');
  return strip(a) === strip(b);
}

/** The text of storage as a reader sees it (tags dropped, entities kept as written). */
const plain = (storage: string) => normal(decodeHTML(storage.replace(/<[^>]*>/g, ' ')));

/**
 * Changed blocks that do not hold the edit: the storage is aligned block by block (the cells of
 * layouts one by one) and each run of changed blocks must hold one of the anchors, before or after.
 */
export function strayChanges(before: string, after: string, anchors: readonly string[]): string | null {
  const pieces = (storage: string) => splitBlocks(storage).blocks.flatMap((b) => (b.name === 'ac:layout' ? layoutPieces(b.raw) : [b.leading + b.raw]));
  const a = pieces(before);
  const b = pieces(after);
  const holds = (text: string) => anchors.some((anchor) => plain(text).includes(anchor) || text.includes(anchor));
  const ranges = changedRanges(a.length, b.length, alignSequences(a, b));
  for (const range of ranges) {
    const old = a.slice(range.baseStart, range.baseEnd);
    const now = b.slice(range.otherStart, range.otherEnd);
    if (![...old, ...now].some(holds)) return `changed a block that does not hold the edit: ${JSON.stringify((old[0] ?? now[0] ?? '').trim().slice(0, 100))}`;
  }
  return null;
}

/** A layout cut at its cells, each cell's blocks on their own. */
function layoutPieces(raw: string): string[] {
  const out: string[] = [];
  let at = 0;
  const cell = /<ac:layout-cell\b[^>]*>([\s\S]*?)<\/ac:layout-cell>/g;
  for (let m = cell.exec(raw); m; m = cell.exec(raw)) {
    const innerStart = m.index + m[0].indexOf('>') + 1;
    out.push(raw.slice(at, innerStart));
    out.push(...splitBlocks(m[1]!).blocks.map((bl) => bl.leading + bl.raw));
    at = innerStart + m[1]!.length;
  }
  out.push(raw.slice(at));
  return out;
}

/** One page: its meeting as exported, then each edit pushed on its own. */
export function sweepPage(page: SweepPage, only?: (edit: SweepEdit, index: number) => boolean): SweepResult[] {
  const manifestPage = ManifestPageSchema.parse({
    id: '1',
    title: page.title,
    spaceKey: 'EVAL',
    parentId: null,
    version: 1,
    files: { json: { path: `${page.name}.json`, sha256: '0'.repeat(64) }, storage: { path: '.wikiport/storage/1.xhtml', sha256: '0'.repeat(64) } },
    exportedAt: '2026-01-01T00:00:00.000Z',
  });
  const meta = { id: '1', title: page.title, spaceKey: 'EVAL', version: 1, parentId: null, labels: [], sourceUrl: null };
  const exportedText = convert(page.storage, { ...page.render, from: 'storage', to: 'json', meta }).output;
  const exported = JSON.parse(exportedText) as PageDocument;
  if (!exported.meeting) return [];
  const read = (storage: string) => readPageJson(convert(storage, { ...page.render, from: 'storage', to: 'json', meta }).output).meeting;
  return editsOf(exported.meeting)
    .filter((edit, index) => only === undefined || only(edit, index))
    .map((edit) => {
      const doc = JSON.parse(exportedText) as PageDocument;
      edit.apply(doc.meeting!);
      return { page: page.name, edit, outcome: pushed(page, manifestPage, exported.meeting!, doc, edit, read) };
    });
}

function pushed(page: SweepPage, manifestPage: ReturnType<typeof ManifestPageSchema.parse>, exported: Meeting, doc: PageDocument, edit: SweepEdit, read: (s: string) => Meeting | null): Outcome {
  let storage: string;
  try {
    storage = jsonEdit(page.name, JSON.stringify(doc, null, 2), manifestPage, page.storage, page.render).storage;
  } catch (error) {
    if (isWikiportError(error)) return { status: 'refused', message: error.message };
    return { status: 'wrong', message: `crashed: ${(error as Error).stack ?? String(error)}` };
  }
  if (storage === page.storage) return { status: 'unchanged' };
  const got = read(storage);
  if (!got) return { status: 'wrong', message: 'the pushed page no longer reads as minutes' };
  const problem = edit.check(got, doc.meeting!, exported) ?? strayChanges(page.storage, storage, edit.anchors);
  return problem ? { status: 'wrong', message: problem } : { status: 'applied' };
}

/** A refusal's reason with the page's own words (names, paths, quoted text) taken out, to group by. */
export function refusalReason(message: string, file: string): string {
  return message
    .replace(`${file}: `, '')
    .replace(/\[\d+\]/g, '[i]')
    .replace(/\d{4}-\d{2}-\d{2}/g, 'DATE')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/ \(added to [^)]*\)/g, ' (added)')
    .replace(/^.*; written into the Markdown instead: /, 'Markdown way: ')
    .slice(0, 200);
}

export interface SweepTally {
  kinds: Map<EditKind, { applied: number; refused: number; wrong: number; unchanged: number }>;
  reasons: Map<string, number>;
}

export function tally(results: readonly SweepResult[]): SweepTally {
  const kinds: SweepTally['kinds'] = new Map(EDIT_KINDS.map((k) => [k, { applied: 0, refused: 0, wrong: 0, unchanged: 0 }]));
  const reasons = new Map<string, number>();
  for (const r of results) {
    kinds.get(r.edit.kind)![r.outcome.status]++;
    if (r.outcome.status === 'refused') {
      const reason = `${r.edit.kind}: ${refusalReason(r.outcome.message, r.page)}`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
  }
  return { kinds, reasons };
}
