/**
 * Rebuilds the nesting of a discussion list that a naive converter wrote flat (every item a
 * top-level "- " line), so that the repaired Markdown and the JSON topics read one tree:
 *
 * 1. An item that is one of the meeting's agenda items is a top-level topic.
 * 2. A converter that flattens nested lists writes the first item of a nested list again where
 *    that list ended: the repeat is dropped, and the items from the first writing up to the repeat
 *    are one list, a level under the item before them.
 * 3. A short title after an agenda item is a sub-topic, a level under it; a sentence or a
 *    "Name: text" line after a title is a note of that title, a level under it, unless rule 2
 *    already made the two siblings.
 */

/** One item of the flat list: its first line and the lines that continued it. */
export interface FlatItem {
  text: string;
  more: string[];
}

/** A short line that names a topic: no sentence end, no "Label: text", no link. */
export function isTopicTitle(text: string): boolean {
  const t = text.trim();
  return t !== '' && t.split(/\s+/).length <= 12 && !/https?:\/\//.test(t) && !/[.!?:;,]$/.test(t) && !/:\s/.test(t);
}

function key(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The depth of each item (0 = top level), or null for a repeat that only closed a nested list. */
export function flatListDepths(items: readonly FlatItem[], agenda: readonly string[]): (number | null)[] {
  const agendaKeys = new Set(agenda.map(key));
  const n = items.length;
  const depth: (number | null)[] = items.map(() => 0);
  // Rule 2: a repeat closes the nested list whose first item it repeats.
  const groupFirst: (number | null)[] = items.map(() => null);
  for (let i = 0; i < n; i += 1) {
    const k = key(items[i]!.text);
    if (items[i]!.more.length > 0 || agendaKeys.has(k)) continue;
    const j = items.findIndex((item, at) => at < i && key(item.text) === k);
    if (j < 1 || depth[j] === null || agendaKeys.has(k)) continue;
    depth[i] = null;
    for (let at = j; at < i; at += 1) {
      if (depth[at] === null) continue;
      depth[at] = depth[at]! + 1;
      groupFirst[at] ??= j;
    }
  }
  // Rules 1 and 3: agenda items at the top; notes under the title before them.
  // Depths as rule 2 left them: a note and its title are read at the same level of the list as written.
  const written = [...depth];
  let title: number | null = null;
  let agendaItem: number | null = null;
  for (let i = 0; i < n; i += 1) {
    if (depth[i] === null) continue;
    const text = items[i]!.text;
    if (agendaKeys.has(key(text))) {
      depth[i] = 0;
      title = agendaItem = i;
      continue;
    }
    if (isTopicTitle(text) && items[i]!.more.length === 0) {
      // A short title after an agenda item is a sub-topic of it.
      if (agendaItem !== null && written[i] === written[agendaItem] && groupFirst[i] === null) depth[i] = depth[agendaItem]! + 1;
      title = i;
      continue;
    }
    // Items of a nested list that rule 2 found, with the title as its first item, are the title's siblings.
    if (title !== null && written[i] === written[title] && groupFirst[i] !== title) {
      depth[i] = depth[title]! + 1;
    }
  }
  return depth;
}

/** The items as a nested Markdown list ("- " with two spaces a level; continued lines under their item). */
export function renderNestedList(items: readonly FlatItem[], depths: readonly (number | null)[]): string[] {
  const out: string[] = [];
  let previous = -1;
  items.forEach((item, i) => {
    const d = depths[i];
    if (d === null || d === undefined) return;
    // A list cannot skip a level: an item at most one level under the one before it.
    const level = Math.min(d, previous + 1);
    previous = level;
    const indent = '  '.repeat(level);
    const lines = [`${indent}- ${item.text}`, ...item.more.map((line) => `${indent}  ${line}`)];
    for (let l = 0; l < lines.length - 1; l += 1) lines[l] = `${lines[l]}\\`;
    for (const line of lines) out.push(line);
  });
  return out;
}
