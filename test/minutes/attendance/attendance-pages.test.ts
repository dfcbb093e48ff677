import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** Invented pages, one rule each, written in other words than the set O pages that showed the rule. */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const fromMarkdown = (markdown: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.organization, a.role, a.present]);

describe('organizations as minutes write them', () => {
  it('takes a company heading over a list of its people, not a heading of observers', () => {
    const m = fromStorage(`<p>Date: 3 May 2026</p><h2>Attendees</h2><h3>Ostrander Robotics Inc</h3><ul><li>Ada Quist</li></ul>
      <h3>Observers</h3><ul><li>Ben Tull</li></ul><h2>Decisions</h2><ul><li>Ship it.</li></ul>`);
    expect(people(m)).toEqual([
      ['Ada Quist', 'Ostrander Robotics Inc', 'participant', true],
      ['Ben Tull', null, 'guest', true],
    ]);
  });
  it('takes a company on a row spanning an attendance table', () => {
    const m = fromStorage(`<p>Date: 3 May 2026</p><h2>Participants</h2><table><tbody><tr><th>Name</th><th>Present</th></tr>
      <tr><td colspan="2"><strong>Vellum Paper GmbH</strong></td></tr><tr><td>Cora Veit</td><td>yes</td></tr><tr><td>Dag Ulm</td><td>no</td></tr></tbody></table>`);
    expect(people(m)).toEqual([
      ['Cora Veit', 'Vellum Paper GmbH', 'participant', true],
      ['Dag Ulm', 'Vellum Paper GmbH', 'participant', false],
    ]);
  });
  it('reads "Org: Name, Name" and "Name of Org" lines', () => {
    const m = fromMarkdown(`# Partner call 2026-05-03\n\n## Present\n\n- Tidewater Logistics: Eli Moss, Fay Dunn\n- Gil Ames of Kestrel Ferries\n\n## Decisions\n\n- Renew the contract.\n`);
    expect(people(m)).toEqual([
      ['Eli Moss', 'Tidewater Logistics', 'participant', true],
      ['Fay Dunn', 'Tidewater Logistics', 'participant', true],
      ['Gil Ames', 'Kestrel Ferries', 'participant', true],
    ]);
  });
  it('reads abbreviated organization columns ("Affil.", "Inst.")', () => {
    for (const header of ['Affil.', 'Inst.']) {
      const m = fromStorage(`<p>Date: 3 May 2026</p><h2>Attendees</h2><table><tbody><tr><th>Name</th><th>${header}</th><th>Present</th></tr>
        <tr><td>Ana Roe</td><td>Kestrel Labs</td><td>yes</td></tr></tbody></table>`);
      expect(people(m)).toEqual([['Ana Roe', 'Kestrel Labs', 'participant', true]]);
    }
  });
  it('reads no organization from a country or a department after a comma, nor from a Country or Team column', () => {
    const m = fromMarkdown(`# Sync 2026-05-03\n\n## Attendees\n\n- Hana Ito, Japan\n- Ivo Kral, Finance\n\n## Notes\n\n- All good.\n`);
    expect(people(m)).toEqual([
      ['Hana Ito', null, 'participant', true],
      ['Ivo Kral', null, 'participant', true],
    ]);
    const t = fromStorage(`<p>Date: 3 May 2026</p><h2>Attendees</h2><table><tbody><tr><th>Name</th><th>Country</th><th>Team</th><th>Attended</th></tr>
      <tr><td>Jon Bergh</td><td>Norway</td><td>QA</td><td>Yes</td></tr></tbody></table>`);
    expect(people(t)).toEqual([['Jon Bergh', null, 'participant', true]]);
  });
});

describe('roles as minutes write them', () => {
  it('reads offices in a register of members as seats, a liaison and staff as guests', () => {
    const m = fromStorage(`<h1>Library Board – 10 March 2026</h1><h2>Attendance</h2><table><tbody><tr><th>Name</th><th>Role</th><th>Present</th></tr>
      <tr><td>Kit Lowe</td><td>Chair</td><td>yes</td></tr><tr><td>Lev Marr</td><td>Member</td><td>no</td></tr>
      <tr><td>Mia Nord</td><td>School liaison</td><td>yes</td></tr></tbody></table>`);
    expect(people(m)).toEqual([
      ['Kit Lowe', null, 'member', true],
      ['Lev Marr', null, 'member', false],
      ['Mia Nord', null, 'guest', true],
    ]);
  });
  it('reads the office after a bracketed company, and no organization from an office in brackets', () => {
    const m = fromStorage(`<p>Date: 3 May 2026</p><h2>Council members present</h2><ul><li>Ned Orr (Pellet Works Ltd) – Treasurer</li><li>Ola Pike (Chair Emerita)</li></ul>`);
    expect(people(m)).toEqual([
      ['Ned Orr', 'Pellet Works Ltd', 'member', true],
      ['Ola Pike', null, 'member', true],
    ]);
  });
  it('reads the employer beside a job, whichever way the job is written', () => {
    const m = fromStorage(`<p>Date: 3 May 2026</p><h2>Attendees</h2><ul><li>Bea Cole, Chief Data Officer, Marsh Valley Water</li>
      <li>Cal Dunn (Head of Research at Orwell Genomics)</li><li>Dee Eno – Data Protection Officer, Kettle Borough Council</li></ul>`);
    expect(people(m)).toEqual([
      ['Bea Cole', 'Marsh Valley Water', 'participant', true],
      ['Cal Dunn', 'Orwell Genomics', 'participant', true],
      ['Dee Eno', 'Kettle Borough Council', 'participant', true],
    ]);
  });
  it('reads office lines of a board as its members, a job in brackets as no organization', () => {
    const m = fromStorage(`<h1>Rowing Club Board – 3 May 2026</h1><p>Chair: Eve Ford<br/>Treasurer: Finn Gale</p>
      <p><strong>Directors present:</strong> Hal Ives</p><p><strong>In attendance:</strong> Gus Hart (Chief Executive)</p><p><strong>Apologies:</strong> Ida Jonsson</p>`);
    expect(people(m)).toEqual([
      ['Eve Ford', null, 'member', true],
      ['Finn Gale', null, 'member', true],
      ['Hal Ives', null, 'member', true],
      ['Gus Hart', null, 'guest', true],
      ['Ida Jonsson', null, 'member', false],
    ]);
  });
  it("reads a company table under Attendees as seats on a committee's page, as participants on a partner call's", () => {
    const table = `<p>Date: 3 May 2026</p><h2>Attendees</h2><table><tbody><tr><th>Company</th><th>Name</th><th>Present</th></tr>
      <tr><td>Kestrel Labs</td><td>Ana Roe</td><td>Y</td></tr><tr><td>Ostro Labs</td><td>Bo Lind</td><td>N</td></tr></tbody></table>`;
    expect(fromStorage(table, 'Technical Steering Committee')!.attendees.map((a) => a.role)).toEqual(['member', 'member']);
    expect(fromStorage(table, 'Partner call')!.attendees.map((a) => a.role)).toEqual(['participant', 'participant']);
  });
  it('takes no attendee from a role word at the head of a sentence in the notes', () => {
    const m = fromMarkdown(`# Retro 2026-05-03\n\nAttendees: Pat Quinn, Rui Sousa\n\n## Notes\n\n- The scribe: forgot to save the board, so we redid it.\n`);
    expect(m!.attendees.map((a) => a.name)).toEqual(['Pat Quinn', 'Rui Sousa']);
  });
});

describe('presence as minutes write it', () => {
  it('reads how people joined as present and excused, unexcused or regrets as absent', () => {
    const m = fromStorage(`<p>Date: 3 May 2026</p><h2>Attendance</h2><ul><li>Sam Tate (via phone)</li><li>Uma Vail (unexcused)</li>
      <li>Vic Wynn – sent regrets</li><li>Wes Yard (absent with notice)</li></ul>`);
    expect(people(m)!.map(([name, , , present]) => [name, present])).toEqual([
      ['Sam Tate', true],
      ['Uma Vail', false],
      ['Vic Wynn', false],
      ['Wes Yard', false],
    ]);
  });
  it('reads "– remote" after a bracketed company as presence, and an empty exported cell beside marks as absent', () => {
    const m = fromStorage(`<p>Date: 3 May 2026</p><h2>Attendees</h2><ul><li>Jo Kerr (Lumen Print) – remote</li></ul>`);
    expect(people(m)).toEqual([['Jo Kerr', 'Lumen Print', 'participant', true]]);
    const t = fromStorage(`<p>Date: 3 May 2026</p><h2>Roll call</h2><table><tbody><tr><th>Company</th><th>Representative</th><th>Attendance</th><th>Alternate</th><th>Attendance</th></tr>
      <tr><td>Kiln Glass</td><td>Kai Lundgren</td><td><p>Regrets</p></td><td>Lea Moberg</td><td><p>Remote</p></td></tr>
      <tr><td>Loch Mills</td><td>Max Nyberg</td><td><p>In person</p></td><td>Ned Olsen</td><td><p></p></td></tr>
      <tr><td>Moss Bank</td><td>Ola Persson</td><td><p>Remote</p></td><td><p></p></td><td><p></p></td></tr></tbody></table>`);
    expect(t!.attendees.map((a) => [a.name, a.role, a.present])).toEqual([
      ['Kai Lundgren', 'member', false],
      ['Lea Moberg', 'alternate', true],
      ['Max Nyberg', 'member', true],
      ['Ned Olsen', 'alternate', false],
      ['Ola Persson', 'member', true],
    ]);
  });
  it("reads only this meeting's column of a yearly register by its legend", () => {
    const m = fromStorage(`<h1>Garden Club committee – 9 February 2026</h1><p>Key: P = present, A = absent, E = excused</p>
      <table><tbody><tr><th>Name</th><th>12 Jan</th><th>9 Feb</th></tr><tr><td>Zoe Abel</td><td>A</td><td>P</td></tr><tr><td>Al Berg</td><td>P</td><td>E</td></tr></tbody></table>`);
    expect(people(m)!.map(([name, , , present]) => [name, present])).toEqual([
      ['Zoe Abel', true],
      ['Al Berg', false],
    ]);
  });
  it('does not turn a rota with one column per date into minutes', () => {
    const m = fromStorage(`<h1>Support rota</h1><p>Last updated: 2 March 2026</p><table><tbody><tr><th>Engineer</th><th>2 Mar</th><th>9 Mar</th></tr>
      <tr><td>Bea Cole</td><td>✓</td><td></td></tr><tr><td>Cal Dunn</td><td></td><td>✓</td></tr></tbody></table>`, 'Support rota');
    expect(m).toBeNull();
  });
  it("gives each of several mentions in one cell the company in the brackets after it", () => {
    const U = (id: string) => `<ac:link><ri:user ri:account-id="${id}" /></ac:link>`;
    const names: Record<string, string> = { u1: 'Ada Quist', u2: 'Ben Tull', u3: 'Cy Dunn' };
    const storage = `<table><tbody><tr><th>Date</th><td><time datetime="2026-05-03" /></td></tr>
      <tr><th>Participants</th><td><p>${U('u1')} (Kestrel Labs) ${U('u2')} (Ostro Labs) ${U('u3')}</p></td></tr></tbody></table><h2>Discussion items</h2><p>Roadmap.</p>`;
    const m = (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: 'Sync' }, userNames: (u) => names[u.accountId ?? ''] ?? null }).output) as { meeting: Meeting | null }).meeting;
    expect(people(m)).toEqual([
      ['Ada Quist', 'Kestrel Labs', 'participant', true],
      ['Ben Tull', 'Ostro Labs', 'participant', true],
      ['Cy Dunn', null, 'participant', true],
    ]);
  });
});
