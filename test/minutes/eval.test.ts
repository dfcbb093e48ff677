import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFolder } from '../../scripts/minutes-eval/eval-pages.js';
import { actionsRight, scorePage, totalScore, type ActualMeeting, type ExpectedMeeting } from '../../scripts/minutes-eval/score-meeting.js';
import { repoRoot } from '../support/shared-corpus.js';

const person = (name: string | null, more: Partial<ActualMeeting['attendees'][number]> = {}): ActualMeeting['attendees'][number] => ({
  name,
  organization: null,
  role: 'participant',
  present: true,
  alternateFor: null,
  ...more,
});

const expected: ExpectedMeeting = {
  title: 'Team sync 2024-03-05',
  isMinutes: true,
  date: '2024-03-05',
  attendees: [person('Ana Costa', { organization: 'Helix' }), person('Dr. Bo Li'), person('Cy Dee', { present: false })],
  actionItems: [{ text: 'Ana to send the budget', assignee: 'Ana Costa', due: '2024-03-12', done: false }],
  decisions: [{ text: 'Ship it' }],
  speakers: ['Ana Costa'],
};

const actual = (more: Partial<ActualMeeting> = {}): ActualMeeting => ({
  date: '2024-03-05',
  attendees: [person('ana costa', { organization: 'Helix' }), person('Bo Li'), person('Cy Dee', { present: false })],
  actionItems: [{ text: 'Ana to send the budget.', assignee: 'Ana Costa', due: '2024-03-12', done: false }],
  decisions: [{ text: 'Ship it' }],
  topics: [{ notes: [{ speaker: 'Ana Costa' }], topics: [] }],
  ...more,
});

describe('scoring one page', () => {
  it('matches attendees by normalized name (case, titles, punctuation)', () => {
    const s = scorePage(expected, actual());
    expect(s.attendees).toEqual({ matched: 3, found: 3, expected: 3 });
    expect(s.misses).toEqual([]);
    expect(actionsRight(s)).toBe(true);
  });

  it('counts an extra attendee against precision and a wrong presence against the field', () => {
    const s = scorePage(expected, actual({ attendees: [...actual().attendees.slice(0, 2), person('Cy Dee'), person('Regrets')] }));
    expect(s.attendees).toEqual({ matched: 3, found: 4, expected: 3 });
    expect(s.fields.present).toEqual({ right: 2, of: 3 });
  });

  it('an action item with the wrong due date is not right; a page that is not minutes scores nothing else', () => {
    const s = scorePage(expected, actual({ actionItems: [{ text: 'Ana to send the budget', assignee: 'Ana Costa', due: null, done: false }] }));
    expect(s.actions.countRight).toBe(true);
    expect(actionsRight(s)).toBe(false);
    const index = scorePage({ ...expected, isMinutes: false }, null);
    expect(index.isMinutesRight).toBe(true);
    expect(totalScore([index]).f1).toBe(1);
  });
});

describe('the evaluation set (fixtures/minutes-eval)', () => {
  const all = evaluateFolder(join(repoRoot, 'fixtures', 'minutes-eval'));
  // Sets A and B are the pages the extractor was developed against; set C was written afterwards
  // by someone who had not read the extractor, and is scored as pages nobody on the team has seen.
  const development = all.filter((p) => p.name.startsWith('a-') || p.name.startsWith('b-'));
  const heldOut = all.filter((p) => p.name.startsWith('c-'));
  const setD = all.filter((p) => p.name.startsWith('d-'));
  const setE = all.filter((p) => p.name.startsWith('e-'));
  const setH = all.filter((p) => p.name.startsWith('h-'));
  const setF = all.filter((p) => p.name.startsWith('f-'));
  const setG = all.filter((p) => p.name.startsWith('g-'));
  const setN = all.filter((p) => p.name.startsWith('n-'));
  const setK = all.filter((p) => p.name.startsWith('k-'));
  const setM = all.filter((p) => p.name.startsWith('m-'));
  const setO = all.filter((p) => p.name.startsWith('o-'));

  it.skipIf(development.length === 0)('meets the targets on sets A and B: attendee F1 >= 0.98, fields >= 0.97, every date and action right', () => {
    const total = totalScore(development.map((p) => p.score));
    const failures = development.filter((p) => !p.score.dateRight || !actionsRight(p.score) || !p.score.isMinutesRight).map((p) => `${p.name}: ${p.score.misses.join('; ')}`);
    expect(failures).toEqual([]);
    expect(total.f1).toBeGreaterThanOrEqual(0.98);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.97);
  });

  it.skipIf(heldOut.length === 0)('does not fall below what it was measured at on the held-out set C (issue 13 is judged on such pages)', () => {
    const total = totalScore(heldOut.map((p) => p.score));
    // Measured when set C was written: attendee precision 0.86, F1 0.61, fields 0.91, dates 11/14, actions 6/14.
    // After the rules of issue 13 (labels by meaning in seven languages, definition lists, stand-up and
    // list-column tables, titles and jobs around names…): P 1.00, F1 1.00, fields 1.00, every date and action.
    // Floors a little below, not targets: set C now informs the rules, so it is no longer blind.
    expect(total.precision).toBeGreaterThanOrEqual(0.97);
    expect(total.f1).toBeGreaterThanOrEqual(0.95);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.95);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(total.datesRight.of - 1);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(total.actionCountsRight.of - 1);
    expect(total.isMinutesRight.right).toBe(total.isMinutesRight.of);
  });

  it.skipIf(setD.length === 0)('does not fall below what it was measured at on set D (blind when written; issue 13 targets F1 0.92, fields 0.90)', () => {
    const total = totalScore(setD.map((p) => p.score));
    // Measured when set D was written (on the rules of set C): P 0.71, F1 0.59, fields 0.82, dates 15/24,
    // action counts 12/24, minutes-or-not 20/24. After the set D rules (jobs before names, checklist roll
    // calls, unit-first seats, office groups, month names in six languages…): P 0.90, F1 0.87, fields 0.90,
    // dates 19/24, action counts 14/24, minutes-or-not 21/24. After the date/action/decision/is-minutes
    // rules of set G: P 0.96, F1 0.89, dates 24/24, actions 21/24 (counts 22/24), decisions 23/24,
    // minutes-or-not 24/24. After the roll-call rules (middle dots, one person a line, "Name, Office"
    // lines, column words and marks in seven languages, struck names…): attendees P 0.95, R 0.99, F1 0.97,
    // fields 0.98 (before the two were joined); joined: P 1.00, R 0.99, F1 0.99, fields 0.98, action counts 23/24.
    expect(total.precision).toBeGreaterThanOrEqual(0.99);
    expect(total.f1).toBeGreaterThanOrEqual(0.98);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.97);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(24);
    // After the set M rules (one-word items and first-person status lines under an actions heading, " o " text bullets,
    // "When" columns in every language): every action right, 24/24.
    expect(total.actionsRight.right).toBeGreaterThanOrEqual(24);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(24);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(23);
    expect(total.isMinutesRight.right).toBe(total.isMinutesRight.of);
  });

  it.skipIf(setG.length === 0)('meets what it reached on the development set G (dates, actions, decisions, near-minutes decoys)', () => {
    const total = totalScore(setG.map((p) => p.score));
    // Set G was written for the date, action, decision and is-minutes rules, expected files before the
    // extractor ran. Before those rules: dates 10/14, actions 5/14 (counts 8/14), decisions 13/14,
    // minutes-or-not 11/14. After: every date, action, decision count and minutes-or-not right.
    const failures = setG.filter((p) => !p.score.dateRight || !actionsRight(p.score) || !p.score.decisionsCountRight || !p.score.isMinutesRight).map((p) => `${p.name}: ${p.score.misses.join('; ')}`);
    expect(failures).toEqual([]);
    expect(total.f1).toBeGreaterThanOrEqual(0.95);
  });

  it.skipIf(setM.length === 0)('meets what it reached on the development set M (which pages are minutes, dates, action spellings, decisions, speakers)', () => {
    const total = totalScore(setM.map((p) => p.score));
    // Set M (12 pages, 6 of them decoys: roster, rota, sign-up sheet, index table, template, status report) was
    // written with its expected files before the extractor ran. Before its rules: dates 11/12, actions 8/12,
    // decisions 11/12, speakers P 0.91 R 0.77, minutes-or-not 10/12. After: every page right.
    const failures = setM.filter((p) => !p.score.dateRight || !actionsRight(p.score) || !p.score.decisionsCountRight || !p.score.isMinutesRight).map((p) => `${p.name}: ${p.score.misses.join('; ')}`);
    expect(failures).toEqual([]);
    expect(total.f1).toBeGreaterThanOrEqual(0.99);
    expect(total.speakerPrecision).toBeGreaterThanOrEqual(0.99);
    expect(total.speakerRecall).toBeGreaterThanOrEqual(0.99);
  });

  it.skipIf(setO.length === 0)('meets what it reached on the development set O (organizations, roles and presence as minutes write them)', () => {
    const total = totalScore(setO.map((p) => p.score));
    // Set O (24 pages) was written with its expected files before the extractor ran. On its first 15 pages
    // before its rules: F1 0.92, organization 0.87, role 0.90, presence 0.84. After: 1.00 on every field.
    expect(total.f1).toBeGreaterThanOrEqual(0.99);
    expect(total.fields.organization).toBeGreaterThanOrEqual(0.98);
    expect(total.fields.role).toBeGreaterThanOrEqual(0.98);
    expect(total.fields.present).toBeGreaterThanOrEqual(0.98);
    expect(total.isMinutesRight.right).toBe(total.isMinutesRight.of);
  });

  it.skipIf(setF.length === 0)('does not fall below what it was measured at on set F (development set: where people are written)', () => {
    const total = totalScore(setF.map((p) => p.score));
    // Set F (front matter, 1:1 page properties, Teams/Zoom attendance reports, mention paragraphs, boards with
    // observers and counsel, stakeholders) measured before its rules: P 1.00, R 0.60, F1 0.75, fields 0.86, dates 12/17,
    // actions 13/17, minutes-or-not 16/17. After them: P 1.00, R 0.91, F1 0.96, fields 0.98, dates 16/17, every action,
    // minutes-or-not 16/17 (the board page's date, "held by video conference on <time>", is left to the date rules).
    expect(total.precision).toBeGreaterThanOrEqual(0.99);
    expect(total.f1).toBeGreaterThanOrEqual(0.95);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.98);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(16);
    expect(total.actionsRight.right).toBeGreaterThanOrEqual(17);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(16);
  });

  const setP = all.filter((p) => p.name.startsWith('p-'));
  it.skipIf(setP.length === 0)('meets what it reached on the development set P (action items field by field, decisions and speakers)', () => {
    const total = totalScore(setP.map((p) => p.score));
    // Set P (14 pages) was written for actions, decisions and speakers, expected files before the extractor ran.
    // Before those rules: actions 6/14 (counts 10/14), decisions 12/14, speakers P 1.00 R 0.81. After: all right.
    const failures = setP.filter((p) => !actionsRight(p.score) || !p.score.decisionsCountRight || !p.score.isMinutesRight).map((p) => `${p.name}: ${p.score.misses.join('; ')}`);
    expect(failures).toEqual([]);
    expect(total.speakerPrecision).toBeGreaterThanOrEqual(0.99);
    expect(total.speakerRecall).toBeGreaterThanOrEqual(0.99);
    expect(total.f1).toBeGreaterThanOrEqual(0.99);
  });

  it.skipIf(setK.length === 0)('meets what it reached on the development set K (attendance styles: surname-first lists, proxies, label rows, narrative and chat roll calls, Japanese)', () => {
    const total = totalScore(setK.map((p) => p.score));
    // Set K (9 pages) was written for the attendance rules, expected files before the extractor ran. Before
    // those rules: P 0.60, R 0.45, F1 0.52, fields 0.87, dates 8/9, action counts 8/9, minutes-or-not 8/9.
    // After them: P 1.00, R 1.00, F1 1.00, fields 1.00, every date, action count and minutes-or-not.
    expect(total.precision).toBeGreaterThanOrEqual(0.99);
    expect(total.f1).toBeGreaterThanOrEqual(0.99);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.99);
    expect(total.datesRight.right).toBe(total.datesRight.of);
    expect(total.actionCountsRight.right).toBe(total.actionCountsRight.of);
    expect(total.isMinutesRight.right).toBe(total.isMinutesRight.of);
    // Its W3C scribe page's lower-case "nick: text" speakers, read since set P: recall 0.00 before, 1.00 after.
    expect(total.speakerRecall).toBeGreaterThanOrEqual(0.99);
  });

  it.skipIf(setE.length === 0)('does not fall below what it was measured at on the held-out set E (never read by whoever wrote rules)', () => {
    const total = totalScore(setE.map((p) => p.score));
    // Set E was written blind and no rule was written from its pages. Measured on the rules of sets C and D:
    // P 0.98, R 0.71, F1 0.83, fields 0.88, dates 15/21, action counts 18/21, minutes-or-not 20/21. The next
    // rules (sets F and G) were aimed at the styles E's scores showed missing (never its pages): P 0.99,
    // R 0.91, F1 0.95, fields 0.96, dates 20/21, action counts 18/21, minutes-or-not 20/21. Because those
    // rules were steered by its scores, set H (below) is now the measure of unseen pages.
    expect(total.precision).toBeGreaterThanOrEqual(0.97);
    expect(total.f1).toBeGreaterThanOrEqual(0.93);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.94);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(20);
    // After the set M rules (its scores were read as a summary line only): action counts 19/21, decisions 21/21.
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(19);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(21);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(20);
  });

  it.skipIf(setH.length === 0)('does not fall below what it was measured at on the held-out set H (written blind, scores never used for rules)', () => {
    const total = totalScore(setH.map((p) => p.score));
    // Set H (22 pages, 19 styles: scribe/queue minutes, senate codes, roll-call votes, NHS committee, PTA,
    // proxies, Japanese/German/French/Spanish minutes, decoys) was written blind, after every rule so far.
    // Measured when it arrived: P 0.84, R 0.72, F1 0.78, fields 0.87, dates 19/22, action counts 16/22,
    // minutes-or-not 20/22. After the rules of sets F and G: P 0.77, R 0.74, F1 0.75, fields 0.87,
    // dates 21/22, action counts 17/22, minutes-or-not 19/22 (a team roster with office-day ticks is now
    // read as minutes). Floors at that; the targets of issue 13 are judged here. After the attendance rules of
    // set K (scores only, pages unread): P 0.82, R 0.82, F1 0.82, fields 0.88, decisions 12/22.
    // After the language, attendance, page and hostile rounds of stop 15 (summary lines only): P 0.85,
    // R 0.85, F1 0.85, fields 0.89, action counts 19/22, decisions 13/22, speakers R 0.78.
    expect(total.precision).toBeGreaterThanOrEqual(0.84);
    expect(total.f1).toBeGreaterThanOrEqual(0.84);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.88);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(21);
    // After the set M rules (speakers anywhere, implied decisions, scribe summaries, Japanese labels and dates), read as a
    // summary line only: action counts 18/22, decisions 11/22 -> 13/22, speakers R 0.63 -> 0.66.
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(19);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(13);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(19);
  });

  const setI = all.filter((p) => p.name.startsWith('i-'));
  it.skipIf(setI.length === 0)('does not fall below what it was measured at on the held-out set I (written blind in stop 15, nobody writing rules has read it)', () => {
    const total = totalScore(setI.map((p) => p.score));
    // Set I (29 pages, 29 styles: meetbot pastes, Swedish, Chinese, Polish and Korean minutes, Cloud and
    // Data Center templates, retrospectives, stand-ups, AGMs, councils, HTML exports, five decoys) was
    // written blind while the rules of stop 15 were made. Measured when it arrived: P 0.92, R 0.72,
    // F1 0.81, fields 0.87, dates 25/29, action counts 21/29, decisions 20/29, minutes-or-not 25/29.
    // After stop 15's rounds: P 0.92, R 0.89, F1 0.90, fields 0.88, dates 27/29, action counts 24/29,
    // decisions 26/29, minutes-or-not 27/29. Floors at that; issue 13's targets are judged on H and I.
    // After stop 16's rounds: P 0.92, R 0.91, F1 0.91, fields 0.91, action counts 24/29.
    expect(total.precision).toBeGreaterThanOrEqual(0.91);
    expect(total.f1).toBeGreaterThanOrEqual(0.9);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.9);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(27);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(24);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(26);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(27);
  });

  const setJ = all.filter((p) => p.name.startsWith('j-'));
  it.skipIf(setJ.length === 0)('does not fall below what it was measured at on set J (written blind in stop 16, a development set since stop 17)', () => {
    const total = totalScore(setJ.map((p) => p.score));
    // Set J (30 pages: IETF session, hospital M&M, school governors, church council, housing co-op,
    // audit committee, funding panel, OneNote/Etherpad/Notion pastes, Data Center and Cloud templates,
    // minutes in Finnish, Czech, Turkish, Indonesian, Hungarian, Greek and Vietnamese, five decoys) was
    // written blind while the rules of stop 16 were made. Measured when it arrived: P 0.91, R 0.52,
    // F1 0.66, fields 0.91, dates 20/30, action counts 16/30, decisions 16/30, minutes-or-not 20/30.
    // After stop 16's rounds (sets O, P, Q, R and two hostile passes): P 0.91, R 0.60, F1 0.72,
    // fields 0.86, dates 22/30, action counts 17/30, decisions 16/30, minutes-or-not 22/30.
    // Opened as a development set in stop 17 (helper minutes-j: seven lexicons, call and group lines,
    // numbered places, bold labels, ballot boxes, soft-break dates, motion shorthand): P 0.95, R 0.92,
    // F1 0.94, fields 0.91, dates 28/30, action counts 23/30, decisions 24/30, minutes-or-not 27/30; with
    // minutes-acts' actions, decisions and dates merged: dates 28/30, action counts 26/30, decisions 29/30.
    expect(total.precision).toBeGreaterThanOrEqual(0.94);
    expect(total.f1).toBeGreaterThanOrEqual(0.93);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.9);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(28);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(26);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(29);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(27);
  });

  const setS = all.filter((p) => p.name.startsWith('s-'));
  it.skipIf(setS.length === 0)('stays at what it reads on set S (written blind in stop 17, opened as a development set later in stop 17)', () => {
    const total = totalScore(setS.map((p) => p.score));
    // Set S (30 pages: planning commission, strata council, trial steering committee, union branch, design
    // review, curriculum committee, charity trustees, makerspace, shop-floor tier-2, fire company, radio
    // club, an architecture guild in panels, wiki-markup migrations (MediaWiki, DokuWiki, Logseq), minutes
    // in Slovak, Serbian, Afrikaans, Welsh, Malay, Filipino and Arabic, six decoys) was written blind while
    // the rules of stop 17 were made from set J. Measured when it arrived: P 0.75, R 0.42, F1 0.54, fields
    // 0.83, dates 20/30, action counts 12/30, decisions 13/30, minutes-or-not 19/30. After stop 17's rounds
    // (J 0.72 -> 0.94): P 0.72, R 0.42, F1 0.53, fields 0.83, dates 21/30, action counts 14/30, decisions
    // 14/30, minutes-or-not 21/30. Opened as a development set (later in stop 17) for general rules (wiki markup of
    // migrations, row-header groups, titles abbreviated with a period, codes after names, lists of people
    // with presence marks, en-dash marks, titles dropped from names read by shape): P 0.89, R 0.71,
    // F1 0.79, fields 0.83, dates 23/30, action counts 15/30, decisions 15/30, minutes-or-not 23/30.
    // After stop 18's T rounds (Filipino lexicon, titled lists, decisions a sentence): P 0.89, R 0.75,
    // F1 0.82, dates 24/30, action counts 17/30, decisions 16/30, minutes-or-not 24/30. Floors at that.
    expect(total.precision).toBeGreaterThanOrEqual(0.88);
    expect(total.f1).toBeGreaterThanOrEqual(0.81);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.83);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(24);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(17);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(16);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(24);
  });

  const setT = all.filter((p) => p.name.startsWith('t-'));
  it.skipIf(setT.length === 0)('stays at what it reads on set T (written blind in stop 17, opened as a development set in stop 18)', () => {
    const total = totalScore(setT.map((p) => p.score));
    // Set T (30 pages: HOA AGM with proxies, SRE ops review, product council, credit committee, journal
    // board, PhD committee, sports-league AGM, Gemini / Slack / Google Docs pastes, Word paste, layouts,
    // Jira-heavy go/no-go, minutes in Bengali, Persian, Albanian, Basque, Irish, Georgian and Nepali, six
    // decoys) was written blind in stop 17 while S was opened as a development set. Measured when it
    // arrived (after the J rounds): P 0.82, R 0.46, F1 0.59, fields 0.83, dates 22/30, action counts
    // 19/30, decisions 11/30, minutes-or-not 21/30. After the S round: P 0.83, R 0.49, F1 0.61, dates
    // 23/30, minutes-or-not 22/30. Opened as a development set in stop 18 (lexicons of its seven languages,
    // person chips, people under labels of no known wording on soft-broken lines, decisions a sentence,
    // several owners of a task, 'meeting held' dates): P 0.88, R 0.80, F1 0.84, fields 0.83, dates 27/30,
    // action counts 26/30, decisions 20/30, minutes-or-not 27/30. Floors at that.
    expect(total.precision).toBeGreaterThanOrEqual(0.87);
    expect(total.f1).toBeGreaterThanOrEqual(0.83);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.82);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(27);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(26);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(20);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(27);
  });

  const setU = all.filter((p) => p.name.startsWith('u-'));
  it.skipIf(setU.length === 0)('does not fall below what it was measured at on the held-out set U (written blind in stop 18, nobody writing rules has read it)', () => {
    const total = totalScore(setU.map((p) => p.score));
    // Set U (30 pages: 18 English minutes in shapes no earlier set has (standards telecon with Y/N/A
    // motions, works council, hospital MDT, co-op board by initials, Data Center user macros, estimation
    // table decoy-in-page, mangled nonprofit Markdown, HTML exports), 6 in languages earlier sets used
    // (German, French, Portuguese prose, Japanese, Spanish, Dutch), 6 decoys) was written blind in stop 18
    // while T was opened. Measured when it arrived: P 0.93, R 0.59, F1 0.72, fields 0.88, dates 25/30,
    // action counts 23/30, decisions 16/30, minutes-or-not 27/30; after stop 18's T rounds decisions
    // 17/30. Opened as a development set in stop 19: attendance read by structure (several labels of people
    // on one line, slash-parted names, unknown labels beside known ones in one block, initials through a key
    // line, labelled-row tables in an expand, sign-in blanks, delegates in presence cells): P 0.99, R 0.92,
    // F1 0.95, fields 0.92; undecided outcomes, motion lines, arrows to owners, day-first pages, owner
    // labels before a task: dates 26/30, actions 17/30 (counts 24/30), decisions 23/30. Floors a little
    // under that; raised in stop 20 after the V rounds (F1 0.97, actions 24/30, counts 25/30, decisions 25/30).
    expect(total.precision).toBeGreaterThanOrEqual(0.97);
    expect(total.f1).toBeGreaterThanOrEqual(0.96);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.91);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(26);
    expect(total.actionsRight.right).toBeGreaterThanOrEqual(23);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(25);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(24);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(27);
  });

  const setV = all.filter((p) => p.name.startsWith('v-'));
  it.skipIf(setV.length === 0)('stays at what it reads on set V (written blind in stop 19, opened as a development set in stop 20)', () => {
    const total = totalScore(setV.map((p) => p.score));
    // Set V (30 pages: 12 in the forms real migrations hold most, Cloud and Data Center meeting-notes
    // templates, retrospective, 1:1, weekly sync, status, steering, Word-pasted board minutes, two HTML
    // exports, filled in the messy way people fill them; 10 English shapes no earlier set has; German,
    // French and Dutch school councils; 5 decoys) was written blind at the start of stop 19. Measured
    // when it arrived: P 0.82, R 0.74, F1 0.78, fields 0.91, dates 26/30, action counts 26/30, decisions
    // 19/30, minutes-or-not 28/30; 0.79 after stop 19. Opened in stop 20 (offices before names, group
    // label lines, degrees, sign-in lists, alternates, negated labels; decisions by what settles a matter,
    // actions tables by what names the actions, speech in cells, copied pages' dates, e-mail threads):
    // P 0.96, R 0.96, F1 0.96, fields 0.97, dates 29/30, actions 26/30 (counts 28/30), decisions 29/30,
    // minutes-or-not 29/30. Floors a little under that.
    expect(total.precision).toBeGreaterThanOrEqual(0.95);
    expect(total.f1).toBeGreaterThanOrEqual(0.95);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.96);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(29);
    expect(total.actionsRight.right).toBeGreaterThanOrEqual(25);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(28);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(29);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(29);
  });

  const setW = all.filter((p) => p.name.startsWith('w-'));
  it.skipIf(setW.length === 0)('does not fall below what it was measured at on the held-out set W (written blind in stop 20, nobody writing rules has read it)', () => {
    const total = totalScore(setW.map((p) => p.score));
    // Set W (30 pages: 18 in the common Confluence forms from organisations unlike V's, Cloud and Data
    // Center templates, sprint planning, retro, 1:1, kick-off, postmortem review, architecture review
    // board, change advisory board, vendor call, foundation TSC, Word-pasted board minutes, standup, two
    // HTML exports, three mangled Markdown migrations; Spanish, Italian, Portuguese, Polish, Swedish and
    // Japanese in those forms; 6 decoys that live beside minutes) was written blind at the start of stop 20
    // as a fresh sample of V's population. Measured when it arrived: P 0.97, R 0.90, F1 0.93, fields
    // 0.93, dates 30/30, actions 17/30 (counts 26/30), decisions 26/30, minutes-or-not 29/30. Floors at that.
    expect(total.precision).toBeGreaterThanOrEqual(0.96);
    expect(total.f1).toBeGreaterThanOrEqual(0.92);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.93);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(30);
    expect(total.actionsRight.right).toBeGreaterThanOrEqual(17);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(26);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(26);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(29);
  });

  it.skipIf(setN.length === 0)('stays at what it reads on set N (minutes in fourteen languages besides English)', () => {
    const total = totalScore(setN.map((p) => p.score));
    // Set N (20 pages: minutes in German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish,
    // Norwegian, Polish, Russian, Japanese, Chinese and Korean). On its first 13 pages before the lexicons:
    // F1 0.62, fields 0.93, dates 6, actions 5, minutes-or-not 7 of 13. All 20 after: P 1.00, F1 1.00,
    // fields 0.965 (three board rolls, Swedish, German and Russian, read as participants), every date and
    // decision, actions 19/20 (an owner written "Surname I. P." is not matched to the full name).
    expect(total.precision).toBeGreaterThanOrEqual(1);
    expect(total.f1).toBeGreaterThanOrEqual(0.99);
    expect(total.fields.all).toBeGreaterThanOrEqual(0.96);
    expect(total.datesRight.right).toBeGreaterThanOrEqual(20);
    expect(total.actionsRight.right).toBeGreaterThanOrEqual(19);
    expect(total.actionCountsRight.right).toBeGreaterThanOrEqual(20);
    expect(total.decisionCountsRight.right).toBeGreaterThanOrEqual(20);
    expect(total.isMinutesRight.right).toBeGreaterThanOrEqual(20);
  });
});
