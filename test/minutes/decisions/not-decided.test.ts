import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { leavesUndecided } from '../../../src/minutes/decisions/not-decided.js';
import { decisionInSection, decisionOfLine } from '../../../src/minutes/decision-lines.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** My own pages (a allotment society, a Dutch volunteer board, a chess club), worded unlike the evaluation sets. */
const fromMarkdown = (markdown: string): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;
const fromStorage = (storage: string): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('outcomes that leave a matter undecided', () => {
  it('putting off, blocking or failing to agree, in several languages', () => {
    expect(leavesUndecided('Postponed until the AGM')).toBe(true);
    expect(leavesUndecided('Item held over; Treasurer to bring figures')).toBe(true);
    expect(leavesUndecided('Stemming uitgesteld tot de volgende vergadering')).toBe(true);
    expect(leavesUndecided('Věc odložena na příští poradu')).toBe(true);
    expect(leavesUndecided('Karar bir sonraki toplantıya ertelendi')).toBe(true);
    expect(leavesUndecided('The hedge budget was approved; the shed repairs were deferred')).toBe(false);
    expect(leavesUndecided('Plot fees rise by £4 from March')).toBe(false);
    // Moving something to a new date decides its date.
    expect(leavesUndecided('The open day is postponed to 14 June 2031')).toBe(false);
    expect(leavesUndecided('Rejected: the proposal was blocked by two households')).toBe(true);
  });

  it('a labelled outcome or a Decisions line that puts the matter off is no decision', () => {
    expect(decisionOfLine('Outcome: Postponed – the secretary will ask the council first.')).toBeNull();
    expect(decisionOfLine('Besluit: aangehouden tot mei')).toBeNull();
    expect(decisionInSection('Adjourned to the March meeting')).toBeNull();
    expect(decisionInSection('New members pay half fees in their first year')).toBe('New members pay half fees in their first year');
  });

  it('a Decisions column counts the items funded, not those deferred', () => {
    const m = fromStorage(
      '<h1>Chess club committee – 4 May 2031</h1><p><strong>Present:</strong> Ola Berg, Tim Ruud</p>' +
        '<table><tbody><tr><th>Bid</th><th>Decision</th></tr><tr><td>New clocks</td><td>Buy six</td></tr><tr><td>Junior trip</td><td>Postponed pending quotes</td></tr></tbody></table>',
    );
    expect(m!.decisions).toHaveLength(1);
  });
});

describe('decisions written as shorthand', () => {
  it('"MSC (A/B)" is a carried motion, "MSD" a defeated one', () => {
    const m = fromMarkdown(
      '# Allotment society committee, 12 June 2031\n\n**Present:** Ruth Amos, Glyn Hart, Petra Lind\n\n' +
        '1. Previous minutes – MSC (Glyn/Petra) to adopt them unchanged.\n2. Water charges – MSC (Ruth/Glyn) to add £3 per plot.\n3. Bonfire night – MSD (Petra/Ruth) to hold it on site.\n',
    );
    expect(m!.decisions).toHaveLength(2);
  });

  it('a vote count between "Resolved" and its colon, "#agreed" from a meeting bot, minutes "agreed as a true record"', () => {
    expect(decisionOfLine('RESOLVED (7 for, 2 against): the gate code changes monthly')).toBe('the gate code changes monthly');
    expect(decisionOfLine('#agreed ship the wheel files with the next tag')).toBe('ship the wheel files with the next tag');
    expect(decisionOfLine('The minutes of the last meeting were agreed as a true record.')).not.toBeNull();
    expect(decisionOfLine('The minutes of the last meeting were circulated.')).toBeNull();
  });
});
