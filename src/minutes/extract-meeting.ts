// minutes/: the Meeting model from a page's hub (attendees, presence, date, agenda, actions, decisions, speaker notes). Pure: imports hub/ and model/ only.
import type { Element } from 'domhandler';
import type { PageMeta } from '../model/page-meta.js';
import type { ActionItem, Attendee, Meeting, Topic } from '../model/meeting.js';
import type { NormalizedTable } from '../hub/table-normalize.js';
import { nodesText } from '../hub/table-cell-text.js';
import { childElementsNamed, elementsWhere, firstElementWhere, hasAncestor, isElement, ownContent, textContent } from '../hub/hub-walk.js';
import { hubPage, type HubPage } from './hub-page.js';
import { cellNodes } from './cell-nodes.js';
import { pageBlocks, type PageBlock } from './page-blocks.js';
import { classifyHeading, GUEST_LABEL, namesABody, pageSections, type SectionKind } from './sections.js';
import { dateOrderOf, hasMeetingDateLine, meetingDateFrom } from './meeting-date.js';
import { isIndexOfMeetings, isMailThread, recordsAMeeting } from './is-minutes.js';
import { peopleUnderUnlistedLabels } from './anylang/unlisted-people.js';
import { peopleReportingInTurn } from './attendance/people-reporting.js';
import { peopleMentionedWithTheDate } from './attendance/people-with-the-date.js';
import { actionColumnsByContent } from './anylang/action-table-by-content.js';
import { marksAbsenteesWithTasks, onlyNamesAndADate, readsNoKnownLabel, withoutSignsOfAMeeting } from './anylang/unread-page.js';
import { dueInMeetingsYear, findDate } from './dates.js';
import { collectFirstNames, collectOrganizationsWrittenFirst, collectOrganizations } from './person-cell.js';
import { attendeesFromTable, hasColumnOfOtherThings, holdsOtherThanMarks, isAttendanceTable, marksWhoWasPresent, toAttendee } from './attendees-from-table.js';
import { attendeesFromSectionedRows } from './roll-call-forms.js';
import { attendeesFromItem, attendeesFromLeadInLine, presenceOfSection, roleOf, attendeesFromLabelledColumns, attendeesFromLabelledNodes, attendeesFromLabelledRows, attendeesFromLines, attendeesFromParagraph, namesInviteesOnly } from './attendees-from-text.js';
import { actionItemFromTask, isTemplateActionText, withoutRepeatedActions } from './action-items.js';
import { speakerLines, speakerNote, speakerNoteIn, speakerNoteInCell, speakerResolver } from './speakers.js';
import { topicsFromList } from './topics.js';
import { assignOfficesToHolders, handleResolver } from './actions/office-holders.js';
import { TEXT_BOX, actionFromLine, actionsFromTable, withoutCarriedOver, actionsOnlyColumn, actionTableColumns, assignedSentence, isMarkedAction, opensWithActionMarker, sentencesOf, type ActionContext } from './action-lines.js';
import { isActionDetail } from './actions/owners.js';
import { commaContinuedLines, fullWidthColons, linesOf, markedTail, sectionedLines, type Line } from './lines.js';
import { decisionColumn, decisionInSection, decisionsInSection, decisionsOfLine, decisionsInAdf, impliedDecision, opensWithDecisionLabel, settledInWords } from './decision-lines.js';
import { externalLinks } from './links.js';
import { mentionLabel, mentionNameIndex } from './mention-names.js';
import { attendeesFromProperties, dateFromProperties } from './page-properties.js';
import { companiesBeforeTeams, organizationsOfSides } from './organizations.js';
import { otherLegendLetters, presenceLegend, thisMeetingsColumns } from './attendance/meeting-register.js';
import { organizationsOfGroups } from './attendance/organization-groups.js';
import { minuteKeepersServe } from './attendance/minute-keepers.js';
import { officersSit } from './attendance/offices.js';
import { isListOfMarkedPeople } from './attendance/marked-list.js';
import { labelClauses } from './attendance/label-clauses.js';
import { peopleOfValue, peopleUnderSiblingLabels } from './attendance/sibling-labels.js';
import { initialsKey, resolveInitials } from './attendance/initials-key.js';
import { peopleOnBlanks } from './attendance/blank-marks.js';
import { labelPattern } from './vocabulary.js';
import { isUndecidedStatus, opensWithNegatedDecisionLabel } from './decisions/not-decided.js';
import { lazyRegExp } from './lazy-pattern.js';

const PEOPLE: SectionKind[] = ['attendance', 'absent', 'guests'];
const MINUTES_SECTIONS: SectionKind[] = ['attendance', 'absent', 'guests', 'agenda', 'actions', 'decisions', 'minutes'];
const PEOPLE_TABLE_HEADER = /\b(attendee|participant|member|alternate|representative|delegate|present)/i;

/** "Moved: Ana · Seconded: Ben", "Seconded by Ben", "Result (Y/N/A): 5/0/0 – passes", "Vote: 4–1": a line that records how a motion was put and voted, part of that motion. */
const MOTION_PART = /^\s*(?:moved|seconded|second(?:ed|er)?|proposer|proposed\s+by|results?|votes?|voting|tally)\b/i;

interface Located extends PageBlock {
  section: SectionKind;
  group: string | null;
}

/** The key one person is known by on a page. */
function personKey(a: Attendee): string | null {
  return a.name === null ? null : a.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * What the lists of a page say together: a person listed twice (a roster and a regrets line) is one
 * attendee, absent if either list says so; people in regrets take the role of the list they were
 * left out of.
 */
function settleAttendees(attendees: Attendee[]): void {
  // Each pass keeps what stays in place (a write index), not splice: a splice per duplicate made
  // a line naming the same person 20,000 times quadratic.
  const seen = new Map<string, Attendee>();
  let kept = 0;
  for (const a of attendees) {
    const key = personKey(a);
    const first = key === null ? undefined : seen.get(key);
    if (first === undefined) {
      if (key !== null) seen.set(key, a);
      attendees[kept++] = a;
      continue;
    }
    if (a.present === false || first.present === null) first.present = a.present;
    first.organization ??= a.organization;
    first.accountId ??= a.accountId;
    first.userKey ??= a.userKey;
    if (first.alternateFor === null && a.alternateFor !== null) {
      first.alternateFor = a.alternateFor;
      first.role = a.role;
    } else if ((first.role === 'participant' && a.role !== 'participant') || (first.role === 'guest' && a.role === 'member')) {
      // "Host: Ana" says what she did; the list of members or guests that names her again says her seat.
      // "In attendance: AR" and "Board: Ana Roe (AR)": a member of the body who attends is a member.
      first.role = a.role;
    }
  }
  attendees.length = kept;
  // "Roe – Aye" in a vote after "Ana Roe" was listed: a surname alone that ends one listed name is that person again.
  mergeOneWordNames(attendees, (words) => words[words.length - 1]!, (same, one) => {
    if (same.present === null) same.present = one.present;
  });
  // "Pernille sent regrets" after "Pernille Hauge" was listed: a first name alone that begins one listed name is that person again.
  mergeOneWordNames(attendees, (words) => words[0]!, (same, one) => {
    if (same.present === null || one.present === false) same.present = one.present;
  });
  // "(seated for Member Quill)" beside "Members absent: Nina Quill": the surname alone is the one listed person it ends.
  for (const a of attendees) {
    if (a.alternateFor === null || /\s/.test(a.alternateFor.trim())) continue;
    const surname = a.alternateFor.trim().toLowerCase();
    const ending = attendees.filter((o) => o !== a && o.name !== null && o.name.toLowerCase().endsWith(` ${surname}`));
    if (ending.length === 1) a.alternateFor = ending[0]!.name;
  }
  const seated = attendees.filter((a) => a.present !== false && a.role !== 'guest' && a.role !== 'alternate');
  if (seated.length > 0 && seated.every((a) => a.role === 'member')) {
    for (const a of attendees) if (a.present === false && a.role === 'participant') a.role = 'member';
  }
}

/**
 * Removes each one-word name that is the `part` of exactly one listed name of several words, after
 * `merge` took what it says into that person; last to first, as the page is read back. The names of
 * several words are indexed by that part once, so a page of many one-word names stays linear.
 */
function mergeOneWordNames(attendees: Attendee[], part: (words: string[]) => string, merge: (same: Attendee, one: Attendee) => void): void {
  const byPart = new Map<string, Attendee[]>();
  for (const o of attendees) {
    if (o.name === null || !/\s/.test(o.name.trim())) continue;
    const key = part(o.name.trim().toLowerCase().split(/\s+/));
    const list = byPart.get(key);
    if (list === undefined) byPart.set(key, [o]);
    else list.push(o);
  }
  const removed = new Set<Attendee>();
  for (let i = attendees.length - 1; i >= 0; i -= 1) {
    const one = attendees[i]!;
    if (one.name === null || /\s/.test(one.name.trim())) continue;
    const same = byPart.get(one.name.trim().toLowerCase());
    if (same?.length !== 1) continue;
    merge(same[0]!, one);
    removed.add(one);
  }
  if (removed.size === 0) return;
  let kept = 0;
  for (const a of attendees) if (!removed.has(a)) attendees[kept++] = a;
  attendees.length = kept;
}

/** "Apologies: none", "Regrets: n/a": the page says nobody was absent. */
function saysNobodyAbsent(blocks: readonly Located[]): boolean {
  const lines = blocks.flatMap((b) => (b.kind === 'paragraph' ? b.text.split('\n') : b.kind === 'list' ? listItemsText(b.element) : []));
  return lines.some((line) => {
    const m = /^\s*([^:]{2,40}?)\s*:\s*(?:none|n\/a|nobody|no one|nil|-+|—)\.?\s*$/i.exec(line);
    return m !== null && classifyHeading(m[1]!) === 'absent';
  });
}

/**
 * Whether the page's first top heading is its title: a heading that is no section's name, or one that says the page is
 * minutes and more ("Meeting minutes 4 March 2025", "Minutes – Board of Trustees, June"), where "Minutes" alone is a section.
 */
function isPageTitle(text: string, kind: SectionKind): boolean {
  return kind === 'other' || (kind === 'minutes' && (text.trim().split(/\s+/).length > 3 || findDate(text) !== null));
}

/** The first paragraph of a list item when it is a short title the item's other paragraphs follow ("<p><strong>Apologies</strong></p><p>…</p>"). */
function titleParagraph(li: Element): { element: Element; text: string } | null {
  const paragraphs = li.children.filter((c): c is Element => isElement(c));
  const first = paragraphs[0];
  if (first === undefined || first.name !== 'p' || paragraphs.length < 2) return null;
  const text = nodesText([first]).replace(/:$/, '').trim();
  return text !== '' && text.length <= 60 && !text.includes('\n') ? { element: first, text } : null;
}

const ROLL_LABEL = lazyRegExp(() => labelPattern('rollOfMembers', true));
const STATUS_LABEL = lazyRegExp(() => labelPattern('status', true));
const ROLL_OF_MEMBERS = /^(?:\d+(?:\.\d+)*[.)]?\s+)?(?:members\s+)?(?:present|roll\s*call|attendance)(?:\s+and\s+quorum.*)?$/i;
/** A label that names people by a word that is also a guests' word but means everyone ("Attendees", "Participants"). */
const PEOPLE_ONLY_GUESTS = /^(?:\d+[.)]?\s+)?(?:attendees|participants)$/i;

/**
 * The meeting of a body that has members (a board, committee or council, by the page's title or
 * first headings) that lists its guests apart ("In attendance", "Also attending"): those listed
 * as "Present" or in the roll call are its members (and so, by settleAttendees, are those who
 * sent apologies); a list of "Attendees" names anyone who came, and stays as it is.
 */
function membersOfTheBody(attendees: Attendee[], pageNames: readonly string[]): void {
  if (!pageNames.some((name) => namesABody(name) && !GUEST_LABEL.test(name))) return;
  // A group of the attendance read under a guests' label ("Observers / in attendance", a spanning row of a table) is its guests.
  for (const a of attendees) if (a.role === 'participant' && a.group !== null && GUEST_LABEL.test(a.group) && !PEOPLE_ONLY_GUESTS.test(a.group)) a.role = 'guest';
  if (!attendees.some((a) => a.role === 'guest')) return;
  for (const a of attendees) {
    // "Present", "Roll call" and "Attendance" are the words of a body's own record; "Attendees" or "Participants" name anyone who came.
    // "Anwesend (Klassensprecher)": a remark in brackets after the label leaves it the roll's label.
    const label = a.group?.replace(/\s*\([^()]*\)\s*:?\s*$/u, '') ?? null;
    if (a.role === 'participant' && a.present !== false && label !== null && (ROLL_OF_MEMBERS.test(label) || ROLL_LABEL.test(label))) a.role = 'member';
  }
}

function isMinutesPage(blocks: Located[], title: string | null, date: string | null, hasDateLine: boolean, classifyHeading: (text: string) => SectionKind): boolean {
  // The titles of list items count as headings: a page may be one numbered list of sections ("1. Attendance", "2. Decisions").
  // So do the labels of "Present: …" and "Apologies: …" paragraphs.
  const labels = blocks.filter((b) => b.kind === 'paragraph').map((b) => /^\s*([^:\n]{2,40}):\s*\S/.exec(b.text)?.[1] ?? '');
  const titles = [...labels, ...blocks.filter((b) => b.kind === 'heading').map((b) => b.text), ...blocks.filter((b) => b.kind === 'list').flatMap((b) => childElementsNamed(b.element, 'li').map((li) => titleParagraph(li)?.text ?? ''))];
  const kinds = new Set(titles.filter((t) => t !== '').map((t) => classifyHeading(t)).filter((k) => MINUTES_SECTIONS.includes(k)));
  if (hasDateLine || kinds.size >= 2) return true;
  const titled = title !== null && (findDate(title) !== null || /\b(meeting|minutes|stand-?up|sync|retro|committee)\b|(?<![\w-])call\b/i.test(title));
  return kinds.size >= 1 && (titled || date !== null);
}

/**
 * "Attendees: A, B" and "Apologies: C" on two lines of one Markdown paragraph (a soft break, no
 * `<br>`): each line that starts with a label of people is a line of its own. Lines with mentions
 * are left whole (a mention cannot be placed on a part); other soft breaks are spaces.
 */
function labelledSoftLines(lines: Line[], peopleSection = false): Line[] {
  return lines.flatMap((line) => {
    const parts = line.text.split('\n');
    // Under a heading of people, a paragraph of several lines is one entry a line (a paste, a Markdown page without bullets).
    const labelled = (peopleSection && parts.length > 1) || parts.slice(1).some((part) => {
      const label = /^\s*([^:]{2,40}?)\s*:/.exec(part)?.[1];
      return label !== undefined && PEOPLE.includes(classifyHeading(label));
    });
    if (line.mentions.length > 0 || !labelled) return [{ ...line, text: line.text.replace(/\s*\n\s*/g, ' ') }];
    return parts.map((text) => ({ ...line, text: text.trim() })).filter((part) => part.text !== '');
  });
}

/** The page's "Label | value" rows and "Label: value" lines, by label (lower case): the first value of each. */
function propertyOf(blocks: readonly Located[], tables: ReadonlyMap<Element, NormalizedTable>): (label: string) => string | undefined {
  const values = new Map<string, string>();
  const add = (label: string, value: string): void => {
    const key = label.replace(/:$/, '').trim().toLowerCase();
    if (key !== '' && key.length <= 30 && !values.has(key)) values.set(key, value.replace(/\s+/g, ' ').trim());
  };
  for (const table of tables.values()) for (const row of [...(table.headerCells !== undefined && table.headerCells !== null ? [table.headerCells] : []), ...table.rows]) if (row.length === 2) add(row[0]!.text, row[1]!.text);
  for (const b of blocks) if (b.kind === 'paragraph') for (const line of b.text.split('\n')) {
    const m = /^\s*([^:]{2,30}):\s*(\S.*)$/.exec(line);
    if (m !== null) add(m[1]!, m[2]!);
  }
  return (label) => values.get(label);
}

/** "Ana Muller: send the budget": the names before a colon in list items and paragraphs (speakers, assignees). */
function speakerPrefixes(blocks: readonly PageBlock[]): string[] {
  // Only an item with a colon in its text can start with a name and a colon.
  const lines = blocks.flatMap((b) =>
    b.kind === 'list'
      ? elementsWhere(b.element.children, (el) => el.name === 'li' && textContent([el]).includes(':')).map((li) => nodesText([li]))
      : b.kind === 'paragraph'
        ? [b.text]
        : [],
  );
  return lines.flatMap((line) => line.split('\n')).map((line) => /^([^:]{3,40}):/.exec(line)?.[1] ?? '').filter((name) => name !== '');
}

/** The lines of a paragraph, its soft line breaks parting them as its `<br>`s do; each line keeps the mentions written on it. */
function softLines(p: Element): Line[] {
  return splitSoftLines(linesOf(p.children, false, true));
}

function splitSoftLines(lines: readonly Line[]): Line[] {
  return lines.flatMap((line) => {
    const parts = line.text.split('\n');
    if (parts.length === 1) return [line];
    return parts.map((text) => ({ text, struck: line.struck, mentions: line.mentions.filter((m) => text.includes(textContent([m]).trim())) }));
  });
}

/** A mark that numbers or bullets a line written as text: "(1)", "2.", "３．", "（４）", "・". */
const ENUMERATION_MARK = /^\s*(?:[(（][0-9０-９]{1,3}[)）]|[0-9０-９]{1,3}[.)．）、]|[•・●▪◦])\s*/u;

/**
 * The lines of a paragraph for its decisions: "(1) …" / "(2) …" (or "１．…", "・…") one a line are
 * entries of their own, without their marks; any other paragraph is read as its lines join.
 */
function enumeratedOrJoinedLines(p: Element): Line[] {
  const withBreaks = linesOf(p.children, false, true);
  const soft = splitSoftLines(withBreaks);
  // linesOf(p.children) without walking the paragraph again: the same lines, each run of white space one space.
  // "✅ Decided: …" / "❌ Not decided: …" one a line (two labels, either way): each line its own, as numbered ones are;
  // joined, the negated label would take the decision of the line before it along.
  if (soft.filter((line) => ENUMERATION_MARK.test(line.text)).length < 2 && soft.filter((line) => opensWithDecisionLabel(line.text) || opensWithNegatedDecisionLabel(line.text)).length < 2) return withBreaks.map((line) => ({ text: line.text.replace(/[\s\u00A0]+/g, ' ').trim(), mentions: line.mentions, struck: line.struck }));
  return soft.map((line) => ({ ...line, text: line.text.replace(ENUMERATION_MARK, '') }));
}

function listItemsText(list: Element): string[] {
  return childElementsNamed(list, 'li')
    .map((li) => nodesText(ownContent(li)).split('\n')[0] ?? '')
    .filter((t) => t !== '');
}

/** A table whose cells hold tables (a layout drawn with a table): its inner tables are read instead. */
function hasTasks(html: string): boolean {
  return html.includes('data-task');
}

function isLayoutTable(table: Element): boolean {
  return firstElementWhere(table.children, (el) => el.name === 'table') !== undefined;
}

function isPeopleTable(table: NormalizedTable, section: SectionKind): boolean {
  if (PEOPLE.includes(section)) return true;
  // "Present" over gifts ("Book", "Scarf") is not who was there.
  return table.header !== null && table.header.some((label, c) => PEOPLE_TABLE_HEADER.test(label) && !(/\bpresent\b/i.test(label) && holdsOtherThanMarks(table, c))) && !hasColumnOfOtherThings(table.header);
}

/** Two rows or more whose first cell, and no other, is a label of people ("Present", "Apologies"): a table of labelled rows. */
function labelsItsRows(table: NormalizedTable, classify: (text: string) => SectionKind): boolean {
  const rows = [...(table.headerCells !== null && table.headerCells !== undefined ? [table.headerCells] : []), ...table.rows].filter((row) => row.length === 2);
  return rows.filter((row) => PEOPLE.includes(classify(row[0]!.text.replace(/:$/, '').trim())) && !PEOPLE.includes(classify(row[1]!.text.replace(/:$/, '').trim()))).length >= 2;
}

/** A column of who leads or owns a row (a Who, Owner or Presenter column): names, never speech. */
const WHO_COLUMN = /^(?:who|owner|lead|presenter|presented by|speaker|responsible|assignee|by)$/i;

/**
 * Discussion-items table (Cloud template: Time | Item | Who | Notes): one topic per row. Who
 * leads an item is not who speaks: a note has a speaker only when it says so ("Name: text").
 * A table of another shape ("Region | Notes", "Clause | Comment") holds speaker notes too: the
 * row's first cell that is not a Who column titles them, and only cells that hold a speaker's
 * line ("Name: text") are read.
 */
function topicsFromTable(table: NormalizedTable, resolve: (w: string) => string | null): Topic[] {
  if (table.header === null) return [];
  const col = (re: RegExp): number => table.header!.findIndex((label) => re.test(label));
  // "Discussion" titles the items only where no other column is the item's and none holds the notes ("Paper | Discussion | Outcome": it holds what was said).
  const notes = col(/\b(notes?|discussion|summary|outcome|comments?)\b/i);
  const named = col(/\b(item|topic|subject)\b/i);
  const item = named >= 0 ? named : col(/\bdiscussion\b/i) !== notes ? col(/\bdiscussion\b/i) : -1;
  if (item >= 0 && notes >= 0 && notes !== item) {
    return table.rows
      .map((row) => {
        const lines = linesOf(cellNodes(row[notes]!)).map((l) => l.text);
        return { title: row[item]!.text.replace(/\n/g, ' '), notes: lines.map((text) => speakerNoteInCell(text, resolve) ?? { speaker: null, text }), topics: [] };
      })
      .filter((t) => t.title !== '');
  }
  // An action's "Name: task" is no speech either.
  const who = new Set(table.header.map((label, c) => (WHO_COLUMN.test(label.trim()) || ['actions', 'decisions', 'attendance', 'absent', 'guests'].includes(classifyHeading(label)) ? c : -1)).filter((c) => c >= 0));
  const titleColumn = item >= 0 ? item : table.header.findIndex((_, c) => !who.has(c) && c !== notes);
  const topics: Topic[] = [];
  for (const row of table.rows) {
    const spoken = row.flatMap((cell, c) => (c === titleColumn || who.has(c) || cell.spanCopy ? [] : linesOf(cellNodes(cell)).map((l) => speakerNoteInCell(l.text, resolve)).filter((n): n is NonNullable<typeof n> => n !== null)));
    const title = titleColumn >= 0 ? row[titleColumn]!.text.replace(/\n/g, ' ') : 'Notes';
    // A table of items keeps each item as a topic; any other table gives only the rows where someone speaks.
    if (spoken.length === 0 && (item < 0 || title === '')) continue;
    topics.push({ title, notes: spoken, topics: [] });
  }
  return topics;
}

/**
 * The Meeting model of a minutes page, or null when the page is not minutes. Pure: reads the
 * hub HTML and the page metadata only.
 */
export function extractMeeting(hub: string | HubPage, meta: PageMeta): Meeting | null {
  // A caller that already read the hub (the JSON writer) passes its page: one parse, tables normalized once; nothing here changes it.
  const page = typeof hub === 'string' ? hubPage(hub) : hub;
  const { classify: classifyHeading, sectionOf } = pageSections();
  // Blocks under the same headings share their headings list, so its section is found once.
  const sections = new Map<readonly string[], SectionKind>();
  const sectionUnder = (headings: string[]): SectionKind => {
    let section = sections.get(headings);
    if (section === undefined) sections.set(headings, (section = sectionOf(headings)));
    return section;
  };
  // A full-width colon ("日時：…", as CJK text writes labels) is read as a colon.
  const blockText = (el: Element): string => fullWidthColons(page.text(el));
  const blocks: Located[] = pageBlocks(page.roots, blockText).map((b) => {
    // A heading's own text is the nearest heading of its section.
    const own = b.kind === 'heading' ? classifyHeading(b.text) : 'other';
    const section = own !== 'other' ? own : sectionUnder(b.headings);
    return { kind: b.kind, element: b.element, text: b.text, headings: b.headings, level: b.level, section, group: b.headings[b.headings.length - 1] ?? null };
  });
  // "Board members:" or "Other attendees:" alone in a paragraph labels the list right after it.
  blocks.forEach((b, i) => {
    const before = blocks[i - 1];
    if ((b.kind !== 'list' && b.kind !== 'tasks') || before?.kind !== 'paragraph') return;
    const label = before.text.trim();
    if (!label.endsWith(':') || label.length > 60 || label.includes('\n')) return;
    let text = label.slice(0, -1).trim();
    let kind = classifyHeading(text);
    // "Board members, please tick your name:": the people come first, an instruction to them after the comma.
    const lead = text.split(',')[0]!.trim();
    if (kind === 'other' && lead !== text && PEOPLE.includes(b.section) && PEOPLE.includes(classifyHeading(lead))) {
      text = lead;
      kind = classifyHeading(lead);
    }
    if (PEOPLE.includes(kind)) blocks[i] = { ...b, section: kind, group: text };
  });
  const first = blocks[0];
  const title = meta.title ?? (first?.kind === 'heading' && first.level === 1 && isPageTitle(first.text, classifyHeading(first.text)) ? first.text : null);
  const order = dateOrderOf(page, blocks);
  const { date, from: dateFrom } = meetingDateFrom(page, blocks, title, order, (meta.date ? findDate(meta.date) : null) ?? dateFromProperties(meta.properties));
  const hasDateLine = hasMeetingDateLine(blocks, order);
  const byHeadings = isMinutesPage(blocks, title, date, hasDateLine, classifyHeading);
  // Without headings of minutes and without a date the page is no meeting, whatever it holds (the
  // test after the people, actions and decisions below): most pages end here, before that work.
  if (!byHeadings && date === null) return null;
  if (isIndexOfMeetings(page)) return null;

  const mentionName = mentionNameIndex(page.elements.mentions);
  const tables = new Map<Element, NormalizedTable>();
  for (const b of blocks) if (b.kind === 'table') tables.set(b.element, page.normalize(b.element));
  const peopleTexts = [
    ...[...tables.values()].flatMap((t) => t.rows.flatMap((row) => row.map((c) => c.text))),
    ...blocks.filter((b) => PEOPLE.includes(b.section) && (b.kind === 'list' || b.kind === 'tasks')).flatMap((b) => listItemsText(b.element)),
  ];
  const firstNames = collectFirstNames([...peopleTexts, ...speakerPrefixes(blocks), ...page.elements.mentions.map((a) => textContent([a]))]);
  const peopleParagraphs = blocks.filter((b) => b.kind === 'paragraph' && PEOPLE.includes(b.section)).map((b) => b.text.replace(/^[^:]{2,40}:\s*/, ''));
  const writtenFirst = collectOrganizationsWrittenFirst([...peopleTexts, ...peopleParagraphs], firstNames);
  const known = new Set([...collectOrganizations(peopleTexts), ...writtenFirst.organizations].filter((o) => !writtenFirst.people.has(o)));

  // The people a note's front matter lists come first, as the page shows them.
  const attendees: Attendee[] = attendeesFromProperties(meta.properties, { knownOrganizations: known, firstNames });
  const fromProperties = attendees.length;
  // People a table under an attendance heading lists with no presence column: there, when the page names its absentees apart.
  const unmarked: Attendee[] = [];
  const pageNames = [title ?? '', ...blocks.filter((b) => b.kind === 'heading').slice(0, 2).map((b) => b.text)];
  const bodysPage = pageNames.some((name) => namesABody(name) && !GUEST_LABEL.test(name));
  const tableOptions = (section: SectionKind, group: string | null) => ({
    section,
    group,
    bodysPage,
    knownOrganizations: known,
    firstNames,
    onUnmarked: (a: Attendee) => {
      if (section === 'attendance' || section === 'guests') unmarked.push(a);
    },
  });
  // "P = present, A = absent, E = excused": the letters a register of attendance marks people with.
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).join('\n');
  const legend = presenceLegend(paragraphs);
  const otherLetters = otherLegendLetters(paragraphs);
  // People read from a table whose column says who was present: the page's roll call.
  let rollCallTable = false;
  // Blocks by place (besidePeople), built on first need.
  let blockIndex: Map<Located, number> | undefined;
  const peopleKind = (label: string): SectionKind | null => {
    const kind = label.length <= 40 ? classifyHeading(label) : 'other';
    return PEOPLE.includes(kind) ? kind : null;
  };
  for (const b of blocks) {
    if (b.kind === 'table') {
      for (const attendee of tableAttendees(b.element, tables.get(b.element)!, b.section, b.group)) attendees.push(attendee);
    } else if (b.kind === 'list' || (b.kind === 'tasks' && PEOPLE.includes(b.section))) {
      // A list of people each with a presence mark is a roll call under any heading.
      const section = b.kind === 'list' && !PEOPLE.includes(b.section) && isListOfMarkedPeople(b.element) ? 'attendance' : b.section;
      for (const attendee of attendeesInList(b.element, section, b.group)) attendees.push(attendee);
    } else if (b.kind === 'paragraph') {
      // "Present: A, B. Apologies: C" on one line: each label of people opens a line of its own.
      const lines = commaContinuedLines(labelledSoftLines(linesOf(b.element.children, false, true), PEOPLE.includes(b.section))).flatMap((line) => labelClauses(line, peopleKind));
      // "__x__ Ana Roe" / "_____ Bo Li" one a line: a sign-in form, marked blanks present, empty ones absent.
      const onBlanks = lines.length > 1 ? peopleOnBlanks(lines, { knownOrganizations: known, firstNames }, (label) => roleOf('attendance', label)) : null;
      if (onBlanks !== null) for (const attendee of onBlanks) attendees.push(attendee);
      else if (lines.length > 1) {
        const sectioned = sectionedLines(lines, b.section, b.group, classifyHeading, 'other');
        const siblings = peopleUnderSiblingLabels(sectioned, { knownOrganizations: known, firstNames }, (label) => roleOf('attendance', label));
        const read = attendeesFromLines(sectioned, known, firstNames);
        if (siblings.length === 0) for (const attendee of read) attendees.push(attendee);
        else {
          // In the order of the lines: each person after the people of the lines above.
          const lineOf = (a: Attendee): number => sectioned.findIndex((e) => e.group === a.group || e.original.text.startsWith(`${a.group ?? ''}:`));
          const ordered = [...read, ...siblings].map((a, i) => ({ a, i, line: lineOf(a) })).sort((x, y) => x.line - y.line || x.i - y.i);
          for (const x of ordered) attendees.push(x.a);
        }
      }
      else {
        const read = attendeesFromParagraph(b.element, b.section, b.group, known, firstNames);
        for (const attendee of read.length > 0 || PEOPLE.includes(b.section) ? read : besidePeople(b)) attendees.push(attendee);
      }
    }
  }

  /**
   * "PC chairs: Ana Roe (Example University), Bo Lind (Example Labs)" right above or below a paragraph
   * "Voting delegates: …": a label of its own wording beside a paragraph of people names people too,
   * when its value is only full names (two words or more each); "Tracks: Systems, Tools" names nobody.
   */
  function besidePeople(b: Located): Attendee[] {
    const m = /^\s*(\p{L}[\p{L}'’ &-]{1,40}?)\s*:\s*(\S.*)$/su.exec(b.text);
    if (m === null || b.text.includes('\n') || classifyHeading(m[1]!) !== 'other') return [];
    // Blocks by place, built once: a page of thousands of label paragraphs stays linear.
    blockIndex ??= new Map(blocks.map((x, k) => [x, k]));
    const i = blockIndex.get(b)!;
    const labelsPeople = (x: Located | undefined): boolean => {
      const label = x !== undefined && x.kind === 'paragraph' ? /^\s*([^:\n]{2,40}?)\s*:\s*\S/.exec(x.text)?.[1] : undefined;
      return label !== undefined && PEOPLE.includes(classifyHeading(label));
    };
    if (!labelsPeople(blocks[i - 1]) && !labelsPeople(blocks[i + 1])) return [];
    const people = peopleOfValue(m[2]!, { knownOrganizations: known, firstNames });
    if (people === null || people.length < 2 || people.some(({ person }) => person.name === null || !/\s/.test(person.name))) return [];
    const label = m[1]!.trim();
    return people.map(({ person, away }) => toAttendee(person, { role: roleOf('attendance', label), group: label, organization: null, present: away ? false : true, alternateFor: null }));
  }

  /** The people of a table under this section: an attendance table by its section or its content; a label column ("Participants | @a @b"). */
  function tableAttendees(element: Element, written: NormalizedTable, section: SectionKind, group: string | null): Attendee[] {
    const table = thisMeetingsColumns(written, date, legend, otherLetters);
    if (isLayoutTable(element)) {
      return elementsWhere(element.children, (el) => el.name === 'table' && !isLayoutTable(el)).flatMap((inner) => tableAttendees(inner, page.normalize(inner), section, group));
    }
    const context = { knownOrganizations: known, firstNames };
    // "Present | Ana Roe, Bo Li" over "Apologies | Cy Dee": a table of two columns whose first labels lists of people, a row each
    // (a wider table whose first column groups its rows, "Trustees" over rows of a name and a mark, is read by its columns).
    if (table.headerColumn && table.rows.every((row) => row.length === 2)) {
      const labelled = attendeesFromLabelledRows(table, known, firstNames);
      if (labelled.length > 0) return labelled;
    }
    const listed = attendeesFromLabelledColumns(table, known, firstNames);
    if (listed !== null) return listed;
    const parted = attendeesFromSectionedRows(table, (kind, label) => ({ role: roleOf(kind, label), present: presenceOfSection(kind, label) }), context);
    if (parted !== null) return parted;
    // "Present | A; B" over "Apologies | C", its labels in the first column: a table of labelled rows, even under an attendance heading.
    if (labelsItsRows(table, classifyHeading)) {
      const labelled = attendeesFromLabelledRows(table, known, firstNames);
      if (labelled.length > 0) return labelled;
    }
    if (isPeopleTable(table, section) || isAttendanceTable(table, context)) {
      const people = attendeesFromTable(table, tableOptions(PEOPLE.includes(section) ? section : 'attendance', group));
      if (people.length > 0) {
        rollCallTable ||= marksWhoWasPresent(table);
        return people;
      }
    }
    const labelled = attendeesFromLabelledRows(table, known, firstNames);
    if (labelled.length > 0) return labelled;
    // A table of numbered minutes: a cell's sentence may say who sent apologies or attended.
    return table.rows.flatMap((row) => row.filter((cell) => !cell.spanCopy).flatMap((cell) => linesOf(cellNodes(cell)).flatMap((line) => attendeesFromLeadInLine(line.text, known, firstNames))));
  }

  /** A list in a people section lists people; elsewhere an item may be a label of people ("Present: …") or hold an attendance table. */
  function attendeesInList(list: Element, section: SectionKind, group: string | null): Attendee[] {
    const found: Attendee[] = [];
    for (const li of childElementsNamed(list, 'li')) {
      if (li.attribs['data-task'] !== undefined) {
        // A checklist of people under an attendance label is the roll call: ticked came, unticked did not.
        if (PEOPLE.includes(section)) {
          const present = section === 'absent' ? false : li.attribs['data-task'] === 'complete';
          for (const attendee of attendeesFromItem(li, section, group, known, firstNames).map((a) => ({ ...a, present }))) found.push(attendee);
        }
        continue;
      }
      const own = li.children.filter((child) => !(isElement(child) && (child.name === 'ul' || child.name === 'ol' || child.name === 'table')));
      const lead = nodesText(own).split('\n')[0]!.trim();
      const labelled = /^([^:]{2,40}?)\s*:?\s*$/.exec(lead);
      const kind = labelled !== null && lead.length <= 60 ? classifyHeading(labelled[1]!) : 'other';
      // An item that is only a label ("Roll call", "Other attendees (non-voting)") names the people under it.
      const holds = li.children.some((child) => isElement(child) && (child.name === 'ul' || child.name === 'ol' || child.name === 'table' || child.name === 'div'));
      const isLabel = kind !== 'other' && labelled !== null && (holds || lead.endsWith(':'));
      const itemSection = isLabel ? kind : section;
      const itemGroup = isLabel ? labelled![1]!.trim() : group;
      const inline = /^([^:]{2,40}?)\s*:\s*\S/.exec(lead);
      const inlineKind = inline !== null ? classifyHeading(inline[1]!) : 'other';
      if (!isLabel) {
        if (PEOPLE.includes(inlineKind)) for (const attendee of attendeesFromLabelledNodes(own, section, group, known, firstNames)) found.push(attendee);
        else if (PEOPLE.includes(section)) for (const attendee of attendeesFromItem(li, section, group, known, firstNames)) found.push(attendee);
        else for (const attendee of attendeesFromLabelledNodes(own, section, group, known, firstNames)) found.push(attendee);
      }
      const peopleBelow = PEOPLE.includes(itemSection) ? itemSection : 'other';
      // An item whose first paragraph is its title ("**Apologies**", then a paragraph): the title is the label of what follows.
      const titled = titleParagraph(li);
      const titledKind = titled !== null ? classifyHeading(titled.text) : 'other';
      for (const child of li.children) {
        if (!isElement(child)) continue;
        if (child.name === 'p' && titled !== null && child !== titled.element && PEOPLE.includes(titledKind)) {
          for (const attendee of attendeesFromParagraph(child, titledKind, titled.text, known, firstNames)) found.push(attendee);
          continue;
        }
        if (child.name === 'table') for (const attendee of tableAttendees(child, page.normalize(child), peopleBelow, itemGroup)) found.push(attendee);
        else if (child.name === 'ul' || child.name === 'ol') for (const attendee of attendeesInList(child, peopleBelow, itemGroup)) found.push(attendee);
        else if (child.name === 'div' || child.name === 'details') {
          const inner = elementsWhere(child.children, (el) => el.name === 'table');
          for (const table of inner.filter((t) => !inner.some((outer) => outer !== t && hasAncestor(t, (a) => a === outer)))) {
            for (const attendee of tableAttendees(table, page.normalize(table), peopleBelow, itemGroup)) found.push(attendee);
          }
        }
      }
    }
    return found;
  }

  // Nobody under a label of a known language: people under short labels of any language at the page's opening (anylang/).
  const unlisted = attendees.length === 0 ? peopleUnderUnlistedLabels(blocks, mentionName) : [];
  for (const attendee of unlisted) attendees.push(attendee);
  // Nobody listed: the people of a round who each report under a heading of their name (a stand-up).
  const reporting = attendees.length === 0 ? peopleReportingInTurn(blocks, (text) => classifyHeading(text) !== 'other') : [];
  for (const attendee of reporting) attendees.push(attendee);
  // Nobody listed still: the people mentioned in the opening sentence that dates the meeting ("Call on 9 March with @a and @b").
  const withTheDate = attendees.length === 0 && date !== null && dateFrom === 'text' ? peopleMentionedWithTheDate(blocks, date, order, mentionName) : [];
  for (const attendee of withTheDate) attendees.push(attendee);

  // "Attendance" over a table of the members and "Apologies: …" apart: the members not among the apologies were there.
  if (attendees.some((a) => a.present === false && a.group !== null && classifyHeading(a.group) === 'absent') || saysNobodyAbsent(blocks)) {
    for (const a of unmarked) if (a.present === null && !/\binvit/i.test(a.group ?? '')) a.present = true;
  }
  // A table of guests under a Guests heading, like a list there, names people who came, on a page that says who came.
  if (attendees.some((a) => a.present !== null)) {
    for (const a of unmarked) if (a.present === null && a.role === 'guest' && GUEST_LABEL.test(a.group ?? '') && !namesInviteesOnly(a.group)) a.present = true;
  }
  organizationsOfGroups(attendees, known);
  organizationsOfSides(attendees, propertyOf(blocks, tables));
  companiesBeforeTeams(attendees);
  membersOfTheBody(attendees, pageNames);
  minuteKeepersServe(attendees, bodysPage);
  officersSit(attendees, bodysPage);
  // "In attendance: AR, BL" with "Ana Roe (AR), Bo Lind (BL)" elsewhere on the page: the initials are those people.
  if (attendees.some((a) => a.name === null || /^\p{Lu}{2,4}$/u.test(a.name))) resolveInitials(attendees, initialsKey(nodesText([...page.roots])));
  settleAttendees(attendees);
  // People the page mentions but does not list ("@Zora Kim" in a task or a Who cell) are people too: "Zora: …" is her.
  const resolveAttendee = speakerResolver(attendees);
  const mentioned = page.elements.mentions.map((a) => mentionName(a)).filter((n): n is string => n !== null && /\s/.test(n) && !/^\S*\d/.test(n));
  const resolveMentioned = speakerResolver(mentioned.map((name) => ({ name, organization: null, group: null, role: 'participant' as const, alternateFor: null, present: null, accountId: null, userKey: null })));
  const resolveHandle = handleResolver(attendees, () => nodesText([...page.roots]));
  const resolve = (written: string): string | null => resolveAttendee(written) ?? (mentioned.length > 0 ? resolveMentioned(written) : null) ?? resolveHandle(written);
  // A surname written with its hyphen ("Farrow-Beck") names the one attendee whose name ends so.
  const resolveSubject = (written: string): string | null => {
    const known = resolve(written);
    if (known !== null) return known;
    const tail = written.trim().toLowerCase();
    const ending = attendees.filter((a) => a.name !== null && tail.length > 2 && a.name.toLowerCase().endsWith(` ${tail}`));
    return ending.length === 1 ? ending[0]!.name : null;
  };

  const agenda: string[] = [];
  for (const b of blocks.filter((x) => x.section === 'agenda')) {
    if (b.kind === 'list') for (const item of listItemsText(b.element)) agenda.push(item);
    else if (b.kind === 'paragraph' && !/^agenda:?$/i.test(b.text)) for (const item of b.text.split('\n')) agenda.push(item);
    else if (b.kind === 'table') {
      const table = tables.get(b.element)!;
      const c = table.header?.findIndex((l) => /\b(item|topic|subject|agenda)\b/i.test(l)) ?? 0;
      for (const item of table.rows.map((row) => row[Math.max(0, c)]!.text.replace(/\n/g, ' ')).filter((t) => t !== '')) agenda.push(item);
    }
  }

  const year = date !== null ? Number(date.slice(0, 4)) : null;
  // Checklists that are the roll call or the agenda (ticked when covered) hold no action items.
  const notActionLists = new Set(blocks.filter((b) => b.kind === 'tasks' && (PEOPLE.includes(b.section) || b.section === 'agenda')).map((b) => b.element));
  const actionItems = page.elements.tasks
    .filter((li) => !hasAncestor(li, (el) => notActionLists.has(el)))
    .map((li) => actionItemFromTask(li, { mentionName, resolve, order, year }))
    .filter((a): a is NonNullable<typeof a> => a !== null);
  const knowsPeople = attendees.some((a) => a.name !== null);
  // A task that names its owner in words rather than by a mention ("Ana & Ben: …", "… (Owner: Ben)", "… [Ana]"): read as any action's line.
  for (const task of actionItems) {
    if (task.assignee !== null) continue;
    task.assignee = actionFromLine(task.text, { resolve, year, order, knowsPeople, mentions: [] }, false)?.assignee ?? null;
  }
  const lineContext = (line: Line): ActionContext => ({ resolve, year, order, knowsPeople, mentions: line.mentions.map((a) => mentionLabel(a, mentionName) ?? '').filter((n) => n !== '') });
  const actionOf = (written: Line, inActions: boolean): ActionItem | null => {
    // A marker after a sentence ("… all checked except one. Action: Sam to …") starts the action there.
    // The whole line holds no task fields, so none of its parts does: each part is tried for a marker at its start only.
    const tail = isMarkedAction(written.text) ? null : markedTail(written.text, opensWithActionMarker);
    const line = tail === null ? written : { ...written, text: tail };
    const marked = tail !== null || isMarkedAction(line.text);
    if (!marked && !inActions) return null;
    const item = actionFromLine(line.text, lineContext(line), marked);
    return item !== null && line.struck ? { ...item, done: true } : item;
  };
  // Each table action's reference ("A-07"), which an action carried over later cites.
  const actionRefs = new Map<ActionItem, string>();
  const actionsInTable = (table: NormalizedTable, inActions: boolean): void => {
    // A header of no known language: the columns by what they hold (anylang/).
    const columns = actionTableColumns(table, inActions) ?? (table.header !== null && readsNoKnownLabel(table.header) ? actionColumnsByContent(table, resolve, order) : null);
    if (columns !== null) {
      for (const action of actionsFromTable(table, columns, { resolve, year, order, mentionName }, actionRefs)) actionItems.push(action);
      return;
    }
    // A column of actions with no owner column (a retrospective's "Actions"): each line that names whom it is for.
    const actionColumn = actionsOnlyColumn(table);
    for (const row of table.rows) row.forEach((cell, c) => {
      if (cell.spanCopy || hasTasks(cell.html)) return;
      for (const line of linesOf(cellNodes(cell))) {
        const item = c === actionColumn ? (actionOf(line, false) ?? actionWithAssignee(line)) : (actionOf(line, false) ?? sentenceActions(line)[0] ?? null);
        if (item !== null) actionItems.push(item);
      }
    });
  };
  // boxesAreMarks: a list of the roll call or the agenda, whose ☑ / ☐ mark presence or points covered.
  const actionsInList = (list: Element, inActions: boolean, boxesAreMarks = false): void => {
    if (list.attribs['data-tasks'] !== undefined) return;
    for (const li of childElementsNamed(list, 'li')) {
      if (li.attribs['data-task'] !== undefined) continue;
      const lines = linesOf(li.children, true);
      const label = lines[0]?.text.replace(/:$/, '') ?? '';
      const kind = label.length <= 40 ? classifyHeading(label) : 'other';
      // "Actions:" or "Action items" alone labels the items under it; "Action: Sam to …" is an action.
      // A label is short or heads the items under it: "Ben will circulate the agenda by Friday" names a section's word, it labels nothing.
      const headsItems = li.children.some((c) => isElement(c) && (c.name === 'ul' || c.name === 'ol' || c.name === 'table'));
      const labelOnly = lines.length === 1 && kind !== 'other' && kind !== 'minutes' && !/:\s*\S/.test(lines[0]!.text) && (headsItems || lines[0]!.text.trim().endsWith(':') || lines[0]!.text.trim().split(/\s+/).length <= 4);
      // "jdoe" over that person's actions ("Action items, by person"): a name that heads a list is no action.
      const ownerOnly = lines.length === 1 && li.children.some((c) => isElement(c) && (c.name === 'ul' || c.name === 'ol')) && /^@?\S+(?:\s\S+){0,2}$/.test(lines[0]!.text) && !/\s(?:to|will)\s/.test(lines[0]!.text) && (resolve(lines[0]!.text) !== null || !lines[0]!.text.includes(' '));
      // "Owner: Kofi", "Due: 27/03/2026" as sub-items: the action's own details, not actions of their own.
      const detailLists = li.children.filter((c): c is Element => isElement(c) && (c.name === 'ul' || c.name === 'ol') && c.attribs['data-tasks'] === undefined && childElementsNamed(c, 'li').length > 0 && childElementsNamed(c, 'li').every((d) => isActionDetail(nodesText(d.children))));
      const details = detailLists.flatMap((c) => childElementsNamed(c, 'li').map((d) => nodesText(d.children).replace(/\s+/g, ' ').trim()));
      if (details.length > 0 && lines.length > 0) lines[lines.length - 1] = { ...lines[lines.length - 1]!, text: [lines[lines.length - 1]!.text, ...details].join(' — ') };
      if (!labelOnly && !ownerOnly) {
        // A single word under an actions heading ("Budget", a section title a converter left as a list item) names no task.
        const oneWord = lines.map((l) => l.text).join(' ').trim().split(/\s+/).length < 2 && lines.every((l) => l.mentions.length === 0);
        if (inActions && lines.length > 0) {
          const item = actionOf({ text: lines.map((l) => l.text).join(' '), mentions: lines.flatMap((l) => l.mentions), struck: lines.every((l) => l.struck) }, true);
          if (item !== null && !oneWord) actionItems.push(item);
        } else for (const line of lines) {
          if (boxesAreMarks && TEXT_BOX.test(line.text)) continue;
          const item = actionOf(line, false);
          if (item !== null) actionItems.push(item);
          else if (kind !== 'decisions') for (const action of sentenceActions(line)) actionItems.push(action);
        }
      }
      const childActions = labelOnly ? kind === 'actions' : inActions;
      for (const child of li.children) {
        if (!isElement(child) || detailLists.includes(child)) continue;
        if (child.name === 'ul' || child.name === 'ol') actionsInList(child, childActions, boxesAreMarks);
        else if (child.name === 'table') actionsInTable(page.normalize(child), childActions);
      }
    }
  };
  for (const b of blocks) {
    const inActions = b.section === 'actions';
    if (b.kind === 'list') actionsInList(b.element, inActions, PEOPLE.includes(b.section) || b.section === 'agenda');
    else if (b.kind === 'table') actionsInTable(tables.get(b.element)!, inActions);
    else if (b.kind === 'paragraph') {
      // Soft line breaks part actions too ("→ Ana — …" one a line in Markdown).
      for (const { line, section, original } of sectionedLines(softLines(b.element), b.section, b.group, classifyHeading, 'other')) {
        // A ticked or empty box in the roll call or the agenda marks presence or a point covered, not a task.
        if (TEXT_BOX.test(original.text) && (PEOPLE.includes(section) || section === 'agenda')) continue;
        const item = actionOf(original, false);
        if (item !== null) actionItems.push(item);
        // In an actions section, each sentence or text bullet (" o Ana to …") that names whom it is for.
        else if (section === 'actions') for (const action of sentencesOf(line.text).map((text) => actionWithAssignee({ ...line, text })).filter((a): a is ActionItem => a !== null)) actionItems.push(action);
        else if (section !== 'decisions') for (const action of sentenceActions(line)) actionItems.push(action);
      }
    }
  }
  /** In an actions section a plain line is an action when it names whom it is for (a person of the meeting, or a mention). */
  function actionWithAssignee(line: Line): ActionItem | null {
    // "Ana: that one is still open, I'll finish it by Friday": someone speaking about an action, in the first person, sets no new one.
    if (/^[^:]{2,40}:\s*(?:I|I'll|I’ll|I'm|I’m|I've|I’ve|We|We'll|We’ll|That|That's|That’s|It|It's|It’s|This|Yes|No|Noted|Thanks)\b/u.test(line.text.trim())) return null;
    const item = actionFromLine(line.text, lineContext(line), false);
    // "@lpetrov to …": a handle written as text names someone too, known to the page or not.
    return item !== null && item.assignee !== null && (line.mentions.length > 0 || resolve(item.assignee) !== null || /^@[\p{L}\p{N}]/u.test(line.text.trim())) ? item : null;
  }
  /** "Sam to send the quote.", "Cllr Roe to chase the county.", "Clerk to advertise…": sentences that give an attendee, an office or a group a task, anywhere. */
  function sentenceActions(line: Line): ActionItem[] {
    const context = { ...lineContext(line), resolve: resolveSubject };
    return sentencesOf(line.text)
      .map((sentence) => assignedSentence(sentence, context))
      .filter((item): item is ActionItem => item !== null);
  }

  const decisions: { text: string }[] = [];
  // Decisions a line implies (see impliedDecision), kept only when the page records none in a list, column or section of its own.
  // `inWords`: a line that says in words that a matter was settled ("Le budget est adopté"); kept when the page keeps no
  // decision list, section or column of its own (a single labelled line under one item is not such a list).
  const implied: { text: string; source: object; scope?: object; inWords?: boolean }[] = [];
  let recorded = 0;
  let labelledInline = 0;
  /** What a line implies: a bare outcome or no objection, else what it says in words was settled. */
  const impliedBy = (line: string, item: string | null): { text: string; inWords: boolean } => {
    const bare = impliedDecision(line, item);
    if (bare !== null) return { text: bare, inWords: false };
    return { text: settledInWords(line) ?? '', inWords: true };
  };
  // Where a decision is labelled ("Agreed: …"), what the discussion beside it implies ("no objections") led to that decision.
  const labelledIn = new Set<object>();
  const addRecorded = (text: string | null, source: object): void => {
    const before = decisions.length;
    addDecision(text, source);
    recorded += decisions.length - before;
  };
  const sourceOfKey = new Map<string, object>();
  const decisionKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const addDecision = (text: string | null, source: object): void => {
    if (text === null || isTemplateActionText(text)) return;
    // Minutes often list their resolutions again at the end ("Summary of resolutions"): each once.
    // Two like entries under the same heading (or in one decision list) are two the page makes, not a listing again.
    // Each key's source (a key is only ever kept from one), so that a page of thousands of decisions is not compared pair by pair.
    const key = decisionKey(text);
    const keptFrom = sourceOfKey.get(key);
    if (keptFrom !== undefined && keptFrom !== source) return;
    sourceOfKey.set(key, source);
    decisions.push({ text });
  };
  const decisionsInList = (list: Element, inDecisions: boolean, source: object): void => {
    if (list.attribs['data-adf-decisions'] !== undefined) return; // read from its storage, below
    for (const li of childElementsNamed(list, 'li')) {
      if (li.attribs['data-task'] !== undefined) continue;
      const lines = linesOf(li.children, true);
      const label = lines[0]?.text.replace(/:$/, '') ?? '';
      const labelOnly = lines.length === 1 && label.length <= 40 && classifyHeading(label) === 'decisions' && !/:\s*\S/.test(lines[0]!.text);
      if (!labelOnly) {
        if (inDecisions) addRecorded(decisionInSection(lines.map((l) => l.text).join(' ')), source);
        // An item's first line is its title: a bare outcome under it ("Carried nem. con.") decides that item.
        else lines.forEach((line, i) => {
          const stated = decisionsOfLine(line.text);
          for (const text of stated) addDecision(text, source);
          // An item of several lines is a topic of its own (its title, then what was said); one-line items share their list's.
          const scope = lines.length > 1 ? li : source;
          if (stated.length > 0 && opensWithDecisionLabel(line.text)) labelledIn.add(scope);
          if (stated.length === 0) implied.push({ ...impliedBy(line.text, i > 0 ? lines[0]!.text : null), source, scope });
        });
      }
      for (const child of li.children) {
        if (!isElement(child)) continue;
        if (child.name === 'ul' || child.name === 'ol') decisionsInList(child, labelOnly || inDecisions, source);
        else if (child.name === 'table') decisionsInTable(page.normalize(child), source);
      }
    }
  };
  const decisionsInTable = (table: NormalizedTable, source: object): void => {
    const column = decisionColumn(table);
    // A column of outcomes of a word or three ("Approved", "Parked", status lozenges) rates each row's item: like a bare
    // outcome, it counts on a page that keeps no decision list of its own (there the list says what was decided).
    const ratings = column > 0 && table.rows.every((row) => row[column]!.text.trim().split(/\s+/).length <= 3);
    // A decision log's Status column: a row whose decision is still pending or open records no decision yet.
    const status = column < 0 ? -1 : (table.header?.findIndex((label, c) => c !== column && STATUS_LABEL.test(label.trim())) ?? -1);
    for (const row of table.rows) {
      if (status >= 0 && isUndecidedStatus(row[status]!.text)) continue;
      row.forEach((cell, c) => {
        if (cell.spanCopy) return;
        if (c === column) {
          const outcome = decisionInSection(cell.text);
          if (ratings && outcome !== null && row[0]!.text.trim() !== '') implied.push({ text: `${row[0]!.text.trim()}: ${outcome}`, source });
          else addRecorded(outcome, source);
        }
        // A bare outcome in a row ("Travel policy | Approved.") decides the row's item, its first cell.
        else for (const line of linesOf(cellNodes(cell))) {
          const stated = decisionsOfLine(line.text);
          for (const text of stated) addDecision(text, source);
          if (stated.length === 0) implied.push({ ...impliedBy(line.text, c > 0 ? row[0]!.text : null), source });
        }
      });
    }
  };
  for (const b of blocks) {
    const inDecisions = b.section === 'decisions';
    if (b.kind === 'list') decisionsInList(b.element, inDecisions, b.headings);
    else if (b.kind === 'table') decisionsInTable(tables.get(b.element)!, b.headings);
    else if (b.kind === 'paragraph') {
      // Under a decisions heading, a motion's own lines ("Moved: … · Seconded: …", "Result: 5/0/0 – passes") are one decision
      // with the motion before them, or none when it fell; a line someone says ("Ana: …") is discussion, not a decision.
      const motion: string[] = [];
      const decideMotion = (): void => {
        const before = recorded;
        if (motion.length === 1) for (const text of decisionsInSection(motion[0]!)) addRecorded(text, b.headings);
        else if (motion.length > 1) addRecorded(decisionInSection(motion.join(' ')), b.headings);
        // A labelled line under an item ("**Decision:** …" in its discussion), not under a decisions heading.
        if (b.section !== 'decisions') labelledInline += recorded - before;
        motion.length = 0;
      };
      for (const { line, section, original } of sectionedLines(enumeratedOrJoinedLines(b.element), b.section, b.group, classifyHeading, 'other')) {
        if (section === 'decisions') {
          if (motion.length > 0 && MOTION_PART.test(line.text)) motion.push(line.text);
          else if (speakerNote(line.text, resolve) !== null) decideMotion();
          else {
            decideMotion();
            motion.push(line.text);
          }
        } else {
          decideMotion();
          const stated = decisionsOfLine(original.text, b.headings[b.headings.length - 1] ?? null);
          for (const text of stated) addDecision(text, b.headings);
          if (stated.length > 0 && opensWithDecisionLabel(original.text)) labelledIn.add(b.headings);
          if (stated.length === 0) implied.push({ ...impliedBy(original.text, null), source: b.headings });
        }
      }
      decideMotion();
    }
  }
  for (const el of page.elements.opaqueStorage) for (const text of decisionsInAdf(el.attribs['data-storage'] ?? '')) addRecorded(text, el);
  const keepsNoList = page.elements.opaqueStorage.every((el) => !(el.attribs['data-storage'] ?? '').includes('decision'));
  for (const { text, source, scope, inWords } of implied) {
    if (text === '' || labelledIn.has(scope ?? source) || !keepsNoList) continue;
    if (recorded === 0 || (inWords === true && recorded === labelledInline)) addDecision(text, source);
  }


  const topics: Topic[] = [];
  // The first topic of each title, indexed as topics are added (they are only ever appended): a find
  // over every topic for each block made a page of 40,000 topic headings quadratic.
  const firstTitled = new Map<string, Topic>();
  let indexed = 0;
  const topicTitled = (title: string): Topic | undefined => {
    for (; indexed < topics.length; indexed += 1) if (!firstTitled.has(topics[indexed]!.title)) firstTitled.set(topics[indexed]!.title, topics[indexed]!);
    return firstTitled.get(title);
  };
  // A paragraph's soft line breaks part its speakers ("Ana: …" / "Bo: …" one a line in Markdown).
  // Lines under an actions label inside the paragraph ("ACTION ITEMS" / "* Ana – book the hall") are tasks, not speech.
  const linesOfBlock = (b: Located): string[] =>
    sectionedLines(linesOf(b.element.children, false, true), b.section, b.group, classifyHeading, 'other')
      .filter((l) => !(l.underLabel && l.section === 'actions'))
      .flatMap((l) => speakerLines(l.original.text, resolve));
  const speaks = (b: Located): boolean =>
    b.kind === 'paragraph'
      ? linesOfBlock(b).some((line) => speakerNote(line, resolve) !== null)
      : b.kind === 'table'
        ? b.section === 'other' && topicsFromTable(tables.get(b.element)!, resolve).some((t) => t.notes.some((n) => n.speaker !== null))
        : b.kind === 'list' && elementsWhere(b.element.children, (el) => el.name === 'li').some((li) => linesOf(li.children, true).some((l) => speakerNoteIn(l.text, resolve) !== null));
  // Notes live under a minutes heading, or under a topic heading of their own ("2. Budget") when people speak there;
  // an agenda whose items hold what people said ("[Ana] topic" with "Ana: …" under it) is the discussion too.
  const minutesBlocks = blocks.filter((x) => x.section === 'minutes' || ((x.section === 'other' || x.section === 'agenda') && speaks(x)));
  for (const b of minutesBlocks) {
    const sub = b.headings.length > 0 && classifyHeading(b.headings[b.headings.length - 1]!) === 'other' ? b.headings[b.headings.length - 1]! : null;
    const fallback = sub ?? b.group ?? 'Notes';
    let target = topics;
    if (sub !== null) {
      let topic = topicTitled(sub);
      if (topic === undefined) {
        topic = { title: sub, notes: [], topics: [] };
        topics.push(topic);
      }
      // "**Ana Roe:**" alone over a paragraph (a bold line the page reads as a heading), an attendee's full name: what follows is hers.
      const named = /\s/.test(sub.trim()) ? resolve(sub.replace(/:\s*$/, '')) : null;
      const saying = named !== null && named.toLowerCase() === sub.replace(/:\s*$/, '').trim().toLowerCase() ? named : null;
      if (b.kind === 'paragraph') for (const line of linesOfBlock(b)) topic.notes.push(speakerNote(line, resolve) ?? { speaker: saying, text: line });
      if (b.kind === 'list') for (const t of topicsFromList(b.element, agenda, sub, resolve)) {
        if (t.title === sub) for (const note of t.notes) topic.notes.push(note);
        else topic.topics.push(t);
      }
      if (b.kind === 'table') for (const subtopic of topicsFromTable(tables.get(b.element)!, resolve)) topic.topics.push(subtopic);
      continue;
    }
    if (b.kind === 'list') for (const topic of topicsFromList(b.element, agenda, fallback, resolve)) target.push(topic);
    else if (b.kind === 'table') for (const topic of topicsFromTable(tables.get(b.element)!, resolve)) target.push(topic);
    else if (b.kind === 'paragraph') {
      for (const line of linesOfBlock(b)) {
        const note = speakerNote(line, resolve);
        if (note === null) continue;
        let topic = topicTitled(fallback);
        if (topic === undefined) {
          topic = { title: fallback, notes: [], topics: [] };
          target.push(topic);
        }
        topic.notes.push(note);
      }
    }
    target = topics;
  }

  // A page with a meeting date and what a meeting produces is minutes, whatever its headings.
  const holdsMeeting = attendees.length > 0 || actionItems.length > 0 || decisions.length > 0 || agenda.length > 0;
  if (!byHeadings && !(date !== null && holdsMeeting)) return null;
  const count = (list: readonly Topic[], spoken: boolean): number => list.reduce((n, t) => n + t.notes.filter((note) => !spoken || note.speaker !== null).length + (spoken ? 0 : t.topics.length) + count(t.topics, spoken), 0);
  const notes = count(topics, false);
  const recordSections = blocks.some((b) => b.kind === 'heading' && ['minutes', 'decisions', 'actions', 'absent'].includes(b.section));
  const peopleLabelled = fromProperties > 0 || rollCallTable || unlisted.length > 0 || reporting.length > 0 || withTheDate.length > 0 || (marksAbsenteesWithTasks(attendees, actionItems.length) && readsNoKnownLabel([...blocks.filter((b) => b.kind === 'heading').map((b) => b.text), ...[...tables.values()].flatMap((t) => t.header ?? [])])) || attendees.some((a) => a.group !== null && PEOPLE.includes(classifyHeading(a.group)));
  const facts = { dateFrom, attendees, actions: actionItems.length, decisions: decisions.length, agenda: agenda.length, notes, spoken: count(topics, true), title, recordSections, minutesHeadings: byHeadings, peopleLabelled, mailThread: isMailThread(nodesText([...page.roots])) };
  if (!recordsAMeeting(facts) || withoutSignsOfAMeeting(facts) || onlyNamesAndADate(facts, unlisted)) return null;
  assignOfficesToHolders(actionItems, attendees, () => nodesText([...page.roots]), () => [...tables.values()].flatMap((t) => t.rows.map((row) => row.map((cell) => cell.text))));
  return {
    title,
    date,
    attendees,
    agenda: agenda.filter((t) => t !== '').map((text) => ({ text })),
    actionItems: withoutRepeatedActions(withoutCarriedOver(actionItems, actionRefs)).map((a) => ({ ...a, due: dueInMeetingsYear(a.due, a.text, date) })),
    decisions,
    topics,
    links: externalLinks(page.elements),
  };
}
