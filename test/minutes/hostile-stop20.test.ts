import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Pages a hostile new user wrote against stop 20's extractor: names with particles the extractor did
 * not know, a retro page whose first sentence names the sprint's end before the day the retro was held,
 * a TSC roll-call table whose header row is plain cells, tasks assigned by a mention with no users file.
 */
const meeting = (hub: string): Meeting | null => extractMeeting(hub, emptyPageMeta({ title: null }));
const people = (m: Meeting | null): [string | null, string | null, boolean | null][] => (m?.attendees ?? []).map((a) => [a.name, a.organization, a.present]);

describe('names with particles are people', () => {
  it('"vom", "de los", "zur" and "degli" inside a name keep the person', () => {
    const m = meeting('<h1>Stand-up 2026-04-09</h1><p>Present: Ana Souza, Dieter vom Hofe, Maria de los Santos, Gus zur Linde, Pia degli Esposti</p><p>Absent: Pieter de Vries</p>');
    expect(people(m)).toEqual([
      ['Ana Souza', null, true],
      ['Dieter vom Hofe', null, true],
      ['Maria de los Santos', null, true],
      ['Gus zur Linde', null, true],
      ['Pia degli Esposti', null, true],
      ['Pieter de Vries', null, false],
    ]);
  });
});

describe('the day a meeting was held', () => {
  it('an opening sentence "Sprint ended 2026-02-13. Retro held on 2026-02-16." dates the retro, not the sprint end', () => {
    const m = meeting('<h1>Retro – Sprint 42</h1><p>Sprint ended 2026-02-13. Retro held on 2026-02-16.</p><h2>Team</h2><p>Olu Ade, Priya Nair</p><h2>Actions</h2><ul><li>[ ] Olu: renew the certificate</li></ul>');
    expect(m?.date).toBe('2026-02-16');
  });
});

describe('a name with particles opens a speaker note or a task', () => {
  it('"Ivo van der Berg: …" is Ivo speaking; "Inés de las Heras to book the room" is hers', () => {
    const m = meeting('<h1>Team meeting 2026-05-04</h1><h2>Attendees</h2><ul><li>Ivo van der Berg</li><li>Inés de las Heras</li></ul><h2>Notes</h2><ul><li>Ivo van der Berg: the report is late.</li></ul><h2>Action items</h2><ul><li>Inés de las Heras to book the room by 2026-05-11</li></ul>');
    expect(m?.topics.flatMap((t) => t.notes)).toContainEqual({ speaker: 'Ivo van der Berg', text: 'the report is late.' });
    expect(m?.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Inés de las Heras', '2026-05-11']]);
  });
});

describe('a roll-call table whose header row is plain cells', () => {
  const rollCall = (head: string) =>
    `<h1>TSC Meeting 14 May 2026</h1><h2>Attendees</h2><table><tbody>${head}<tr><td>Marta Berg</td><td>Yes</td><td>Chair</td></tr><tr><td>Jean Cruz</td><td>No</td><td>Member</td></tr><tr><td>Ahmad Yusof</td><td>Yes</td><td>Member</td></tr></tbody></table>`;
  it('"Name | Attendance | Role" in td cells labels the columns: no attendee called "Name", presence read from the marks', () => {
    const m = meeting(rollCall('<tr><td>Name</td><td>Attendance</td><td>Role</td></tr>'));
    expect(people(m)).toEqual([
      ['Marta Berg', null, true],
      ['Jean Cruz', null, false],
      ['Ahmad Yusof', null, true],
    ]);
  });
  it('reads the same as the table with a th header row', () => {
    const plain = meeting(rollCall('<tr><td>Name</td><td>Attendance</td><td>Role</td></tr>'));
    const th = meeting(rollCall('<tr><th>Name</th><th>Attendance</th><th>Role</th></tr>'));
    expect(plain?.attendees).toEqual(th?.attendees);
  });
  it('"Name | Company" in td cells over people and companies: the first row is no person', () => {
    const m = meeting('<h1>Sync 2026-05-14</h1><h2>Participants</h2><table><tbody><tr><td>Name</td><td>Company</td></tr><tr><td>Kai Ito</td><td>Fabrikam</td></tr><tr><td>Liam Burke</td><td>Globex</td></tr></tbody></table>');
    expect(people(m).map((p) => [p[0], p[1]])).toEqual([
      ['Kai Ito', 'Fabrikam'],
      ['Liam Burke', 'Globex'],
    ]);
  });
});

describe('an office with the organization in brackets in a role column', () => {
  it('"TSC Member (Fabrikam)" gives the organization when no column holds organizations; "Chair (acting)" gives none', () => {
    const m = meeting('<h1>TSC 2026-05-14</h1><h2>Attendees</h2><table><tbody><tr><th>Name</th><th>Attendance</th><th>Role</th></tr><tr><td>Marta Berg</td><td>Yes</td><td>TSC Chair (Contoso)</td></tr><tr><td>Ahmad Yusof</td><td>Yes</td><td>TSC Member (Fabrikam)</td></tr><tr><td>Jo Kim</td><td>No</td><td>Chair (acting)</td></tr></tbody></table>');
    expect(people(m)).toEqual([
      ['Marta Berg', 'Contoso', true],
      ['Ahmad Yusof', 'Fabrikam', true],
      ['Jo Kim', null, false],
    ]);
  });
});

describe('a seat with nobody in it', () => {
  it('"SUSPENDED" where a roll call names the member is the company\'s seat: no organization called SUSPENDED, presence unknown', () => {
    const m = meeting('<h1>2026 10 07 TSC Minutes</h1><h2>Roll Call</h2><table><tbody><tr><th>Company</th><th>Member</th><th>Present</th><th>Alternate</th><th>Present</th></tr><tr><td>Contoso</td><td>Anne Lefèvre</td><td>X</td><td>Bo Chen</td><td></td></tr><tr><td>Initech</td><td>SUSPENDED</td><td></td><td></td><td></td></tr></tbody></table>');
    expect((m?.attendees ?? []).map((a) => [a.name, a.organization, a.role, a.present])).toEqual([
      ['Anne Lefèvre', 'Contoso', 'member', true],
      ['Bo Chen', 'Contoso', 'alternate', null],
      [null, 'Initech', 'member', null],
    ]);
  });
});

describe('a remark in brackets that says the person was away', () => {
  it('"(sick)", "(couldn\'t make it)", "(not attending)" after a name under Attendees: absent, and no organization', () => {
    const m = meeting('<h1>2026-02-03 Architecture Review</h1><h2>Attendees</h2><ul><li>Ana Souza</li><li>Kofi Mensah (sick)</li><li>Ida Berg (couldn\'t make it)</li><li>Lu Han (not attending)</li></ul>');
    expect(people(m)).toEqual([
      ['Ana Souza', null, true],
      ['Kofi Mensah', null, false],
      ['Ida Berg', null, false],
      ['Lu Han', null, false],
    ]);
  });
});

describe('a task list is not speech', () => {
  it('"Sanne de Wit: send the SOW" in a task list is a task of hers, not a note she spoke', () => {
    const m = meeting('<h1>Ops sync 2026-03-04</h1><h2>Attendees</h2><ul><li>Sanne de Wit</li><li>Olga Berg</li></ul><h2>Notes</h2><ul><li>Olga Berg: training takes two weeks.</li></ul><h2>Actions</h2><ul data-tasks><li data-task="incomplete">Sanne de Wit: send the revised SOW</li></ul>');
    const speakers = new Set((m?.topics ?? []).flatMap(function all(t): string[] { return [...t.notes.map((n) => n.speaker ?? ''), ...t.topics.flatMap(all)]; }).filter((s) => s !== ''));
    expect([...speakers]).toEqual(['Olga Berg']);
    expect(m?.actionItems.map((a) => a.assignee)).toEqual(['Sanne de Wit']);
  });
});

describe('"Surname, First name (Organization)"', () => {
  it('keeps the person, named first name first, with the organization of the brackets', () => {
    const m = meeting('<h1>Weekly sync 2026-04-01</h1><h2>Attendees</h2><ul><li>Ana Souza</li><li>Müller, Hans (Siemens)</li><li>van Rijn, Tom (Acme)</li></ul>');
    expect(people(m)).toEqual([
      ['Ana Souza', null, true],
      ['Hans Müller', 'Siemens', true],
      ['Tom van Rijn', 'Acme', true],
    ]);
  });
});

describe('pages that are not minutes', () => {
  it('a how-to about running meetings, with an "Action:" step and a Decisions section of instructions, is no meeting', () => {
    const m = extractMeeting(
      '<h1>How to run the weekly meeting</h1><p>Last updated 2026-01-10.</p><h2>Before the meeting</h2><ol><li>Create the page from the template.</li><li>Action: click <strong>Create</strong> and pick "Meeting notes".</li></ol><h2>Attendees</h2><p>List everyone who attended, e.g. Jane Doe (Acme).</p><h2>Decisions</h2><p>Record decisions with the Decision macro.</p>',
      emptyPageMeta({ title: 'How to run the weekly meeting' }),
    );
    expect(m).toBeNull();
  });
});

describe('found and not fixed (stop 20)', () => {
  // A stand-up whose people report under headings of their first name only: the round is not recognised
  // (a heading of one word may be a team's, "Backend", as well as a person's), so the page is no meeting.
  it.todo('<h1>Standup 2026-06-10</h1><h3>Ana</h3><p>Yesterday: fixed login</p><p>Today: reviews</p><p>Blockers: none</p><h3>Wei</h3><p>Yesterday: infra</p><p>Today: infra</p><p>Blockers: waiting on Ana</p> → participants Ana and Wei, present');
  // Storage with unclosed td/tr (HTML's implied ends) is read as one cell: "ActionOwnerFile taxesAnn Lee", so the actions table is lost.
  it.todo('<h1>Board minutes 2026-07-01</h1><p><strong>Present:</strong> Ann Lee, Bob Ray</p><table><tr><td>Action<td>Owner<tr><td>File taxes<td>Ann Lee</table> → an action "File taxes" owned by Ann Lee');
  // Offices written before the people ("Office – Name") in one line parted by semicolons: the last office holds two people, and both are lost.
  it.todo('<h1>Club meeting 2026-03-14</h1><p>Present: Chair – Gwen Price; Treasurer – Bryn Hughes; Members – Dai Evans, Nia Morgan</p> → four people present, Dai Evans and Nia Morgan included');
  // "@Ødegård, Kjell" typed as a name (no mention) is read as Ødegård of the organization "Kjell", although "Kjell:" owns a task on the page.
  it.todo('<h1>Weekly sync 2026-04-01</h1><h2>Attendees</h2><ul><li>@Ana Souza</li><li>@Ødegård, Kjell</li></ul><h2>Action items</h2><ul><li>Kjell: check the backups</li></ul> → attendee "Kjell Ødegård", no organization');
  // "M. Rossi" in an English attendee list of initials ("Prof. K. Tanaka, Dr. S. Iyer, M. Rossi") loses the initial: M. is read as the French "Monsieur".
  it.todo('<h1>Research group meeting 2026-05-06</h1><p>Attendees: Prof. K. Tanaka, Dr. S. Iyer, M. Rossi</p> → "M. Rossi", not "Rossi"');
  // Initials of a name with a particle do not name the person: "TvR" for "T. van Rijn".
  it.todo('<p><b>Present:</b> Mr T. van Rijn (Treasurer), Ms A. Okoro</p><p><b>Action:</b> TvR to pay the invoice by 31 October 2026.</p> (on a page dated 8 October 2026) → assignee "T. van Rijn"');
});

describe('"Name, Organization (guest)"', () => {
  it('is a guest of that organization, not lost', () => {
    const m = meeting('<h1>Sync 2026-04-01</h1><h2>Attendees</h2><ul><li>Kai Ito</li><li>Ana Roe, Acme (guest)</li></ul>');
    expect((m?.attendees ?? []).map((a) => [a.name, a.organization, a.role])).toEqual([
      ['Kai Ito', null, 'participant'],
      ['Ana Roe', 'Acme', 'guest'],
    ]);
  });
});
