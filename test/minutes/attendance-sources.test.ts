import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { readFrontMatter } from '../../src/formats/markdown/front-matter.js';
import { redactMeta } from '../../src/redact/redact-page.js';
import type { RedactionRule } from '../../src/redact/redaction-rule.js';
import { attendeesFromProperties, dateFromProperties, withoutWikilinks } from '../../src/minutes/page-properties.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Where people are written besides attendance lists and tables (issue 13, development set F):
 * front matter, a one-on-one's page properties, a meeting client's attendance report, labels of
 * who ran the meeting or was away, and the seat a board table or a label gives. Pages invented
 * for the tests, in other words than the set F pages.
 */
type Names = Record<string, string>;
const read = (text: string, from: 'storage' | 'markdown', names: Names = {}, title: string | null = 'Weekly call'): Meeting | null =>
  (JSON.parse(convert(text, { from, to: 'json', meta: { title }, userNames: (u) => names[u.accountId ?? u.userKey ?? ''] ?? null }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.organization, a.role, a.present]);
const user = (id: string): string => `<ac:link><ri:user ri:account-id="${id}" /></ac:link>`;

describe('front matter of a note', () => {
  it('keeps keys of other tools as properties, and redaction masks their strings', () => {
    const { meta } = readFrontMatter('---\ntitle: Kickoff\nguests: [Odile Marsh]\napi_key: sk-live-000\n---\n\nBody\n');
    expect(meta.title).toBe('Kickoff');
    expect(meta.properties).toEqual({ guests: ['Odile Marsh'], api_key: 'sk-live-000' });
    const liveKey: RedactionRule = {
      kind: 'custom:key',
      find: (text) => [...text.matchAll(/sk-live-\d+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'custom:key', mask: '[key]' })),
    };
    const masked = redactMeta(meta, [liveKey]);
    expect(masked.properties).toEqual({ guests: ['Odile Marsh'], api_key: expect.not.stringContaining('sk-live-000') });
  });

  it('reads people keys by meaning, in lists or one string, wikilinks as the note they link to', () => {
    const context = { knownOrganizations: new Set<string>() };
    const found = attendeesFromProperties(
      { Attendees: '[[Contacts/Rosa Imbert|Rosa]], Kofi Mensah (Harbor Labs)', teilnehmer_abwesend: ['Lena Graf'], invitados: ['[[Iker Etxeberria]]'], topic: 'Budget' },
      context,
    );
    expect(found.map((a) => [a.name, a.organization, a.role, a.present])).toEqual([
      ['Rosa Imbert', null, 'participant', true],
      ['Kofi Mensah', 'Harbor Labs', 'participant', true],
      ['Lena Graf', null, 'participant', false],
      ['Iker Etxeberria', null, 'guest', true],
    ]);
    expect(withoutWikilinks('[[a/b/Noor Haddad.md#Bio|N.]]')).toBe('Noor Haddad');
  });

  it('takes the meeting date from a date key, never from a stamp of the note', () => {
    expect(dateFromProperties({ modified: '2024-01-02', 'Meeting_Date': '2024-01-09' })).toBe('2024-01-09');
    expect(dateFromProperties({ datum: '12.02.2024' })).toBe('2024-02-12');
    expect(dateFromProperties({ status: 'done' })).toBeNull();
    expect(dateFromProperties(undefined)).toBeNull();
  });

  it('makes a Markdown note with only front matter people and date a meeting', () => {
    const m = read('---\nwhen: 2024-06-03\nparticipants:\n  - "[[Aino Virtanen]]"\n  - Bram de Wit\nregrets: [Cato Lund]\n---\n\n## Notes\n\n- Roadmap agreed.\n\n## Actions\n\n- [ ] Bram to book the room by 2024-06-10\n', 'markdown', {}, 'Team sync');
    expect(m!.date).toBe('2024-06-03');
    expect(people(m)).toEqual([
      ['Aino Virtanen', null, 'participant', true],
      ['Bram de Wit', null, 'participant', true],
      ['Cato Lund', null, 'participant', false],
    ]);
    expect(m!.actionItems[0]!.assignee).toBe('Bram de Wit');
  });
});

describe('the properties of a one-on-one', () => {
  const properties = (rows: string): string =>
    `<ac:structured-macro ac:name="details"><ac:rich-text-body><table><tbody><tr><th>Date</th><td><time datetime="2024-04-16" /></td></tr>${rows}</tbody></table></ac:rich-text-body></ac:structured-macro><h2>Notes</h2><ul><li>Goals for Q3</li></ul>`;

  it('reads both sides (mentor and mentee, in any language of the vocabulary) as participants', () => {
    const names = { m1: 'Ilse Brandt', m2: 'Yosef Amar' };
    expect(people(read(properties(`<tr><th>Mentor</th><td>${user('m1')}</td></tr><tr><th>Mentee</th><td>${user('m2')}</td></tr>`), 'storage', names))).toEqual([
      ['Ilse Brandt', null, 'participant', true],
      ['Yosef Amar', null, 'participant', true],
    ]);
    expect(people(read(properties(`<tr><th>Führungskraft</th><td>${user('m1')}</td></tr><tr><th>Mitarbeiterin</th><td>${user('m2')}</td></tr>`), 'storage', names))).toHaveLength(2);
  });

  it('reads one such row alone as a property, not a person at the meeting', () => {
    const m = read(properties(`<tr><th>Manager</th><td>${user('m1')}</td></tr><tr><th>Status</th><td>Draft</td></tr>`), 'storage', { m1: 'Ilse Brandt' });
    expect(m?.attendees ?? []).toEqual([]);
  });
});

describe('an attendance report of a meeting client', () => {
  it('reads each row with a join time or a duration as someone who came; client remarks are no organization', () => {
    const m = read(
      `<p>Date: 2024-05-07</p><table><tbody><tr><th>Participant</th><th>Join time</th><th>Leave time</th><th>Duration</th><th>Role</th></tr>
       <tr><td>Marta Sousa</td><td>5/7/24, 9:00 AM</td><td>5/7/24, 9:45 AM</td><td>45m</td><td>Organizer</td></tr>
       <tr><td>Ugo Ferri (Unverified)</td><td>5/7/24, 9:03 AM</td><td>5/7/24, 9:40 AM</td><td>37m</td><td>Attendee</td></tr>
       <tr><td>Wei Zhang (Wei's iPhone)</td><td>5/7/24, 9:10 AM</td><td>5/7/24, 9:44 AM</td><td>34m</td><td>Attendee</td></tr></tbody></table>`,
      'storage',
    );
    expect(people(m)).toEqual([
      ['Marta Sousa', null, 'participant', true],
      ['Ugo Ferri', null, 'participant', true],
      ['Wei Zhang', null, 'participant', true],
    ]);
  });
});

describe('labels of who ran the meeting and who was away', () => {
  it('names attendees under Facilitator and Note taker, absentees under OOO; a topic heading "Presenter notes" is no list', () => {
    const m = read(
      `<p>Date: 2024-03-12</p><p><strong>Facilitator:</strong> Hedda Berg</p><p><strong>Note taker:</strong> Ravi Anand</p><p><strong>OOO:</strong> Saskia Mol</p><h2>Presenter notes</h2><ul><li>Slides are in the shared drive</li></ul>`,
      'storage',
    );
    expect(people(m)).toEqual([
      ['Hedda Berg', null, 'participant', true],
      ['Ravi Anand', null, 'participant', true],
      ['Saskia Mol', null, 'participant', false],
    ]);
  });

  it('reads handles typed one after another, and label lines of one Markdown paragraph apart', () => {
    const m = read('**Date:** 2024-02-20\n**Present:** @jdoe @m.kowalski\n**Unable to attend:** Pia Holm\n\n## Notes\n\n- Nothing new.\n', 'markdown');
    expect(people(m)).toEqual([
      ['jdoe', null, 'participant', true],
      ['m.kowalski', null, 'participant', true],
      ['Pia Holm', null, 'participant', false],
    ]);
  });

  it('gives a person named by a host label and again in a list of guests the seat of the list', () => {
    const m = read('**Date:** 2024-02-20\n\nHost: Elio Conti\n\nMembers present: Dora Lind, Fynn Roth\n\nGuests: Elio Conti\n\n## Notes\n\n- Budget noted.\n', 'markdown', {}, 'Board meeting');
    expect(people(m)).toContainEqual(['Elio Conti', null, 'guest', true]);
  });
});

describe('the seat a label or a capacity gives', () => {
  it('reads directors as members and observers, counsel and those by invitation as guests', () => {
    const m = read(
      `<p>Date: 2024-09-03</p><h2>Attendance</h2><table><tbody><tr><th>Name</th><th>Capacity</th><th>Present</th></tr>
       <tr><td>Greta Voss</td><td>Independent director</td><td>yes</td></tr><tr><td>Hamid Rahimi</td><td>Director of Engineering (by invitation)</td><td>yes</td></tr>
       <tr><td>Ines Walter</td><td>Investor observer</td><td>yes</td></tr><tr><td>Jan Poll</td><td>General counsel</td><td>no</td></tr></tbody></table>`,
      'storage',
    );
    expect(people(m)).toEqual([
      ['Greta Voss', null, 'member', true],
      ['Hamid Rahimi', null, 'guest', true],
      ['Ines Walter', null, 'guest', true],
      ['Jan Poll', null, 'guest', false],
    ]);
  });

  it('reads labels of members and guests in other languages, stakeholders as guests, and a company before its team', () => {
    const m = read(
      `<p>Fecha: 2024-10-01</p><p><strong>Consejeros presentes:</strong> Alba Ruiz, Bruno Sanz</p><p><strong>Partes interesadas:</strong> Clara Gil (Ortiz Logística, Compras)</p><p><strong>Invitados:</strong> Dario Paz (Ortiz Logística)</p>`,
      'storage',
      {},
      'Acta del consejo',
    );
    expect(people(m)).toEqual([
      ['Alba Ruiz', null, 'member', true],
      ['Bruno Sanz', null, 'member', true],
      ['Clara Gil', 'Ortiz Logística', 'guest', true],
      ['Dario Paz', 'Ortiz Logística', 'guest', true],
    ]);
  });
});

describe('remarks and columns that say who came', () => {
  it('reads a reason for not coming in brackets as absent, and "(non-voting)" after a label of presenters as guests', () => {
    const m = read(
      `<p>Date: 2024-11-19</p><p><strong>Attendees:</strong> Lior Ben-Ami, Mette Dahl (could not attend)</p><p><strong>Presenters (non-voting):</strong> Nils Ek</p>`,
      'storage',
    );
    expect(people(m)).toEqual([
      ['Lior Ben-Ami', null, 'participant', true],
      ['Mette Dahl', null, 'participant', false],
      ['Nils Ek', null, 'guest', true],
    ]);
  });

  it('reads a Company | Attendees | Attended table of a customer meeting as participants, not seats', () => {
    const m = read(
      `<p>Date: 2024-12-02</p><table><tbody><tr><th>Company</th><th>Attendees</th><th>Attended</th></tr>
       <tr><td rowspan="2">Pelican Freight</td><td>Olga Berg</td><td>yes</td></tr><tr><td>Pavel Novak</td><td>sent regrets</td></tr>
       <tr><td>Quill Systems</td><td>Rena Ito</td><td>yes</td></tr></tbody></table>`,
      'storage',
    );
    expect(people(m)).toEqual([
      ['Olga Berg', 'Pelican Freight', 'participant', true],
      ['Pavel Novak', 'Pelican Freight', 'participant', false],
      ['Rena Ito', 'Quill Systems', 'participant', true],
    ]);
  });
});

describe('the organization of a person from where the page places them', () => {
  it('reads a department in brackets as the organization, and the people of a side as coming from what the page names that side', () => {
    const m = read(
      `<table><tbody><tr><th>Client</th><td>Harrow Mills Ltd</td></tr><tr><th>Date</th><td>2024-08-14</td></tr></tbody></table>
       <h2>Client attendees</h2><ul><li>Sofia Lenz</li><li>Tom Berger – Buyer</li></ul><h2>Our attendees</h2><ul><li>Uma Patel (Sales)</li></ul><h2>Notes</h2><ul><li>Renewal discussed.</li></ul>`,
      'storage',
    );
    expect(people(m)).toEqual([
      ['Sofia Lenz', 'Harrow Mills Ltd', 'participant', true],
      ['Tom Berger', 'Harrow Mills Ltd', 'participant', true],
      ['Uma Patel', 'Sales', 'participant', true],
    ]);
  });
});

