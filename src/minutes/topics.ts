import type { Element } from 'domhandler';
import { childElementsNamed, isList, ownContent } from '../hub/hub-walk.js';
import type { Note, Topic } from '../model/meeting.js';
import { nodesText } from '../hub/table-cell-text.js';
import { noteAfterTitle, speakerNote, speakerNoteIn } from './speakers.js';

type Resolve = (written: string) => string | null;

function ownLines(li: Element): string[] {
  return nodesText(ownContent(li)).split('\n').filter((l) => l !== '');
}

function hasSublist(li: Element): boolean {
  return li.children.some(isList);
}

/** A task list's "Ana: book the room" names who is to do it, not someone who spoke. */
const taskList = (list: Element): boolean => list.attribs['data-tasks'] !== undefined;
const noSpeaker: Resolve = () => null;

function noteOf(text: string, resolve: Resolve): Note {
  return speakerNote(text, resolve) ?? { speaker: null, text: text.replace(/\s*\n\s*/g, ' ').trim() };
}

function titleLike(text: string): boolean {
  return text.split(/\s+/).length <= 12 && !/https?:\/\//.test(text) && !/[.!?]$/.test(text) && !/:\s/.test(text) && !text.endsWith(':');
}

function nestedTopic(li: Element, resolve: Resolve): Topic {
  const [title = '', ...more] = ownLines(li);
  const topic: Topic = { title, notes: more.map((line) => noteOf(line, resolve)), topics: [] };
  for (const list of li.children.filter(isList)) {
    const speaking = taskList(list) ? noSpeaker : resolve;
    for (const child of childElementsNamed(list, 'li')) {
      if (hasSublist(child)) topic.topics.push(nestedTopic(child, resolve));
      else topic.notes.push(noteOf(ownLines(child).join('\n'), speaking));
    }
  }
  return topic;
}

/**
 * Topics of a discussion list. A nested list is read as it stands (items with sub-items are
 * topics, leaves are notes). A flat list (nesting lost by a converter) is rebuilt: items that
 * match the agenda start top-level topics, short title-like items start sub-topics, speaker
 * lines and sentences are notes of the topic above them.
 */
export function topicsFromList(list: Element, agenda: string[], fallbackTitle: string, resolveSpeaker: Resolve): Topic[] {
  const resolve: Resolve = taskList(list) ? noSpeaker : resolveSpeaker;
  const items = childElementsNamed(list, 'li');
  const nested = items.some(hasSublist);
  if (nested) {
    return items.map((li) => {
      const lines = ownLines(li);
      const note = speakerNote(lines.join('\n'), resolve);
      if (note === null) return nestedTopic(li, resolve);
      if (!hasSublist(li)) return { title: fallbackTitle, notes: [note], topics: [] };
      // "Ana: the batch finished" over sub-bullets: what she said, then the points under it, in the topic the list belongs to.
      const under = nestedTopic(li, resolve);
      return { title: fallbackTitle, notes: [note, ...under.notes], topics: under.topics };
    });
  }
  const lineSets = items.map((li) => ownLines(li)).filter((lines) => lines.length > 0);
  const anySpeaker = lineSets.some((lines) => speakerNoteIn(lines.join('\n'), resolve) !== null);
  if (!anySpeaker) {
    return lineSets.map(([title, ...more]) => ({ title: title!, notes: more.map((l) => noteOf(l, resolve)), topics: [] }));
  }
  const agendaKeys = new Set(agenda.map((a) => a.toLowerCase()));
  const tops: Topic[] = [];
  let top: Topic | null = null;
  let current: Topic | null = null;
  const find = (list: Topic[], title: string): Topic | undefined => list.find((t) => t.title.toLowerCase() === title.toLowerCase());
  for (const lines of lineSets) {
    const first = lines[0]!;
    // "Title – Name: what they said": a topic of its own, with that note.
    const titled = speakerNote(first, resolve) === null ? noteAfterTitle(first, resolve) : null;
    if (titled !== null) {
      top = { title: titled.title, notes: [titled.note, ...lines.slice(1).map((l) => noteOf(l, resolve))], topics: [] };
      tops.push(top);
      current = top;
      continue;
    }
    const note = speakerNote(lines.join('\n'), resolve);
    if (note !== null) {
      if (current === null) {
        current = { title: fallbackTitle, notes: [], topics: [] };
        tops.push(current);
        top = current;
      }
      current.notes.push(note);
      continue;
    }
    if (agendaKeys.has(first.toLowerCase()) || (top === null && titleLike(first))) {
      top = find(tops, first) ?? null;
      if (top === null) {
        top = { title: first, notes: [], topics: [] };
        tops.push(top);
      }
      current = top;
    } else if (titleLike(first) && top !== null) {
      current = find(top.topics, first) ?? null;
      if (current === null) {
        current = { title: first, notes: [], topics: [] };
        top.topics.push(current);
      }
    } else {
      if (current === null) {
        current = { title: fallbackTitle, notes: [], topics: [] };
        tops.push(current);
        top = current;
      }
      current.notes.push(noteOf(lines.join('\n'), resolve));
      continue;
    }
    for (const line of lines.slice(1)) current.notes.push(noteOf(line, resolve));
  }
  return tops;
}
