import { fullCheerio } from '../../hub/full-cheerio.js';
import type { Element } from 'domhandler';
import { hubPage } from '../../minutes/hub-page.js';
import { escapeText } from '../../hub/html.js';
import { currentWriteOptions } from '../../hub/write-options.js';
import { shownMentionName } from '../../minutes/mention-names.js';
import { mentionIds } from '../../hub/hub-walk.js';

type UserNames = NonNullable<ReturnType<typeof currentWriteOptions>['userNames']>;

/** The display name the caller knows for a mention that shows only an id, or null. */
function knownName(a: Element, userNames: UserNames): string | null {
  const name = userNames(mentionIds(a));
  return name !== null && name !== '' ? name : null;
}

/** Where the content of `<a …>…</a>` sits in the hub text, or null when the element is not written that plainly. */
function innerRange(hub: string, a: Element): { start: number; end: number } | null {
  if (a.startIndex === null || a.endIndex === null) return null;
  const end = a.endIndex - 3;
  if (end <= a.startIndex || hub.slice(end, a.endIndex + 1).toLowerCase() !== '</a>') return null;
  const first = a.children[0];
  if (first === undefined) return { start: end, end };
  const start = first.startIndex;
  if (start === null || start <= a.startIndex || start > end) return null;
  return { start, end };
}

/**
 * Mentions that show only an id get the display name the caller knows (`userNames` of convert(),
 * e.g. from the export's user lookups), so that tables and the meeting carry names. The names are
 * written into the hub text where the parse located each mention (the shared parse is not changed).
 */
export function withKnownUserNames(hubHtml: string): string {
  const userNames = currentWriteOptions().userNames;
  if (userNames === undefined || !hubHtml.includes('data-mention')) return hubHtml;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const a of hubPage(hubHtml).elements.mentions) {
    if (shownMentionName(a) !== null) continue;
    const name = knownName(a, userNames);
    if (name === null) continue;
    const range = innerRange(hubHtml, a);
    const last = edits[edits.length - 1];
    if (range === null || (last !== undefined && range.start < last.end)) return renamedBySerializing(hubHtml, userNames);
    edits.push({ ...range, text: escapeText(`@${name}`) });
  }
  if (edits.length === 0) return hubHtml;
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += hubHtml.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + hubHtml.slice(at);
}

/** The same renaming on a private parse, serialized again: for hub text whose mentions are not written plainly. */
function renamedBySerializing(hubHtml: string, userNames: UserNames): string {
  const $ = fullCheerio().load(hubHtml, null, false);
  for (const a of $('a[data-mention]').toArray()) {
    if (shownMentionName(a) !== null) continue;
    const name = knownName(a, userNames);
    if (name !== null) $(a).text(`@${name}`);
  }
  return $.html();
}
