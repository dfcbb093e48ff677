import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import { convert } from '../../src/convert.js';
import { findDate, findTitleDate, isMeetingDateLabel, withoutSectionNumber } from '../../src/minutes/dates.js';
import { dateOfLine } from '../../src/minutes/meeting-date.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Invented pages, one rule each, for the meeting date, action items, decisions and telling minutes
 * from pages that only look like minutes (issue 13, set G). Worded unlike the evaluation pages.
 */
const meeting = (hub: string, title: string | null = null): Meeting | null => extractMeeting(hub, emptyPageMeta({ title }));
const fromMarkdown = (markdown: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const actions = (m: Meeting | null) => m!.actionItems.map((a) => [a.assignee, a.due, a.done]);
const runs = Number(process.env['WIKIPORT_DEEP'] ?? '') > 0 ? 2000 : 200;

describe('dates in the spellings pages use', () => {
  it('reads dashed, ordinal, year-first, underscored and run-together dates', () => {
    expect(findDate('Ops review 19-Nov-2024')).toBe('2024-11-19');
    expect(findDate('held on the 2nd of December, 2024')).toBe('2024-12-02');
    expect(findDate('Planning 2024 December 2')).toBe('2024-12-02');
    expect(findDate('retro_2024_12_02.md')).toBe('2024-12-02');
    expect(findTitleDate('standup-20241202')).toBe('2024-12-02');
    expect(findTitleDate('Budget 2024 (v2)')).toBeNull();
  });

  it('any valid date written as dd-Mon-yyyy reads back as itself', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2089, 11, 31)), noInvalidDate: true }), (d) => {
        const day = String(d.getUTCDate()).padStart(2, '0');
        const written = `Sync ${day}-${months[d.getUTCMonth()]}-${d.getUTCFullYear()}`;
        expect(findDate(written)).toBe(d.toISOString().slice(0, 10));
      }),
      { numRuns: runs },
    );
  });

  it('a section number is not a date, a date that starts a heading stays one', () => {
    expect(withoutSectionNumber('3. Approval of the previous minutes')).toBe('Approval of the previous minutes');
    expect(withoutSectionNumber('4. März 2025 – Vorstand')).toBe('4. März 2025 – Vorstand');
    expect(dateOfLine('3. Approval of the minutes of 2 October 2024', null)).toBeNull();
    expect(dateOfLine('Notes of the trustees meeting held at the boathouse on Monday 14th October 2024', null)).toBe('2024-10-14');
  });

  it('labels that name this meeting’s date, and labels of other dates', () => {
    for (const label of ['Date', 'Call date', 'Date of the meeting', 'Review held', 'Planning session', 'Meeting date & time (UTC)']) expect(isMeetingDateLabel(label)).toBe(true);
    for (const label of ['Incident date', 'Contract renewal', 'Next meeting', 'Created', 'Customer', 'Target date']) expect(isMeetingDateLabel(label)).toBe(false);
  });

  it('takes the date row of a properties table that lists an earlier date first', () => {
    const hub = '<table><tr><th>Outage began</th><td><time datetime="2024-08-30"></time></td></tr><tr><th>Retro call</th><td><time datetime="2024-09-04"></time></td></tr></table><h2>Attendees</h2><ul><li>Oona Pike</li></ul>';
    expect(meeting(hub)!.date).toBe('2024-09-04');
  });

  it('judges a <time> by the words before it in its sentence', () => {
    const hub = '<p>We met on <time datetime="2024-05-07"></time>, four weeks after the previous check-in on <time datetime="2024-04-09"></time>.</p><h2>Decisions</h2><ul><li>Keep the vendor.</li></ul>';
    expect(meeting(hub)!.date).toBe('2024-05-07');
    const decoyFirst = '<p>The previous check-in was on <time datetime="2024-04-09"></time>. We met on <time datetime="2024-05-07"></time>.</p><h2>Decisions</h2><ul><li>Keep the vendor.</li></ul>';
    expect(meeting(decoyFirst)!.date).toBe('2024-05-07');
  });

  it("reads a note's front matter date, never its created or updated stamp", () => {
    const m = fromMarkdown('---\ncreated: 2024-03-01\ndate: 2024-03-04\nupdated: 2024-03-06\n---\n\n## Decisions\n\n- Decision: freeze the schema.\n');
    expect(m!.date).toBe('2024-03-04');
  });
});

describe('action items in the ways people write them', () => {
  it('"AP", "#action" and arrows mark an action; done words in any language close it', () => {
    const hub = '<p>Attendees: Priya Natarajan, Jonas Eklund</p><h2>Notes</h2><p>AP – Jonas – renew the domain – 2024-11-30<br />#action priya check the invoice<br />→ Priya — archive the old board (erledigt)</p>';
    expect(actions(meeting(hub, 'Platform sync 2024-11-20'))).toEqual([
      ['Jonas Eklund', '2024-11-30', false],
      [null, null, false],
      ['Priya Natarajan', null, true],
    ]);
  });

  it('a sentence "[title] Name to <verb>" gives the attendee a task wherever it stands; prose about a person does not', () => {
    const hub = `<p>Date: 2024-10-08</p><p>Present: Cllr Maud Abernethy, Cllr Tobias Quill-Harrow</p><h2>Highways</h2>
      <p>The verge on Mill Lane is eroding. Cllr Quill-Harrow to write to the county by 31 October 2024. Maud proposed to revisit this in spring.</p>
      <p>Treasurer to circulate the accounts.</p>`;
    expect(actions(meeting(hub))).toEqual([
      ['Tobias Quill-Harrow', '2024-10-31', false],
      [null, null, false],
    ]);
  });

  it('an actions column without an owner column, an owner named after the task, and a bot recap counted once', () => {
    const table = '<p>Date: 2024-02-02</p><p>Team: Wen Bo, Carla Ruiz</p><table><tr><th>Liked</th><th>Actions</th></tr><tr><td>Fast deploys</td><td>@wbo to pin the base image<br />Carla to split the slow suite</td></tr></table>';
    expect(actions(meeting(table))).toEqual([
      ['wbo', null, false],
      ['Carla Ruiz', null, false],
    ]);
    const recap = fromMarkdown('Date: 2024-02-02\n\nAttended: Wen Bo, Carla Ruiz\n\n## Next steps\n\n- Book the offsite venue – Carla Ruiz – due 2024-02-16\n', 'Ops sync');
    expect(actions(recap)).toEqual([['Carla Ruiz', '2024-02-16', false]]);
    const bot = fromMarkdown('Meeting started at 09:00 UTC, 2024-02-02.\n\n* **ACTION:** mzhou to tag the release (kpatel, 09:12:40)\n\n## Action items\n\n* mzhou to tag the release\n\n## People present\n\n* mzhou\n* kpatel\n', '#infra weekly');
    expect(bot!.actionItems).toHaveLength(1);
  });

  it('a to-do names its owner even when the page lists nobody, and dates without a year take the meeting’s', () => {
    const m = fromMarkdown('Date: 2024-06-03\n\n## Follow-ups\n\n- [ ] Anouk to draft the FAQ by June 10\n- [x] Ravi: send the slides\n');
    expect(actions(m)).toEqual([
      ['Anouk', '2024-06-10', false],
      ['Ravi', null, true],
    ]);
  });
});

describe('decisions as bodies record them', () => {
  it('RESOLVED to / that, passive approvals and a bare outcome under its item', () => {
    const hub = `<p>Date: 2024-07-15</p><p>Present: Ines Duarte, Pavel Novak</p><h3>2. Previous minutes</h3><p>Approved.</p>
      <h3>3. Finance</h3><p>The auditors' letter was noted. RESOLVED to move the reserve to the deposit account.</p>
      <p>Resolved (Duarte / Novak) that the hall fee stays at £20.</p><p>The volunteer policy was reviewed and adopted unanimously.</p>
      <p>Apologies were received and accepted from Lena Vogt.</p><p>Be it resolved that the bylaws change; the motion failed 1–3.</p>`;
    expect(meeting(hub)!.decisions).toHaveLength(4);
  });

  it('an approval a sentence waits for, and "no agreement" in another language, decide nothing', () => {
    const hub = '<p>Date: 2024-07-15</p><p>Present: Ines Duarte</p><h2>Notes</h2><p>The grant goes out once the budget is approved.</p><p>Sobre el logotipo no se alcanza acuerdo.</p>';
    expect(meeting(hub)!.decisions).toEqual([]);
  });
});

describe('pages that look like minutes but record no meeting', () => {
  it('a template never filled in', () => {
    const hub = '<p><strong>Date:</strong> yyyy-mm-dd</p><h2>Attendees</h2><ul><li></li></ul><h2>Action items</h2><ul data-tasks=""><li data-task="incomplete"></li></ul><h2>Decisions</h2><ul><li></li></ul>';
    expect(meeting(hub, 'Weekly notes – template')).toBeNull();
  });

  it('an agenda sent to invitees before the meeting', () => {
    const hub = '<p>Date: <time datetime="2025-02-11"></time></p><p>Invitees: Mara Lind, Oskar Brun</p><h2>Agenda</h2><ol><li>Budget</li><li>Hiring</li></ol>';
    expect(meeting(hub, 'Board – agenda')).toBeNull();
  });

  it('a status page, release notes or a programme: no meeting date, nothing decided, nobody speaking or absent', () => {
    expect(meeting('<h2>Team</h2><ul><li>Mara Lind</li></ul><h2>Tasks</h2><ul data-tasks=""><li data-task="incomplete">Ship v2</li></ul>', 'Checkout revamp – status')).toBeNull();
    expect(meeting('<h2>Resolved issues</h2><ul><li>Crash on save</li></ul><h2>Upgrade tasks</h2><ul data-tasks=""><li data-task="incomplete">Back up first</li></ul>', 'Tool 2.1 release notes')).toBeNull();
    expect(meeting('<p>Dates: <time datetime="2025-09-01"></time></p><h2>Volunteer tasks</h2><ul data-tasks=""><li data-task="incomplete">Print badges</li></ul>', 'Hack week – programme')).toBeNull();
  });

  it('an index of meeting pages named by month', () => {
    const links = ['March', 'February', 'January'].map((m) => `<li><a href="https://wiki.test/x/${m}">Steering meeting ${m} 2025</a></li>`).join('');
    expect(meeting(`<h2>Minutes</h2><ul>${links}</ul><h2>Next meeting</h2><p><time datetime="2025-04-09"></time></p>`, 'Steering meetings')).toBeNull();
  });
});
