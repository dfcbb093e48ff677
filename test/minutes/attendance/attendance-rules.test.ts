import { describe, expect, it } from 'vitest';
import { presenceLegend, thisMeetingsColumns } from '../../../src/minutes/attendance/meeting-register.js';
import { isRegisterOfMembers, officeRole, officersSit } from '../../../src/minutes/attendance/offices.js';
import { organizationOfGroup, organizationsOfGroups } from '../../../src/minutes/attendance/organization-groups.js';
import { organizationAndPeople } from '../../../src/minutes/attendance/organization-and-people.js';
import { nameOfOrganization } from '../../../src/minutes/attendance/name-of-organization.js';
import { minuteKeepersServe } from '../../../src/minutes/attendance/minute-keepers.js';
import { isJobTitle } from '../../../src/minutes/person-cell.js';
import { affiliationOrNull, looksLikeOrganization } from '../../../src/minutes/organizations.js';
import { presenceFromText, splitTrailingPresence } from '../../../src/minutes/presence.js';
import type { NormalizedTable } from '../../../src/hub/table-normalize.js';
import type { Attendee } from '../../../src/model/meeting.js';

const cell = (text: string) => ({ html: text, text, spanCopy: false });
const table = (header: string[], rows: string[][]): NormalizedTable => ({
  caption: null,
  header,
  headerCells: header.map(cell),
  headerColumn: false,
  rows: rows.map((r) => r.map(cell)),
  width: header.length,
});
const attendee = (name: string, group: string | null, role: Attendee['role'] = 'participant'): Attendee => ({
  name, organization: null, group, role, alternateFor: null, present: true, accountId: null, userKey: null,
});

describe('a legend of presence marks', () => {
  it('reads each letter by the word it stands for', () => {
    const legend = presenceLegend('Key: P = present, A = absent, E = excused, R - remote');
    expect([...legend.entries()]).toEqual([['P', true], ['A', false], ['E', false], ['R', true]]);
  });
  it('is no legend when fewer than two entries are presence words, or in running text', () => {
    expect(presenceLegend('Budget: A = approved').size).toBe(0);
    expect(presenceLegend('We met at 10:00 and agreed the plan.').size).toBe(0);
  });
});

describe('a register with one column per meeting', () => {
  const register = table(['Name', 'Role', '12 Jan', '9 Feb', '10 Mar'], [['Ana Roe', 'Chair', 'P', 'A', 'E'], ['Bo Li', 'Member', 'A', 'P', 'P']]);
  const legend = presenceLegend('P = present, A = absent, E = excused');
  it("keeps only this meeting's column, headed Present, its letters read by the legend", () => {
    const t = thisMeetingsColumns(register, '2026-03-10', legend);
    expect(t.header).toEqual(['Name', 'Role', 'Present']);
    expect(t.rows.map((r) => r[2]!.text)).toEqual(['absent', 'present']);
  });
  it("reads a monthly register by this meeting's month", () => {
    const monthly = table(['Member', 'Jan', 'Feb', 'Mar'], [['Ana Roe', 'x', 'x', ''], ['Bo Li', '', '', 'x']]);
    const t = thisMeetingsColumns(monthly, '2026-03-10', new Map());
    expect(t.header).toEqual(['Member', 'Present']);
    expect(t.rows.map((r) => r[1]!.text)).toEqual(['', 'x']);
  });
  it('leaves a table with one month or date in a header as it is (a "Joined May" column)', () => {
    const one = table(['Member', 'Joined May', 'Present'], [['Ana Roe', '', 'x']]);
    expect(thisMeetingsColumns(one, '2026-03-10', new Map())).toBe(one);
  });
  it('reads the usual letters P, A, E of a column that holds nothing else, without a legend', () => {
    const t = thisMeetingsColumns(table(['Name', 'Status'], [['Ana Roe', 'P'], ['Bo Li', 'E']]), '2026-03-10', new Map());
    expect(t.rows.map((r) => r[1]!.text)).toEqual(['present', 'absent']);
  });
  it('reads no letter as a mark in a column of other letters or words (grades, initials)', () => {
    const grades = table(['Name', 'Grade'], [['Ana Roe', 'A'], ['Bo Li', 'B'], ['Cy Dee', 'P']]);
    expect(thisMeetingsColumns(grades, '2026-03-10', new Map())).toBe(grades);
  });
  it('marks nobody when no column is of this meeting', () => {
    const t = thisMeetingsColumns(register, '2026-04-14', legend);
    expect(t.header).toEqual(['Name', 'Role']);
  });
  it('leaves a table without dated columns or legend letters as it is', () => {
    const plain = table(['Name', 'Present'], [['Ana Roe', 'yes']]);
    expect(thisMeetingsColumns(plain, '2026-03-10', legend)).toBe(plain);
    expect(thisMeetingsColumns(plain, '2026-03-10', new Map())).toBe(plain);
  });
});

describe('offices in a Role column', () => {
  it('seats officers and members of a register of members; liaisons and staff serve it as guests', () => {
    expect(isRegisterOfMembers(['Chair', 'Member', 'Staff'])).toBe(true);
    expect(officeRole('Vice-chair', true)).toBe('member');
    expect(officeRole('Member', true)).toBe('member');
    expect(officeRole('Council liaison', true)).toBe('guest');
    expect(officeRole('Staff', false)).toBe('guest');
  });
  it('says nothing of a chair in a team table, nor of a job that only contains an office word', () => {
    expect(isRegisterOfMembers(['Chair', 'Engineer'])).toBe(false);
    expect(officeRole('Chair', false)).toBeNull();
    expect(officeRole('Staff engineer', true)).toBeNull();
    expect(officeRole('Secretary of the sailing club, retired', true)).toBeNull();
  });
  it('reads an office held before or after its term as an office', () => {
    expect(isJobTitle('Chair Emeritus')).toBe(true);
    expect(isJobTitle('President-elect')).toBe(true);
  });
});

describe('an organization over its people', () => {
  it('is a heading or row that reads as a company', () => {
    expect(organizationOfGroup('Halvorsen Maritime AS', new Set())).toBe('Halvorsen Maritime AS');
    expect(organizationOfGroup('NWU', new Set())).toBe('NWU');
    expect(organizationOfGroup('Brightmoor Institute:', new Set())).toBe('Brightmoor Institute');
  });
  it("is never the meeting's own body, a kind of attendee, or one word that only ends like a company", () => {
    for (const label of ['Technical Steering Committee', 'Observers', 'Members', 'Platform Team', 'Security', 'Attendees', null]) {
      expect(organizationOfGroup(label, new Set())).toBeNull();
    }
  });
  it('gives it only to people written without one', () => {
    const people = [{ ...attendee('Ana Roe', 'Kestrel Labs'), organization: null }, { ...attendee('Bo Li', 'Kestrel Labs'), organization: 'Ostro Oy' }];
    organizationsOfGroups(people, new Set());
    expect(people.map((p) => p.organization)).toEqual(['Kestrel Labs', 'Ostro Oy']);
  });
});

describe('"Org: Name, Name" lines', () => {
  const split = (t: string) => t.split(/\s*,\s*/);
  const full = (t: string) => /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(t);
  it('reads the company and its people', () => {
    expect(organizationAndPeople('Kestrel Labs: Ana Roe, Bo Lind', new Set(), split, full, isJobTitle)).toEqual({ organization: 'Kestrel Labs', people: ['Ana Roe', 'Bo Lind'] });
    expect(organizationAndPeople('Tidewater Logistics: Eli Moss', new Set(), split, full, isJobTitle)).toEqual({ organization: 'Tidewater Logistics', people: ['Eli Moss'] });
  });
  it('is no company before a kind of attendee, an office, a one-word team or a sentence', () => {
    expect(organizationAndPeople('Present: Ana Roe, Bo Lind', new Set(), split, full, isJobTitle)).toBeNull();
    // An office, a one-word team or a place before full names is no company, but its people are kept.
    expect(organizationAndPeople('Wardens: Ana Roe', new Set(), split, full, isJobTitle)).toEqual({ organization: null, people: ['Ana Roe'] });
    expect(organizationAndPeople('Engineering: Ana Roe', new Set(), split, full, isJobTitle)).toEqual({ organization: null, people: ['Ana Roe'] });
    expect(organizationAndPeople('Platform Team: Ana Roe', new Set(), split, full, isJobTitle)).toBeNull();
    expect(organizationAndPeople('Deputy Head: Ana Roe', new Set(), split, full, isJobTitle)).toBeNull();
    expect(organizationAndPeople('Kestrel Labs: the build is green again', new Set(), split, full, isJobTitle)).toBeNull();
  });
});

describe('"Name of Org"', () => {
  it('reads a full name, "of" and an organization', () => {
    expect(nameOfOrganization('Ingrid Solberg of Norrfjord Energy', isJobTitle)).toEqual({ name: 'Ingrid Solberg', organization: 'Norrfjord Energy' });
    expect(nameOfOrganization('Esther Adeyemi of the Lagos Port Authority', isJobTitle)).toEqual({ name: 'Esther Adeyemi', organization: 'Lagos Port Authority' });
  });
  it('is no person before "of" when that is an office, and no organization after it in lower case', () => {
    expect(nameOfOrganization('Director of Parks and Recreation', isJobTitle)).toBeNull();
    expect(nameOfOrganization('Mayor of Easton', isJobTitle)).toBeNull();
    expect(nameOfOrganization('Ana Roe of the finance team', isJobTitle)).toBeNull();
  });
});

describe('local governments', () => {
  it('read as organizations by their form', () => {
    expect(looksLikeOrganization('City of Marlow')).toBe(true);
    expect(looksLikeOrganization('Harbour County')).toBe(true);
  });
  it('are not a place word in lower case', () => {
    expect(looksLikeOrganization('the county')).toBe(false);
    expect(looksLikeOrganization('Ana County-Roe')).toBe(false);
  });
});

describe('presence remarks', () => {
  it('reads how someone joined as present and a reason for not coming as absent', () => {
    expect(presenceFromText('Via phone')).toBe(true);
    expect(presenceFromText('Absent with notice')).toBe(false);
    expect(presenceFromText('Unexcused')).toBe(false);
    expect(splitTrailingPresence('Pilar Navarro – sent regrets')).toEqual({ rest: 'Pilar Navarro', present: false });
    expect(splitTrailingPresence('Beatrix Hale (absent with notice)')).toEqual({ rest: 'Beatrix Hale', present: false });
  });
  it('reads time off as absent and part of the meeting as present', () => {
    expect(presenceFromText('(on PTO)')).toBe(false);
    expect(presenceFromText('Attended part')).toBe(true);
    expect(splitTrailingPresence('Eli Fox – excused absence')).toEqual({ rest: 'Eli Fox', present: false });
  });
  it('reads no mark inside a longer sentence', () => {
    expect(presenceFromText('We sent regrets to the vendor about the delay')).toBeNull();
  });
});

describe('minute keepers of a body', () => {
  it('serve it as guests when named nowhere else', () => {
    const people = [attendee('Ana Roe', 'Voting members', 'member'), attendee('Pia Lind', 'Recording secretary'), attendee('Bo Li', 'Minute taker'), attendee('Bo Li', 'Delegates', 'member')];
    minuteKeepersServe(people, true);
    expect(people.map((p) => p.role)).toEqual(['member', 'guest', 'participant', 'member']);
  });
  it('keep their role beside a plain list of attendees', () => {
    const people = [attendee('Ana Roe', 'Attendees'), attendee('Pia Lind', 'Scribe')];
    minuteKeepersServe(people, true);
    expect(people.map((p) => p.role)).toEqual(['participant', 'participant']);
  });
  it("keep their role on a team's page", () => {
    const people = [attendee('Pia Lind', 'Note-taker')];
    minuteKeepersServe(people, false);
    expect(people[0]!.role).toBe('participant');
  });
});

describe('officers of a body', () => {
  it('sit on it when the page is a board\'s or committee\'s', () => {
    const people = [attendee('Ana Roe', 'Vice-chair'), attendee('Bo Li', 'Treasurer'), attendee('Cy Dee', 'Attendees'), attendee('Di Eng', 'Members present', 'member')];
    officersSit(people, true);
    expect(people.map((p) => p.role)).toEqual(['member', 'member', 'participant', 'member']);
  });
  it('stay participants beside a plain list of attendees, even on a committee page', () => {
    const people = [attendee('Ana Roe', 'Chair'), attendee('Bo Li', 'Attendees')];
    officersSit(people, true);
    expect(people.map((p) => p.role)).toEqual(['participant', 'participant']);
  });
  it("stay participants on a team's page", () => {
    const people = [attendee('Ana Roe', 'Chair')];
    officersSit(people, false);
    expect(people[0]!.role).toBe('participant');
  });
});

describe('an affiliation that names none', () => {
  it('is no organization', () => {
    for (const none of ['Independent', 'Self', 'Unaffiliated', 'n/a', '—']) expect(affiliationOrNull(none)).toBeNull();
  });
  it('keeps a company whose name holds such a word', () => {
    expect(affiliationOrNull('Independent Power Ltd')).toBe('Independent Power Ltd');
  });
});
