/**
 * "Call on 9 March 2026 with @Ana, @Bo and @Cy about …": the opening sentence that dates the
 * meeting and mentions people names who took part, on a page that lists nobody under a label.
 * Only mentions count (they are people by construction); a mention in a later paragraph may be
 * anyone the notes talk about.
 */
import type { Element } from 'domhandler';
import type { Attendee } from '../../model/meeting.js';
import { elementsWhere, isMention } from '../../hub/hub-walk.js';
import type { PageBlock } from '../page-blocks.js';
import { findDate, type DateOrder } from '../dates.js';

/** The people mentioned in the page's opening paragraph that gives the meeting's date, present. */
export function peopleMentionedWithTheDate(blocks: readonly PageBlock[], date: string, order: DateOrder | null, mentionName: (a: Element) => string | null): Attendee[] {
  for (const b of blocks.slice(0, 3)) {
    if (b.kind === 'heading') continue;
    if (b.kind !== 'paragraph') return [];
    if (findDate(b.text, order) !== date) continue;
    const found: Attendee[] = [];
    for (const a of elementsWhere(b.element.children, isMention)) {
      const name = mentionName(a);
      if (name === null || found.some((f) => f.name === name)) continue;
      found.push({ name, organization: null, group: null, role: 'participant', alternateFor: null, present: true, accountId: a.attribs['data-account-id'] ?? null, userKey: a.attribs['data-userkey'] ?? null });
    }
    return found;
  }
  return [];
}
