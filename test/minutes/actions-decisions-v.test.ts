import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

/** Invented pages and lines: what a decision, an action, a date and speech mean, in several wordings and layouts. */
function meetingOf(input: string, title = 'Club meeting 2031-09-16', from: 'storage' | 'markdown' = 'storage'): Meeting {
  const out = JSON.parse(convert(input, { from, to: 'json', meta: { title } }).output) as { meeting: Meeting | null };
  if (out.meeting === null) throw new Error('not read as minutes');
  return out.meeting;
}

const PEOPLE = '<h2>Attendees</h2><ul><li>Rosamund Achterl</li><li>Tevita Folau</li><li>Ingeborg Vasquez</li></ul>';
/** The decisions a page of one discussion paragraph (and no decision list) records. */
const decided = (line: string): number => meetingOf(`${PEOPLE}<h2>Item 1</h2><p>${line}</p>`).decisions.length;

describe('a decision is an outcome the meeting settled, in the present tense of other languages too', () => {
  it.each([
    'Le compte rendu de la séance précédente est approuvé à l’unanimité.',
    'Mise aux voix : la charte modifiée est adoptée par 9 voix contre 1.',
    'Die Tagesordnung wird ohne Änderungen genehmigt.',
    'Der Haushaltsplan 2032 wird einstimmig beschlossen.',
    'Het verslag van 4 mei wordt met twee kleine wijzigingen vastgesteld.',
    'Het jaarplan wordt goedgekeurd.',
    'El acta de la reunión anterior se aprueba por unanimidad.',
    'Il bilancio viene approvato all’unanimità.',
  ])('%j', (line) => expect(decided(line)).toBe(1));

  it.each(['Minutes approved.', 'Protokoll genehmigt.', 'Notulen vastgesteld.', 'Le procès-verbal est approuvé.', 'Acta aprobada.'])('a short line under an item, not a label: %j', (line) => expect(decided(line)).toBe(1));

  it.each([
    'Der Haushalt wird in der nächsten Sitzung beschlossen.',
    'Le budget sera approuvé au prochain conseil.',
    'Het verslag wordt volgende vergadering vastgesteld.',
    'Est-ce que le règlement est adopté par les autres écoles ?',
  ])('no settled outcome: %j', (line) => expect(decided(line)).toBe(0));
});

describe('a body that consents, endorses or recommends decides, whatever its name', () => {
  it.each([
    'The DSMB recommends that the study continue unchanged.',
    'The IRB approved the amended consent form.',
    'The PTA agrees to fund the reading corner.',
    'De oudergeleding stemt in met het nieuwe schoolplan.',
    'De raad geeft positief advies over de begroting.',
    'Everyone agreed the picnic is on Sunday 5 October.',
    'All members agreed that the gate stays locked after dark.',
  ])('%j', (line) => expect(decided(line)).toBe(1));

  it.each(['The trustees agreed to defer the purchase until the survey is back.', 'It was agreed to postpone the vote to a later meeting.', 'The committee decided to put off the question.', 'Agreed to revisit this at the next meeting.'])(
    'agreeing to put the matter off decides nothing: %j',
    (line) => expect(decided(line)).toBe(0),
  );

  it('the discussion restating what the decision list records adds nothing; a condition decides nothing', () => {
    const page = `${PEOPLE}<h2>Item 1</h2><p>Le nouveau logo est adopté. Everyone agreed on the new logo.</p>
      <p>Tevita: the hall is free if the council agrees.</p><h2>Decisions</h2><ul><li>The new logo is used from October.</li></ul>`;
    expect(meetingOf(page).decisions.map((d) => d.text)).toEqual(['The new logo is used from October.']);
    expect(decided('Tevita: the hall is free if the council agrees to it.')).toBe(0);
  });

  it.each([
    ['markdown', '## Punkt 1\n\nDas Protokoll wird ohne Änderungen genehmigt.\n\n## Punkt 2\n\n**Beschluss:** Der Zuschuss wird über die Klassen verteilt. (einstimmig)\n'],
    ['storage', '<h2>Point 1</h2><p>Le procès-verbal est approuvé.</p><h2>Point 2</h2><p><strong>Décision :</strong> la kermesse a lieu le 20 juin.</p>'],
  ] as const)('a labelled decision under one item is no decision list: what another item says was settled still counts (%s)', (from, body) => {
    const people = from === 'markdown' ? '## Anwesend\n\n- Rosamund Achterl\n- Tevita Folau\n\n' : PEOPLE;
    expect(meetingOf(people + body, 'Sitzung 2031-09-16', from).decisions).toHaveLength(2);
  });

  it.each(['Accredit the north lab; defer the south lab until its audit arrives.', 'Decision: approve the grant, and postpone the hiring question.'])('a decision that also puts something off still decides: %j', (line) => {
    expect(meetingOf(`${PEOPLE}<h2>Decisions</h2><ul><li>${line}</li></ul>`).decisions).toHaveLength(1);
  });

  it.each(['BE IT FURTHER RESOLVED that Ana Roe be and hereby is appointed treasurer.'])('the wording of a resolution put to the vote is not its outcome: %j', (line) => expect(decided(line)).toBe(0));

  it.each(['The budget lines had already been accepted by the finance team last month.', 'Two grants had been approved in June, before this meeting.'])(
    'an approval before the meeting (past perfect) is not this meeting\'s: %j',
    (line) => expect(decided(line)).toBe(0),
  );
});

describe('a vote and its outcome, however the minutes write it', () => {
  it.each([
    'Result: carried on a show of hands, 11 for and 3 against.',
    'Outcome: carried (6–1).',
    'For 7, Against 1, Abstain 2 – PASSED',
    'Yes 9 / No 2 — CARRIED',
    'Motion by Achterl, seconded by Folau, to grant the permit. Vote 4–0. PERMIT GRANTED.',
    'Ingeborg Vasquez was appointed treasurer.',
    'Tevita Folau was co-opted onto the events group.',
  ])('%j', (line) => expect(decided(line)).toBe(1));

  it.each([
    'Result: not passed (4 for, 9 against).',
    'For 2, Against 6, Abstain 0 – FALLS',
    'Yes 1 / No 5 — LOST',
    'Motion to adjourn at 21:40. Vote 5–0.',
    'Result: 3 tests still failing on the build server.',
  ])('no decision: %j', (line) => expect(decided(line)).toBe(0));

  it('two motions carried with the same tally are two decisions', () => {
    const page = `${PEOPLE}<p>Motion by Folau, seconded by Vasquez, to approve the agenda. Vote 3–0. Motion carried.</p>
      <p>Motion by Vasquez, seconded by Achterl, to move the fair to May. Vote 3–0. Motion carried.</p>`;
    expect(meetingOf(page).decisions).toHaveLength(2);
  });
});

describe('a decision column and what its cells leave open', () => {
  const table = (header: string, cells: string[]): string =>
    `${PEOPLE}<table><tbody><tr><th>Item</th><th>${header}</th></tr>${cells.map((c, i) => `<tr><td>Request ${i + 1}</td><td>${c}</td></tr>`).join('')}</tbody></table>`;

  it.each(['Committee decision', 'Board outcome', 'Final decision', 'Panel resolution'])('a qualified header %j is a decision column', (header) => {
    expect(meetingOf(table(header, ['Approved with conditions', 'Refused', 'Deferred to November'])).decisions).toHaveLength(2);
  });

  it.each(['Decide by post next week', 'To be decided at the next meeting', 'Will decide once the quotes are in', 'Decision next week'])('an outcome still to be decided: %j', (cell) => {
    const decisions = meetingOf(table('Outcome', ['Accept', cell])).decisions.map((d) => d.text);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatch(/Accept$/);
  });
});

describe('a table of actions, whatever its action column is called', () => {
  const table = (header: string[], rows: string[][], heading = 'Follow-up plan'): string =>
    `${PEOPLE}<h2>${heading}</h2><table><tbody><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

  it.each([['Corrective action'], ['Agreed actions'], ['Next action'], ['Action corrective'], ['Decision / action'], ['Action & decision']])('%j beside an owner and a due column', (label) => {
    const items = meetingOf(table(['Issue', label, 'Owner', 'Due'], [['Old list', 'Rebuild the contact list', 'Tevita Folau', '14/10/2031']])).actionItems;
    expect(items.map((a) => [a.text, a.assignee, a.due])).toEqual([['Rebuild the contact list', 'Tevita Folau', '2031-10-14']]);
  });

  it('in a column of decisions and actions, a "Decision:" row is a decision and an "Action:" row an action with its owner and due date', () => {
    const m = meetingOf(
      table(['Topic', 'Decision / action', 'Owner', 'Due'], [
        ['Budget', 'Decision: the travel budget stays at 2,000.', 'Rosamund Achterl', '–'],
        ['Venue', 'Action: book the hall for the autumn fair.', 'Ingeborg Vasquez', '30/09/2031'],
      ]),
    );
    expect(m.actionItems.map((a) => [a.text, a.assignee, a.due])).toEqual([['book the hall for the autumn fair.', 'Ingeborg Vasquez', '2031-09-30']]);
    expect(m.decisions.map((d) => d.text)).toEqual(['the travel budget stays at 2,000.']);
  });

  it.each(['Open – two of four visits done', 'In progress, half done', 'Pending (done by Ana for the north site)', 'Offen – teilweise erledigt'])('a status that opens open is not done: %j', (status) => {
    const items = meetingOf(table(['Action', 'Owner', 'Status'], [['Visit the four sites', 'Tevita Folau', status]], 'Actions')).actionItems;
    expect(items.map((a) => a.done)).toEqual([false]);
  });
});

describe('speech inside table cells', () => {
  const speakers = (m: Meeting): (string | null)[] => {
    const all: (string | null)[] = [];
    const walk = (topics: Meeting['topics']): void => topics.forEach((t) => (t.notes.forEach((n) => n.speaker !== null && all.push(n.speaker)), walk(t.topics)));
    walk(m.topics);
    return all;
  };

  it.each([
    ['a Discussion column beside the item', '<tr><th>Request</th><th>Discussion</th><th>Outcome</th></tr><tr><td>New kiln</td><td>Tevita: the old one cracks every firing.</td><td>Accept</td></tr>'],
    ['speech after a sentence in the cell', '<tr><th>Request</th><th>Discussion</th><th>Outcome</th></tr><tr><td>New kiln</td><td>Two quotes came in. Tevita: the old one cracks every firing.</td><td>Accept</td></tr>'],
    ['a Notes cell with lines', '<tr><th>Item</th><th>Who</th><th>Notes</th></tr><tr><td>New kiln</td><td>Rosamund Achterl</td><td><p>Quotes are in.</p><p>Tevita – the old one cracks every firing.</p></td></tr>'],
    ['a Comments column and a dash', '<tr><th>Clause</th><th>Comments</th></tr><tr><td>4.2</td><td>Wording agreed. Tevita – the old one cracks every firing.</td></tr>'],
  ])('%s', (_, rows) => {
    expect(speakers(meetingOf(`${PEOPLE}<h2>Discussion</h2><table><tbody>${rows}</tbody></table>`))).toContain('Tevita Folau');
  });

  it('a Markdown table of the same', () => {
    const md = '## Attendees\n\n- Rosamund Achterl\n- Tevita Folau\n\n## Requests\n\n| Request | Discussion | Outcome |\n|---|---|---|\n| New kiln | Quotes are in. Tevita: the old one cracks. | Accept |\n';
    expect(speakers(meetingOf(md, 'Studio meeting 2031-09-16', 'markdown'))).toEqual(['Tevita Folau']);
  });

  it('a name after a sentence that is nobody on the list, or a label, is no speech', () => {
    const rows = '<tr><th>Request</th><th>Discussion</th></tr><tr><td>New kiln</td><td>Two quotes came in. Note: the cheaper one has no warranty. Dr. Pemberton: costs are fine.</td></tr>';
    expect(speakers(meetingOf(`${PEOPLE}<h2>Discussion</h2><table><tbody>${rows}</tbody></table>`))).toEqual([]);
  });
});

describe('the date the meeting took place', () => {
  const ACTIONS = '<h2>Actions</h2><ul><li>Rosamund Achterl to book the hall.</li></ul>';

  it.each([
    ['a weekday before the date, then the time and a venue word', '<p>Thursday, October 9, 2031 · 6:30 p.m. · Conference Room 2</p>'],
    ['a weekday of another language', '<p>Jeudi 9 octobre 2031, 18 h 30, salle de conférence</p>'],
    ['the date, then a conference call', '<p>Thu 9 Oct 2031 – conference call</p>'],
  ])('%s', (_, line) => {
    expect(meetingOf(`<h1>Garden Society Committee – Minutes</h1>${line}${PEOPLE}${ACTIONS}`, 'Garden Society Committee Minutes').date).toBe('2031-10-09');
  });

  it.each([
    ['a Date heading over a <time>', '<h2>Date</h2><p><time datetime="2031-10-02" /></p>'],
    ['a "Date:" line', '<p><strong>Date:</strong> 2 October 2031</p>'],
    ['a Date row of an info table', '<table><tbody><tr><th>Date</th><td>02/10/2031</td></tr></tbody></table>'],
  ])('a page copied from last week: the title dated a week on wins over the body date left behind (%s)', (_, dated) => {
    expect(meetingOf(`${dated}${PEOPLE}${ACTIONS}`, '2031-10-09 Garden Society weekly').date).toBe('2031-10-09');
  });

  it.each([
    ['Meeting held on 12 November', '<p>Meeting held on 12 November</p>'],
    ['Held Wednesday 12 Nov.', '<p>Held Wednesday 12 Nov.</p>'],
    ['a "Datum:" label', '<p><strong>Datum:</strong> 12. November</p>'],
    ['a slash date no other reading fits', '<p>Meeting held 13/11</p>'],
    ['a slash date the page writes day first', '<p><strong>Date:</strong> 12/11</p><p>Previous minutes (23/10/2031) approved.</p>'],
  ])('a meeting date without its year takes the title\'s year: %s', (_, line) => {
    const date = meetingOf(`${line}${PEOPLE}${ACTIONS}`, 'Pottery Guild 2031 minutes').date;
    expect(date).toBe(line.includes('13/11') ? '2031-11-13' : '2031-11-12');
  });

  it('a date without a year and a title without one: no date is made up', () => {
    expect(meetingOf(`<p>Meeting held 12/11</p>${PEOPLE}${ACTIONS}`, 'Pottery Guild minutes').date).toBeNull();
  });

  it.each([
    ['the title dated earlier than the body', '2031-10-02 Garden Society weekly', '<p><strong>Date:</strong> 9 October 2031</p>', '2031-10-09'],
    ['dates far apart (a title that names something else)', '2031-01-15 Garden Society plan', '<p><strong>Date:</strong> 9 October 2031</p>', '2031-10-09'],
  ])('otherwise the body date stands: %s', (_, title, dated, date) => {
    expect(meetingOf(`${dated}${PEOPLE}${ACTIONS}`, title).date).toBe(date);
  });
});

describe('the owner written after the task', () => {
  const task = (body: string): string => `<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task></ac:task-list>`;
  it.each([
    ['Book the hall for the fair – Tevita <time datetime="2031-10-14" />', 'Tevita Folau'],
    ['Book the hall for the fair - Ingeborg Vasquez', 'Ingeborg Vasquez'],
    ['Book the hall for the fair (Tevita)', 'Tevita Folau'],
    ['Book the hall for the fair — Tevita, 14/10/2031', 'Tevita Folau'],
    ['Book the hall for the fair – the small one', null],
    ['Move the notes to the wiki - Confluence', null],
  ])('%j', (body, owner) => {
    expect(meetingOf(`${PEOPLE}<h2>Action items</h2>${task(body)}`).actionItems.map((a) => a.assignee)).toEqual([owner]);
  });

  it('in a plain list under an actions heading too', () => {
    expect(meetingOf(`${PEOPLE}<h2>Actions</h2><ul><li>Order the bunting – Ingeborg</li></ul>`).actionItems.map((a) => a.assignee)).toEqual(['Ingeborg Vasquez']);
  });
});

describe('a pasted e-mail thread is correspondence, not minutes', () => {
  const read = (storage: string, title = 'Fwd: fair planning'): Meeting | null =>
    (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
  const mail = (from: string, sent: string, to: string, subject: string, body: string, labels = ['From', 'Sent', 'To', 'Subject']): string =>
    `<p><strong>${labels[0]}:</strong> ${from}<br /><strong>${labels[1]}:</strong> ${sent}<br /><strong>${labels[2]}:</strong> ${to}<br /><strong>${labels[3]}:</strong> ${subject}</p>${body}`;

  it.each([
    ['Outlook headers', ['From', 'Sent', 'To', 'Subject']],
    ['German headers', ['Von', 'Gesendet', 'An', 'Betreff']],
    ['French headers', ['De', 'Envoyé', 'À', 'Objet']],
    ['Dutch headers', ['Van', 'Verzonden', 'Aan', 'Onderwerp']],
  ])('%s', (_, labels) => {
    const page =
      mail('Rosamund Achterl', 'Tuesday, 7 October 2031 10:02', 'Tevita Folau; Ingeborg Vasquez', 'RE: fair stalls', '<p>Agreed, let us go with the north field. Tevita, can you book it by Friday?</p>', labels) +
      '<hr />' +
      mail('Tevita Folau', 'Monday, 6 October 2031 17:40', 'Rosamund Achterl', 'fair stalls', '<p>Present at the site visit: Ingeborg and me. Action for me: ask the council about parking.</p>', labels);
    expect(read(page)).toBeNull();
  });

  it('replies quoted the way a web mail quotes them', () => {
    const page = '<p>Agreed, the north field it is. Tevita to book it.</p><p>On Tue, 7 Oct 2031 at 10:02, Rosamund Achterl &lt;ra@example.org&gt; wrote:</p><blockquote><p>Shall we go with the north field?</p><p>On Mon, 6 Oct 2031 at 17:40, Tevita Folau &lt;tf@example.org&gt; wrote:</p><blockquote><p>Present at the site visit: Ingeborg and me.</p></blockquote></blockquote>';
    expect(read(page)).toBeNull();
  });

  it('minutes sent by e-mail (one header over the minutes themselves) stay minutes', () => {
    const page = mail('Rosamund Achterl', '8 October 2031', 'Committee', 'Minutes of 7 October', '') + `${PEOPLE}<h2>Decisions</h2><ul><li>The fair is on the north field.</li></ul><h2>Actions</h2><ul><li>Tevita Folau to book the field.</li></ul>`;
    expect(read(page, 'Committee minutes 2031-10-07')?.decisions).toHaveLength(1);
  });
});

describe('a bullet typed as text before who speaks', () => {
  const speakersOf = (m: Meeting): string[] => m.topics.flatMap((t) => [...t.notes, ...t.topics.flatMap((s) => s.notes)]).map((n) => n.speaker).filter((s): s is string => s !== null);
  it.each([
    ['an escaped Markdown bullet', '## Attendees\n\n- Rosamund Achterl\n- Tevita Folau\n\n## Notes\n\n\\* Tevita: the hall is booked.\n\\* Rosamund - the caterer wants a deposit.\n'],
    ['a bullet character in a Markdown paragraph', '## Attendees\n\n- Rosamund Achterl\n- Tevita Folau\n\n## Notes\n\n• Tevita: the hall is booked.\n• Rosamund - the caterer wants a deposit.\n'],
  ])('%s', (_, md) => {
    expect(speakersOf(meetingOf(md, 'Fair committee 2031-09-16', 'markdown'))).toEqual(['Tevita Folau', 'Rosamund Achterl']);
  });

  it('in storage paragraphs, one a line', () => {
    expect(speakersOf(meetingOf(`${PEOPLE}<h2>Notes</h2><p>* Tevita: the hall is booked.<br />- Ingeborg: the tables are ordered.</p>`))).toEqual(['Tevita Folau', 'Ingeborg Vasquez']);
  });

  it('a bullet before a word that is nobody on the list is no speech', () => {
    expect(speakersOf(meetingOf(`${PEOPLE}<h2>Notes</h2><p>* AOB: none<br />* Venue: the north field</p>`))).toEqual([]);
  });
});

describe('tasks typed under an actions label inside a paragraph', () => {
  it.each([
    ['storage', `${PEOPLE}<h2>Notes</h2><p>Tevita: the hall is free.<br />ACTION ITEMS<br />* Tevita - book the hall for the fair<br />* Rosamund - order the chairs for the fair</p>`],
    ['markdown', '## Attendees\n\n- Rosamund Achterl\n- Tevita Folau\n\n## Notes\n\nTevita: the hall is free.  \nAction items:  \n\\* Tevita \\- book the hall for the fair  \n\\* Rosamund \\- order the chairs for the fair\n'],
  ] as const)('are actions with their owners, and no speech (%s)', (from, page) => {
    const m = meetingOf(page, 'Fair committee 2031-09-16', from);
    expect(m.actionItems.map((a) => a.assignee)).toEqual(['Tevita Folau', 'Rosamund Achterl']);
    expect(m.topics.flatMap((t) => t.notes).map((n) => n.speaker).filter((s) => s !== null)).toEqual(['Tevita Folau']);
  });
});

describe('a group and, in brackets, the person who does it for them', () => {
  it.each([
    ['Facilities (T. Folau) to book the hall by 3 October 2031.', 'Tevita Folau'],
    ['Finance (Ingeborg Vasquez) will send the invoice to the caterer.', 'Ingeborg Vasquez'],
    ['IT (Rosamund): reset the passwords of the kiosk laptops', 'Rosamund Achterl'],
    ['Supply Chain (Dr Achterl) - order the spare parts', 'Rosamund Achterl'],
  ])('%j', (line, owner) => {
    expect(meetingOf(`${PEOPLE}<h2>Follow-up</h2><ul><li>${line}</li></ul>`).actionItems.map((a) => a.assignee)).toEqual([owner]);
  });

  it('a bracket that holds no person of the meeting names no owner', () => {
    expect(meetingOf(`${PEOPLE}<h2>Follow-up</h2><ul><li>Finance (Q3 figures) to be sent to the auditors by Friday</li></ul>`).actionItems.map((a) => a.assignee)).not.toContain('Q3 figures');
  });
});

describe('an office as owner, held by whom the attendance table says', () => {
  const roster = (rows: [string, string][]): string =>
    `<h2>Attendance</h2><table><tbody><tr><th>Role</th><th>Name</th><th>Present</th></tr>${rows.map(([role, name]) => `<tr><td>${role}</td><td>${name}</td><td>Yes</td></tr>`).join('')}</tbody></table>`;
  const ROSTER = roster([['BGC Chair', 'Prof. Rosamund Achterl'], ['Project coordinator', 'Tevita Folau'], ['Treasurer', 'Ingeborg Vasquez']]);

  it.each([
    ['Project coordinator to chase the missing forms before the next cut-off.', 'Tevita Folau'],
    ['Treasurer to pay the hall deposit by 3 October 2031.', 'Ingeborg Vasquez'],
    ['Chair to sign and send the letter.', 'Rosamund Achterl'],
    ['The chair will sign and send the letter.', 'Rosamund Achterl'],
  ])('%j', (line, owner) => {
    expect(meetingOf(`${ROSTER}<h2>Actions</h2><ul><li>${line}</li></ul>`).actionItems.map((a) => a.assignee)).toEqual([owner]);
  });

  it('an office qualified by a word that is no acronym of the body is another office ("Town Clerk" is not the Clerk)', () => {
    const page = roster([['Town Clerk', 'Rosamund Achterl'], ['Treasurer', 'Tevita Folau']]);
    expect(meetingOf(`${page}<h2>Actions</h2><ul><li>Clerk to advertise the vacant plots.</li></ul>`).actionItems.map((a) => a.assignee)).toEqual([null]);
  });

  it('a deputy is not the office; an office two people hold stays unassigned', () => {
    const page = roster([['Vice Chair', 'Rosamund Achterl'], ['Treasurer', 'Tevita Folau'], ['Treasurer', 'Ingeborg Vasquez']]);
    expect(meetingOf(`${page}<h2>Actions</h2><ul><li>Chair to sign the letter.</li><li>Treasurer to pay the deposit.</li></ul>`).actionItems.map((a) => a.assignee)).toEqual([null, null]);
  });
});

describe('a party outside the meeting named by its part is no person', () => {
  it.each(['Sponsor to circulate the revised template.', 'The client will confirm the launch date.', 'Vendor: send the revised quote by Friday', 'Landlord to fix the heating before the winter.'])('%j', (line) => {
    expect(meetingOf(`${PEOPLE}<h2>Actions</h2><ul><li>${line}</li></ul>`).actionItems.map((a) => a.assignee)).toEqual([null]);
  });
});

describe('an action carried over under its reference is one action', () => {
  const earlier = `${PEOPLE}<h2>Actions from the last meeting</h2><table><tbody><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Status</th></tr>
    <tr><td>A-07</td><td>Paint the fence</td><td>Tevita Folau</td><td>Open</td></tr><tr><td>A-08</td><td>Order the seeds</td><td>Ingeborg Vasquez</td><td>Done</td></tr></tbody></table>`;

  it.each([
    ['a later table citing the reference', '<h2>New actions</h2><table><tbody><tr><th>Action</th><th>Owner</th><th>Due</th></tr><tr><td>Finish painting the fence (A-07)</td><td>Tevita Folau</td><td>30/10/2031</td></tr></tbody></table>'],
    ['a later list item', '<h2>Actions</h2><ul><li>Tevita Folau to finish the fence (carried over, A-07) by 30/10/2031</li></ul>'],
  ])('%s', (_, later) => {
    const items = meetingOf(earlier + later).actionItems;
    expect(items.map((a) => [a.assignee, a.due, a.done])).toEqual([
      ['Ingeborg Vasquez', null, true],
      ['Tevita Folau', '2031-10-30', false],
    ]);
  });

  it('another reference, or none, leaves both', () => {
    const later = '<h2>New actions</h2><ul><li>Tevita Folau to paint the gate (A-09) by 30/10/2031</li></ul>';
    expect(meetingOf(earlier + later).actionItems).toHaveLength(3);
  });
});
