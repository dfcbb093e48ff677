import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import type { Meeting, Topic } from '../../src/model/meeting.js';
import { findDate } from '../../src/minutes/dates.js';

/**
 * Invented pages, one rule each (issue 13, development set M): which pages are minutes, the
 * meeting date, action items, decisions and speakers, read by what a construct means.
 */
const meeting = (hub: string, title: string | null = null): Meeting | null => extractMeeting(hub, emptyPageMeta({ title }));
const speakers = (topics: readonly Topic[]): string[] => topics.flatMap((t) => [...t.notes.map((n) => n.speaker).filter((s): s is string => s !== null), ...speakers(t.topics)]);

describe('speakers wherever they are written', () => {
  it('reads "Name: text" in a page with no headings at all (one numbered list of items)', () => {
    const m = meeting(
      '<p>Date: 2025-05-06</p><p>Present: Lior Ashkenazi, Maren Solberg</p>' +
        '<ol><li><p>Cache rollout</p><ul><li><p>Lior: the cache halves the p95.</p></li><li><p>Maren: memory is the limit.</p></li></ul></li></ol>',
    );
    expect(speakers(m!.topics).sort()).toEqual(['Lior Ashkenazi', 'Maren Solberg']);
  });

  it('keeps a speaker whose line has sub-points, the points as notes under it', () => {
    const m = meeting(
      '<h2>Attendees</h2><ul><li>Oona Virtanen</li><li>Pim de Wit</li></ul><h2>Round table</h2>' +
        '<ul><li>Oona: the survey closed.<ul><li>Two hundred answers.</li></ul></li><li>Pim: nothing new.</li></ul>',
      'Group meeting 2025-05-06',
    );
    expect(speakers(m!.topics).sort()).toEqual(['Oona Virtanen', 'Pim de Wit']);
    const notes = m!.topics.flatMap((t) => t.notes.map((n) => n.text));
    expect(notes).toContain('Two hundred answers.');
  });

  it('reads speaker lines in the cells of any table (Area | Notes), never in a Who or Action column', () => {
    const m = meeting(
      '<p>Meeting date: 2025-05-06</p><h2>Team</h2><ul><li>Rui Tavares</li><li>Sade Balogun</li></ul><h2>Updates</h2>' +
        '<table><tr><th>Area</th><th>Who</th><th>Notes</th></tr><tr><td>Billing</td><td>Rui: owner</td><td>Sade: invoices are late.</td></tr></table>' +
        '<table><tr><th>Action</th><th>Owner</th></tr><tr><td>Rui: chase the bank</td><td>Rui Tavares</td></tr></table>',
    );
    expect(speakers(m!.topics)).toEqual(['Sade Balogun']);
  });
});

describe('which pages are minutes', () => {
  const shifts =
    '<table><tr><th>Shift</th><th>Name</th><th>Confirmed</th></tr><tr><td>09:00</td><td>Ilka Marsh</td><td>✓</td></tr><tr><td>12:00</td><td>Tove Brink</td><td>✓</td></tr><tr><td>15:00</td><td>Arlo Pike</td><td></td></tr></table>';
  const prep = '<ul data-tasks=""><li data-task="incomplete">Print the maps</li></ul>';

  it('a sign-up sheet (names with ticks in a table, an event date, a checklist) is not minutes', () => {
    expect(meeting(`<h1>Harbour swim – Sunday 8 June 2025</h1><h2>Shifts</h2>${shifts}<h2>Before the day</h2>${prep}`, 'Harbour swim sign-up')).toBeNull();
  });

  it('the same people under an attendance heading, or a title naming a meeting, are a meeting', () => {
    expect(meeting(`<h1>Harbour swim – Sunday 8 June 2025</h1><h2>Attendees</h2>${shifts}<h2>Before the day</h2>${prep}`, 'Harbour swim sign-up')).not.toBeNull();
    expect(meeting(`<h1>Sunday 8 June 2025</h1>${shifts}${prep}`, 'Volunteers meeting')).not.toBeNull();
  });

  it('"on-call" in a title names a duty, not a call', () => {
    const rota = '<h2>Rota</h2><table><tr><th>Engineer</th><th>Available</th></tr><tr><td>Ilka Marsh</td><td>yes</td></tr><tr><td>Tove Brink</td><td>no</td></tr></table><h2>To do</h2>' + prep;
    expect(meeting(rota, 'On-call rota Q3')).toBeNull();
  });

  it('a template whose date and people are bracketed blanks is not minutes, even with an agenda of motions', () => {
    const template =
      '<p>Date: [dd/mm/yyyy]</p><h2>Present</h2><ul><li>[Name], [Role]</li></ul><h2>Approval of the agenda</h2><ul><li>Motion: to approve the agenda. MOVED BY: . SECONDED: . CARRIED/NOT CARRIED</li></ul>' +
      '<h2>Action items</h2><ul data-tasks=""><li data-task="incomplete">[Name] to [action] by [date]</li></ul><p>ACTION - [Name]: [what]</p>';
    expect(meeting(template, 'Minutes template')).toBeNull();
  });
});

describe('action items and decisions by meaning', () => {
  const people = '<p>Date: 2025-05-22</p><p>Attendees: Nadia Haddad, Lorcan Whelan</p>';

  it('a bracketed placeholder is no action; a task with a bracketed word in it is', () => {
    const m = meeting(`${people}<h2>Actions</h2><ul data-tasks=""><li data-task="incomplete">[Name] to [action] by [date]</li><li data-task="incomplete">Publish the [draft] profile by Friday</li></ul>`);
    expect(m!.actionItems.map((a) => a.text)).toEqual(['Publish the [draft] profile by Friday']);
  });

  it('"To do" heads the actions: "Name: task" there is an action, not speech', () => {
    const m = meeting(`${people}<h2>To do</h2><ul><li>Nadia: book the venue (deadline 30.04.2025)</li></ul>`);
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Nadia Haddad', '2025-04-30']]);
    expect(speakers(m!.topics)).toEqual([]);
  });

  it('"Name will <verb> …" is an attendee taking a task; "Name will be away" is not', () => {
    const m = meeting(`${people}<h2>Plugfest</h2><p>Lorcan will draft the invitation. Nadia will be away in June. The board will meet in July.</p>`);
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Lorcan Whelan']);
  });

  it('a "Next sync: <date>" line under Decisions is no decision', () => {
    const m = meeting(`${people}<h2>Decisions</h2><p>Ship the beta on Monday.</p><p>Next sync: 2025-06-05</p>`);
    expect(m!.decisions.map((d) => d.text)).toEqual(['Ship the beta on Monday.']);
  });
});

describe('speakers in a table of items with no notes column', () => {
  it('reads "Name – text" in any cell but the item and Who columns', () => {
    const m = meeting(
      '<p>Date: 2025-04-09</p><p>Attendees: Aroha Ngata, Dev Raghunathan</p><h2>Items</h2>' +
        '<table><tr><th>Topic</th><th>Who</th><th>What was said</th></tr><tr><td>Guide</td><td>Dev: owner</td><td>Aroha – the guide is stale.</td></tr><tr><td>Budget</td><td>Dev</td><td></td></tr></table>',
    );
    expect(speakers(m!.topics)).toEqual(['Aroha Ngata']);
    expect(m!.topics.flatMap((t) => t.topics.map((sub) => sub.title))).toEqual(['Guide', 'Budget']);
  });
});

describe('decisions a page states or implies', () => {
  const head = '<p>Date: 2025-05-22</p><p>Attendees: Nadia Haddad, Lorcan Whelan</p>';
  const texts = (m: Meeting | null): string[] => m!.decisions.map((d) => d.text);

  it('"Agreed to …", "The trustees ratified …" and an "Outcomes" heading state decisions', () => {
    expect(texts(meeting(`${head}<h2>Style guide</h2><ul><li>Agreed to use sentence case.</li><li>The trustees ratified the budget.</li></ul>`))).toHaveLength(2);
    expect(texts(meeting(`${head}<h2>Outcomes</h2><ul><li>Fleet API frozen on 2025-06-30.</li></ul>`))).toEqual(['Fleet API frozen on 2025-06-30.']);
  });

  it('a bare outcome decides the item it sits under: a list item\'s title, a table row\'s first cell', () => {
    expect(texts(meeting(`${head}<ol><li><p>Approval of the budget</p><p>Approved without objection.</p></li></ol>`))).toEqual(['Approval of the budget: Approved without objection.']);
    expect(texts(meeting(`${head}<h2>Discussion</h2><table><tr><th>Item</th><th>Notes</th></tr><tr><td>Travel policy</td><td>Approved.</td></tr></table>`))).toEqual(['Travel policy: Approved.']);
  });

  it('"no objections raised" decides, unless the page lists its decisions (then it is their discussion)', () => {
    expect(texts(meeting(`${head}<h2>Notes</h2><ul><li>Nadia: strings for ids everywhere; no objections raised.</li></ul>`))).toHaveLength(1);
    expect(texts(meeting(`${head}<h2>Notes</h2><ul><li>Nadia: strings for ids everywhere; no objections raised.</li></ul><h2>Decisions</h2><ul><li>Identifiers are strings.</li></ul>`))).toEqual(['Identifiers are strings.']);
    expect(texts(meeting(`${head}<h2>Notes</h2><ul><li>Any objections to moving the call?</li></ul>`))).toEqual([]);
  });

  it('a scribe\'s summary repeats resolutions and actions with a status in brackets: each counts once', () => {
    const m = meeting(
      `${head}<h2>Topics</h2><p>RESOLUTION: publish the note as is.</p><p>ACTION: Nadia to send the note to the list</p>` +
        '<h2>Summary of action items</h2><p>[NEW] ACTION: Nadia to send the note to the list<br/>[DONE] ACTION: Lorcan to fix the typo</p><h2>Summary of resolutions</h2><ol><li>RESOLUTION: publish the note as is.</li></ol>',
    );
    expect(texts(m)).toHaveLength(1);
    expect(m!.actionItems.map((a) => [a.assignee, a.done])).toEqual([['Nadia Haddad', false], ['Lorcan Whelan', true]]);
  });
});

describe('minutes written in Japanese', () => {
  const page =
    '<h1>開発定例</h1><p>日時：2025年3月4日（火）10:00〜11:00</p><h2>議題</h2><ol><li>リリース計画</li></ol>' +
    '<h2>決定事項</h2><ul><li>v2.1は3月18日にリリースする。</li></ul><h2>アクションアイテム</h2><ul><li>山田：リリースノートを作成する（期限：2025年3月11日）</li><li>佐藤：監視設定を見直す</li></ul><p>次回：2025年3月18日（火）</p>';

  it('reads the 日時 label with a full-width colon and a year-month-day date, never the 次回 (next meeting) date', () => {
    expect(findDate('2025年 3月 4日（火）')).toBe('2025-03-04');
    expect(findDate('令和7年3月4日')).toBe('2025-03-04');
    expect(findDate('令和元年5月1日')).toBe('2019-05-01');
    expect(findDate('２０２５年３月４日')).toBe('2025-03-04');
    expect(meeting(page, '開発定例')!.date).toBe('2025-03-04');
  });

  it('reads 議題, 決定事項 and アクションアイテム as agenda, decisions and actions, with the name before the colon as assignee', () => {
    const m = meeting(page, '開発定例')!;
    expect(m.agenda).toHaveLength(1);
    expect(m.decisions).toHaveLength(1);
    expect(m.actionItems.map((a) => [a.assignee, a.due])).toEqual([['山田', '2025-03-11'], ['佐藤', null]]);
  });
});

describe('actions a plain-text paste leaves', () => {
  const head = '<p>Date: 2026-03-05</p><p>Attendees: Eun-ji Park, Grace Oyelaran-Smith</p>';

  it('reads " o Name to …" text bullets of one paragraph, one action each', () => {
    const m = meeting(`${head}<h2>Action items</h2><p> o Eun-ji Park to draft the note (carried over) o Grace Oyelaran-Smith to report back by 2026-03-26</p>`);
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Eun-ji Park', null], ['Grace Oyelaran-Smith', '2026-03-26']]);
  });

  it('under an actions heading, someone speaking in the first person and a one-word item set no action', () => {
    const m = meeting(`${head}<h2>Outstanding action items</h2><p>Eun-ji: That's still in progress; I'll have it next week.</p><ol><li>Proposals</li></ol>`);
    expect(m!.actionItems).toEqual([]);
  });

  it('reads a due date under a "When" column in the languages of the vocabulary', () => {
    const m = meeting(`${head}<h2>Actiepunten</h2><table><tr><th>Actie</th><th>Wie</th><th>Wanneer</th></tr><tr><td>Subsidie aanvragen</td><td>Grace</td><td>1 maart 2026</td></tr></table>`);
    expect(m!.actionItems.map((a) => a.due)).toEqual(['2026-03-01']);
  });
});
