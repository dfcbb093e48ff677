import { PersonResolver } from './person-identity.js';
import type { SeriesMeeting } from './series-input.js';

export type Presence = 'present' | 'absent' | 'unknown';

export interface MeetingColumn {
  date: string;
  title: string;
  source: string;
}

export interface PersonAttendance {
  key: string;
  name: string;
  accountId: string | null;
  organization: string | null;
  /** One entry per meeting column, same order. */
  cells: Presence[];
  present: number;
  /** Meetings where presence is known (present or absent). */
  known: number;
  /** present / known, or null when nothing is known. */
  rate: number | null;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface OrganizationAttendance {
  organization: string;
  people: number;
  /** Meetings where at least one of its people was present. */
  represented: number;
  /** Meetings where its presence is known. */
  known: number;
  rate: number | null;
}

export interface AttendanceMatrix {
  meetings: MeetingColumn[];
  people: PersonAttendance[];
  organizations: OrganizationAttendance[];
}

/**
 * Person × meeting. A person listed with no mark is `unknown`; a person not listed in a meeting
 * that records attendance is `absent`; in a meeting without an attendance list, `unknown`.
 * Display name and organization are the latest seen.
 */
export function attendanceMatrix(meetings: readonly SeriesMeeting[]): AttendanceMatrix {
  const resolver = new PersonResolver();
  resolver.learn(meetings.flatMap((m) => m.attendees));
  const people = new Map<string, PersonAttendance>();
  const listed: Map<string, Presence>[] = meetings.map(() => new Map());
  const spellings = new Map<string, string[]>();
  /** People only ever listed as guests. */
  const guestOnly = new Map<string, boolean>();

  meetings.forEach((meeting, i) => {
    for (const raw of meeting.attendees) {
      const a = { ...raw, ...resolver.unswap(raw) };
      const key = resolver.keyOf(a);
      if (!key) continue;
      let person = people.get(key);
      if (!person) {
        person = { key, name: a.name ? displayName(a.name) : (a.accountId ?? key), accountId: a.accountId ?? null, organization: null, cells: [], present: 0, known: 0, rate: null, firstSeen: null, lastSeen: null };
        people.set(key, person);
      }
      if (a.name) {
        const names = spellings.get(key) ?? [];
        names.push(displayName(a.name));
        spellings.set(key, names);
      }
      if (a.accountId) person.accountId = a.accountId;
      if (a.organization) person.organization = a.organization;
      guestOnly.set(key, (guestOnly.get(key) ?? true) && a.role === 'guest');
      const presence: Presence = a.present === true ? 'present' : a.present === false ? 'absent' : 'unknown';
      const seen = listed[i] as Map<string, Presence>;
      seen.set(key, strongest(seen.get(key), presence));
    }
  });

  for (const person of people.values()) {
    person.name = preferredSpelling(spellings.get(person.key) ?? []) ?? person.name;
    // Nobody is absent from meetings before they were first listed (a new member, an invited guest),
    // and a guest is not expected at the meetings that do not list them.
    const firstListed = listed.findIndex((seen) => seen.has(person.key));
    const onlyGuest = guestOnly.get(person.key) === true;
    person.cells = meetings.map((meeting, i) => {
      const presence = listed[i]?.get(person.key);
      if (presence) return presence;
      if (i < firstListed || onlyGuest) return 'unknown';
      return meeting.attendees.length > 0 ? 'absent' : 'unknown';
    });
    person.cells.forEach((cell, i) => {
      if (cell === 'unknown') return;
      person.known++;
      if (cell !== 'present') return;
      person.present++;
      const date = meetings[i]?.date ?? null;
      person.firstSeen ??= date;
      person.lastSeen = date;
    });
    person.rate = person.known ? person.present / person.known : null;
  }

  const sorted = [...people.values()].sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.name.localeCompare(b.name));
  return {
    meetings: meetings.map((m) => ({ date: m.date, title: m.title, source: m.source })),
    people: sorted,
    organizations: organizationAttendance(sorted, meetings.length),
  };
}

/** Listed twice in one meeting (member table and guest list): present beats absent beats unknown. */
function strongest(a: Presence | undefined, b: Presence): Presence {
  const order: Presence[] = ['unknown', 'absent', 'present'];
  return a && order.indexOf(a) > order.indexOf(b) ? a : b;
}

function organizationAttendance(people: readonly PersonAttendance[], meetingCount: number): OrganizationAttendance[] {
  const byOrg = new Map<string, PersonAttendance[]>();
  for (const p of people) {
    if (!p.organization) continue;
    const members = byOrg.get(p.organization) ?? [];
    members.push(p);
    byOrg.set(p.organization, members);
  }
  const result: OrganizationAttendance[] = [];
  for (const [organization, members] of byOrg) {
    let represented = 0;
    let known = 0;
    for (let i = 0; i < meetingCount; i++) {
      const cells = members.map((m) => m.cells[i]);
      if (cells.includes('present')) represented++;
      if (cells.some((c) => c !== 'unknown')) known++;
    }
    result.push({ organization, people: members.length, represented, known, rate: known ? represented / known : null });
  }
  return result.sort((a, b) => (b.rate ?? -1) - (a.rate ?? -1) || a.organization.localeCompare(b.organization));
}

/** "Wei, Lin" is shown as "Lin Wei", the order the other meetings use. */
function displayName(name: string): string {
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  return comma ? `${comma[2]} ${comma[1]}` : name.trim();
}

/** The spelling used most often, shouting (ALL CAPS) last; the later one on a tie. */
function preferredSpelling(names: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const name of names) {
    const score = (counts.get(name) ?? 0) + (name === name.toUpperCase() ? -1e9 : 0);
    if (score >= bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}
