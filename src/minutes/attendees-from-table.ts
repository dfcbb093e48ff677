import type { NormalizedTable } from '../hub/table-normalize.js';
import type { Attendee } from '../model/meeting.js';
import type { PersonContext, PersonEntry } from './person-cell.js';
import { parsePersonCell, parsePersonNodes, collectOrganizations, columnOfFullNamesWithOrganizations } from './person-cell.js';
import { cellNodes } from './cell-nodes.js';
import { presenceFromEmoticon, presenceFromText } from './presence.js';
import type { SectionKind } from './sections.js';

const PERSON_COLUMN = /\b(name|names|member|members|attendee|attendees|participant|participants|person|people|who|representative|representatives|delegate|primary|guest|guests|voting member|rep)\b/i;
const ALTERNATE_COLUMN = /\b(alternate|alternates|deputy|substitute|proxy|backup|stand-?in)\b/i;
const ORG_COLUMN = /\b(company|companies|organi[sz]ation|org|affiliation|employer|firm|member company)\b/i;
const PRESENCE_COLUMN = /\b(present|presence|attended|attendance|attending|here|tz|time ?zone)\b/i;
const ROLE_COLUMN = /^(role|type|status|capacity|attending as)$/i;

/** The people of a cell: plain text read as it is, markup from the cell's nodes in the page's parse. */
function cellPeople(cell: NormalizedTable['rows'][number][number], context: PersonContext): PersonEntry[] {
  return /[<&]/.test(cell.html) ? parsePersonNodes(cellNodes(cell), context) : parsePersonCell(cell.html, context);
}

/** A presence mark in a cell: an emoticon by its name, else the text. */
function cellPresence(cell: { text: string; html: string }): boolean | null {
  const emoticon = /data-emoticon="([^"]+)"/.exec(cell.html);
  const byName = emoticon !== null ? presenceFromEmoticon(emoticon[1]!) : null;
  return byName ?? presenceFromText(cell.text);
}

/** A role column's value: a guest or an alternate; null for anything else (chair, secretary…). */
function roleFromCell(text: string): 'guest' | 'alternate' | null {
  if (/\b(guest|observer|visitor|invited)\b/i.test(text)) return 'guest';
  if (/\b(alternate|deputy|proxy|substitute)\b/i.test(text)) return 'alternate';
  return null;
}

interface ColumnRoles {
  members: number[];
  alternates: number[];
  organization: number | null;
  /** Presence of the member of the row. */
  presence: number[];
  /** Presence columns labelled for the alternate ("Alternate present"). */
  alternatePresence: number[];
  role: number | null;
}

function isPresenceColumn(table: NormalizedTable, c: number): boolean {
  const cells = table.rows.map((row) => row[c]!).filter((cell) => cell.text !== '' || cell.html !== '');
  return cells.length > 0 && cells.every((cell) => cellPresence(cell) !== null);
}

function columnRoles(table: NormalizedTable, sectionIsPeople: boolean): ColumnRoles {
  const roles: ColumnRoles = { members: [], alternates: [], organization: null, presence: [], alternatePresence: [], role: null };
  const labels = table.header ?? Array.from({ length: table.width }, () => '');
  labels.forEach((label, c) => {
    if (isPresenceColumn(table, c) || (table.header !== null && PRESENCE_COLUMN.test(label) && !PERSON_COLUMN.test(label))) {
      (ALTERNATE_COLUMN.test(label) ? roles.alternatePresence : roles.presence).push(c);
    } else if (ROLE_COLUMN.test(label.trim())) roles.role ??= c;
    else if (ALTERNATE_COLUMN.test(label)) roles.alternates.push(c);
    else if (ORG_COLUMN.test(label) && !/\bname\b/i.test(label.replace(ORG_COLUMN, ''))) roles.organization ??= c;
    else if (PERSON_COLUMN.test(label)) roles.members.push(c);
  });
  if (roles.members.length === 0 && (table.header === null || sectionIsPeople)) {
    // No labelled person column: the first column that reads as people, when the section is about people.
    const taken = new Set([...roles.presence, ...roles.alternatePresence, ...roles.alternates, roles.organization, roles.role]);
    const candidate = labels.findIndex((_, c) => !taken.has(c));
    if (candidate >= 0 && sectionIsPeople) roles.members.push(candidate);
  }
  return roles;
}

/** True when most filled cells of the column name a person (not only companies or other text). */
function columnNamesPeople(table: NormalizedTable, c: number, context: PersonContext): boolean {
  const cells = table.rows.map((row) => row[c]!).filter((cell) => cell.text !== '');
  if (cells.length === 0) return false;
  const named = cells.filter((cell) => cellPeople(cell, context).some((p) => p.name !== null)).length;
  return named / cells.length >= 0.5;
}

/** A row whose cells all repeat one text (a label spanning the table) starts a sub-group, e.g. "Suspended members". */
/**
 * A row that labels the rows under it: one cell spanning the whole row (its text in every
 * column), or, as Markdown writes such a row, a wholly bold first cell with the rest empty.
 */
function sectionRowLabel(row: { text: string; html: string }[]): string | null {
  if (row.length < 2) return null;
  const first = row[0]!;
  if (first.text === '') return null;
  if (row.every((cell) => cell.text === first.text)) return first.text;
  const restEmpty = row.slice(1).every((cell) => cell.text === '' && cell.html === '');
  return restEmpty && isWhollyBold(first.html) ? first.text : null;
}

function isWhollyBold(html: string): boolean {
  const m = /^<(strong|b)>([\s\S]*)<\/\1>$/.exec(html);
  return m !== null && !/<\/?(?:strong|b)>/.test(m[2]!);
}

function rowPresence(row: { text: string; html: string }[], columns: number[]): boolean | null {
  const marks = columns.map((c) => cellPresence(row[c]!)).filter((m): m is boolean => m !== null);
  if (marks.length === 0) return null;
  return marks.some((m) => m);
}

export interface TableAttendeeOptions {
  section: SectionKind;
  group: string | null;
  knownOrganizations: ReadonlySet<string>;
  /** First names of people the page names in full, lower case (see collectFirstNames). */
  firstNames?: ReadonlySet<string>;
}

/**
 * The people of a table: member and alternate columns (alternates stand in for the member of
 * their row), organization and presence columns. A table without a column of people (a voting
 * matrix of companies against topics) gives nobody.
 */
export function attendeesFromTable(table: NormalizedTable, options: TableAttendeeOptions): Attendee[] {
  const sectionIsPeople = ['attendance', 'absent', 'guests'].includes(options.section);
  const roles = columnRoles(table, sectionIsPeople);
  const allTexts = table.rows.flatMap((row) => row.map((cell) => cell.text));
  const known = new Set([...options.knownOrganizations, ...collectOrganizations(allTexts)]);
  const expected = new Map<number, boolean>();
  const organizationsExpected = (c: number): boolean => {
    let answer = expected.get(c);
    if (answer === undefined) {
      const texts = table.rows.map((row) => row[c]!.text).filter((t) => t !== '');
      answer = texts.filter((t) => /[,(]| - /.test(t)).length >= Math.max(2, texts.length / 2);
      expected.set(c, answer);
    }
    return answer;
  };
  const firstNames = options.firstNames ?? new Set<string>();
  const fullNames = new Map<number, boolean>();
  const fullNamesExpected = (c: number): boolean => {
    let answer = fullNames.get(c);
    if (answer === undefined) {
      answer = columnOfFullNamesWithOrganizations(table.rows.map((row) => row[c]!.text));
      fullNames.set(c, answer);
    }
    return answer;
  };
  const members = roles.members.filter((c) => columnNamesPeople(table, c, { knownOrganizations: known }));
  if (members.length === 0) return [];
  const hasAlternates = roles.alternates.length > 0;
  const baseRole: Attendee['role'] =
    options.section === 'guests' ? 'guest' : hasAlternates || /member|committee|board|voting/i.test(options.group ?? '') ? 'member' : 'participant';
  const absentSection = options.section === 'absent';
  const attendees: Attendee[] = [];
  let subgroup: string | null = null;
  for (const row of table.rows) {
    const label = sectionRowLabel(row);
    if (label !== null) {
      subgroup = label;
      continue;
    }
    const group = subgroup ?? options.group;
    const organization = roles.organization !== null ? row[roles.organization]!.text || null : null;
    const present = absentSection ? false : rowPresence(row, roles.presence);
    const people = (columns: number[]): PersonEntry[] =>
      columns.flatMap((c) =>
        cellPeople(row[c]!, {
          knownOrganizations: known,
          organizationsExpected: organizationsExpected(c),
          firstNames,
          fullNamesExpected: fullNamesExpected(c),
        }),
      );
    const rowMembers = people(members);
    const rowRole = roles.role !== null ? roleFromCell(row[roles.role]!.text) : null;
    for (const person of rowMembers) {
      attendees.push(toAttendee(person, { role: rowRole ?? baseRole, group, organization, present, alternateFor: null }));
    }
    const seat = rowMembers[0];
    const seatName = seat === undefined ? null : seat.name ?? seat.organization;
    for (const person of people(roles.alternates)) {
      const alternatePresent = absentSection ? false : rowPresence(row, roles.alternatePresence);
      attendees.push(toAttendee(person, { role: 'alternate', group, organization, present: alternatePresent, alternateFor: seatName }));
    }
  }
  return attendees;
}

export function toAttendee(
  person: PersonEntry,
  defaults: { role: Attendee['role']; group: string | null; organization: string | null; present: boolean | null; alternateFor: string | null },
): Attendee {
  return {
    name: person.name,
    organization: person.organization ?? defaults.organization,
    group: defaults.group,
    role: person.guest === true && defaults.role === 'participant' ? 'guest' : defaults.role,
    alternateFor: defaults.alternateFor,
    present: person.present ?? defaults.present,
    accountId: person.accountId,
    userKey: person.userKey,
  };
}
