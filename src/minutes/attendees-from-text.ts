import type { AnyNode, Element } from 'domhandler';
import { asciiPunctuation } from './lexicon/punctuation.js';
import type { Attendee } from '../model/meeting.js';
import { NUMBERED_UNIT, isCountry, isDegreePart, isJobTitle, looksLikePersonName, namesSomeone, parsePersonNodes, parsePersonText, surnameFirstList, withoutJoinedLabel, withoutTitles, withWesternPunctuation, type PersonEntry } from './person-cell.js';
import { looksLikeOrganization } from './organizations.js';
import { childElementsNamed, elementsWhere, hasAncestor, ownContent, textContent, textWithout } from '../hub/hub-walk.js';
import type { NormalizedTable } from '../hub/table-normalize.js';
import { cellNodes } from './cell-nodes.js';
import type { SectionedLine } from './lines.js';
import { toAttendee } from './attendees-from-table.js';
import { presenceFromMarkedText } from './presence.js';
import { classifyHeading, GUEST_LABEL, MEMBER_LABEL, type SectionKind } from './sections.js';
import { labelPattern } from './vocabulary.js';
import { narrativeRollCall, type PeopleClause } from './roll-call-forms.js';
import { organizationAndPeople } from './attendance/organization-and-people.js';
import { organizationOfLabel } from './attendance/organization-groups.js';
import { peopleOfValue } from './attendance/sibling-labels.js';
import { lazyRegExp } from './lazy-pattern.js';

const ONE_ON_ONE_PARTY = lazyRegExp(() => labelPattern('oneOnOneParty', true));

/** The role the label of a list of people gives them: members of a body, guests and staff, or plain participants. */
export function roleOf(section: SectionKind, label: string | null = null): Attendee['role'] {
  if (section === 'guests' || (label !== null && GUEST_LABEL.test(label))) return 'guest';
  if (label !== null && MEMBER_LABEL.test(label)) return 'member';
  return 'participant';
}



/** The people of a bullet list in an attendance, guests or apologies section: one item, one person. */
export function attendeesFromList(
  list: Element,
  section: SectionKind,
  group: string | null,
  known: ReadonlySet<string>,
  firstNames: ReadonlySet<string> = new Set(),
): Attendee[] {
  return childElementsNamed(list, 'li').flatMap((li) => {
    const sublists = li.children.filter((child): child is Element => child.type === 'tag' && ((child as Element).name === 'ul' || (child as Element).name === 'ol'));
    return [...attendeesFromItem(li, section, group, known, firstNames), ...sublists.flatMap((sub) => attendeesFromList(sub, section, group, known, firstNames))];
  });
}

/** The people of one list item's own content (its nested lists and tables left out). */
export function attendeesFromItem(li: Element, section: SectionKind, group: string | null, known: ReadonlySet<string>, firstNames: ReadonlySet<string> = new Set()): Attendee[] {
  const own = ownContent(li).filter((node) => !(node.type === 'tag' && (node as Element).name === 'table'));
  // A name struck through on a list of who came is crossed off the roll: not there.
  const struck = section === 'attendance' && isStruckThrough(own);
  const defaults = { role: roleOf(section, group), group, organization: null, present: struck ? false : presenceOfSection(section, group), alternateFor: null };
  const context = { knownOrganizations: known, firstNames };
  if (elementsWhere(own, namesSomeone).length === 0) {
    const text = textContent(own).replace(/\s+/g, ' ').trim();
    if (text === '') return [];
    const parts = peopleOnOneLine(text, context);
    if (parts !== null) return parts.map((person) => toAttendee(person, defaults));
  }
  return parsePersonNodes(own, context).map((person) => toAttendee(person, defaults));
}

/** All the text of these nodes sits inside strike-through markup (`s`, `del`, `strike`). */
function isStruckThrough(nodes: readonly AnyNode[]): boolean {
  const all = textContent(nodes).trim();
  if (all === '') return false;
  const struck = elementsWhere(nodes, (el) => el.name === 's' || el.name === 'del' || el.name === 'strike');
  return textContent(struck).replace(/\s+/g, '') === all.replace(/\s+/g, '');
}

/**
 * "Invitees", "Invited": a list of who was asked, not of who came. "Invited guests" (guests there by
 * invitation) and "Invited and present" are of people who came.
 */
export function namesInviteesOnly(group: string | null): boolean {
  return group !== null && /\binvit(?:ees?|ed)\b(?!\s+(?:guests?|speakers?|presenters?|experts?))/i.test(group) && !/\b(present|attend)/i.test(group);
}

/**
 * Presence implied by the heading a person is listed under: attendees, participants, guests and
 * "present" were there; regrets and apologies were not.
 */
export function presenceOfSection(section: SectionKind, group: string | null): boolean | null {
  if (section === 'absent') return false;
  // An invitation list says who was asked, not who came.
  if (namesInviteesOnly(group)) return null;
  return section === 'attendance' || section === 'guests' ? true : null;
}

const UNIT_BEFORE_PEOPLE = lazyRegExp(() => new RegExp(`^${NUMBERED_UNIT}\\s*[–—-]\\s+`, 'iu'));

/**
 * Several people written on one line: "A, Org; B, Org" (semicolons part people), or "Jane Roe,
 * Bo Li, Cy Dee" (each part a full name, none an organization). Null for one person, affiliations and all.
 */
export function peopleOnOneLine(written: string, context: { knownOrganizations: ReadonlySet<string>; firstNames?: ReadonlySet<string> }): PersonEntry[] | null {
  const text = withoutJoinedLabel(asciiPunctuation(written));
  // "Example Utilities: Ana Roe, Bo Li": the people of one organization.
  // A person of the group may carry a note in brackets ("Ana Roe (convener)"): the name before it decides.
  const ofOrganization = organizationAndPeople(text, context.knownOrganizations, splitInlinePeople, (part) => isFullName(part.replace(/\s*\([^()]*\)$/u, ''), context.knownOrganizations), isJobTitle);
  if (ofOrganization !== null) {
    return ofOrganization.people
      .map((part) => parsePersonText(part, context))
      .filter((p): p is PersonEntry => p !== null)
      // The label names where they all come from; a note in brackets is a department or a title within it.
      .map((p) => ({ ...p, organization: ofOrganization.organization ?? p.organization }));
  }
  if (text.includes(';')) {
    // "Jane Roe; Example Bank": a part that is an organization belongs to the person before it.
    // "Flat 3 – Ana Roe, Bo Li; Flat 6 – Cy Dee": a numbered place before the people who stand for it
    // (NUMBERED_UNIT) is dropped, and the full names after it are each of them.
    const parts = text
      .split(/\s*;\s*/)
      .flatMap((p) => (UNIT_BEFORE_PEOPLE.test(p) ? severalNames(p.replace(UNIT_BEFORE_PEOPLE, ''), context.knownOrganizations) : [p]))
      .filter((p) => p !== '');
    const surnameFirst = surnameFirstList(parts, context.knownOrganizations);
    if (surnameFirst !== null) return surnameFirst.map((part) => parsePersonText(part, context)).filter((p): p is PersonEntry => p !== null);
    const merged: string[] = [];
    for (const part of parts) {
      if (merged.length > 0 && !part.includes(',') && looksLikeOrganization(part, context.knownOrganizations) && !merged[merged.length - 1]!.includes(',')) merged[merged.length - 1] += `, ${part}`;
      else merged.push(part);
    }
    const people = merged.map((part) => parsePersonText(part, context)).filter((p): p is PersonEntry => p !== null);
    return people.length >= 2 ? people : people.length === 1 && merged.length === 1 ? people : null;
  }
  const parts = splitInlinePeople(text);
  if (parts.length < 2) return null;
  const fullNames = parts.every((part) => isFullName(part, context.knownOrganizations), isJobTitle);
  if (!fullNames) return null;
  return parts.map((part) => parsePersonText(part, context)).filter((p): p is PersonEntry => p !== null);
}

/** "Jane Roe": two to four capitalised words that read as a person's name, no organization, country or job. */
function isFullName(part: string, known: ReadonlySet<string>): boolean {
  const words = part.split(/\s+/);
  return words.length >= 2 && words.length <= 4 && looksLikePersonName(part) && !looksLikeOrganization(part, known) && !isCountry(part) && !isJobTitle(part) && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * "Wardens: A, B" inside a list of people: a role labels the people after it and is none of
 * them (the people's own label, "Present:", was read before).
 */
function withoutRoleLabel(part: string): string[] {
  const m = /^\s*([\p{L}][\p{L}'’ -]{1,40}?)\s*:\s*(\S.*)$/su.exec(part);
  if (m === null || !isJobTitle(m[1]!.replace(/s$/, ''))) return [part];
  return m[2]!.split(/\s*,\s*/).flatMap(splitOnAnd).filter((p) => p !== '');
}

/**
 * "@ana (Example Telecom), @bo": the brackets right after a mention say where that person comes
 * from, as they would after a written name.
 */
function mentionWithBracket(mention: Element, context: { knownOrganizations: ReadonlySet<string>; firstNames?: ReadonlySet<string> }): PersonEntry[] {
  const people = parsePersonNodes([mention], context);
  const after = mention.next;
  const bracket = after !== null && after.type === 'text' ? /^\s*\(([^()]{1,60})\)/.exec((after as unknown as { data: string }).data) : null;
  if (bracket === null || people.length !== 1 || people[0]!.organization !== null || people[0]!.name === null) return people;
  const organization = parsePersonText(`${people[0]!.name} (${bracket[1]!})`, context)?.organization ?? null;
  return [{ ...people[0]!, organization }];
}

/** A middle dot or bullet between spaces: the separator of items written on one line. */
const LIST_DOT = /\s+[·•∙]\s+/u;

const HAN_LIST_DOT = lazyRegExp(() => /(?<=\p{Script=Han})\s*[・･]\s*(?=\p{Script=Han})/u);

const SLASH_BETWEEN = /\s+\/\s+/u;

/** "Dr Ana Roe (Ops)": a name of two words or more, titles and a closing remark in brackets aside. */
function isNameWithRemark(part: string): boolean {
  const name = withoutTitles(part.replace(/\s*\([^()]*\)\s*$/u, '').trim());
  return name.split(/\s+/).length >= 2 && looksLikePersonName(name) && !isJobTitle(name);
}

/** Splits "A (X), B (Y); C" into people, keeping commas inside parentheses. */
function splitInlinePeople(written: string): string[] {
  // A run of spaces between names says no more than one space does; read as one, the patterns below look at each space once.
  const text = asciiPunctuation(written).replace(/[^\S\n]{2,}/g, ' ');
  // "A · B · C", "A • B": a dot in the middle of a line stands between list items, like a comma.
  if (LIST_DOT.test(text)) return text.split(LIST_DOT).flatMap(splitInlinePeople);
  // "山田・佐藤・鈴木": a middle dot between Han names stands between people (between kana it joins the parts of one name).
  if (HAN_LIST_DOT.test(text)) return text.split(HAN_LIST_DOT).flatMap(splitInlinePeople);
  // "Ana Roe / Bo Li / Cy Dee": a slash between spaces parts people when every part is a full name ("Ana Roe / Acme" stays one).
  if (SLASH_BETWEEN.test(text)) {
    const slashed = text.split(SLASH_BETWEEN);
    if (slashed.every(isNameWithRemark)) return slashed.flatMap(splitInlinePeople);
  }
  const separator = text.includes(';') ? ';' : ',';
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth += 1;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === separator || ch === '\n')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return withDegreesJoined(
    parts
      .map((p) => p.replace(/^\s*(and|&)\s+/i, '').trim())
      .filter((p) => p !== ''),
  )
    .flatMap(splitOnAnd)
    .flatMap(splitHandles);
}

/** "Ana Roe, MD (Surgery), Bo Li": a degree after a comma is the name's before it ("Ana Roe, MD (Surgery)"), no one of its own. */
function withDegreesJoined(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (out.length > 0 && isDegreePart(part)) out[out.length - 1] += `, ${part}`;
    else out.push(part);
  }
  return out;
}

/**
 * The people of a list written inline (splitInlinePeople), each "Surname, Given" entry of a
 * semicolon list turned round ("Cruz, José; Dai, Aiguo" gives "José Cruz", "Aiguo Dai").
 */
function peopleParts(text: string, known: ReadonlySet<string>): string[] {
  // "Flat 3 – Ana Roe, Bo Li": the numbered place the people stand for is none of them; the names after it are its people.
  const parts = splitInlinePeople(text).flatMap((part) => (UNIT_BEFORE_PEOPLE.test(part) ? severalNames(part.replace(UNIT_BEFORE_PEOPLE, ''), known) : [part]));
  if (!text.includes(';')) return parts;
  return surnameFirstList(parts, known) ?? parts;
}

/** The people after a numbered place: several full names parted by commas ("Ana Roe, Bo Li") are each of them; else one part. */
function severalNames(part: string, known: ReadonlySet<string>): string[] {
  if (!part.includes(',')) return [part];
  const names = part.split(/\s*,\s*/);
  return names.length >= 2 && names.every((n) => isFullName(n, known)) ? names : [part];
}

/**
 * "@ana @bo.lind @cy": mentions typed as text (a paste, a Markdown page) one after another with
 * only spaces between them: each @ starts a person.
 */
function splitHandles(part: string): string[] {
  return /^@\S/.test(part) && /\s@\S/.test(part) ? part.split(/\s+(?=@\S)/) : [part];
}

/** "Dr Ana Roe and Prof. Bo Li": two people when both sides of the "and" (in a language of the vocabulary) are full names. */
function splitOnAnd(part: string): string[] {
  // "and" in en, de, fr, es, it/pt, nl, sv, da/nb, pl, ru.
  const m = /^(.+?)\s+(?:and|&|und|et|y|e|en|och|og|i|oraz|и)\s+(.+)$/u.exec(part);
  if (m === null) return [part];
  const fullName = (text: string): boolean => {
    const name = withoutTitles(text.replace(/\s*\(.*\)\s*$/, '').replace(/[.]$/, '').trim());
    return name.split(/\s+/).length >= 2 && looksLikePersonName(name);
  };
  return fullName(m[1]!) && fullName(m[2]!) ? [m[1]!, m[2]!.replace(/\.$/, '')] : [part];
}

/**
 * "Apologies were received from A and B.", "Regrets sent by A, B": a sentence whose subject is the
 * label of a list of people and whose people follow "from" or "by"; null for any other text.
 */
function peopleAfterLeadIn(text: string): { kind: SectionKind; label: string; people: string } | null {
  const m = /^\s*((?:[\p{L}'’]+\s+){0,3}?[\p{L}'’]+(?:\s+for\s+absence)?)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:(?:received|sent|given|noted|tendered|offered|recorded|submitted)\s+(?:and\s+(?:accepted|noted|approved|recorded)\s+)?)?(?:from|by)\s+(.+?)\.?\s*$/su.exec(text);
  if (m === null) return null;
  const label = m[1]!.trim();
  const kind = classifyHeading(label);
  return kind === 'absent' || kind === 'attendance' || kind === 'guests' ? { kind, label, people: m[2]! } : null;
}

/**
 * A paragraph "Regrets: A (X), B (Y)" or "Attendees: …" names people inline; a paragraph of
 * mentions does too when it sits in an attendance section.
 */
export function attendeesFromParagraph(
  paragraph: Element,
  section: SectionKind,
  group: string | null,
  known: ReadonlySet<string>,
  firstNames: ReadonlySet<string> = new Set(),
): Attendee[] {
  return attendeesFromLabelledNodes(paragraph.children, section, group, known, firstNames);
}

/** "Present: …", "Présents : …", "Can't make it: …": a label of letters (any script), then a colon. */
const PEOPLE_LABEL_LINE = lazyRegExp(() => /^\s*(\p{L}[\p{L}'’ ]{2,30}?(?:\s+(?:zu|für|for|pour|voor|per|para|bei|à)\s+(?:(?:le|la|les|the|het|de|den|dem|el|o|il)\s+)?(?:TOP|items?|points?|punt(?:en)?|punto|Tagesordnungspunkt|agenda items?)\s*\d[\d.,/–-]*)?|[\p{Script=Han}\p{Script=Hangul}]{2})\s*:\s*(.+)$/su);

/** "Presenters (non-voting): …": a label of people with a remark in brackets; null for any other text. */
function remarkedPeopleLabel(text: string): RegExpExecArray | null {
  const m = /^\s*(\p{L}[\p{L}'’ ]{2,30}?\s*\([^()]{1,30}\))\s*:\s*(.+)$/su.exec(text);
  return m !== null && ['attendance', 'absent', 'guests'].includes(classifyHeading(m[1]!)) ? m : null;
}

/** attendeesFromParagraph on the nodes of a paragraph, list item or cell. */
export function attendeesFromLabelledNodes(
  nodes: readonly AnyNode[],
  section: SectionKind,
  group: string | null,
  known: ReadonlySet<string>,
  firstNames: ReadonlySet<string> = new Set(),
): Attendee[] {
  const text = withWesternPunctuation(asciiPunctuation(textContent(nodes)));
  const labelled = PEOPLE_LABEL_LINE.exec(text) ?? remarkedPeopleLabel(text);
  let kind = section;
  let ownGroup = group;
  const sentence = labelled === null ? peopleAfterLeadIn(text) : null;
  const bareLabel = labelled === null && sentence === null ? bareLabelOfChips(nodes) : null;
  if (labelled === null && sentence === null && elementsWhere(nodes, namesSomeone).length === 0) {
    // "Present were A, B and C; D sent apologies.": a roll call told in sentences, clause by clause.
    const clauses = narrativeRollCall(text);
    if (clauses.length > 0) return clauses.flatMap((clause) => peopleOfClause(clause, group, known, firstNames));
  }
  // "Teachers: A, B", "Director, chair of the meeting: C" under a heading of who came: a group of the section's people.
  const grouped = PEOPLE_KINDS.includes(section) && elementsWhere(nodes, namesSomeone).length === 0 ? GROUP_LABEL_LINE.exec(text) : null;
  if (labelled !== null) {
    const labelKind = classifyHeading(labelled[1]!);
    if (labelKind === 'attendance' || labelKind === 'absent' || labelKind === 'guests') {
      kind = labelKind;
      ownGroup = labelled[1]!.trim();
    } else if (PROXIES_LABEL.test(labelled[1]!.trim())) return proxyHolders(labelled[2]!, labelled[1]!.trim(), known, firstNames);
    else return grouped !== null ? peopleOfGroupLine(grouped[1]!.trim(), grouped[2]!, section, group, known, firstNames) : [];
  } else if (grouped !== null && classifyHeading(grouped[1]!) === 'other') {
    return peopleOfGroupLine(grouped[1]!.trim(), grouped[2]!, section, group, known, firstNames);
  } else if (sentence !== null) {
    kind = sentence.kind;
    ownGroup = group ?? sentence.label;
  } else if (bareLabel !== null) {
    // "Invited @A @B", "Regrets @C": a label of people with no colon, then only mentions or person chips.
    ownGroup = bareLabel;
    kind = classifyHeading(bareLabel);
  } else if (!['attendance', 'absent', 'guests'].includes(section)) return [];
  const defaults = { role: roleOf(kind, ownGroup), group: ownGroup, organization: null, present: presenceOfSection(kind, ownGroup), alternateFor: null };
  // Mentions first, then the people written as text around them ("@A, @B, John Doe (guest, Vendor QA)").
  const mentioned = elementsWhere(nodes, namesSomeone).flatMap((a) => mentionWithBracket(a, { knownOrganizations: known, firstNames }));
  const restText = withWesternPunctuation(asciiPunctuation(textWithout(nodes, namesSomeone)));
  const restLabelled = /^\s*(\p{L}[\p{L}'’ ]{2,30}?(?:\s*\([^()]{1,30}\))?|[\p{Script=Han}\p{Script=Hangul}]{2})\s*:\s*(.*)$/su.exec(restText);
  const body = labelled !== null && restLabelled !== null ? restLabelled[2]! : labelled !== null && mentioned.length === 0 ? labelled[2]! : sentence !== null ? (peopleAfterLeadIn(restText)?.people ?? '') : bareLabel !== null ? '' : restText;
  // Each part is text (what parsePersonCell reads from its escaped HTML): one line.
  const parts = peopleParts(body, known).flatMap(withoutRoleLabel);
  // "Staff canteen: closed", "Guest wifi: renewed": a word of people that only qualifies another noun
  // labels a topic, and its lower-case words are no one's name.
  if (labelled !== null && mentioned.length === 0 && !labelPattern(['attendees', 'absent', 'guests'], true).test(labelled[1]!) && parts.every((part) => NO_CAPITALS.test(part))) return [];
  const written = parts
    .map((part) => parsePersonText(part.replace(/\n/g, ' '), { knownOrganizations: known, firstNames }))
    .filter((p): p is PersonEntry => p !== null);
  return [...mentioned, ...written].map((person) => toAttendee(person, defaults));
}

/** "Teachers: …", "Director, chair of the meeting : …": a label of up to six words (a comma allowed), then a colon. */
const GROUP_LABEL_LINE = /^\s*(\p{L}[\p{L}'’ ,&-]{1,60}?)\s*:\s*(\S.*)$/su;

/**
 * The people of a line "Group: A, B" in a section of people whose label is no label of people (a
 * category, a side of the body, an office, an organization): the section's people when the value
 * is only people (several names, or one with a sign of being a person's, sibling-labels.ts), with
 * the label's organization when it names one; nobody when the value is anything else ("Quorum: 5
 * of 7", "Room: 4.12").
 */
function peopleOfGroupLine(label: string, value: string, section: SectionKind, group: string | null, known: ReadonlySet<string>, firstNames: ReadonlySet<string>): Attendee[] {
  const people = peopleOfValue(value, { knownOrganizations: known, firstNames });
  if (people === null) return [];
  const organization = organizationOfLabel(label, known, isJobTitle);
  return people.map(({ person, away }) =>
    // The label's organization is where they all come from; a bracket after one name is a department within it.
    toAttendee({ ...person, organization: organization ?? person.organization }, { role: roleOf(section, group), group, organization: null, present: away ? false : presenceOfSection(section, group), alternateFor: null }),
  );
}

/** The label of people a line of mentions or person chips starts with when nothing else is written ("Invited @A @B"), else null. */
function bareLabelOfChips(nodes: readonly AnyNode[]): string | null {
  if (elementsWhere(nodes, namesSomeone).length === 0) return null;
  const label = textWithout(nodes, namesSomeone).replace(/[\s,;·|]+/g, ' ').trim();
  return label !== '' && label.length <= 40 && ['attendance', 'absent', 'guests'].includes(classifyHeading(label)) ? label : null;
}

/** Text in a script with capitals written wholly in lower case (Georgian, whose names take no capitals, is never that). */
const NO_CAPITALS = lazyRegExp(() => /^[^\p{Lu}\p{Lt}\p{Lo}\p{Script=Georgian}]*\p{Ll}[^\p{Lu}\p{Lt}\p{Lo}\p{Script=Georgian}]*$/u);

/** "Proxies:", "Proxy holders:", "Proxies held:": a line of who voted for whom. */
const PROXIES_LABEL = /^prox(?:y|ies)(?:\s+(?:holders?|held|given|received))?$/i;

/**
 * "Proxies: Bo Li for Ana Roe, Cy Dee (for Eva Lund)": each holder was there as the alternate of
 * the member named after "for" (the member, absent, is read where the page lists the members).
 */
function proxyHolders(text: string, label: string, known: ReadonlySet<string>, firstNames: ReadonlySet<string>): Attendee[] {
  const found: Attendee[] = [];
  for (const part of splitInlinePeople(text.replace(/\(\s*(for\s+[^()]+?)\s*\)/giu, '$1'))) {
    const m = /^(.+?)\s+for\s+(.+)$/u.exec(part);
    if (m === null) continue;
    const holder = parsePersonText(m[1]!, { knownOrganizations: known, firstNames });
    const member = withoutTitles(m[2]!.replace(/\.$/, '').trim());
    if (holder === null || holder.name === null || !looksLikePersonName(member)) continue;
    found.push(toAttendee(holder, { role: 'alternate', group: label, organization: null, present: true, alternateFor: member }));
  }
  return found;
}

/** The people of one clause of a narrative roll call, under its label. */
function peopleOfClause(clause: PeopleClause, group: string | null, known: ReadonlySet<string>, firstNames: ReadonlySet<string>): Attendee[] {
  const ownGroup = clause.kind === 'attendance' && group !== null && classifyHeading(group) === 'attendance' ? group : clause.label;
  const defaults = { role: roleOf(clause.kind, ownGroup), group: ownGroup, organization: null, present: presenceOfSection(clause.kind, ownGroup), alternateFor: null };
  return peopleParts(clause.people, known)
    .map((part) => parsePersonText(part, { knownOrganizations: known, firstNames }))
    .filter((p): p is PersonEntry => p !== null)
    .map((person) => toAttendee(person, defaults));
}

/**
 * "Apologies were received from A and B." written as a line of a table cell (a numbered minute
 * beside its text): the people the sentence names, under its label. Empty for any other line.
 */
export function attendeesFromLeadInLine(text: string, known: ReadonlySet<string>, firstNames: ReadonlySet<string> = new Set()): Attendee[] {
  const sentence = peopleAfterLeadIn(text);
  if (sentence === null) return [];
  const defaults = { role: roleOf(sentence.kind, sentence.label), group: sentence.label, organization: null, present: presenceOfSection(sentence.kind, sentence.label), alternateFor: null };
  return peopleParts(sentence.people, known)
    .map((part) => parsePersonText(part, { knownOrganizations: known, firstNames }))
    .filter((p): p is PersonEntry => p !== null)
    // "from A (work commitment)": beside an apology, brackets in lower case give the reason, not the organization.
    .map((person) => (sentence.kind === 'absent' && person.organization !== null && !/\p{Lu}/u.test(person.organization) ? { ...person, organization: null } : person))
    .map((person) => toAttendee(person, defaults));
}

/**
 * An info table whose first column labels its rows ("Participants | @Ana @Bo", "Regrets | Cy Dee"):
 * the people of the rows labelled as attendance, regrets or guests.
 */
export function attendeesFromLabelledRows(table: NormalizedTable, known: ReadonlySet<string>, firstNames: ReadonlySet<string> = new Set()): Attendee[] {
  // A header row is a labelled row only in a table of labelled rows: "Member | Vote" over rows of names is a header.
  const labelledBelow = table.rows.length === 0 || table.rows.some((row) => row.length >= 2 && classifyHeading(row[0]!.text.replace(/:$/, '').trim()) !== 'other');
  const rows = table.header !== null && !table.headerColumn && labelledBelow ? [table.headerCells ?? [], ...table.rows] : table.rows;
  const found: Attendee[] = [];
  // "Manager | @a" and "Report | @b": the two sides of a one-on-one are its participants (one such row alone is only a property).
  const parties = rows.filter((row) => row.length >= 2 && ONE_ON_ONE_PARTY.test(row[0]!.text.replace(/:$/, '')) && row.slice(1).some((cell) => cell.text.trim() !== ''));
  for (const row of rows) {
    if (row.length < 2) continue;
    const label = row[0]!.text.replace(/:$/, '').trim();
    if (label === '' || label.length > 40) continue;
    const party = parties.length >= 2 && parties.includes(row);
    const kind = party ? 'attendance' : classifyHeading(label);
    if (kind !== 'attendance' && kind !== 'absent' && kind !== 'guests') continue;
    const defaults = { role: party ? ('participant' as const) : roleOf(kind, label), group: label, organization: null, present: presenceOfSection(kind, label), alternateFor: null };
    for (const cell of row.slice(1)) {
      const nodes = cellNodes(cell);
      const lists = elementsWhere(nodes, (el) => el.name === 'ul' || el.name === 'ol');
      if (lists.length > 0) {
        for (const list of lists.filter((l) => !lists.some((o) => o !== l && hasAncestor(l, (a) => a === o)))) for (const attendee of attendeesFromList(list, kind, label, known, firstNames)) found.push(attendee);
        continue;
      }
      const mentioned = elementsWhere(nodes, namesSomeone).flatMap((a) => mentionWithBracket(a, { knownOrganizations: known, firstNames }));
      const rest = textWithout(nodes, namesSomeone);
      const written = peopleParts(rest, known)
        .map((part) => parsePersonText(part.replace(/\n/g, ' '), { knownOrganizations: known, firstNames }))
        .filter((p): p is PersonEntry => p !== null);
      for (const person of [...mentioned, ...written]) found.push(toAttendee(person, defaults));
    }
  }
  return found;
}

/**
 * A table whose column headers are lists of people ("Members | Guests | Regrets"):
 * each column lists the people of its label, a row holding one of each side by side. Null when
 * the table is not such (a header is no people label, or a column holds marks rather than names).
 */
export function attendeesFromLabelledColumns(table: NormalizedTable, known: ReadonlySet<string>, firstNames: ReadonlySet<string> = new Set()): Attendee[] | null {
  const labels = table.header;
  if (labels === null || table.headerColumn || labels.length < 2) return null;
  const kinds = labels.map((label) => (label.length <= 40 ? classifyHeading(label.replace(/:$/, '')) : 'other'));
  if (!kinds.every((kind) => kind === 'attendance' || kind === 'absent' || kind === 'guests')) return null;
  const context = { knownOrganizations: known, firstNames };
  const columns = labels.map((_, c) => table.rows.map((row) => row[c]!).filter((cell) => !cell.spanCopy && cell.text !== ''));
  // A column of marks ("Attendee | Present" with x and yes) is a roll call, not a list.
  if (columns.some((cells) => cells.some((cell) => presenceFromMarkedText(cell.text) !== null))) return null;
  if (!columns.some((cells) => cells.length > 0)) return null;
  const found: Attendee[] = [];
  columns.forEach((cells, c) => {
    const kind = kinds[c]!;
    const label = labels[c]!.replace(/:$/, '').trim();
    const defaults = { role: roleOf(kind, label), group: label, organization: null, present: presenceOfSection(kind, label), alternateFor: null };
    for (const cell of cells) for (const attendee of parsePersonNodes(cellNodes(cell), context).map((person) => toAttendee(person, defaults))) found.push(attendee);
  });
  return found;
}

/**
 * The people of a paragraph of several lines ("Present: A, B<br>Apologies: C", or a label line
 * "Board members attending:" with one person a line under it).
 */
export function attendeesFromLines(
  written: SectionedLine<SectionKind>[],
  known: ReadonlySet<string>,
  firstNames: ReadonlySet<string> = new Set(),
): Attendee[] {
  const context = { knownOrganizations: known, firstNames };
  const found: Attendee[] = [];
  const titledGroups = new Set<string | null>();
  const lines = continuedLabels(written);
  // "Present" alone on a line, then one line "A, B_C, dee": the one line under a label is its list, as after "Present:".
  const runs = new Map<SectionedLine<SectionKind>, number>();
  for (let i = 0; i < lines.length; i += 1) {
    if (!lines[i]!.underLabel || (i > 0 && lines[i - 1]!.underLabel && lines[i - 1]!.group === lines[i]!.group)) continue;
    let n = 1;
    while (i + n < lines.length && lines[i + n]!.underLabel && lines[i + n]!.group === lines[i]!.group) n += 1;
    runs.set(lines[i]!, n);
  }
  for (const entry of lines) {
    const { line, section, group } = entry;
    if (section !== 'attendance' && section !== 'absent' && section !== 'guests') continue;
    // A label of an office alone ("Chair", "Minutes") names nobody.
    if (line.mentions.length === 0 && isJobTitle(line.text.trim()) && line.text.trim().split(/\s+/).length <= 3) continue;
    // "Controller: Bo Lind (Security)" among the lines of a section of people: a group of its people under a label of its own.
    const grouped = !entry.labelled && line.mentions.length === 0 ? GROUP_LABEL_LINE.exec(line.text) : null;
    if (grouped !== null && classifyHeading(grouped[1]!) === 'other') {
      for (const attendee of peopleOfGroupLine(grouped[1]!.trim(), grouped[2]!, section, group, known, firstNames)) found.push(attendee);
      continue;
    }
    const labelled = entry.labelled || (runs.get(entry) === 1 && isListOfPeople(splitInlinePeople(line.text), known));
    const defaults = { role: roleOf(section, group), group, organization: null, present: presenceOfSection(section, group), alternateFor: null };
    const mentioned = line.mentions.flatMap((a) => mentionWithBracket(a, context));
    let rest = line.text;
    for (const a of line.mentions) rest = rest.replace(textContent([a]), ' ');
    rest = rest.replace(/^[\s,;]+|[\s,;]+$/g, '');
    if (/^(?:none|n\/a|nobody|-+)\.?$/i.test(rest)) rest = '';
    const written = rest === '' ? [] : labelled ? splitPeopleList(rest, context) : (peopleOnOneLine(rest, context) ?? [parsePersonText(rest, context)].filter((p): p is PersonEntry => p !== null));
    for (const person of [...mentioned, ...written]) found.push(toAttendee(person, defaults));
    if (TITLE_FIRST.test(line.text)) titledGroups.add(group);
  }
  // A list written with titles ("Gng. Ana Cruz", "Dr. Bo Li"): a lone capital with a period before a full name ("G. Jose Reyes") is one more title, not an initial.
  return titledGroups.size === 0 ? found : found.map((a) => (titledGroups.has(a.group ?? null) && a.name !== null ? { ...a, name: a.name.replace(LONE_INITIAL_BEFORE_NAME, '') } : a));
}

const PEOPLE_KINDS: readonly SectionKind[] = ['attendance', 'absent', 'guests'];

/**
 * "PRESENT: Ana Roe (Chair)<br>Bo Li<br>Cy Dee", as a letter pasted from a word processor writes it: the
 * lines of one name each right after a labelled line of people continue its list, up to the first
 * line that is something else.
 */
function continuedLabels(lines: SectionedLine<SectionKind>[]): SectionedLine<SectionKind>[] {
  let label: SectionedLine<SectionKind> | null = null;
  return lines.map((entry) => {
    if (entry.labelled) {
      label = PEOPLE_KINDS.includes(entry.section) ? entry : null;
      return entry;
    }
    let rest = entry.line.text;
    for (const a of entry.line.mentions) rest = rest.replace(textContent([a]), ' ');
    const one = entry.line.mentions.length > 0 ? /^[\s,;]*$/.test(rest) : isNameWithRemark(rest.trim());
    if (label === null || PEOPLE_KINDS.includes(entry.section) || entry.underLabel || entry.line.text.includes(':') || !one) {
      label = null;
      return entry;
    }
    return { ...entry, section: label.section, group: label.group };
  });
}

/** An abbreviated title opening a line ("Gng. ", "Engr. ", "Dr. "). */
const TITLE_FIRST = lazyRegExp(() => /^\s*\p{Lu}\p{Ll}{1,4}\.\s/u);
/** A lone capital and a period before two or more words of a name. */
const LONE_INITIAL_BEFORE_NAME = lazyRegExp(() => /^\p{Lu}\.\s+(?=\p{Lu}\p{Ll}+\s+\S)/u);

/**
 * Parts of one line that are several people rather than one person and an affiliation: three or
 * more, or two that are each a full name or a handle in lower case ("Ana Roe, shawn"); "Ana Roe,
 * Acme" stays one person.
 */
function isListOfPeople(parts: readonly string[], known: ReadonlySet<string>): boolean {
  if (parts.length >= 3) return true;
  if (parts.length !== 2) return false;
  return parts.map((part) => part.replace(/(\p{L})_+(?=\p{L})/gu, '$1 ')).every((part) => /^\p{Ll}[\p{Ll}\d._-]{1,30}$/u.test(part) || (part.split(/\s+/).length >= 2 && looksLikePersonName(part) && !looksLikeOrganization(part, known) && !isJobTitle(part)));
}

/** "A (X), B (Y); C": people written inline after a label. */
function splitPeopleList(text: string, context: { knownOrganizations: ReadonlySet<string>; firstNames?: ReadonlySet<string> }): PersonEntry[] {
  if (text.includes(';')) return peopleOnOneLine(text, context) ?? [];
  // "Ana Roe (AR), General Manager": a job after a comma is the person's before it, no one of its own.
  const parts = splitInlinePeople(text).filter((part, i) => i === 0 || !isJobTitle(part));
  return parts.map((part) => parsePersonText(part, context)).filter((p): p is PersonEntry => p !== null);
}
