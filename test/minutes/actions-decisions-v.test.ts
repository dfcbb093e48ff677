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

  it.each(['The board agreed to defer the decision until the survey is back.', 'It was agreed to postpone the vote to a later meeting.', 'The committee decided to put off the question.', 'Agreed to revisit this at the next meeting.'])(
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

  it.each(['The proposals had already been accepted by the editors before the meeting.', 'Two grants had been approved in June, before this meeting.'])(
    'an approval before the meeting (past perfect) is not this meeting\'s: %j',
    (line) => expect(decided(line)).toBe(0),
  );
});

describe('a vote and its outcome, however the minutes write it', () => {
  it.each([
    'Result: passed by show of hands, 11 for, 3 against.',
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

  it.each(['Decide by email by Friday', 'To be decided at the next meeting', 'Will decide once the quotes are in', 'Decision next week'])('an outcome still to be decided: %j', (cell) => {
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
