/**
 * Labels of no known wording beside labels of people in one block: "Employee side: A, B<br>
 * Management: C, D<br>Apologies: E", "**Here:** A, B / **Away:** C". The known label ("Apologies",
 * "Away") says the block is the meeting's roll; a sibling line whose label is unknown and whose value is
 * only people names people too. Presence: a label that is itself a presence mark ("Here", "✔") says
 * it; a label with a word of absence, or people each given a reason for being away, were not there; a
 * line before the block's first line of absentees lists people who came; after it, presence is unknown.
 */
import type { Attendee } from '../../model/meeting.js';
import type { SectionedLine } from '../lines.js';
import type { SectionKind } from '../sections.js';
import { isJobTitle, parsePersonText, withoutTitles, type PersonEntry } from '../person-cell.js';
import { looksLikeOrganization } from '../organizations.js';
import { isAwayText, presenceFromText } from '../presence.js';
import { looksLikeName } from '../anylang/unlisted-people.js';
import { labelPattern } from '../vocabulary.js';
import { lazyRegExp } from '../lazy-pattern.js';
import { toAttendee } from '../attendees-from-table.js';

const PEOPLE: readonly SectionKind[] = ['attendance', 'absent', 'guests'];
const ABSENCE_WORD = lazyRegExp(() => labelPattern(['absent', 'away']));
/** A label of one to four words of letters (no digits: "Room 4", "Q2 owners" are no labels of people). */
const SHORT_LABEL = lazyRegExp(() => /^(\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3})\s*:\s*(\S.*)$/su);

interface Context {
  knownOrganizations: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
}

/** One entry of the value: a person's name (titles and a remark in brackets aside) that is no organization, job or place-like word. */
function entryName(part: string, context: Context): { person: PersonEntry; signed: boolean } | null {
  const bare = part.replace(/\s*\([^()]*\)\s*/gu, ' ').replace(/\s+/g, ' ').trim();
  const untitled = withoutTitles(bare);
  if (!looksLikeName(untitled) || looksLikeOrganization(untitled, context.knownOrganizations) || isJobTitle(untitled)) return null;
  const person = parsePersonText(part, context);
  if (person === null || person.name === null) return null;
  // "(proxy given to A)": a remark in lower case is no organization.
  if (person.organization !== null && /^\p{Ll}/u.test(person.organization)) person.organization = null;
  const remark = /\(([^()]*)\)/u.exec(part)?.[1] ?? '';
  // A sign that the words are a person's: a title ("Dr", "M."), a reason for being away, a first name the page uses for people.
  // Or a full name with where the person comes from in brackets ("Bo Lind (Security Engineering)"): capitalised words, no figures.
  const affiliated = untitled.split(/\s+/).length >= 2 && /^\p{Lu}[\p{L}&.'’ -]*$/u.test(remark.trim()) && person.organization !== null;
  const signed = untitled !== bare || isAwayText(remark) || context.firstNames.has(untitled.split(/\s+/)[0]!) || affiliated;
  return { person, signed };
}

/**
 * "Ana Roe attended for items 1–3", "Bo Li joined at 8.15pm", "Tom Weber anwesend bis TOP 3", "Cy Dee présente
 * jusqu'au point 3": a name, then when the person was there; the remark says she came, and is no part of the name.
 */
const WHEN_THERE = /^(\p{Lu}[\p{L}\p{M}.'’ -]+?)\s+(?:attended|present|there|joined|arrived|left|anwesend|dabei|présente?|aanwezig|presente)\s+(?:for|from|until|till|after|at|before|ab|bis|von|jusqu['’]au|à partir d[eu]|dès|vanaf|tot|desde|hasta|até)\b.*$/u;

/** The people of a value when it is only people: several names, or one that carries a sign of being a person's; null otherwise. */
export function peopleOfValue(value: string, context: Context): { person: PersonEntry; away: boolean }[] | null {
  const there = WHEN_THERE.exec(value.trim());
  if (there !== null && !value.includes(',')) {
    const entry = entryName(there[1]!, context);
    return entry !== null ? [{ person: { ...entry.person, present: true }, away: false }] : null;
  }
  const parts = splitOutsideBrackets(value.replace(/\.\s*$/u, ''));
  // "M. Ana Roe, animatrice": one name and the job after its comma.
  const one = parts.length === 2 && isJobTitle(parts[1]!.replace(/\s+(?:de|of|du|des|der|aux|au|à|for|to)\s.*$/u, '')) ? [parts[0]!] : parts;
  const entries = one.map((part) => entryName(part, context));
  if (entries.length === 0 || entries.some((e) => e === null)) return null;
  if (entries.length === 1 && !entries[0]!.signed) return null;
  return entries.map((e, i) => ({ person: e!.person, away: isAwayText(/\(([^()]*)\)/u.exec(one[i]!)?.[1] ?? '') }));
}

function splitOutsideBrackets(text: string): string[] {
  const separator = text.includes(';') ? ';' : ',';
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.replace(/^\s*(?:and|&)\s+/iu, '').trim()).filter((p) => p !== '');
}

/**
 * The people of the lines with unknown labels in a block that also has a line under a label of people;
 * empty when it has none. `roleOf` gives the role a label gives its people.
 */
export function peopleUnderSiblingLabels(entries: readonly SectionedLine<SectionKind>[], context: Context, roleOf: (label: string) => Attendee['role']): Attendee[] {
  if (!entries.some((e) => e.labelled && PEOPLE.includes(e.section))) return [];
  const firstAbsent = entries.findIndex((e) => e.labelled && e.section === 'absent');
  const found: Attendee[] = [];
  entries.forEach((entry, i) => {
    if (entry.labelled || PEOPLE.includes(entry.section) || entry.line.mentions.length > 0) return;
    const m = SHORT_LABEL.exec(entry.original.text);
    if (m === null) return;
    const label = m[1]!.trim();
    const people = peopleOfValue(m[2]!, context);
    if (people === null) return;
    const mark = presenceFromText(label);
    for (const { person, away } of people) {
      const present = mark ?? (ABSENCE_WORD.test(label) || away ? false : firstAbsent < 0 || i < firstAbsent ? true : null);
      found.push(toAttendee(person, { role: roleOf(label), group: label, organization: null, present, alternateFor: null }));
    }
  });
  return found;
}

