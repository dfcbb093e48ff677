import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

/** Invented pages, one rule each: what minutes mean, not any fixture's wording. */
const meeting = (hub: string, title: string | null = null): Meeting | null => extractMeeting(hub, emptyPageMeta({ title }));
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.organization, a.role, a.present, a.alternateFor]);

describe('where attendance lives', () => {
  it('reads a roll-call table inside a list item, with a first row of bold cells as its header and repeated member/alternate presence pairs', () => {
    const m = meeting(`<p>Date: 2023-05-04</p><ol><li><p>Call to order and roll call</p>
      <table><tr><td><strong>Firm</strong></td><td><strong>Contact</strong></td><td><strong>Attendance</strong></td><td><strong>Alternate</strong></td><td><strong>Attendance</strong></td></tr>
      <tr><td rowspan="2">Oak Ledger</td><td>Pia Sand</td><td>X</td><td>Olu Adé</td><td></td></tr>
      <tr><td>Rui Mota</td><td>Regrets</td><td>Lea Kim</td><td>x</td></tr></table></li></ol>`);
    expect(people(m)).toEqual([
      ['Pia Sand', 'Oak Ledger', 'member', true, null],
      ['Olu Adé', 'Oak Ledger', 'alternate', false, 'Pia Sand'],
      ['Rui Mota', 'Oak Ledger', 'member', false, null],
      ['Lea Kim', 'Oak Ledger', 'alternate', true, 'Rui Mota'],
    ]);
  });

  it('finds attendance by its content in a panel with an unknown title, and ignores a votes table', () => {
    const m = meeting(`<p>Date: 2023-05-04</p><div data-panel="info" data-title="Crew"><table><tr><th>Here</th><th>Name</th><th>Affiliation</th></tr>
      <tr><td>✓</td><td>Tom Ek</td><td>Lund Lab</td></tr><tr><td></td><td>Ida Berg</td><td>Umeå Lab</td></tr></table></div>
      <table><tr><th>Member</th><th>Vote</th></tr><tr><td>Tom Ek</td><td>Yes</td></tr><tr><td>Ida Berg</td><td>No</td></tr></table>`);
    expect(people(m)).toEqual([
      ['Tom Ek', 'Lund Lab', 'participant', true, null],
      ['Ida Berg', 'Umeå Lab', 'participant', false, null],
    ]);
  });

  it('reads the title of an expand as the heading of the people in it', () => {
    const m = meeting('<p>Date: 2023-05-04</p><details><summary>Not here today (1)</summary><ul><li>Ana Reyes</li></ul></details>');
    expect(people(m)).toEqual([['Ana Reyes', null, 'participant', false, null]]);
  });
});

describe('presence', () => {
  it.each([
    ['<span data-emoticon="tick">✅</span>', true],
    ['<span data-emoticon="cross">❌</span>', false],
    ['(/)', true],
    ['(x)', false],
    ['yes (joined at 10:20)', true],
    ['SUSPENDED', null],
    ['', false],
  ])('reads %j in a presence column that marks others', (mark, expected) => {
    const m = meeting(`<p>Date: 2023-05-04</p><h2>Roll call</h2><table><tr><th>Name</th><th>Present</th></tr>
      <tr><td>Kim Ode</td><td>${mark}</td></tr><tr><td>Max Ulm</td><td>x</td></tr></table>`);
    expect(m!.attendees[0]!.present).toBe(expected);
  });

  it('counts a mark in any time-zone session column', () => {
    const m = meeting(`<p>Date: 2023-05-04</p><table><tr><th>Name</th><th>APAC call</th><th>EMEA call</th></tr>
      <tr><td>Kim Ode</td><td></td><td>X</td></tr><tr><td>Max Ulm</td><td></td><td></td></tr><tr><td>Eva Lind</td><td>X</td><td></td></tr></table>`);
    expect(m!.attendees.map((a) => a.present)).toEqual([true, false, true]);
  });

  it('marks people listed under Attendees present and under Regrets absent; a proxy stands in for an absent member', () => {
    const m = meeting(`<p>Date: 2023-05-04</p><h2>Attendees</h2><ul><li>Sam Roe</li></ul><h2>Regrets</h2><ul><li>Ali Noor</li></ul>
      <h2>Board</h2><table><tr><th>Director</th><th>Present?</th></tr><tr><td>Ugo Sarr</td><td>P (Ines Vaz)</td></tr><tr><td>Ron Hale</td><td>X</td></tr></table>`);
    expect(people(m)).toContainEqual(['Sam Roe', null, 'participant', true, null]);
    expect(people(m)).toContainEqual(['Ali Noor', null, 'participant', false, null]);
    expect(people(m)).toContainEqual(['Ugo Sarr', null, 'member', false, null]);
    expect(people(m)).toContainEqual(['Ines Vaz', null, 'alternate', true, 'Ugo Sarr']);
  });
});

describe('people lines', () => {
  it('drops titles, degrees, countries and roles; keeps the organization', () => {
    const m = meeting(`<p>Date: 2023-05-04</p><h2>Present</h2><ul><li>Prof. Lena Holt MD, PhD, Fjord Clinic, Norway (Chair)</li>
      <li>Raj Mehta (Optional)</li><li>Nia Obi - Product Manager</li><li>Eli Stone <em>Co-Chair</em></li><li>Ivo Petrov (alternate for Raj Mehta)</li></ul>`);
    expect(people(m)).toEqual([
      ['Lena Holt', 'Fjord Clinic', 'participant', true, null],
      ['Raj Mehta', null, 'participant', true, null],
      ['Nia Obi', null, 'participant', true, null],
      ['Eli Stone', null, 'participant', true, null],
      ['Ivo Petrov', null, 'alternate', true, 'Raj Mehta'],
    ]);
  });

  it('reads several people on one line, and "Name; Company" as one', () => {
    const m = meeting(`<p><strong>Working group call</strong><br/>Date: 2023-05-04<br/>Attendees: Ada Park, Acme Labs; Bo Chan, Delta Cloud<br/>Apologies: Cy Moss; Kestrel Bank</p>`);
    expect(people(m)).toEqual([
      ['Ada Park', 'Acme Labs', 'participant', true, null],
      ['Bo Chan', 'Delta Cloud', 'participant', true, null],
      ['Cy Moss', 'Kestrel Bank', 'participant', false, null],
    ]);
  });

  it('gives members their label and guests theirs; regrets take the role of the list', () => {
    const m = meeting(`<p>Date: 2023-05-04</p><p><strong>Directors present:</strong> Al Reed, Bea Sol</p><p><strong>Regrets:</strong> Cal Dunn</p><p><strong>In attendance:</strong> Dee Fox (minute taker)</p>`);
    expect(people(m)).toEqual([
      ['Al Reed', null, 'member', true, null],
      ['Bea Sol', null, 'member', true, null],
      ['Cal Dunn', null, 'member', false, null],
      ['Dee Fox', null, 'guest', true, null],
    ]);
  });
});

describe('the date', () => {
  it.each([
    ['<h1>2019 07 31</h1><p>Previous minutes (2019 07 24) accepted.</p>', '2019-07-31'],
    ['<h2>Security WG – 17/03/2021</h2><p>Next meeting: 31/03/2021</p>', '2021-03-17'],
    ['<p>Next meeting: 9 April 2024</p><h2>Notes of July 31, 2019</h2>', '2019-07-31'],
    ['<table><tr><th>Date</th><td><time datetime="2022-03-03"></time></td></tr><tr><th>Previous meeting</th><td><time datetime="2022-02-17"></time></td></tr></table>', '2022-03-03'],
    ['<p>Deadline for papers: <time datetime="2024-02-01"></time></p>', '2023-11-18'],
  ])('reads %s as %s', (body, date) => {
    expect(meeting(`${body}<h2>Attendees</h2><ul><li>Ana Lee</li></ul>`, 'Team sync 2023-11-18')!.date).toBe(date);
  });
});

describe('action items', () => {
  it.each([
    ['AI: Dario write the highlights by Aug 5', 'Dario Conti', '2019-08-05'],
    ['Action: Priya to send the emails', 'Priya Bose', null],
    ['ACTION - Ewan: ask about the budget', 'Ewan Hale', null],
    ['Action / Priya Bose book the room', 'Priya Bose', null],
    ['Ewan to do the quote by 9 August 2019', 'Ewan Hale', '2019-08-09'],
  ])('reads %j', (line, assignee, due) => {
    const m = meeting(`<p>Date: 2019-07-31</p><p>Attendees: Dario Conti, Priya Bose, Ewan Hale</p><h2>Notes</h2><p>Some talk.<br/>${line}</p>`);
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([[assignee, due]]);
  });

  it('reads an actions table, a task list in a cell, and no placeholder', () => {
    const m = fromStorage(`<p>Date: 2024-02-01</p><h2>Actions</h2><table><tbody><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>
      <tr><td>Ship the patch</td><td>Mo Diaz</td><td>2024-02-09</td><td>Done</td></tr></tbody></table>
      <table><tbody><tr><td><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>Write the FAQ</ac:task-body></ac:task><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body><span class="placeholder-inline-tasks">Type your task here</span></ac:task-body></ac:task></ac:task-list></td></tr></tbody></table>`);
    expect(m!.actionItems.map((a) => [a.text, a.assignee, a.due, a.done])).toEqual([
      ['Write the FAQ', null, null, false],
      ['Ship the patch', 'Mo Diaz', '2024-02-09', true],
    ]);
  });
});

describe('decisions', () => {
  it('reads a Cloud decision list once, Resolved: lines, carried motions and VOTE: lines, not "no decision" nor a failed vote', () => {
    const m = fromStorage(`<p>Date: 2024-02-01</p><ac:adf-extension><ac:adf-node type="decision-list"><ac:adf-node type="decision-item"><ac:adf-attribute key="state">DECIDED</ac:adf-attribute><ac:adf-content>Ship on Friday</ac:adf-content></ac:adf-node></ac:adf-node><ac:adf-fallback><ul><li>Ship on Friday</li></ul></ac:adf-fallback></ac:adf-extension>
      <p>Resolved: the budget is approved.</p><p>Motion to adopt the charter. Motion carries 5-0.</p><p>VOTE: move the call to Mondays. Motion fails.</p><p>No decision was taken on the logo.</p>`);
    expect(m!.decisions.map((d) => d.text)).toEqual([
      'the budget is approved.',
      'Motion to adopt the charter. Motion carries 5-0.',
      'Ship on Friday',
    ]);
  });
});

describe('which pages are minutes', () => {
  it('a page with a date and a task list is minutes; an index of dated meeting pages is not', () => {
    expect(fromStorage('<p><strong>Date:</strong> <time datetime="2025-04-02" /></p><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>Renew the certificate</ac:task-body></ac:task></ac:task-list>')).not.toBeNull();
    expect(
      fromStorage('<h2>Meetings</h2><ul><li><ac:link><ri:page ri:content-title="2024-12-10 Meeting notes" /></ac:link></li><li><ac:link><ri:page ri:content-title="2024-11-12 Meeting notes" /></ac:link></li><li><ac:link><ri:page ri:content-title="2024-10-08 Meeting notes" /></ac:link></li></ul><h2>Action items</h2><p>See each meeting.</p>', 'Meeting notes'),
    ).toBeNull();
  });
});

describe('pages in styles none of the fixtures has (a hostile pass)', () => {
  it('initials after a name are no organization, and name the assignee of an actions table', () => {
    const m = fromStorage(`<h1>Minutes – 3rd March 2024</h1><p><strong>Present:</strong> Jo Smith (JS), Ana Beltran (AB)</p>
      <h2>Actions</h2><table><tbody><tr><th>#</th><th>What</th><th>Who</th><th>When</th></tr><tr><td>1</td><td>Send Q1 report</td><td>AB</td><td>8 March</td></tr></tbody></table>`);
    expect(people(m)).toEqual([
      ['Jo Smith', null, 'participant', true, null],
      ['Ana Beltran', null, 'participant', true, null],
    ]);
    expect(m!.actionItems).toEqual([{ text: 'Send Q1 report', assignee: 'Ana Beltran', due: '2024-03-08', done: false }]);
  });

  it('an invitation list says nothing of presence; "(guest)" survives the roles taken out of a name', () => {
    const m = meeting(`<p>Date: 2024-06-11</p><h2>Invitees</h2><ul><li>Mia Chen, Globex</li></ul><p>Who: Carol Diaz (guest)</p>`);
    expect(people(m)).toEqual([
      ['Mia Chen', 'Globex', 'participant', null, null],
      ['Carol Diaz', null, 'guest', true, null],
    ]);
  });

  it('a date a task only talks about is not its due date', () => {
    const m = fromStorage(`<p>Date: 2021-04-15</p><ac:task-list><ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>Signe: add the review to the 2021-05-13 agenda</ac:task-body></ac:task>
      <ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>Signe: fix the build by 2021-04-20</ac:task-body></ac:task></ac:task-list>`);
    expect(m!.actionItems.map((a) => a.due)).toEqual([null, '2021-04-20']);
  });
});
