/**
 * Scores one extracted meeting against the meeting a reader wrote down for the page
 * (fixtures/minutes-eval/NAME.expected.json). Pure: no I/O.
 */

export interface ExpectedAttendee {
  name: string | null;
  organization: string | null;
  role: string | null;
  present: boolean | null;
  alternateFor: string | null;
}

export interface ExpectedActionItem {
  assignee: string | null;
  due: string | null;
  done: boolean;
  text: string;
}

export interface ExpectedMeeting {
  title: string | null;
  style?: string;
  input?: string;
  isMinutes: boolean;
  date: string | null;
  attendees: ExpectedAttendee[];
  actionItems: ExpectedActionItem[];
  decisions: { text: string }[];
  speakers: string[];
}

/** The part of the extractor's Meeting the scorer reads (null: the page is not minutes). */
export interface ActualMeeting {
  date: string | null;
  attendees: { name: string | null; organization: string | null; role: string; present: boolean | null; alternateFor: string | null }[];
  actionItems: { assignee: string | null; due: string | null; done: boolean; text: string }[];
  decisions: { text: string }[];
  topics: ActualTopic[];
}
interface ActualTopic {
  notes: { speaker: string | null }[];
  topics: ActualTopic[];
}

/** Counts behind a ratio, so that totals add counts, not ratios. */
export interface Tally {
  right: number;
  of: number;
}

export const FIELDS = ['organization', 'role', 'present', 'alternateFor'] as const;
export type Field = (typeof FIELDS)[number];

export interface PageScore {
  isMinutesRight: boolean;
  /** Attendees of ours that match one expected (true positives), ours, expected. */
  attendees: { matched: number; found: number; expected: number };
  fields: Record<Field, Tally>;
  dateRight: boolean;
  actions: { countRight: boolean; doneRight: boolean; dueRight: boolean; assigneeRight: boolean; found: number; expected: number };
  decisionsCountRight: boolean;
  decisions: { found: number; expected: number };
  speakers: { matched: number; found: number; expected: number };
  /** What went wrong, one short line each, for reading the failures. */
  misses: string[];
}

const TITLES = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+/;

/** A person's name as compared: case, accents, titles, punctuation and spacing left out. */
export function normalizeName(name: string | null): string {
  if (name === null) return '';
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^@/, '')
    .replace(TITLES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function normalizeText(text: string | null): string {
  return text === null ? '' : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function sortedWords(name: string): string {
  return name.split(' ').sort().join(' ');
}

/** The key two attendees match by: the name; a seat with nobody named by its organization. */
function attendeeKey(a: { name: string | null; organization: string | null }): string {
  return a.name !== null && normalizeName(a.name) !== '' ? normalizeName(a.name) : `seat: ${normalizeText(a.organization)}`;
}

/** Pairs expected and found items one to one, exact keys first, then keys with the same words in another order. */
function pairUp<E, A>(expected: E[], found: A[], keyE: (e: E) => string, keyA: (a: A) => string): [E, A][] {
  const pairs: [E, A][] = [];
  const usedA = new Set<number>();
  const usedE = new Set<number>();
  for (const loose of [false, true]) {
    expected.forEach((e, i) => {
      if (usedE.has(i)) return;
      const k = loose ? sortedWords(keyE(e)) : keyE(e);
      const j = found.findIndex((a, jj) => !usedA.has(jj) && (loose ? sortedWords(keyA(a)) : keyA(a)) === k);
      if (j >= 0) {
        usedA.add(j);
        usedE.add(i);
        pairs.push([e, found[j]!]);
      }
    });
  }
  return pairs;
}

function speakersOf(topics: ActualTopic[]): string[] {
  return topics.flatMap((t) => [...t.notes.map((n) => n.speaker).filter((s): s is string => s !== null), ...speakersOf(t.topics)]);
}

function words(text: string): Set<string> {
  return new Set(normalizeText(text).split(' ').filter((w) => w.length > 2));
}

/** Action items paired by their text: the found item sharing most words with each expected one. */
function pairActions(expected: ExpectedActionItem[], found: ActualMeeting['actionItems']): [ExpectedActionItem, ActualMeeting['actionItems'][number]][] {
  const used = new Set<number>();
  const pairs: [ExpectedActionItem, ActualMeeting['actionItems'][number]][] = [];
  for (const e of expected) {
    const we = words(e.text);
    let best = -1;
    let bestScore = -1;
    found.forEach((a, j) => {
      if (used.has(j)) return;
      const wa = words(a.text);
      const shared = [...we].filter((w) => wa.has(w)).length;
      const score = shared / Math.max(1, Math.min(we.size, wa.size));
      if (score > bestScore) {
        best = j;
        bestScore = score;
      }
    });
    if (best >= 0 && bestScore >= 0.5) {
      used.add(best);
      pairs.push([e, found[best]!]);
    }
  }
  return pairs;
}

function sameName(a: string | null, b: string | null): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  return x === y || (x !== '' && sortedWords(x) === sortedWords(y));
}

function sameOrganization(a: string | null, b: string | null): boolean {
  return normalizeText(a) === normalizeText(b);
}

export function scorePage(expected: ExpectedMeeting, actual: ActualMeeting | null): PageScore {
  const misses: string[] = [];
  const isMinutesRight = expected.isMinutes === (actual !== null);
  if (!isMinutesRight) misses.push(expected.isMinutes ? 'not read as minutes' : 'read as minutes but is not');
  const got: ActualMeeting = actual ?? { date: null, attendees: [], actionItems: [], decisions: [], topics: [] };
  const want: ExpectedMeeting = expected.isMinutes ? expected : { ...expected, date: null, attendees: [], actionItems: [], decisions: [], speakers: [] };

  const pairs = pairUp(want.attendees, got.attendees, attendeeKey, attendeeKey);
  const pairedE = new Set(pairs.map(([e]) => e));
  const pairedA = new Set(pairs.map(([, a]) => a));
  for (const e of want.attendees) if (!pairedE.has(e)) misses.push(`attendee missed: ${e.name ?? `(seat ${e.organization})`}`);
  for (const a of got.attendees) if (!pairedA.has(a)) misses.push(`attendee extra: ${a.name ?? `(seat ${a.organization})`}`);

  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, of: 0 }])) as Record<Field, Tally>;
  for (const [e, a] of pairs) {
    const checks: Record<Field, boolean> = {
      organization: sameOrganization(e.organization, a.organization),
      role: e.role === null || e.role === a.role,
      present: e.present === a.present,
      alternateFor: e.alternateFor === null ? a.alternateFor === null : a.alternateFor !== null && (sameName(e.alternateFor, a.alternateFor) || sameOrganization(e.alternateFor, a.alternateFor)),
    };
    for (const f of FIELDS) {
      fields[f].of += 1;
      if (checks[f]) fields[f].right += 1;
      else misses.push(`${e.name ?? e.organization}: ${f} ${JSON.stringify(a[f])}, expected ${JSON.stringify(e[f])}`);
    }
  }

  const dateRight = want.date === got.date;
  if (!dateRight) misses.push(`date ${got.date}, expected ${want.date}`);

  const actionPairs = pairActions(want.actionItems, got.actionItems);
  const countRight = want.actionItems.length === got.actionItems.length;
  if (!countRight) misses.push(`action items ${got.actionItems.length}, expected ${want.actionItems.length}`);
  const all = (check: (e: ExpectedActionItem, a: ActualMeeting['actionItems'][number]) => boolean, what: string): boolean => {
    let ok = actionPairs.length === want.actionItems.length;
    for (const [e, a] of actionPairs) {
      if (!check(e, a)) {
        ok = false;
        misses.push(`action "${e.text.slice(0, 40)}": ${what} ${JSON.stringify(a[what as keyof typeof a])}, expected ${JSON.stringify(e[what as keyof typeof e])}`);
      }
    }
    return ok;
  };
  const doneRight = all((e, a) => e.done === a.done, 'done');
  const dueRight = all((e, a) => e.due === a.due, 'due');
  const assigneeRight = all((e, a) => sameName(e.assignee, a.assignee), 'assignee');
  if (actionPairs.length < want.actionItems.length && countRight) misses.push('action items: some found do not match the expected ones by text');

  const decisionsCountRight = want.decisions.length === got.decisions.length;
  if (!decisionsCountRight) misses.push(`decisions ${got.decisions.length}, expected ${want.decisions.length}`);

  const foundSpeakers = [...new Set(speakersOf(got.topics).map(normalizeName))];
  const wantSpeakers = [...new Set(want.speakers.map(normalizeName))];
  const speakerPairs = pairUp(wantSpeakers, foundSpeakers, (s) => s, (s) => s);
  const pairedSpeakers = new Set(speakerPairs.map(([, s]) => s));
  for (const s of foundSpeakers) if (!pairedSpeakers.has(s)) misses.push(`speaker extra: ${s}`);
  const pairedWanted = new Set(speakerPairs.map(([s]) => s));
  for (const s of wantSpeakers) if (!pairedWanted.has(s)) misses.push(`speaker missed: ${s}`);

  return {
    isMinutesRight,
    attendees: { matched: pairs.length, found: got.attendees.length, expected: want.attendees.length },
    fields,
    dateRight,
    actions: { countRight, doneRight, dueRight, assigneeRight, found: got.actionItems.length, expected: want.actionItems.length },
    decisionsCountRight,
    decisions: { found: got.decisions.length, expected: want.decisions.length },
    speakers: { matched: speakerPairs.length, found: foundSpeakers.length, expected: wantSpeakers.length },
    misses,
  };
}

export interface TotalScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  fields: Record<Field | 'all', number>;
  datesRight: Tally;
  actionsRight: Tally;
  actionCountsRight: Tally;
  decisionCountsRight: Tally;
  speakerPrecision: number;
  speakerRecall: number;
  isMinutesRight: Tally;
}

/** Precision and recall as 1 when there was nothing to find and nothing was found. */
function ratio(right: number, of: number): number {
  return of === 0 ? 1 : right / of;
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function pagePrecision(s: PageScore): number {
  return ratio(s.attendees.matched, s.attendees.found);
}
export function pageRecall(s: PageScore): number {
  return ratio(s.attendees.matched, s.attendees.expected);
}
export function actionsRight(s: PageScore): boolean {
  return s.actions.countRight && s.actions.doneRight && s.actions.dueRight && s.actions.assigneeRight;
}
export function fieldAccuracy(s: Pick<PageScore, 'fields'>, field: Field | 'all'): number {
  const tallies = field === 'all' ? FIELDS.map((f) => s.fields[f]) : [s.fields[field]];
  return ratio(
    tallies.reduce((n, t) => n + t.right, 0),
    tallies.reduce((n, t) => n + t.of, 0),
  );
}

/** Totals over pages: attendee counts and field tallies summed (micro-averaged), page checks counted. */
export function totalScore(scores: PageScore[]): TotalScore {
  const sum = (pick: (s: PageScore) => number): number => scores.reduce((n, s) => n + pick(s), 0);
  const count = (pick: (s: PageScore) => boolean): Tally => ({ right: scores.filter(pick).length, of: scores.length });
  const precision = ratio(sum((s) => s.attendees.matched), sum((s) => s.attendees.found));
  const recall = ratio(sum((s) => s.attendees.matched), sum((s) => s.attendees.expected));
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: sum((s) => s.fields[f].right), of: sum((s) => s.fields[f].of) }])) as Record<Field, Tally>;
  return {
    pages: scores.length,
    precision,
    recall,
    f1: f1(precision, recall),
    fields: {
      organization: fieldAccuracy({ fields }, 'organization'),
      role: fieldAccuracy({ fields }, 'role'),
      present: fieldAccuracy({ fields }, 'present'),
      alternateFor: fieldAccuracy({ fields }, 'alternateFor'),
      all: fieldAccuracy({ fields }, 'all'),
    },
    datesRight: count((s) => s.dateRight),
    actionsRight: count(actionsRight),
    actionCountsRight: count((s) => s.actions.countRight),
    decisionCountsRight: count((s) => s.decisionsCountRight),
    speakerPrecision: ratio(sum((s) => s.speakers.matched), sum((s) => s.speakers.found)),
    speakerRecall: ratio(sum((s) => s.speakers.matched), sum((s) => s.speakers.expected)),
    isMinutesRight: count((s) => s.isMinutesRight),
  };
}
