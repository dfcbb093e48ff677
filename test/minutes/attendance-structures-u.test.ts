import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Invented pages for the structures set U showed the attendance readers missing (attendee recall 0.59):
 * where the attendance stands and what shape its people take, whatever the words around them.
 */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const fromMarkdown = (markdown: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => (m?.attendees ?? []).map((a) => [a.name, a.present]);

describe('several labels of people on one line, one clause each', () => {
  it('full-stop sentences "Present: …. Apologies: …. Guests: …" give each label its own people', () => {
    const m = fromStorage(
      `<p><strong>Allotment society – 3 May 2025</strong></p><p>Present: Ada Lindqvist, Bram Okafor, Cleo Duval. Apologies: Dev Raman. Guests: Elsa Moreno (Parish Council).</p><h3>Notes</h3><p>Bram: the water butts are full.</p>`,
    );
    expect(people(m)).toEqual([
      ['Ada Lindqvist', true],
      ['Bram Okafor', true],
      ['Cleo Duval', true],
      ['Dev Raman', false],
      ['Elsa Moreno', true],
    ]);
    expect(m!.attendees.at(-1)!.organization).toBe('Parish Council');
  });

  it('a sentence about the meeting, then "Present: …; Absent: …" in the same paragraph', () => {
    const m = fromStorage(`<p>Met on the terrace after lunch. Present: Ola Berg, Pia Sand; Absent: Rui Costa; Also present: Sam Holt.</p><h2>Actions</h2><ul><li>Ola – book the van</li></ul>`, 'Garden team meeting 2025-06-02');
    expect(people(m)).toEqual([
      ['Ola Berg', true],
      ['Pia Sand', true],
      ['Rui Costa', false],
      ['Sam Holt', true],
    ]);
  });

  it('the date, then labels parted by middle dots, the people parted by slashes', () => {
    const m = fromMarkdown(`Tue 4 Mar 2025 · Attendees: Tia Marsh / Umar Qadri / Vera Holm · Regrets: Wes Young (PTO)\n\n## Notes\n\n- Tia: the build is green.\n`, 'Release sync');
    expect(people(m)).toEqual([
      ['Tia Marsh', true],
      ['Umar Qadri', true],
      ['Vera Holm', true],
      ['Wes Young', false],
    ]);
  });

  it('a remark whose one long label only looks like people, or a property line with one such label, names nobody', () => {
    const remark = fromStorage(`<h2>Schedule</h2><p>Members send apologies to the office by noon. Apologies already received for June: Cllr Ames (holiday).</p><h2>Dates</h2><p>Next: 2025-06-12.</p>`);
    expect(people(remark)).toEqual([]);
    const property = fromStorage(`<p>Start: Monday 2 June 2025 · Team: Platform · Desk: 4.12</p><h2>Week one</h2><ul><li>Laptop set-up</li></ul>`);
    expect(people(property)).toEqual([]);
  });
});

describe('labels of no known wording beside labels of people in one block', () => {
  it('the sides of a joint body, each under its own label, beside a line of apologies', () => {
    const m = fromStorage(
      `<h1>Joint consultative meeting</h1><p><strong>When:</strong> 2025-05-14, 10:00</p><p><strong>Shop floor:</strong> Ilse Brandt (chair), Omar Haddad, Pia Lund<br /><strong>Head office:</strong> Rhys Vaughan, Sofia Mirza<br /><strong>Apologies:</strong> Tomas Berg</p><h2>Notes</h2><p>Rhys: the rota is agreed.</p>`,
    );
    expect(people(m)).toEqual([
      ['Ilse Brandt', true],
      ['Omar Haddad', true],
      ['Pia Lund', true],
      ['Rhys Vaughan', true],
      ['Sofia Mirza', true],
      ['Tomas Berg', false],
    ]);
  });

  it('a label that is itself a presence mark, on soft-broken Markdown lines', () => {
    const m = fromMarkdown(`# Reading group · 3 Apr 2025\n\n**In:** Ana Ruiz, Ben Cole, Cai Wen\n**Away:** Dee Park (conference)\n\n## Notes\n\n**Ben**: chapter 4 next.\n`);
    expect(people(m)).toEqual([
      ['Ana Ruiz', true],
      ['Ben Cole', true],
      ['Cai Wen', true],
      ['Dee Park', false],
    ]);
  });

  it('one person under an unknown label counts when a title or a reason for being away says it is a person; a place does not', () => {
    const m = fromStorage(`<p>Attendees: Eva Holm, Finn Ruud<br />Elsewhere: Gro Lie (sick)<br />Room: Main Hall<br />Speaking: Dr Hal Moe</p><h2>Actions</h2><ul><li>Eva – send the slides</li></ul>`, 'Team meeting 2025-04-02');
    expect(people(m)).toEqual([
      ['Eva Holm', true],
      ['Finn Ruud', true],
      ['Gro Lie', false],
      ['Hal Moe', true],
    ]);
  });
});

describe('initials resolved through a key line', () => {
  it('"Present: AR, BL; Regrets: CD" names the people the key at the foot gives with those initials', () => {
    const m = fromStorage(
      `<p>Trustees call 2025-03-10</p><p>Present: AR, BL<br />Regrets: CD</p><ul><li>Budget (AR/BL) – approved</li></ul><p><em>Trustees: Anya Rusk (AR), Bert Lowe (BL), Cora Dunn (CD).</em></p>`,
    );
    expect(people(m)).toEqual([
      ['Anya Rusk', true],
      ['Bert Lowe', true],
      ['Cora Dunn', false],
    ]);
  });

  it('initials the key gives for two names stay unresolved', () => {
    const m = fromStorage(`<p>Team call 2025-03-10</p><p>Present: AR, BL</p><h2>Notes</h2><p>Key: Anya Rusk (AR), Abel Ross (AR), Bert Lowe (BL).</p>`);
    expect(people(m).map(([name]) => name)).not.toContain('Anya Rusk');
    expect(people(m).map(([name]) => name)).toContain('Bert Lowe');
  });
});

describe('a table of labelled rows inside an attendance expand', () => {
  it('reads "Present | A; B" and "Apologies | C" rows by their labels, not as a roll of one person a row', () => {
    const m = fromStorage(
      `<p>Library committee, 2025-02-11</p><ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Attendance</ac:parameter><ac:rich-text-body><table><tbody><tr><th>Present</th><td>Dr Iris Vane (Chair); Jon Pak; Kay Ruiz</td></tr><tr><th>Apologies</th><td>Lev Otto</td></tr></tbody></table></ac:rich-text-body></ac:structured-macro><h2>Notes</h2><p>Jon: the new shelves arrive in March.</p>`,
    );
    expect(people(m)).toEqual([
      ['Iris Vane', true],
      ['Jon Pak', true],
      ['Kay Ruiz', true],
      ['Lev Otto', false],
    ]);
  });
});

describe('a sign-in form of fill-in blanks', () => {
  it('a marked blank before a name is present, an empty blank absent, in escaped Markdown', () => {
    const m = fromMarkdown(`Harbour rowing club \\- committee\nMINUTES \\- 9 April 2025\n\nCommittee:  \n\\_\\_X\\_\\_ Nora Finch, captain  \n\\_\\_\\_\\_\\_ Olaf Brant  \n\\_\\_X\\_\\_ Club Secretary: Pem Adair\n\nTREASURER:  \nNora: the boat fund stands at 4,100.\n`);
    expect(people(m)).toEqual([
      ['Nora Finch', true],
      ['Olaf Brant', false],
      ['Pem Adair', true],
    ]);
  });

  it('one underlined blank alone is no form', () => {
    const m = fromStorage(`<p>Meeting 2025-04-09</p><p>Present: Nora Finch<br />____ see the sign-up sheet</p>`);
    expect(people(m)).toEqual([['Nora Finch', true]]);
  });
});

describe('someone named in a presence cell as having come in the member\'s place', () => {
  it('"Delegate: Name" and "No – covered by Dr Name": the member absent, the named person the alternate', () => {
    const m = fromStorage(
      `<p>Standards panel 2025-01-20</p><table><tbody><tr><th>Area</th><th>Member</th><th>Attended</th></tr><tr><td>Rail</td><td>Quin Abbot</td><td>Yes</td></tr><tr><td>Road</td><td>Rosa Bell</td><td>Delegate: Saul Crane</td></tr><tr><td>Air</td><td>Tess Dyer</td><td>No – covered by Dr Uma Ellis</td></tr></tbody></table><h2>Notes</h2><p>Quin: the rail code is out for comment.</p>`,
    );
    expect((m?.attendees ?? []).map((a) => [a.name, a.present, a.role === 'alternate' ? a.alternateFor : null])).toEqual([
      ['Quin Abbot', true, null],
      ['Rosa Bell', false, null],
      ['Saul Crane', true, 'Rosa Bell'],
      ['Tess Dyer', false, null],
      ['Uma Ellis', true, 'Tess Dyer'],
    ]);
  });
});
