import type { NormalizedTable } from '../hub/table-normalize.js';
import type { Attendee } from '../model/meeting.js';
import type { PersonContext, PersonEntry } from './person-cell.js';
import { parsePersonCell, parsePersonNodes, collectOrganizations, columnOfFullNamesWithOrganizations, isJobTitle, namesNobody, withoutTitles } from './person-cell.js';
import { cellNodes } from './cell-nodes.js';
import { isAwayText, presenceFromEmoticon, presenceFromMarkedText } from './presence.js';
import { presenceFromLozenge } from './anylang/lozenge-presence.js';
import { labelPattern } from './vocabulary.js';
import { affiliationOrNull, looksLikeOrganization } from './organizations.js';
import { isRegisterOfMembers, officeRole } from './attendance/offices.js';
import { organizationOfGroup } from './attendance/organization-groups.js';
import { rolesByRowGroup, rowGroupColumn } from './attendance/row-groups.js';
import { GUEST_LABEL, MEMBER_LABEL } from './sections.js';
import type { SectionKind } from './sections.js';
import { lazyRegExp } from './lazy-pattern.js';

const PERSON_COLUMN =
  /\b(name|names|member|members|attendee|attendees|participant|participants|person|people|who|contact|contacts|representative|representatives|delegate|delegates|primary|guest|guests|voting member|rep|reps|invitee|invitees|individual)\b/i;
const ALTERNATE_COLUMN = /\b(alternate|alternates|alt|deputy|substitute|proxy|backup|stand-?in|secondary)\b/i;
const ORG_COLUMN = /\b(company|companies|organi[sz]ations?|orgs?|affiliations?|affil|inst|employer|firm|institution|institutions|member company|entity|agency|university|represents|representing|sponsor|chapter|branch|region|constituency|district|department|campus|faculty)\b/i;
/** Header words of a column of presence marks, a time-zone session among them ("APAC", "UTC 16:00"). */
const PRESENCE_COLUMN =
  /\b(present|presence|attended|attendance|attending|here|roll ?call|tz|time ?zone|session|apac|emea|amer|americas?|europe|asia|utc|gmt|[ap]m)\b|^\d{1,2}[:.]\d{2}\b/i;
/**
 * Columns a meeting client's attendance report has (Teams: First Join, Last Leave, In-Meeting
 * Duration; Zoom: Join Time, Leave Time, Duration (Minutes)): a row with a time there is someone
 * who joined the call.
 */
const JOINED_COLUMN = /^(?:first join|last leave|join(?:ed)?(?: time| at)?|leave time|left(?: at)?|(?:in-meeting |attendance |total )?duration(?: \(minutes\))?|time in (?:the )?meeting|minutes attended)$/i;
const ROLE_COLUMN = /^(role|roles|type|status|capacity|attending as|title|position|function|job title|seat)$/i;
/** Tables of these are not attendance, even with names and yes/no marks in them. */
const NOT_ATTENDANCE_COLUMN = /\b(votes?|voting|ballot|motion|in favou?r|against|abstain|ticket|issue|jira|bug|story|epic|pr|pull request|item|topic|agenda|action|task|decision|due|deadline|notes?|comments?|discussion|status update|priority|estimate|points?|proposals?|options?|resolutions?|abstain|yes\/no)\b/i;

const PERSON_WORDS = lazyRegExp(() => labelPattern('nameColumn'));
const ORG_WORDS = lazyRegExp(() => labelPattern('organizationColumn'));
const ROLE_WORDS = lazyRegExp(() => labelPattern('roleColumn', true));
const PRESENCE_WORDS = lazyRegExp(() => labelPattern('presenceColumn'));
/** Column headers by meaning: the English patterns above, or the words of the vocabulary's languages. */
const isPersonColumn = (label: string): boolean => PERSON_COLUMN.test(label) || PERSON_WORDS.test(label);
const isOrganizationColumn = (label: string): boolean => ORG_COLUMN.test(label) || ORG_WORDS.test(label);
const isRoleColumn = (label: string): boolean => ROLE_COLUMN.test(label) || ROLE_WORDS.test(label);
const isPresenceLabel = (label: string): boolean => PRESENCE_COLUMN.test(label) || PRESENCE_WORDS.test(label);

/** The people of a cell: plain text read as it is, markup from the cell's nodes in the page's parse. */
function cellPeople(cell: NormalizedTable['rows'][number][number], context: PersonContext): PersonEntry[] {
  return /[<&]/.test(cell.html) ? parsePersonNodes(cellNodes(cell), context) : parsePersonCell(cell.html, context);
}

/** A presence mark in a cell: an emoticon by its name, else the text. */
function cellPresence(cell: { text: string; html: string }): boolean | null {
  const emoticon = /data-emoticon="([^"]+)"/.exec(cell.html);
  const byName = emoticon !== null ? presenceFromEmoticon(emoticon[1]!) : null;
  if (byName !== null) return byName;
  const lozenge = presenceFromLozenge(cell.html);
  if (lozenge !== null) return lozenge;
  // "P (Name)": the member sent a proxy, so was not there.
  if (proxyIn(cell.text) !== null) return false;
  return presenceFromMarkedText(cell.text);
}

/**
 * "P (John Doe)", "Proxy: John Doe", "Delegate: John Doe", "No – covered by Dr John Doe": the person a
 * presence cell names as having come in the member's place (titles dropped).
 */
function proxyIn(text: string): string | null {
  const m = /^\s*(?:p|proxy|proxied|by proxy|delegate|deputy|substitute|stand-?in)\s*(?:\(\s*([^)]+?)\s*\)|[:–—-]\s*(.+))\s*$/i.exec(text);
  if (m !== null) return withoutTitles((m[1] ?? m[2]!).replace(/^(?:to|by)\s+/i, '').trim());
  const by = /(?:^|[,;:–—-]\s*)(?:covered|represented|replaced|deputi[sz]ed|substituted|stood in)(?:\s+for)?\s+by\s+(\p{Lu}[\p{L}\p{M}.'’ -]{1,60}?)\s*\.?$/iu.exec(text);
  return by === null ? null : withoutTitles(by[1]!.trim());
}

/**
 * A role column's value: a guest (an observer, counsel, someone there by invitation), an
 * alternate, or a member of the body (a director, a trustee: "Director, Chair"; not "Director of
 * Finance", a job); null for anything else (chair, secretary…), which the table's labels settle.
 */
function roleFromCell(text: string): Attendee['role'] | null {
  if (/\b(guest|observer|visitor|invited|invitation|non-?voting|counsel|attorney|solicitor)\b/i.test(text) || GUEST_LABEL.test(text)) return 'guest';
  if (/\b(alternate|deputy|proxy|substitute)\b/i.test(text)) return 'alternate';
  const seat = /^\s*(?:(?:board|independent|non-executive|executive|voting|lead)\s+)?(?:director|trustee|board member|voting member|governor)\b(?!\s+(?:of|for)\b)/i;
  if (seat.test(text)) return 'member';
  return null;
}

interface ColumnRoles {
  /** Join, leave or duration columns of an attendance report. */
  joined: number[];
  members: number[];
  alternates: number[];
  organization: number | null;
  /** Presence columns, each with the person column it marks (the person column before it, or after it when none is before). */
  presence: { column: number; of: number | null }[];
  role: number | null;
}

/** A cell with text or an image (an emoticon); an empty paragraph of an exported page ("<p></p>") is empty. */
function isFilled(cell: { text: string; html: string }): boolean {
  return cell.text.trim() !== '' || (cell.html !== '' && /<(?:img|span|ac:emoticon)\b/i.test(cell.html));
}

/** Every filled cell of the column is a presence mark (at least one is filled). */
function isPresenceColumn(table: NormalizedTable, c: number): boolean {
  const cells = table.rows.map((row) => row[c]!).filter(isFilled);
  return cells.length > 0 && cells.every((cell) => cellPresence(cell) !== null || isNoMark(cell.text));
}

/**
 * A column headed like presence whose cells are mostly things, not marks ("Present" over "Book",
 * "Scarf": a list of gifts): it says nothing about who was there.
 */
export function holdsOtherThanMarks(table: NormalizedTable, c: number): boolean {
  const cells = table.rows.map((row) => row[c]!).filter(isFilled);
  const others = cells.filter((cell) => cellPresence(cell) === null && !isNoMark(cell.text) && proxyIn(cell.text) === null);
  return others.length >= 2 && others.length * 2 > cells.length;
}

/** "n/a", "suspended", "-": the cell says the person could not be marked. */
function isNoMark(text: string): boolean {
  return /^(n\/?a|suspended|vacant|tbd|tbc|\?|--?)$/i.test(text.trim());
}

function columnRoles(table: NormalizedTable, sectionIsPeople: boolean, context: PersonContext): ColumnRoles {
  const roles: ColumnRoles = { joined: [], members: [], alternates: [], organization: null, presence: [], role: null };
  const labels = table.header ?? Array.from({ length: table.width }, () => '');
  const presenceColumns: number[] = [];
  const alternatePresence = new Set<number>();
  labels.forEach((label, c) => {
    const personLabel = isPersonColumn(label) && !/\b(present|attend)/i.test(label);
    if (JOINED_COLUMN.test(label.trim())) roles.joined.push(c);
    else if ((!personLabel && isPresenceColumn(table, c) && !NOT_ATTENDANCE_COLUMN.test(label)) || (label !== '' && isPresenceLabel(label) && !personLabel && !isOrganizationColumn(label) && !holdsOtherThanMarks(table, c))) {
      presenceColumns.push(c);
      if (ALTERNATE_COLUMN.test(label)) alternatePresence.add(c);
    } else if (isRoleColumn(label.trim())) roles.role ??= c;
    else if (ALTERNATE_COLUMN.test(label)) roles.alternates.push(c);
    else if (isOrganizationColumn(label) && !/\bname\b/i.test(label.replace(ORG_COLUMN, ''))) roles.organization ??= c;
    else if (personLabel && /\bmember\b/i.test(label) && columnOfOrganizations(table, c, context)) roles.organization ??= c;
    else if (personLabel) roles.members.push(c);
  });
  if (roles.members.length === 0) {
    // No labelled person column: the first unlabelled column that reads as people.
    const taken = new Set<number | null>([...presenceColumns, ...roles.joined, ...roles.alternates, roles.organization, roles.role]);
    const namesPeople = (label: string, c: number): boolean => !taken.has(c) && (sectionIsPeople || label === '' || !NOT_ATTENDANCE_COLUMN.test(label)) && columnNamesPeople(table, c, context);
    // A column of full names before one of single words (a line, shift or area beside its lead).
    const fullNames = (c: number): boolean => {
      const cells = table.rows.map((row) => row[c]!.text.trim()).filter((t) => t !== '');
      return cells.length > 0 && cells.filter((t) => /\S\s+\S/.test(t)).length * 2 > cells.length;
    };
    const peopleColumns = labels.map((label, c) => (namesPeople(label, c) ? c : -1)).filter((c) => c >= 0);
    const candidate = peopleColumns.find(fullNames) ?? peopleColumns[0] ?? -1;
    if (candidate >= 0 && (sectionIsPeople || presenceColumns.length > 0 || roles.organization !== null)) roles.members.push(candidate);
  }
  const people = [...roles.members, ...roles.alternates].sort((a, b) => a - b);
  // Presence columns side by side are sessions (time zones) of the members; a person column between them makes pairs.
  const interleaved = roles.alternates.length > 0 && people.some((p) => presenceColumns.some((c) => c < p) && presenceColumns.some((c) => c > p));
  for (const c of presenceColumns) {
    // Several presence columns each mark the person column before them (Contact | Present | Alternate | Present);
    // one presence column marks the members unless its label says it is the alternate's.
    let of: number | null;
    if (alternatePresence.has(c)) of = roles.alternates[0] ?? null;
    else if (interleaved) of = [...people].reverse().find((p) => p < c) ?? people.find((p) => p > c) ?? null;
    else of = null;
    roles.presence.push({ column: c, of });
  }
  return roles;
}

/** Most filled cells of the column are organizations (a "Member" column of companies). */
function columnOfOrganizations(table: NormalizedTable, c: number, context: PersonContext): boolean {
  const cells = table.rows.map((row) => row[c]!.text).filter((t) => t !== '');
  if (cells.length === 0) return false;
  return cells.filter((t) => looksLikeOrganization(t, context.knownOrganizations)).length * 2 > cells.length;
}

/**
 * A column whose header says who was there ("Present", "Attended", "Anwesend", "出欠"), as a
 * meeting's roll call marks its people; not who means to come ("Attending", "Confirmed", a
 * sign-up sheet's) or who is on duty (a rota's ticks).
 */
export function marksWhoWasPresent(table: NormalizedTable): boolean {
  return (table.header ?? []).some((label, c) => (PRESENCE_WORDS.test(label) || /\battended\b/i.test(label)) && !holdsOtherThanMarks(table, c));
}

/** A column of votes, tickets, items, notes or the like: a table with one is about those, not about who came. */
export function hasColumnOfOtherThings(labels: readonly string[]): boolean {
  return labels.some((l) => NOT_ATTENDANCE_COLUMN.test(l) && !isPresenceLabel(l) && !isPersonColumn(l) && !isOrganizationColumn(l) && !isRoleColumn(l.trim()));
}

/**
 * A table reads as attendance by what it holds, wherever it stands: a column of people with a
 * column of presence marks, or organizations with their contacts. Votes, tickets and notes are not.
 */
export function isAttendanceTable(table: NormalizedTable, context: PersonContext): boolean {
  const labels = table.header ?? [];
  if (isStandupTable(table, context)) return true;
  if (hasColumnOfOtherThings(labels)) return false;
  const roles = columnRoles(table, false, context);
  const members = roles.members.filter((c) => columnNamesPeople(table, c, context));
  if (members.length === 0) return false;
  if (roles.presence.length > 0 || roles.joined.length > 0) return true;
  const labelledPeople = members.some((c) => isPersonColumn(labels[c] ?? ''));
  return labelledPeople && (roles.organization !== null || roles.alternates.length > 0 || labels.some((l, c) => /\b(attendee|participant|present|representative|delegate)/i.test(l) && !holdsOtherThanMarks(table, c)));
}

const REPORT_COLUMN = lazyRegExp(() => labelPattern('report'));

/**
 * A stand-up table: a labelled column of people, one row each, and at least two columns of what
 * each reports (Done | Doing | Next, Gestern | Heute): the people are those at the
 * meeting, though no column marks presence.
 */
export function isStandupTable(table: NormalizedTable, context: PersonContext): boolean {
  const labels = table.header ?? [];
  const person = labels.findIndex((label) => isPersonColumn(label) && !REPORT_COLUMN.test(label));
  if (person < 0) return false;
  const others = labels.filter((_, c) => c !== person && labels[c] !== '');
  if (others.length < 2 || !others.every((label) => REPORT_COLUMN.test(label))) return false;
  const names = table.rows.map((row) => row[person]!.text).filter((t) => t !== '');
  return new Set(names).size === names.length && columnNamesPeople(table, person, context);
}

/** A row of a stand-up table whose reports say the person was away ("Off sick", "On leave"): absent, else present. */
function standupPresence(row: { text: string; html: string }[], person: number): boolean {
  // "No" or "—" under Blockers says there are none; only a reason for being away says the person was.
  return !row.some((cell, c) => c !== person && isAwayText(cell.text));
}

/** True when most filled cells of the column name a person (not only companies or other text). */
function columnNamesPeople(table: NormalizedTable, c: number, context: PersonContext): boolean {
  // An open or vacant seat ("Open", "TBD") names nobody, and says nothing of what the column holds.
  const cells = table.rows.map((row) => row[c]!).filter((cell) => cell.text !== '' && !namesNobody(cell.text));
  if (cells.length === 0) return false;
  // A mark or a vote ("Yes", "Abstain") reads as a one-word name, but names nobody.
  const named = cells.filter((cell) => cellPresence(cell) === null && !VOTE_WORD.test(cell.text.trim()) && cellPeople(cell, context).some((p) => p.name !== null)).length;
  return named / cells.length >= 0.5;
}

const VOTE_WORD = /^(?:yes|no|aye|nay|abstain(?:ed|s)?|approve[ds]?|reject(?:ed|s)?|for|against|\+1|-1|0|lgtm|n\/a|none|tbd)$/i;

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

/**
 * The mark of the row in these presence columns: present in any (each time-zone session counts),
 * else absent when a column marks others but is empty here or says absent; null with no marks at all.
 */
function rowPresence(row: { text: string; html: string }[], columns: number[], marked: ReadonlySet<number>): boolean | null {
  let absent = false;
  for (const c of columns) {
    const cell = row[c]!;
    const mark = cellPresence(cell);
    if (mark === true) return true;
    if (mark === false || (cell.text === '' && !/data-emoticon/.test(cell.html) && marked.has(c))) absent = true;
  }
  return absent ? false : null;
}

export interface TableAttendeeOptions {
  section: SectionKind;
  group: string | null;
  knownOrganizations: ReadonlySet<string>;
  /** First names of people the page names in full, lower case (see collectFirstNames). */
  firstNames?: ReadonlySet<string>;
  /** The page's title or first headings name a body with members (a board, committee, council, TSC). */
  bodysPage?: boolean;
  /** Told of each person the table lists without any presence column to mark them. */
  onUnmarked?: (attendee: Attendee) => void;
}

/**
 * The people of a table: member and alternate columns (alternates stand in for the member of
 * their row), organization and presence columns. A table without a column of people (a voting
 * matrix of companies against topics) gives nobody.
 */
export function attendeesFromTable(table: NormalizedTable, options: TableAttendeeOptions): Attendee[] {
  const sectionIsPeople = ['attendance', 'absent', 'guests'].includes(options.section);
  const allTexts = table.rows.flatMap((row) => row.map((cell) => cell.text));
  const known = new Set([...options.knownOrganizations, ...collectOrganizations(allTexts)]);
  const roles = columnRoles(table, sectionIsPeople, { knownOrganizations: known });
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
  const labels = table.header ?? [];
  const memberColumn = members.some((c) => MEMBER_LABEL.test(labels[c] ?? '') && !GUEST_LABEL.test(labels[c] ?? ''));
  const guestColumn = members.every((c) => GUEST_LABEL.test(labels[c] ?? ''));
  // A roll call of seats (alternates beside members, or organizations with their contact) is of members.
  // A column of "Attendees" or "Participants" beside their company lists who came from each side (a customer meeting), not seats.
  // So does a table under an "Attendees" or "Participants" heading on a page of no board or committee: the people who came, with their companies.
  const attendeesColumn = members.every((c) => /\b(attendees?|participants?)\b/i.test(labels[c] ?? '')) || (options.bodysPage !== true && /^\s*(?:attendees|participants)\s*:?\s*$/i.test(options.group ?? ''));
  const rollCall = hasAlternates || (!attendeesColumn && roles.organization !== null && roles.presence.length > 0 && /\b(company|organi[sz]ation|member)/i.test(labels[roles.organization] ?? ''));
  const baseRole: Attendee['role'] =
    options.section === 'guests' || guestColumn || GUEST_LABEL.test(options.group ?? '')
      ? 'guest'
      : memberColumn || rollCall || MEMBER_LABEL.test(options.group ?? '')
        ? 'member'
        : 'participant';
  const absentSection = options.section === 'absent';
  const standup = roles.presence.length === 0 && members.length === 1 && isStandupTable(table, { knownOrganizations: known });
  const marked = new Set(roles.presence.map((p) => p.column).filter((c) => table.rows.some((row) => cellPresence(row[c]!) !== null)));
  const alternateColumns = new Set(roles.alternates);
  const memberPresence = roles.presence.filter((p) => p.of === null || !alternateColumns.has(p.of)).map((p) => p.column);
  const alternatePresence = roles.presence.filter((p) => p.of !== null && alternateColumns.has(p.of)).map((p) => p.column);
  const registerOfMembers = roles.role !== null && isRegisterOfMembers(table.rows.map((row) => row[roles.role!]!.text));
  const attendees: Attendee[] = [];
  const groupColumn = rowGroupColumn(table);
  const rowGroups: (string | null)[] = [];
  let subgroup: string | null = null;
  for (const row of table.rows) {
    const label = groupColumn === null ? sectionRowLabel(row) : null;
    if (label !== null) {
      subgroup = label;
      continue;
    }
    if (groupColumn !== null) subgroup = row[groupColumn]!.text.trim();
    const group = subgroup ?? options.group;
    // A company on a row spanning the table names the organization of the people under it.
    const organization = roles.organization !== null ? row[roles.organization]!.text || null : (organizationOfGroup(subgroup, known) ?? organizationAfterOffice(roles.role !== null ? row[roles.role]!.text : '', known));
    // A suspended seat is not expected at the meeting: an empty mark there says nothing.
    const unmarkable = /\b(suspended|inactive|on leave|emeritus)\b/i.test(subgroup ?? '') ? new Set<number>() : marked;
    // A row of an attendance report with a join time or a duration is someone who joined.
    const joined = roles.joined.some((c) => row[c]!.text.trim() !== '') ? true : null;
    const present = absentSection ? false : standup ? standupPresence(row, members[0]!) : (rowPresence(row, memberPresence, unmarkable) ?? joined);
    const people = (columns: number[]): PersonEntry[] =>
      columns.flatMap((c) =>
        cellPeople(row[c]!, {
          knownOrganizations: known,
          organizationsExpected: organizationsExpected(c),
          firstNames,
          fullNamesExpected: fullNamesExpected(c),
        }),
      );
    // "SUSPENDED", "vacant", "n/a" where the member's name goes: the company's seat with nobody in it, whose presence no mark tells.
    const vacant = members.length > 0 && members.every((c) => isNoMark(row[c]!.text));
    const rowMembers = vacant ? (organization !== null ? [{ name: null, organization: null, present: null, accountId: null, userKey: null }] : []) : people(members);
    const rowRole = roles.role !== null ? (roleFromCell(row[roles.role]!.text) ?? officeRole(row[roles.role]!.text, registerOfMembers)) : null;
    for (const person of rowMembers) {
      const attendee = toAttendee(person, { role: rowRole ?? baseRole, group, organization, present: vacant ? null : present, alternateFor: null });
      attendees.push(attendee);
      rowGroups[attendees.length - 1] = groupColumn !== null && rowRole === null ? subgroup : null;
      if (roles.presence.length === 0 && roles.joined.length === 0 && !absentSection && !standup && attendee.present === null) options.onUnmarked?.(attendee);
    }
    const seat = rowMembers[0];
    const seatName = seat === undefined ? organization : seat.name ?? seat.organization;
    for (const person of people(roles.alternates)) {
      const alternatePresent = absentSection ? false : rowPresence(row, alternatePresence, unmarkable);
      attendees.push(toAttendee(person, { role: 'alternate', group, organization, present: alternatePresent, alternateFor: seatName }));
    }
    for (const c of memberPresence) {
      const proxy = proxyIn(row[c]!.text);
      if (proxy !== null) {
        // The member whose place the proxy took was not there.
        const seated = attendees.length - rowMembers.length - people(roles.alternates).length;
        for (let k = seated; k < seated + rowMembers.length; k += 1) if (attendees[k]!.present === null) attendees[k]!.present = false;
        attendees.push(toAttendee({ name: proxy, organization: null, present: true, accountId: null, userKey: null }, { role: 'alternate', group, organization, present: true, alternateFor: seatName }));
      }
    }
  }
  if (groupColumn !== null) rolesByRowGroup(attendees, Array.from({ length: attendees.length }, (_, i) => rowGroups[i] ?? null), options.bodysPage === true);
  return attendees;
}

export function toAttendee(
  person: PersonEntry,
  defaults: { role: Attendee['role']; group: string | null; organization: string | null; present: boolean | null; alternateFor: string | null },
): Attendee {
  return {
    name: person.name,
    organization: affiliationOrNull(person.organization ?? defaults.organization),
    group: defaults.group,
    role: person.alternateFor !== undefined ? 'alternate' : person.guest === true && defaults.role !== 'guest' ? 'guest' : defaults.role,
    alternateFor: person.alternateFor ?? defaults.alternateFor,
    present: person.present ?? defaults.present,
    accountId: person.accountId,
    userKey: person.userKey,
  };
}

/**
 * "Board Member (Example Labs)" in a role column of a table with no column of organizations: an office,
 * then in brackets the organization the person comes from; null for anything else ("Chair (acting)").
 */
function organizationAfterOffice(text: string, known: ReadonlySet<string>): string | null {
  const m = /^(.+?)\s*\(([^()]+)\)\s*$/u.exec(text.trim());
  if (m === null || !isJobTitle(m[1]!.trim(), known)) return null;
  const inside = m[2]!.trim();
  return /^\p{Lu}/u.test(inside) && !isJobTitle(inside, known) ? affiliationOrNull(inside) : null;
}
