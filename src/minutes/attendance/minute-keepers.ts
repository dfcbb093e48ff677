/**
 * The person who keeps a body's minutes ("Recording secretary:", "Minute taker:", "Clerk:") and is
 * named nowhere else on the page serves the board, committee or council without sitting on it: a
 * guest, as its staff are. Named among the members as well, the person keeps that seat.
 */
import type { Attendee } from '../../model/meeting.js';

const MINUTE_KEEPER = /^\s*(?:recording\s+secretary|minute[- ]?takers?|minutes\s+(?:taker|by|taken\s+by)|recorders?|clerks?|note[- ]?takers?|notes\s+by|scribes?)\s*:?\s*$/i;

/** `bodysPage`: the page's title or first headings name a body with members (a board, committee or council). */
export function minuteKeepersServe(attendees: Attendee[], bodysPage: boolean): void {
  // Only where the page records its members as such: beside a plain list of attendees, the scribe is one of them.
  if (!bodysPage || !attendees.some((a) => a.role === 'member')) return;
  const key = (a: Attendee): string => (a.name ?? '').trim().toLowerCase();
  const times = new Map<string, number>();
  for (const a of attendees) times.set(key(a), (times.get(key(a)) ?? 0) + 1);
  for (const a of attendees) {
    if (a.role === 'participant' && a.name !== null && times.get(key(a)) === 1 && MINUTE_KEEPER.test(a.group ?? '')) a.role = 'guest';
  }
}
