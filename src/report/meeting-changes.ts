import type { ReportAttendee, ReportMeeting } from './series-input.js';

/** One saved version of a minutes page, with the meeting read from it. */
export interface MeetingVersion {
  number: number;
  author: string | null;
  date: string | null;
  message: string | null;
  meeting: ReportMeeting | null;
}

/** What one version changed in the minutes, against the version before it. */
export interface MeetingChange {
  /** The page's title, and the meeting date it records. */
  page: string;
  meetingDate: string | null;
  version: number;
  author: string | null;
  date: string | null;
  message: string | null;
  /** One short sentence each: `attendee added: Carol Chen`, `action closed: send the budget draft`. */
  changes: string[];
}

/**
 * For a minutes page saved several times, what each version after the first changed in the
 * meeting: attendees added or removed or their presence corrected, action items added, closed,
 * reopened or removed, decisions added or removed. Versions that change none of that (wording,
 * notes) are left out. Pure.
 */
export function meetingChanges(page: string, versions: readonly MeetingVersion[]): MeetingChange[] {
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  const changes: MeetingChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const after = sorted[i]!;
    const found = diffMeetings(before.meeting, after.meeting);
    if (found.length === 0) continue;
    changes.push({
      page,
      meetingDate: after.meeting?.date ?? before.meeting?.date ?? null,
      version: after.number,
      author: after.author,
      date: after.date,
      message: after.message,
      changes: found,
    });
  }
  return changes;
}

function diffMeetings(before: ReportMeeting | null, after: ReportMeeting | null): string[] {
  const out: string[] = [];
  const a = before ?? emptyMeeting;
  const b = after ?? emptyMeeting;
  if (a.date !== b.date && a.date && b.date) out.push(`meeting date changed: ${a.date} -> ${b.date}`);

  const people = (m: ReportMeeting): Map<string, ReportAttendee> => new Map(m.attendees.map((p) => [personKey(p), p]));
  const was = people(a);
  const now = people(b);
  for (const [key, person] of now) {
    const old = was.get(key);
    if (!old) out.push(`attendee added: ${personName(person)}${person.present === false ? ' (absent)' : ''}`);
    else if ((old.present ?? null) !== (person.present ?? null) && person.present !== undefined) {
      out.push(`attendance corrected: ${personName(person)} ${presence(old.present)} -> ${presence(person.present)}`);
    }
  }
  for (const [key, person] of was) if (!now.has(key)) out.push(`attendee removed: ${personName(person)}`);

  const actions = (m: ReportMeeting): Map<string, ReportMeeting['actionItems'][number]> => new Map(m.actionItems.map((x) => [actionKey(x.text), x]));
  const openBefore = actions(a);
  const openAfter = actions(b);
  for (const [key, item] of openAfter) {
    const old = openBefore.get(key);
    if (!old) out.push(`action added${item.done ? ' (done)' : ''}: ${item.text}`);
    else if (!old.done && item.done) out.push(`action closed: ${item.text}`);
    else if (old.done && !item.done) out.push(`action reopened: ${item.text}`);
  }
  for (const [key, item] of openBefore) if (!openAfter.has(key)) out.push(`action removed: ${item.text}`);

  const decided = new Set(a.decisions.map((d) => actionKey(d.text)));
  const deciding = new Set(b.decisions.map((d) => actionKey(d.text)));
  for (const d of b.decisions) if (!decided.has(actionKey(d.text))) out.push(`decision added: ${d.text}`);
  for (const d of a.decisions) if (!deciding.has(actionKey(d.text))) out.push(`decision removed: ${d.text}`);
  return out;
}

const emptyMeeting: ReportMeeting = { date: null, attendees: [], actionItems: [], decisions: [] };

function personKey(p: ReportAttendee): string {
  return p.accountId ?? p.userKey ?? (p.name ?? '').trim().toLowerCase();
}

function personName(p: ReportAttendee): string {
  return p.name ?? p.userKey ?? p.accountId ?? 'someone';
}

function presence(value: boolean | null | undefined): string {
  return value === true ? 'present' : value === false ? 'absent' : 'unknown';
}

function actionKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
