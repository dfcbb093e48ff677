/**
 * People listed under a label in a language no word list of ours covers ("Присутні:", "Mætt:"),
 * read by shape alone at the opening of a page: a short label whose value is a list of person
 * names (mentions, or two to four words that look like a name), on a "Label: A, B" line or over
 * a bullet list. A label whose value is a date, a time or a place is skipped (one name alone is
 * read only after a list of several, and never among a date's or a time's lines); the opening ends at
 * the first table, task list or list that is not of people.
 *
 * Which of several such lists is which cannot be told without the label's words: the first lists
 * who came (present); the ones right after it (absentees? guests?) are read with presence unknown.
 */
import type { Element } from 'domhandler';
import type { Attendee } from '../../model/meeting.js';
import { childElementsNamed, elementsWhere, textContent } from '../../hub/hub-walk.js';
import type { PageBlock } from '../page-blocks.js';
import { namesSomeone, withoutTitles } from '../person-cell.js';
import { labelPattern } from '../vocabulary.js';
import { lazyRegExp } from '../lazy-pattern.js';

/** A word of absence anywhere in a label ("Out today", "Couldn't join this week"): the people under it were not there. */
const ABSENCE_WORD = lazyRegExp(() => labelPattern(['absent', 'away']));
/** A word of a body's seat anywhere in a label ("Committee", "Board"): the people under it are its members. */
const SEAT_WORD = lazyRegExp(() => labelPattern('members'));

/** A block of the page with the section a known heading gave it ('other' when none). */
export interface OpeningBlock extends PageBlock {
  section: string;
}

/** Whether a written name has a person's shape: two to four words, capitalised in a script with case, no digits. */
export function looksLikeName(written: string): boolean {
  const name = written.trim();
  if (name === '' || name.length > 50 || /[\d:@/]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  // Scripts without capitals (Hebrew, Arabic, Thai…): two or three words of two letters or more.
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return words.length <= 3 && words.every((w) => [...w].length >= 2 && /^[\p{L}\p{M}'’-]+$/u.test(w));
  return words.every((w) => /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w));
}

/** The name of one entry: its text without a remark in brackets, and without ", role" or " – role" after a name. */
function nameOfEntry(written: string, roleAfterComma: boolean): string | null {
  // Titles before the name ("Ing.", "Dr", "Capt.") are no part of it.
  // "@Bea Lindgren" typed without becoming a mention, ":palm_tree:" after it: the name is what is left.
  const text = withoutTitles(written.replace(/\([^()]*\)/g, ' ').replace(EMOJI_CODE, ' ').replace(/\s+/g, ' ').replace(/[.;]$/, '').trim().replace(/^@(?=\p{L})/u, ''));
  if (looksLikeName(text)) return text;
  // "Name, role" and "Name – role" (a dash between spaces parts a name from a remark in any language).
  const head = text.split(/,|\s[–—-]\s/)[0]!.trim();
  return roleAfterComma && head !== text && looksLikeName(head) ? head : null;
}

/**
 * An emoji written as its short code (":palm_tree:", ":tada:") or as the character itself ("🌴", "🤒",
 * what a shortcode becomes once Markdown is read): a remark on how the person is, no part of the name.
 */
const EMOJI_CODE = lazyRegExp(() => /:[a-z0-9_+-]{2,30}:|[\p{Extended_Pictographic}\p{Regional_Indicator}][\uFE0F\u200D\p{Emoji_Modifier}\p{Extended_Pictographic}]*/gu);

/** A short label: one to three words of letters, no digits. */
function isShortLabel(label: string): boolean {
  const t = label.trim();
  return t.length >= 2 && t.length <= 30 && !/\d/.test(t) && t.split(/\s+/).length <= 3 && /\p{L}/u.test(t);
}

interface Person {
  name: string;
  accountId: string | null;
  userKey: string | null;
}

/** The people a run of nodes names: its mentions, else its text parted by commas or semicolons; null unless every part is a name. */
function peopleOf(nodes: Element['children'], text: string, mentionName: (a: Element) => string | null): Person[] | null {
  const mentions = elementsWhere(nodes, namesSomeone);
  if (mentions.length > 0) {
    const rest = text.replace(/[,;、\s]/g, '');
    const names = mentions.map((a) => ({ name: mentionName(a) ?? '', accountId: a.attribs['data-account-id'] ?? null, userKey: a.attribs['data-userkey'] ?? null }));
    const shown = mentions.map((a) => textContent([a]).replace(/[,;、\s]/g, '')).join('');
    // Only mentions and separators: a line of people.
    return names.every((p) => p.name !== '') && rest.length <= shown.length ? names : null;
  }
  const parts = text.split(/[,;、]/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length === 0) return null;
  const names = parts.map((p) => nameOfEntry(p, false));
  return names.every((n): n is string => n !== null) ? names.map((name) => ({ name, accountId: null, userKey: null })) : null;
}

/** The one person a line names: its one mention or chip, or a name with a remark after it; null otherwise. */
function peopleOfEntry(nodes: Element['children'], text: string, mentionName: (a: Element) => string | null): Person | null {
  const mentions = elementsWhere(nodes, namesSomeone);
  if (mentions.length === 1) {
    const name = mentionName(mentions[0]!);
    return name === null ? null : { name, accountId: mentions[0]!.attribs['data-account-id'] ?? null, userKey: mentions[0]!.attribs['data-userkey'] ?? null };
  }
  if (mentions.length > 1) return null;
  const name = nameOfEntry(text.replace(/\s+/g, ' '), true);
  return name === null ? null : { name, accountId: null, userKey: null };
}

/** The people of a list whose every item is one person (a mention, or a name with a role after a comma); null otherwise. */
function peopleOfList(list: Element, mentionName: (a: Element) => string | null): Person[] | null {
  const items = childElementsNamed(list, 'li');
  if (items.length === 0 || items.some((li) => li.attribs['data-task'] !== undefined)) return null;
  const people: Person[] = [];
  for (const li of items) {
    const mentions = elementsWhere(li.children, namesSomeone);
    if (mentions.length === 1) {
      const name = mentionName(mentions[0]!);
      if (name === null) return null;
      people.push({ name, accountId: mentions[0]!.attribs['data-account-id'] ?? null, userKey: mentions[0]!.attribs['data-userkey'] ?? null });
      continue;
    }
    const name = nameOfEntry(textContent([li]).replace(/\s+/g, ' '), true);
    if (name === null) return null;
    people.push({ name, accountId: null, userKey: null });
  }
  return people;
}

/** "Label:" alone, or a short bold line, or a heading: a label that may stand over a list. */
function labelOver(block: OpeningBlock): string | null {
  const text = block.text.trim();
  if (block.kind === 'heading') return isShortLabel(text) ? text : null;
  if (block.kind !== 'paragraph' || text.includes('\n')) return null;
  const label = text.replace(/[:：]$/, '').trim();
  const bold = elementsWhere(block.element.children, (el) => el.name === 'strong' || el.name === 'b').map((el) => textContent([el]).trim()).join(' ');
  return isShortLabel(label) && (text.endsWith(':') || text.endsWith('：') || bold.replace(/[:：]$/, '').trim() === label) ? label : null;
}

/**
 * The people of the page's opening under labels of no known language (blocks whose section is
 * 'other'): the first list present, later ones with presence unknown. Empty when the opening
 * lists nobody so.
 */
export function peopleUnderUnlistedLabels(blocks: readonly OpeningBlock[], mentionName: (a: Element) => string | null): Attendee[] {
  const found: Attendee[] = [];
  const add = (people: readonly Person[], group: string): void => {
    // A word of absence in a label of any known language says so; else the first list is who came.
    const present = ABSENCE_WORD.test(group) ? false : found.length === 0 ? true : null;
    const role = SEAT_WORD.test(group) ? 'member' : 'participant';
    for (const p of people) found.push({ name: p.name, organization: null, group, role, alternateFor: null, present, accountId: p.accountId, userKey: p.userKey });
  };
  for (let i = 0; i < blocks.length && i < 12; i += 1) {
    const b = blocks[i]!;
    // Under the page's title ("Minutes of …", a record word of a known language) the opening goes on; a known section ends it.
    if (b.section !== 'other' && b.section !== 'date' && b.section !== 'minutes') break;
    if (b.kind === 'table' || b.kind === 'tasks' || b.kind === 'list') break;
    const next = blocks[i + 1];
    const label = labelOver(b);
    if (label !== null && next?.kind === 'list') {
      // A second list under a heading is the page's first topic more often than more people (a caseless script cannot tell names from words).
      // A bold "Guests:" line over a list (a heading only by its looks) still labels people.
      if (found.length > 0 && b.kind === 'heading' && b.element.name !== 'p') break;
      const people = peopleOfList(next.element, mentionName);
      if (people === null) break;
      add(people, label);
      i += 1;
      continue;
    }
    if (b.kind !== 'paragraph') continue;
    const lines = splitLines(b);
    // "Date: …", "Time: 10:00", "Place: Room Two" on the lines of one paragraph: the meeting's particulars, not its people.
    const particulars = lines.some((line) => /\d/.test(line.text.replace(/\([^()]*\)/g, ' ')));
    for (let k = 0; k < lines.length; k += 1) {
      const line = lines[k]!;
      const alone = /^\s*([^:：\n]{2,30}?)\s*[:：]\s*$/u.exec(line.text);
      if (alone !== null && isShortLabel(alone[1]!) && !particulars) {
        // "Committee:" alone on its line, then one person a line: the lines under the label are its list.
        let n = k + 1;
        while (n < lines.length && !/[:：]/.test(lines[n]!.text)) n += 1;
        const entries = lines.slice(k + 1, n);
        const under = entries.map((l) => peopleOfEntry(l.nodes, l.text, mentionName));
        // One person under it is read as "Label: Name" is: only after a list of who came (an absentee, a guest).
        if ((under.length >= 2 || (under.length === 1 && found.length > 0)) && under.every((p): p is Person => p !== null)) {
          // A list written with titles ("Gng. Ana Cruz", "Dr. Bo Li"): a lone capital with a period before a full name ("G. Jose Reyes") is one more title, not an initial.
          const titled = entries.some((l) => /^\s*\p{Lu}\p{Ll}{1,4}\.\s/u.test(l.text));
          add(titled ? under.map((p) => ({ ...p, name: p.name.replace(/^\p{Lu}\.\s+(?=\S+\s+\S)/u, '') })) : under, alone[1]!.trim());
          k = n - 1;
        }
        continue;
      }
      const m = /^\s*([^:：\n]{2,30}?)\s*[:：]\s*(\S.*)$/su.exec(line.text);
      if (m === null || !isShortLabel(m[1]!)) continue;
      const people = peopleOf(line.nodes, m[2]!, mentionName);
      // One name alone may be a place or a room: it is a person only after a list of who came (an absentee, a guest).
      if (people !== null && (people.length > 1 || (found.length > 0 && !particulars))) add(people, m[1]!.trim());
    }
  }
  return found;
}

/** The lines of a paragraph (parted by `<br>` or by a soft break of Markdown, a new line in its text), each with its nodes. */
function splitLines(block: OpeningBlock): { text: string; nodes: Element['children'] }[] {
  const lines: { text: string; nodes: Element['children'] }[] = [{ text: '', nodes: [] }];
  for (const node of block.element.children) {
    if (node.type === 'tag' && (node as Element).name === 'br') {
      lines.push({ text: '', nodes: [] });
      continue;
    }
    const parts = node.type === 'text' ? textContent([node]).split('\n') : [textContent([node])];
    parts.forEach((part, i) => {
      if (i > 0) lines.push({ text: '', nodes: [] });
      const line = lines[lines.length - 1]!;
      // A text node's own text is read from `text`; the nodes are kept for the mentions and chips among them.
      if (node.type !== 'text') line.nodes.push(node);
      line.text += part;
    });
  }
  return lines.filter((l) => l.text.trim() !== '');
}
