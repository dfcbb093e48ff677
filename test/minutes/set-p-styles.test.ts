import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { dueDateIn, findDateInYear } from '../../src/minutes/dates.js';
import { decisionOfLine } from '../../src/minutes/decision-lines.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Action items field by field, decisions and speakers in the styles of set P (issue 13): one rule
 * each, on invented pages worded unlike the evaluation pages, with what must not be read.
 */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const fromMarkdown = (markdown: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const actions = (m: Meeting | null) => m!.actionItems.map((a) => [a.assignee, a.due, a.done]);
const speakers = (m: Meeting | null): string[] => {
  const found: string[] = [];
  const walk = (topics: Meeting['topics']): void => {
    for (const t of topics) {
      for (const n of t.notes) if (n.speaker !== null && !found.includes(n.speaker)) found.push(n.speaker);
      walk(t.topics);
    }
  };
  walk(m!.topics);
  return found;
};
const crew = '<h2>Attendees</h2><ul><li>Kai Brennan</li><li>Olu Adeyemi</li><li>Priya Nair</li></ul>';

describe('actions tables', () => {
  const table = (rows: string): Meeting | null =>
    fromStorage(`<h1>Ops sync 2027-02-04</h1>${crew}<h2>Actions</h2><table><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr>${rows}</table>`);

  it('a struck-through row is done even with an empty status cell; several owners are each named', () => {
    const m = table('<tr><td><s>Rotate the backup tapes</s></td><td>Kai</td><td></td><td></td></tr><tr><td>Label the racks</td><td>Kai &amp; Priya</td><td>9 Feb</td><td>Open</td></tr>');
    expect(actions(m)).toEqual([
      ['Kai Brennan', null, true],
      ['Kai Brennan, Priya Nair', '2027-02-09', false],
    ]);
  });

  it('"ASAP", "EOW" and "next meeting" in the Due column are no dates; "Not started" is not done', () => {
    const m = table('<tr><td>Label the racks</td><td>Olu</td><td>ASAP</td><td>Not started</td></tr><tr><td>Fix the door</td><td>Olu</td><td>next meeting</td><td>In progress</td></tr>');
    expect(actions(m)).toEqual([
      ['Olu Adeyemi', null, false],
      ['Olu Adeyemi', null, false],
    ]);
  });
});

describe('action lines', () => {
  it('reads ACTION(Name):, Action [Name]: and @handle to … anywhere, with a bracketed owner', () => {
    const m = fromMarkdown('# Ops sync\n\nDate: 2027-02-04\nAttendees: Kai Brennan, Olu Adeyemi, Priya Nair\n\n## Notes\n\nACTION(Kai): rename the queue\nAction [Priya Nair]: drop the old index by 12 February\n@olu to renew the cert\n');
    expect(actions(m)).toEqual([
      ['Kai Brennan', null, false],
      ['Priya Nair', '2027-02-12', false],
      ['Olu Adeyemi', null, false],
    ]);
  });

  it('owner and due as sub-items of the action are its details, not actions', () => {
    const m = fromStorage(`<h1>Ops sync 2027-02-04</h1>${crew}<h2>Actions</h2><ul><li>Replace the UPS battery<ul><li>Owner: Olu</li><li>Due: 19/02/2027</li></ul></li></ul>`);
    expect(actions(m)).toEqual([['Olu Adeyemi', '2027-02-19', false]]);
  });

  it('several people given one task are each named; "Topic: Name to …" names the person', () => {
    const m = fromStorage(`<h1>Ops sync 2027-02-04</h1>${crew}<h2>Notes</h2><p>Kai/Olu to compare the two quotes.</p><h2>Actions</h2><ul><li>Budget: Priya to send the figures</li></ul>`);
    expect(actions(m)).toEqual([
      ['Kai Brennan, Olu Adeyemi', null, false],
      ['Priya Nair', null, false],
    ]);
  });

  it('"to do" in a sentence of prose is no action, nor a note that reports on one', () => {
    const m = fromStorage(`<h1>Ops sync 2027-02-04</h1>${crew}<h2>Notes</h2><p>There is still a lot to do before the audit.</p><p>The rack labels (Kai) are still open.</p>`);
    expect(m!.actionItems).toEqual([]);
  });

  it('an item that only holds a section word ("agenda") is an action, not a label', () => {
    const m = fromStorage(`<h1>Ops sync 2027-02-04</h1>${crew}<h2>Actions</h2><ul><li>Olu will send the agenda by Friday</li></ul>`);
    expect(actions(m)).toEqual([['Olu Adeyemi', null, false]]);
  });
});

describe('due dates', () => {
  it('a date in the task that is not its deadline is no due date', () => {
    expect(dueDateIn('rotate the key that expired on 2027-01-30', 2027)).toBeNull();
    expect(dueDateIn('update the runbook after the 2027-03-01 switch', 2027)).toBeNull();
    expect(dueDateIn('send the invoice on 3 March', 2027)).toBe('2027-03-03');
  });

  it('reads ETA, hyphenated and dotted dates of this year', () => {
    expect(dueDateIn('ship the fix ETA 12 March', 2027)).toBe('2027-03-12');
    expect(dueDateIn('ship the fix – 12-Mar', 2027)).toBe('2027-03-12');
    expect(dueDateIn('ship the fix by Mar-12', 2027)).toBe('2027-03-12');
    expect(dueDateIn('Fix ausliefern bis 12.3.', 2027)).toBe('2027-03-12');
    expect(dueDateIn('ship version 1.2. to staging', 2027)).toBeNull();
  });

  it('reads a day and month of another language, and a yearless slash date only where it can be one way', () => {
    expect(findDateInYear('pour le 15 avril', 2027)).toBe('2027-04-15');
    expect(findDateInYear('bis 1. März', 2027)).toBe('2027-03-01');
    expect(findDateInYear('by 3/14', 2027)).toBe('2027-03-14');
    expect(findDateInYear('by 14/3', 2027)).toBe('2027-03-14');
    expect(findDateInYear('by 3/4', 2027)).toBeNull();
    expect(findDateInYear('by 3/4', 2027, 'dmy')).toBe('2027-04-03');
  });
});

describe('decisions', () => {
  it('reads a tick before the label and labels of other languages', () => {
    expect(decisionOfLine('✔ Decision: the wiki moves to the new space')).toBe('the wiki moves to the new space');
    expect(decisionOfLine('Validé : le budget reste inchangé')).toBe('le budget reste inchangé');
    expect(decisionOfLine('Der Wartungsvertrag wurde einstimmig beschlossen.')).toBe('Der Wartungsvertrag wurde einstimmig beschlossen.');
  });

  it('reads outcomes as boards write them', () => {
    expect(decisionOfLine('Unanimously approved.', 'Travel policy')).toBe('Travel policy: Unanimously approved.');
    expect(decisionOfLine('SO RESOLVED', 'Close the stale issues')).toBe('Close the stale issues: SO RESOLVED');
    expect(decisionOfLine('The proposal was accepted.')).toBe('The proposal was accepted.');
    expect(decisionOfLine('A decision was made to move the call to Tuesdays.')).toBe('A decision was made to move the call to Tuesdays.');
    expect(decisionOfLine('Group consensus: keep the monthly release')).toBe('keep the monthly release');
    expect(decisionOfLine('The committee accepted the audit report.')).toBe('The committee accepted the audit report.');
  });

  it('a condition, a tracker status and "No decision:" are none', () => {
    expect(decisionOfLine('Ana said yes if the board agrees.')).toBeNull();
    expect(decisionOfLine('Resolved', 'LED-2211')).toBeNull();
    expect(decisionOfLine('No decision: waiting for legal')).toBeNull();
    expect(decisionOfLine('Apologies were accepted')).toBeNull();
  });

  it('a proposal, "no agreement", "not decided" and an approval by mail are none', () => {
    expect(decisionOfLine('PROPOSED: move the call to Tuesdays')).toBeNull();
    expect(decisionOfLine('No agreement on the hosting yet.')).toBeNull();
    expect(decisionOfLine('Whether to self-host – not decided.')).toBeNull();
    expect(decisionOfLine('El acta anterior se aprobó por correo electrónico.')).toBeNull();
  });
});

describe('speakers', () => {
  it('reads IRC scribe lines: "<nick> text" and lower-case "nick: text" of attendees; commands are no speech', () => {
    const m = fromStorage(`<h1>WG call 2027-02-04</h1><h2>Attendees</h2><p><strong>Present</strong><br/>Kai Brennan, Olu Adeyemi, Priya Nair</p><h2>Minutes</h2><p>&lt;olu&gt; scribe: olu</p><p>&lt;kai&gt; q+</p><p>kai: the parser rejects empty arrays.</p><p>&lt;priya&gt; +1</p><p>&lt;priya&gt; we should accept them with a warning.</p><p>nobody: this nick is nobody's</p>`);
    expect(speakers(m)).toEqual(['Kai Brennan', 'Priya Nair']);
  });

  it('a mention says who speaks, listed or not; a first name of someone the page mentions is that person', () => {
    const storage = `<h1>Sync 2027-02-04</h1>${crew}<h2>Notes</h2><p><ac:link><ri:user ri:account-id="acc-9" /></ac:link>: the build is green.</p><p>Zora: the flaky test is quarantined.</p>`;
    const m = (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: null }, userNames: (u) => (u.accountId === 'acc-9' ? 'Zora Kim' : null) }).output) as { meeting: Meeting | null }).meeting;
    expect(speakers(m)).toEqual(['Zora Kim']);
    expect(m!.topics.flatMap((t) => t.notes).filter((n) => n.speaker !== null)).toHaveLength(2);
  });

  it('"Name said: …" quotes the speaker; "Name said that …" reports, it is no note of theirs', () => {
    const m = fromStorage(`<h1>Sync 2027-02-04</h1>${crew}<h2>Notes</h2><ul><li>Priya said: the lease is signed.</li><li>Kai said that the keys are ready.</li></ul>`);
    expect(speakers(m)).toEqual(['Priya Nair']);
  });

  it('an attendee\'s full name in bold alone over paragraphs makes them hers; a topic label does not', () => {
    const m = fromStorage(`<h1>Sync 2027-02-04</h1>${crew}<h2>Notes</h2><p><strong>Priya Nair:</strong></p><p>The lease is signed.</p><p><strong>Budget:</strong></p><p>All fine.</p>`);
    expect(speakers(m)).toEqual(['Priya Nair']);
    expect(m!.topics.flatMap((t) => [...t.notes, ...t.topics.flatMap((u) => u.notes)]).filter((n) => n.speaker === null).map((n) => n.text)).toContain('All fine.');
  });

  it('reads questions and answers with the speaker named after them, not reported speech', () => {
    const m = fromStorage(`<h1>Q&amp;A 2027-02-04</h1>${crew}<h2>Notes</h2><p>Q: Is the office open in August? (Kai)</p><p>A: Only the first two weeks. (Priya)</p><p>Olu said that the lease ends in May.</p>`);
    expect(speakers(m)).toEqual(['Kai Brennan', 'Priya Nair']);
  });
});
