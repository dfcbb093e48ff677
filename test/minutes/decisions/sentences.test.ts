import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { decisionsOfLine } from '../../../src/minutes/decision-lines.js';
import { leavesUndecided } from '../../../src/minutes/decisions/not-decided.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** My own pages (a rowing club, a parish hall committee, a lab's journal club), worded unlike the evaluation sets. */
const fromStorage = (storage: string): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('decisions one a sentence', () => {
  it('a paragraph that settles two matters gives two decisions', () => {
    const found = decisionsOfLine('Una reported on the boathouse roof. It was agreed to ask two roofers for quotes. The winter rota was adopted as circulated.');
    expect(found).toEqual(['It was agreed to ask two roofers for quotes.', 'The winter rota was adopted as circulated.']);
  });

  it('a tally or a bare outcome joins the motion before it', () => {
    expect(decisionsOfLine('Piet moved to buy a second coxless four. Vote: 6 for, 1 against. Carried. The subs were re-elected unopposed.')).toEqual([
      'Piet moved to buy a second coxless four. Vote: 6 for, 1 against. Carried.',
      'The subs were re-elected unopposed.',
    ]);
    expect(decisionsOfLine('Items 4A to 4C were approved on one motion. Motion carried 5-0.')).toHaveLength(1);
  });

  it('a tally that does not carry, a lost vote and a form blank decide nothing', () => {
    expect(decisionsOfLine('Seconded: Lotte. Vote: 2 in favour, 5 opposed. The minutes were approved.')).toEqual(['The minutes were approved.']);
    expect(decisionsOfLine('Moved: ____. Seconded: ____. CARRIED/NOT CARRIED')).toEqual([]);
    expect(decisionsOfLine('The proposal to close on Sundays was put to a vote and lost 2–4. Nothing else was raised.')).toEqual([]);
  });

  it('"It also agreed that …" and minutes "signed as correct" decide; "Dr. Ng" does not part a sentence', () => {
    expect(decisionsOfLine('The panel rated the bid as strong. It also agreed that Dr. Ng reviews the budget.')).toEqual(['It also agreed that Dr. Ng reviews the budget.']);
    expect(decisionsOfLine('The minutes of 2 May were signed as correct. Tea was served.')).toEqual(['The minutes of 2 May were signed as correct.']);
    expect(decisionsOfLine('The chair signed the lease last year. Tea was served.')).toEqual([]);
  });

  it('a line whose motion fell is none as a whole; "Approved minutes are posted …" is no outcome', () => {
    expect(decisionsOfLine('Ben proposed a second kiosk. After discussion the proposal was put to a vote and was not approved (2 for, 3 against): the lease comes first.')).toEqual([]);
    expect(decisionsOfLine('Draft, not yet approved by the club. Approved minutes are posted after the next meeting.')).toEqual([]);
    expect(decisionsOfLine('The fee rise was put to the members. Approved and signed by the Chair.')).toHaveLength(1);
  });

  it('an application declined is no decision', () => {
    expect(leavesUndecided('DECLINED. The applicant may reapply with a smaller sum.')).toBe(true);
  });
});

describe('a column of one-word outcomes beside a decision list', () => {
  const table = (rows: string[][]): string =>
    `<table><tbody><tr><th>Proposal</th><th>Score</th><th>Outcome</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  const page = (withList: boolean): string =>
    '<p>Date: 4 March 2031</p><h2>Attendees</h2><ul><li>Rosa Lindqvist</li><li>Tamsin Oyelaran</li></ul><h2>Scoring</h2>' +
    table([['Dark mode', '40', 'Approved'], ['CSV import', '12', 'Parked'], ['SSO', '33', 'Approved']]) +
    (withList ? '<h2>Decisions</h2><ul><li>Dark mode and SSO go into the autumn release.</li></ul>' : '');

  it('rates the rows: the decision list says what was decided', () => {
    expect(fromStorage(page(true))!.decisions.map((d) => d.text)).toEqual(['Dark mode and SSO go into the autumn release.']);
  });

  it('decides each row when the page keeps no decision list (a parked row was put off, no decision)', () => {
    expect(fromStorage(page(false))!.decisions.map((d) => d.text)).toEqual(['Dark mode: Approved', 'SSO: Approved']);
  });
});

describe('decision labels written as a chat writes them', () => {
  it('":white_check_mark: Decided:" lines one a soft line are each a decision; ":x: Not decided:" is none', () => {
    const m = JSON.parse(
      convert('# Release huddle, 9 May 2031\n\nIn the huddle: Ana Roe, Ben Lu\n\n:white_check_mark: **Decided:** the beta stays at 20% until Friday.\n:white_check_mark: **Decided:** the login bug blocks the release.\n:x: Not decided: whether to drop the old API.\n', {
        from: 'markdown',
        to: 'json',
        meta: { title: null },
      }).output,
    ) as { meeting: Meeting | null };
    expect(m.meeting!.decisions.map((d) => d.text)).toEqual(['the beta stays at 20% until Friday.', 'the login bug blocks the release.']);
  });

  // A tick or cross is written as a shortcode in Markdown, as the character itself, or as a storage emoticon: the label after it decides.
  const fromMarkdown = (body: string): Meeting | null =>
    (JSON.parse(convert(`# Allotment committee, 4 March 2032\n\nPresent: Iva Dorn, Kit Salo\n\n${body}\n`, { from: 'markdown', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;
  const storagePage = (tick: string, cross: string): string =>
    `<h1>Allotment committee, 4 March 2032</h1><p>Present: Iva Dorn, Kit Salo</p><p>${tick} <strong>Decided:</strong> the water butts are emptied in November.<br/>${cross} Not decided: who mows the path.</p>` +
    `<p>${cross} No decision: the shed lock.<br/>${cross} Undecided: a second compost bay.</p>`;
  const expected = ['the water butts are emptied in November.'];

  it('a "Decided:" label after a tick is a decision and a negated label after a cross is none, however the marks are written', () => {
    const body = (tick: string, cross: string): string =>
      `${tick} **Decided:** the water butts are emptied in November.\n${cross} Not decided: who mows the path.\n\n${cross} No decision: the shed lock.\n${cross} Undecided: a second compost bay.`;
    expect(fromMarkdown(body(':white_check_mark:', ':x:'))!.decisions.map((d) => d.text)).toEqual(expected);
    expect(fromMarkdown(body('✅', '❌'))!.decisions.map((d) => d.text)).toEqual(expected);
    expect(fromMarkdown(body('✔️', '✖️'))!.decisions.map((d) => d.text)).toEqual(expected);
    expect(fromStorage(storagePage('<ac:emoticon ac:name="tick" />', '<ac:emoticon ac:name="cross" />'))!.decisions.map((d) => d.text)).toEqual(expected);
    expect(fromStorage(storagePage('✅', '❌'))!.decisions.map((d) => d.text)).toEqual(expected);
  });

  it('a negated label opens no decisions section, whatever mark stands before it', () => {
    for (const mark of ['', '❌ ', ':x: ', '🚫 ', '- ']) expect(decisionsOfLine(`${mark}Not decided: the hedge height.`)).toEqual([]);
    expect(fromMarkdown(':x: Not decided:\nthe hedge height.')!.decisions).toEqual([]);
  });

  it('a shortcode that opens a line of prose labels nothing', () => {
    expect(decisionsOfLine(':tada: the beta shipped on time.')).toEqual([]);
  });
});
