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
