import { normalizeName } from './person-identity.js';
import type { SeriesMeeting } from './series-input.js';

export interface TrackedAction {
  text: string;
  owner: string | null;
  due: string | null;
  /** The meeting it first appeared in. */
  raisedOn: string;
  raisedIn: string;
  /** The last meeting that still listed it. */
  lastSeen: string;
  /** How many meetings listed it. */
  meetings: number;
  /** First meeting where it was seen done; null while open. */
  closedOn: string | null;
  /** Days from raisedOn to the newest meeting of the series (open) or to closedOn (closed). */
  ageDays: number;
  /** Open and past its due date as of the newest meeting. */
  overdue: boolean;
}

export interface ActionItemLog {
  /** The newest meeting date: ages are counted to it, never to the clock. */
  asOf: string | null;
  open: TrackedAction[];
  closed: TrackedAction[];
}

/**
 * Follows action items across the series. Minutes carry open items forward by copying them, so an
 * item is the same when its text is the same once case, accents, punctuation and a leading
 * "@Owner" or "Owner:" are ignored.
 */
export function trackActionItems(meetings: readonly SeriesMeeting[]): ActionItemLog {
  const asOf = meetings.length ? (meetings[meetings.length - 1]?.date ?? null) : null;
  const tracked = new Map<string, TrackedAction>();
  for (const meeting of meetings) {
    for (const item of meeting.actionItems) {
      const key = actionKey(item.text, item.assignee ?? null);
      if (!key) continue;
      let action = tracked.get(key);
      if (!action) {
        action = { text: item.text.trim(), owner: null, due: null, raisedOn: meeting.date, raisedIn: meeting.title, lastSeen: meeting.date, meetings: 0, closedOn: null, ageDays: 0, overdue: false };
        tracked.set(key, action);
      }
      if (action.lastSeen !== meeting.date || action.meetings === 0) action.meetings++;
      action.lastSeen = meeting.date;
      action.owner = item.assignee ?? action.owner;
      action.due = item.due ?? action.due;
      if (item.done && !action.closedOn) action.closedOn = meeting.date;
    }
  }
  const all = [...tracked.values()];
  for (const a of all) {
    a.ageDays = daysBetween(a.raisedOn, a.closedOn ?? asOf ?? a.raisedOn);
    a.overdue = !a.closedOn && !!a.due && !!asOf && a.due < asOf;
  }
  return {
    asOf,
    open: all.filter((a) => !a.closedOn).sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || (a.due ?? '9').localeCompare(b.due ?? '9')),
    closed: all.filter((a) => a.closedOn).sort((a, b) => (b.closedOn ?? '').localeCompare(a.closedOn ?? '') || a.raisedOn.localeCompare(b.raisedOn)),
  };
}

/** What minutes add to an item they carry forward: a carried-over mark, a done mark, a (changed) due date. */
const CARRY_NOISE =
  /\s*[([]\s*(?:carried(?: over| forward)?|c\/o|ongoing|open|in progress|done|closed|complete[d]?|from [^)\]]*|was [^)\]]*|new date[^)\]]*)\s*[)\]]|\s*\b(?:carried over|carried forward|still open|ongoing)\b[.:]?|\s*\b(?:by|due|before|until|deadline|no later than)\b:?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+(?:\s+\d{4})?|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)|\s*\/\/\s*\S+|\s*\b\d{4}-\d{2}-\d{2}\b|\s*\bDONE\b/giu;

export function actionKey(text: string, owner: string | null): string {
  let t = text.trim().replace(CARRY_NOISE, ' ').replace(/\s+/g, ' ').trim();
  // "Sam to rotate…", "Sam - rotate…": the owner written before the task is no part of it.
  if (owner) {
    const o = normalizeName(owner);
    const first = o.split(' ')[0] ?? o;
    const lead = /^@?([\p{L}][\p{L}'’. -]{0,40}?)\s+(?:to|will|[-–—])\s+/u.exec(t);
    if (lead && [o, first].includes(normalizeName(lead[1] ?? ''))) t = t.slice(lead[0].length);
  }
  if (owner) {
    const o = normalizeName(owner);
    const first = o.split(' ')[0] ?? o;
    const lead = /^@?([^:]{1,40}):\s*/.exec(t);
    if (lead && [o, first].includes(normalizeName(lead[1] ?? ''))) t = t.slice(lead[0].length);
    else if (t.startsWith('@') && plain(t).startsWith(`${o} `)) t = plain(t).slice(o.length + 1);
  }
  return plain(t.replace(/^@\S+\s+/, ''));
}

/** Case, accents and punctuation ignored, spaces collapsed. */
function plain(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
