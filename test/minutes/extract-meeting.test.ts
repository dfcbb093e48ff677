import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import { MeetingSchema } from '../../src/model/meeting.js';

const meta = (title: string | null = null) => emptyPageMeta({ title });

describe('meeting extraction from the hub', () => {
  it('returns null for a page that is not minutes', () => {
    const hub = '<h1>Project Falcon</h1><table><tr><th>Owner</th><td>Ada</td></tr></table><h2>Milestones</h2><ul><li>Beta</li></ul>';
    expect(extractMeeting(hub, meta('Project Falcon status'))).toBeNull();
  });

  it('recognizes minutes by a Meeting Date line with a <time> and reads the date', () => {
    const hub = '<p><strong>Meeting Date:</strong> <time datetime="2024-01-25">25 Jan 2024</time></p><h2>Agenda</h2><ul><li>Budget</li></ul>';
    const meeting = extractMeeting(hub, meta())!;
    expect(meeting.date).toBe('2024-01-25');
    expect(meeting.agenda).toEqual([{ text: 'Budget' }]);
    expect(MeetingSchema.parse(meeting)).toEqual(meeting);
  });

  it('takes the date from the title when the body has none', () => {
    const meeting = extractMeeting('<h2>Attendees</h2><ul><li>Ann Lee</li></ul>', meta('2024-05-02 Platform sync'))!;
    expect(meeting.date).toBe('2024-05-02');
    expect(meeting.title).toBe('2024-05-02 Platform sync');
  });

  it('reads members with alternates in the same row; a seat with nobody named keeps its company', () => {
    const hub = `<p>Meeting Date: 2024-01-25</p><h2>Attendance</h2><h3>Steering Committee Members</h3>
      <table><tr><th>Name</th><th>Alternate</th></tr>
      <tr><td>Leonardo Garcia, Linaro</td><td>Tom Gall, Linaro</td></tr>
      <tr><td>Red Hat</td><td></td></tr></table>
      <h3>Guests</h3><table><tr><th>Name</th></tr><tr><td>Kevin Zhao, Linaro</td></tr><tr><td>Grant Likely</td></tr></table>`;
    const { attendees } = extractMeeting(hub, meta())!;
    expect(attendees).toEqual([
      { name: 'Leonardo Garcia', organization: 'Linaro', group: 'Steering Committee Members', role: 'member', alternateFor: null, present: null, accountId: null, userKey: null },
      { name: 'Tom Gall', organization: 'Linaro', group: 'Steering Committee Members', role: 'alternate', alternateFor: 'Leonardo Garcia', present: null, accountId: null, userKey: null },
      { name: null, organization: 'Red Hat', group: 'Steering Committee Members', role: 'member', alternateFor: null, present: null, accountId: null, userKey: null },
      { name: 'Kevin Zhao', organization: 'Linaro', group: 'Guests', role: 'guest', alternateFor: null, present: null, accountId: null, userKey: null },
      { name: 'Grant Likely', organization: null, group: 'Guests', role: 'guest', alternateFor: null, present: null, accountId: null, userKey: null },
    ]);
  });

  it('reads presence per time zone and sub-groups from a spanning row', () => {
    const hub = `<h1>Attendance</h1><table><tr><th rowspan="2">Company</th><th rowspan="2">Member</th><th colspan="2">Present</th></tr>
      <tr><th>Asia TZ</th><th>US TZ</th></tr>
      <tr><td>Nimbus Compute</td><td>Haruto Sato</td><td><span data-emoticon="tick">✅</span></td><td></td></tr>
      <tr><td>Quarry Labs</td><td>Deepak Iyer</td><td><span data-emoticon="cross">❌</span></td><td>✗</td></tr>
      <tr><td colspan="4"><strong>Suspended members</strong></td></tr>
      <tr><td>Verdant Networks</td><td>Olaf Berg</td><td></td><td></td></tr></table><h1>Agenda</h1><ol><li>Vote</li></ol>`;
    const { attendees } = extractMeeting(hub, meta())!;
    expect(attendees.map((a) => [a.name, a.organization, a.present, a.group, a.role])).toEqual([
      ['Haruto Sato', 'Nimbus Compute', true, 'Attendance', 'member'],
      ['Deepak Iyer', 'Quarry Labs', false, 'Attendance', 'member'],
      ['Olaf Berg', 'Verdant Networks', null, 'Suspended members', 'member'],
    ]);
  });

  it('reads a presence column for alternates and a role column', () => {
    const hub = `<h2>Attendance</h2><table><tr><th>Member</th><th>Present</th><th>Alternate</th><th>Alternate present</th></tr>
      <tr><td>Ann Lee</td><td><span data-emoticon="cross">❌</span></td><td>Bob Tran</td><td><span data-emoticon="tick">✅</span></td></tr></table>
      <h2>Attendees (continued)</h2><table><tr><th>Name</th><th>Role</th></tr><tr><td>Cyd Moss</td><td>Guest speaker</td></tr><tr><td>Dan Roe</td><td>Chair</td></tr></table>
      <h2>Agenda</h2><ul><li>x</li></ul>`;
    const { attendees } = extractMeeting(hub, meta())!;
    expect(attendees.map((a) => [a.name, a.role, a.present, a.alternateFor])).toEqual([
      ['Ann Lee', 'member', false, null],
      ['Bob Tran', 'alternate', true, 'Ann Lee'],
      ['Cyd Moss', 'guest', null, null],
      ['Dan Roe', 'participant', null, null],
    ]);
  });

  it('never takes attendees from a table that is not about people (a voting matrix)', () => {
    const hub = `<p>Meeting Date: 2024-06-06</p><h2>Participants</h2><ul><li>Elena Popescu, Arcadia Health</li></ul>
      <h2>Decisions</h2><table><tr><th>Company</th><th>Proposal A</th><th>Proposal B</th></tr>
      <tr><td>Arcadia Health</td><td>Yes</td><td>No</td></tr><tr><td>Baobab Data</td><td>Yes</td><td>Yes</td></tr></table>`;
    const { attendees } = extractMeeting(hub, meta())!;
    expect(attendees.map((a) => a.name)).toEqual(['Elena Popescu']);
  });

  it('reads a bullet list of "Name (Company)" and a Regrets line as absent people; listed under Attendees is present', () => {
    const hub = `<h2>Attendees</h2><ul><li>Amara Nwosu (Fernhill University)</li><li>Lukas Becker (Brightline GmbH)</li></ul>
      <p>Regrets: Hannah Cole (Fernhill University), Marco Bianchi (Ostara Foundation)</p><h2>Agenda</h2><ol><li>Licensing</li></ol>`;
    const { attendees } = extractMeeting(hub, meta())!;
    expect(attendees.map((a) => [a.name, a.organization, a.present, a.group])).toEqual([
      ['Amara Nwosu', 'Fernhill University', true, 'Attendees'],
      ['Lukas Becker', 'Brightline GmbH', true, 'Attendees'],
      ['Hannah Cole', 'Fernhill University', false, 'Regrets'],
      ['Marco Bianchi', 'Ostara Foundation', false, 'Regrets'],
    ]);
  });

  it('reads a Participants line mixing mentions and written names, with guest marks', () => {
    const hub = `<p><strong>Date:</strong> <time datetime="2024-06-12"></time></p>
      <p><strong>Participants:</strong> <a data-mention data-userkey="k7">@Ravi Patel</a>, <a data-mention data-userkey="k8">@k8</a>, Helga Brandt (guest, Vendor QA)</p>
      <h2>Decisions</h2><ul><li>Go.</li></ul>`;
    const meeting = extractMeeting(hub, meta())!;
    expect(meeting.date).toBe('2024-06-12');
    expect(meeting.attendees.map((a) => [a.name, a.organization, a.role, a.group])).toEqual([
      ['Ravi Patel', null, 'participant', 'Participants'],
      [null, null, 'participant', 'Participants'],
      ['Helga Brandt', 'Vendor QA', 'guest', 'Participants'],
    ]);
  });

  it('reads action items from task lists (assignee mention, due date, done) and skips template lines', () => {
    const hub = `<h2>Attendees</h2><p><a data-mention data-account-id="abc">@Ann Lee</a></p><h2>Action items</h2><ul data-tasks>
      <li data-task="incomplete" data-task-id="1"><a data-mention data-account-id="abc">@Ann Lee</a> draft the checklist <time datetime="2024-03-21">21 Mar 2024</time></li>
      <li data-task="complete" data-task-id="2">send the dates to finance</li>
      <li data-task="incomplete" data-task-id="3">@ name action item here //dd-mm-yyyy</li>
      <li data-task="incomplete" data-task-id="4">Type your task here</li></ul>`;
    const meeting = extractMeeting(hub, meta('Weekly sync'))!;
    expect(meeting.actionItems).toEqual([
      { text: '@Ann Lee draft the checklist 21 Mar 2024', assignee: 'Ann Lee', due: '2024-03-21', done: false },
      { text: 'send the dates to finance', assignee: null, due: null, done: true },
    ]);
    expect(meeting.attendees.map((a) => [a.name, a.accountId, a.role])).toEqual([['Ann Lee', 'abc', 'participant']]);
  });

  it('names assignees: a key-only mention by the name the page shows elsewhere, a leading first name by the attendee', () => {
    const hub = `<h3>Attendees</h3><ul><li><a data-mention data-userkey="k3">@Priya Raman</a></li><li>Noor Rahman</li></ul>
      <h3>Action items</h3><ul data-tasks>
      <li data-task="incomplete"><a data-mention data-userkey="k3">@k3</a> script the checksum</li>
      <li data-task="incomplete">Noor to rotate the certificates</li>
      <li data-task="incomplete"><a data-mention data-userkey="k9">@k9</a> unknown person</li></ul>`;
    expect(extractMeeting(hub, meta('Ops meeting'))!.actionItems.map((a) => a.assignee)).toEqual(['Priya Raman', 'Noor Rahman', 'k9']);
  });

  it('reads plain action lines with an owner prefix and a due date', () => {
    const hub = '<h2>Agenda</h2><ul><li>x</li></ul><h2>Actions</h2><ul><li>Amara: write the summary by 2024-05-31</li><li>@ name action item here //dd-mm-yyyy</li></ul>';
    expect(extractMeeting(hub, meta())!.actionItems).toEqual([{ text: 'Amara: write the summary by 2024-05-31', assignee: 'Amara', due: '2024-05-31', done: false }]);
  });

  it('attributes speaker prefixes to the one attendee with that first name, and leaves others alone', () => {
    const hub = `<h2>Attendees</h2><ul><li>Jon Masters, Google</li><li>Jonathan Cameron, Huawei</li><li>Ann Lee</li><li>Ann Smith</li></ul>
      <h2>Minutes</h2><ul><li>Strategy<ul><li>Jon: align on Veraison.</li><li>Jonathan: QEMU CI has gaps.</li><li>Ann: ambiguous.</li><li>Note: not a person.</li></ul></li></ul>`;
    const { topics } = extractMeeting(hub, meta())!;
    expect(topics).toEqual([
      {
        title: 'Strategy',
        notes: [
          { speaker: 'Jon Masters', text: 'align on Veraison.' },
          { speaker: 'Jonathan Cameron', text: 'QEMU CI has gaps.' },
          { speaker: null, text: 'Ann: ambiguous.' },
          { speaker: null, text: 'Note: not a person.' },
        ],
        topics: [],
      },
    ]);
  });

  it('rebuilds topics of a flattened list from the agenda', () => {
    const hub = `<p>Meeting Date: 2023-10-19</p><h2>Attendees</h2><ul><li>Irene Vasquez</li><li>Mateo Ruiz</li></ul>
      <h2>Agenda</h2><ul><li>Budget review</li><li>Hiring plan</li></ul>
      <h2>Minutes</h2><ul><li>Budget review</li><li>Test lab</li><li>Irene: spend is under plan.</li><li>Hiring plan</li><li>Mateo: one offer out.</li></ul>`;
    expect(extractMeeting(hub, meta())!.topics).toEqual([
      { title: 'Budget review', notes: [], topics: [{ title: 'Test lab', notes: [{ speaker: 'Irene Vasquez', text: 'spend is under plan.' }], topics: [] }] },
      { title: 'Hiring plan', notes: [{ speaker: 'Mateo Ruiz', text: 'one offer out.' }], topics: [] },
    ]);
  });

  it('reads a Cloud discussion-items table as topics; who presents an item is not who speaks in its notes', () => {
    const hub = `<h2>Date</h2><p><time datetime="2024-03-14"></time></p><h2>Discussion items</h2>
      <table><tr><th>Time</th><th>Item</th><th>Who</th><th>Notes</th></tr>
      <tr><td>10 min</td><td>Billing rollout</td><td><a data-mention data-account-id="x1">@Dana Ortiz</a></td><td>Canary went fine.</td></tr></table>`;
    const meeting = extractMeeting(hub, meta('Billing weekly'))!;
    expect(meeting.date).toBe('2024-03-14');
    expect(meeting.topics).toEqual([{ title: 'Billing rollout', notes: [{ speaker: null, text: 'Canary went fine.' }], topics: [] }]);
  });

  it('reads decisions and external links (bare URLs named by the words before them)', () => {
    const hub = `<h2>Agenda</h2><ul><li>x</li></ul><h2>Decisions</h2><ul><li>Proposal A is accepted.</li></ul>
      <h2>Documents</h2><ul><li>Meeting recording: <a href="https://rec.example.org/1">https://rec.example.org/1</a></li></ul>
      <p><a data-mention data-account-id="q">@Q</a> <a href="https://example.org/slides">Slides</a></p>`;
    const meeting = extractMeeting(hub, meta('Board meeting'))!;
    expect(meeting.decisions).toEqual([{ text: 'Proposal A is accepted.' }]);
    expect(meeting.links).toEqual([
      { text: 'Meeting recording', url: 'https://rec.example.org/1' },
      { text: 'Slides', url: 'https://example.org/slides' },
    ]);
  });
});

describe('"Last, First" names', () => {
  const people = (hub: string) => extractMeeting(hub, meta('2025-03-04 Steering call'))!.attendees.map((a) => [a.name, a.organization]);

  it('a name column of "First Last, Organization" entries reads "Muller, Ana" as a person, not a company', () => {
    const hub = `<h2>Attendance</h2><table><tr><th>Name</th><th>Present</th></tr>
      <tr><td>Leonardo Garcia, Linaro</td><td>✓</td></tr>
      <tr><td>Greta Lindqvist, Helix Robotics</td><td>✓</td></tr>
      <tr><td>Muller, Ana</td><td>✓</td></tr>
      <tr><td>Tariq Haddad, Helix Robotics</td><td>✗</td></tr></table>`;
    expect(people(hub)).toEqual([
      ['Leonardo Garcia', 'Linaro'],
      ['Greta Lindqvist', 'Helix Robotics'],
      ['Ana Muller', null],
      ['Tariq Haddad', 'Helix Robotics'],
    ]);
  });

  it('"Muller, Ana" where Ana is a first name elsewhere on the page', () => {
    const hub = `<h2>Attendees</h2><ul><li>Muller, Ana</li><li>Chen Wei</li></ul>
      <h2>Action items</h2><ul><li>Ana Muller: send the budget by 2025-03-20</li></ul>
      <h2>Notes</h2><p>Ana Muller presented the plan.</p>`;
    expect(people(hub)).toEqual([
      ['Ana Muller', null],
      ['Chen Wei', null],
    ]);
  });

  it('keeps "Name, Company" when the second word is a company the page or the world knows', () => {
    const hub = `<h2>Attendance</h2><table><tr><th>Name</th></tr>
      <tr><td>Leonardo Garcia, Linaro</td></tr><tr><td>Greta Lindqvist, Nordwind</td></tr><tr><td>Andy, Arm</td></tr><tr><td>Olaf, Nordwind</td></tr></table>`;
    expect(people(hub)).toEqual([
      ['Leonardo Garcia', 'Linaro'],
      ['Greta Lindqvist', 'Nordwind'],
      ['Andy', 'Arm'],
      ['Olaf', 'Nordwind'],
    ]);
  });

  it('without such evidence a lone "Word, Word" stays "Name, Company"', () => {
    const hub = `<h2>Attendees</h2><ul><li>Greta, Helix</li><li>Chen Wei</li></ul>`;
    expect(people(hub)).toEqual([
      ['Greta', 'Helix'],
      ['Chen Wei', null],
    ]);
  });
});
