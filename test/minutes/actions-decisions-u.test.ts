import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { decisionInSection } from '../../src/minutes/decision-lines.js';
import type { Meeting } from '../../src/model/meeting.js';

/** Invented pages and lines: what actions, decisions, dates and speech mean, whatever their layout. */
function meetingOf(storage: string, title = 'Team meeting 2030-05-06'): Meeting {
  const out = JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null };
  if (out.meeting === null) throw new Error('not read as minutes');
  return out.meeting;
}

const PEOPLE = '<h2>Attendees</h2><ul><li>Ottilie Brandvold</li><li>Piers Whitcombe</li><li>Xiadani Ruelas</li></ul>';

describe('an outcome that leaves the matter open is no decision', () => {
  it.each(['—', '–', '— (waiting for the survey)', '- (to be discussed again)', 'The annex stays parked until autumn.', 'Parked.', 'On hold – needs a sponsor'])('%j', (text) => {
    expect(decisionInSection(text)).toBeNull();
  });

  it('a decision log row whose status says it is still pending or open', () => {
    const page = `${PEOPLE}<h2>Decisions</h2><table><tbody><tr><th>Decision</th><th>Status</th></tr>
      <tr><td>Buy the second kiln</td><td>Decided</td></tr>
      <tr><td>Close the shop on Mondays</td><td>Pending</td></tr>
      <tr><td>Open a stall at the fair</td><td>Open</td></tr>
      <tr><td>Raise the class fee</td><td>Approved</td></tr></tbody></table>`;
    expect(meetingOf(page).decisions.map((d) => d.text)).toEqual(['Buy the second kiln', 'Raise the class fee']);
  });
});

describe('a motion and its votes, speech and labelled decisions under a decisions heading', () => {
  it('"Moved … Seconded …" and "Result …" lines are one decision with their motion, none when it fails; speech is no decision', () => {
    const page = `${PEOPLE}<h2>3. Resolutions</h2><p>Piers: the kiln needs a new element.</p>
      <p><strong>Motion 2:</strong> Buy a new element for the kiln.<br />Moved: Piers Whitcombe · Seconded: Xiadani Ruelas<br />Result: 3/0/0 – motion passes.</p>
      <p><strong>Motion 3:</strong> Paint the studio door.<br />Moved: Xiadani Ruelas · Seconded: Ottilie Brandvold<br />Result: 1/2/0 – motion fails.</p>`;
    expect(meetingOf(page).decisions.map((d) => d.text)).toEqual([
      'Motion 2: Buy a new element for the kiln. Moved: Piers Whitcombe · Seconded: Xiadani Ruelas Result: 3/0/0 – motion passes.',
    ]);
  });

  it('beside a labelled decision ("Agreed: …"), a discussion line that only implies one adds none', () => {
    const page = `${PEOPLE}<h2>Glaze order</h2><ul><li>Piers: the supplier's offer had no objections from anyone on the list.</li><li>Agreed: order the glazes from the new supplier.</li></ul>`;
    expect(meetingOf(page).decisions.map((d) => d.text)).toEqual(['order the glazes from the new supplier.']);
  });
});

describe('an arrow points a task to its owner', () => {
  const page = (lines: string[]): string => `<p>Studio meeting, 6 May 2030</p>${PEOPLE}<h2>Actions</h2><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`;

  it('"Name → task" and "Dr Surname → task": the owner before the arrow', () => {
    const items = meetingOf(page(['Ms Brandvold → order clay for the summer course by 20/05/2030', 'Piers → fix the wheel'])).actionItems;
    expect(items.map((a) => [a.assignee, a.due])).toEqual([
      ['Ottilie Brandvold', '2030-05-20'],
      ['Piers Whitcombe', null],
    ]);
  });

  it('"task → Name, by date": the owner after the arrow, and a done word after the name closes it', () => {
    const items = meetingOf(page(['Order the spare kiln shelves → Xiadani, by 20 May', 'Sweep the yard → Piers (done)'])).actionItems;
    expect(items.map((a) => [a.assignee, a.due, a.done])).toEqual([
      ['Xiadani Ruelas', '2030-05-20', false],
      ['Piers Whitcombe', null, true],
    ]);
  });
});

describe('a page that writes its dates day first reads its slash dates day first', () => {
  it.each([
    ['Studio meeting, Thursday 2 May 2030', 'Piers → glaze the tiles by 06/05/2030', '2030-05-06'],
    ['Studio meeting 02.05.30', 'Piers → glaze the tiles by 06/05/2030', '2030-05-06'],
    ['Studio meeting, May 2, 2030', 'Piers → glaze the tiles by 06/05/2030', '2030-06-05'],
  ])('%j', (dateLine, action, due) => {
    const page = `<p>${dateLine}</p>${PEOPLE}<h2>Actions</h2><ul><li>${action}</li></ul>`;
    expect(meetingOf(page, 'Studio').actionItems[0]!.due).toBe(due);
  });
});

describe('an action line wherever it stands', () => {
  it('"AI-7-2 (Surname): task": the owner in brackets after the action\'s number', () => {
    const page = `<p>Studio meeting, 6 May 2030</p>${PEOPLE}<h2>Actions</h2><ul><li>AI-7-2 (Ruelas): re-fire the cracked bowls – due 2030-05-13.</li><li>Action #4 (Piers): label the glaze buckets.</li></ul>`;
    expect(meetingOf(page).actionItems.map((a) => [a.assignee, a.due])).toEqual([
      ['Xiadani Ruelas', '2030-05-13'],
      ['Piers Whitcombe', null],
    ]);
  });

  it('"Owner: Name – task" in a discussion cell is an action, not a detail of another', () => {
    const page = `<p>Studio meeting, 6 May 2030</p>${PEOPLE}<table><tbody><tr><th>Item</th><th>Discussion</th></tr><tr><td>Kiln</td><td><p>The element is worn.</p><p>Owner: Ottilie Brandvold – ask two suppliers for a quote by 20 May.</p></td></tr></tbody></table>`;
    expect(meetingOf(page).actionItems.map((a) => [a.assignee, a.due])).toEqual([['Ottilie Brandvold', '2030-05-20']]);
  });
});

describe('who speaks', () => {
  it('a surname of two words after a title ("M. Le Goff :") and a CJK name holding 々 ("佐々木：")', () => {
    const page = `<p>Réunion du 6 mai 2030</p><h2>Présents</h2><ul><li>Armelle Le Goff</li><li>Piers Whitcombe</li><li>佐々木 花子</li></ul><h2>Discussion</h2>
      <p>Mme Le Goff : le four est réparé.</p><p>佐々木：展示会の準備は順調です。</p>`;
    const speakers = meetingOf(page, 'Réunion').topics.flatMap((t) => t.notes.map((n) => n.speaker));
    expect(speakers).toEqual(['Armelle Le Goff', '佐々木 花子']);
  });
});
