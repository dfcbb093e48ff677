import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';
import { decisionOfLine } from '../../src/minutes/decision-lines.js';
import { leavesUndecided } from '../../src/minutes/decisions/not-decided.js';
import { cpuGrowth } from '../support/cpu-growth.js';

/**
 * Pages a hostile new user invented against the rules added with set J (lexicons, call attendance,
 * numbered places, ballot boxes, motion shorthand, deferred outcomes, task fields, offices as owners).
 */
const meetingOf = (markdown: string): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json' }).output) as { meeting: Meeting | null }).meeting;
const names = (m: Meeting | null): (string | null)[] => (m?.attendees ?? []).map((a) => a.name);

describe('motion shorthand is a verb of the minutes, not a name', () => {
  it.each(['Our MSC Cruises partnership continues: MSC Seaside sails in June.', 'The prize went to the MSC team.', 'Tickets from MSC Software arrived.'])('%j is no decision', (line) => {
    expect(decisionOfLine(line)).toBeNull();
  });
  it.each(['MSC (Ana/Ben) to approve the budget.', 'Hall fee – MSC.', 'MSC Ana/Ben to approve the budget.', 'M/S/C Smith that the fee stays.'])('%j is still a decision', (line) => {
    expect(decisionOfLine(line)).not.toBeNull();
  });
  it('an alumni newsletter with a dated title and MSC Cruises is not minutes', () => {
    const page = '# Alumni newsletter, 4 April 2024\n\nCongratulations to Priya Raman, who defended her MSc thesis last week.\nOur MSC Cruises partnership continues: MSC Seaside sails in June.\n';
    expect(meetingOf(page)).toBeNull();
  });
});

describe('a label whose word of people qualifies another noun names no people', () => {
  it('"Staff party: uitgesteld", "Visitors centre: closed", "Guest wifi: renewed" add no attendee', () => {
    const page =
      '# Board meeting 12 March 2024\n\nPresent: Ann Webb, Bo Hart\n\n## Notes\n- Roof: approved\n- Staff party: uitgesteld\n- Visitors centre: closed\n- Guest wifi: renewed\n- Guest speakers: Cy Dunn\n';
    expect(names(meetingOf(page))).toEqual(['Ann Webb', 'Bo Hart', 'Cy Dunn']);
  });
});

describe('deferred outcomes in more languages', () => {
  it.each(['lykättiin', 'Asia lykätään seuraavaan kokoukseen', 'rimandato', 'відкладено', 'amânat', 'odložené'])('%j leaves the matter undecided', (outcome) => {
    expect(leavesUndecided(outcome)).toBe(true);
  });
  it('a Decisions list of deferred items in those languages keeps only what was decided', () => {
    const page = '# Board meeting 12 March 2024\n\nPresent: Ann Webb, Bo Hart\n\n## Decisions\n- Roof repair: approved\n- Hiring: lykätään\n- Library: rimandato\n- Fence: amânat\n';
    expect(meetingOf(page)?.decisions.map((d) => d.text)).toEqual(['Roof repair: approved']);
  });
});

describe('offices as owners', () => {
  const page = (actions: string): string =>
    `# Committee meeting 12 March 2024\n\nPresent: Ann Webb (Chair), Bo Hart (Secretary), Cy Dunn\n\nThe clerk, Eve Moss, sent apologies by letter.\n\n## Actions\n${actions}`;
  const owners = (actions: string): (string | null)[] => (meetingOf(page(actions))?.actionItems ?? []).map((a) => a.assignee);
  it('"Chair to sign", "Circulate the minutes – Secretary": the one attendee who holds the office, in a line as in a table', () => {
    expect(owners('- Chair to sign the cheque\n- Circulate the minutes – Secretary\n- Book the hall – the Chair\n')).toEqual(['Ann Webb', 'Bo Hart', 'Ann Webb']);
  });
  it('a clerk named in prose who is no attendee, and an office two attendees hold, give the task to nobody', () => {
    expect(owners('- Clerk to write to the highways department\n- Write to the council – Clerk\n')).toEqual([null, null]);
    const two = '# Committee meeting 12 March 2024\n\nPresent: Ann Webb (Chair), Bo Hart (Chair), Cy Dunn\n\n## Actions\n- Chair to book the hall\n- Fix the gate – Chair\n';
    expect(meetingOf(two)?.actionItems.map((a) => a.assignee)).toEqual([null, null]);
  });
  it('"Write to the council", "Talk to them": a verb before "to" and an article is no owner', () => {
    expect(owners('- Write to the council\n- Talk to them about the fence\n- Reply to Eve about the hall\n')).toEqual([null, null, null]);
  });
});

describe('long runs in one line', () => {
  const head = '# Committee meeting 12 March 2024\n\nPresent: Ann Webb, Bo Hart\n\n';
  it('a line of 50,000 spaces or of dashes between words converts and names nobody new', () => {
    for (const body of [`Ann${' '.repeat(50_000)}x`, `Flat 3 ${'– '.repeat(25_000)}A`, `Action: ${'– '.repeat(25_000)}Z: x`]) {
      for (const page of [head + body, `${head}## Actions\n\n- ${body}`]) expect(names(meetingOf(page))).toEqual(['Ann Webb', 'Bo Hart']);
    }
  });
});

describe('a long line after a label', () => {
  it('"Present: Ann, Ann, …" 20,000 times, "Action: [A] [A] …", "Decision: postponed postponed …" convert', () => {
    const head = '# Committee meeting 12 March 2024\n\n';
    expect(meetingOf(`${head}Present: ${'Ann Webb, '.repeat(20_000)}Bo Hart\n`)?.attendees.map((a) => a.name)).toEqual(['Ann Webb', 'Bo Hart']);
    expect(meetingOf(`${head}Present: Ann Webb\n\nAction: ${'[A] '.repeat(20_000)}x\n`)?.actionItems.length).toBeLessThanOrEqual(1);
    expect(meetingOf(`${head}Present: Ann Webb\n\nDecision: ${'postponed '.repeat(10_000)}\n`)?.decisions).toEqual([]);
  });
});

describe('runs of brackets and of shorthand', () => {
  it('"Ann Webb ((((…Chair" and "MSC MSC …" convert: no attendee made of brackets, the shorthand line one decision', () => {
    const head = '# Committee meeting 12 March 2024\n\nPresent: Ann Webb, Bo Hart\n\n';
    expect(names(meetingOf(`${head}## Actions\n\n- Ann Webb ${'('.repeat(30_000)}Chair\n`))).toEqual(['Ann Webb', 'Bo Hart']);
    expect(meetingOf(`${head}## Notes\n\n- ${'MSC '.repeat(20_000)}x\n`)?.decisions).toHaveLength(1);
  });
});

describe('names a new user writes', () => {
  it('"Zoë d\'Arcy", "Gianni dell\'Orto": an elided particle before the surname keeps the attendee', () => {
    const page = "# Team sync 12 March 2024\n\nPresent: Ann Webb, Zoë d'Arcy, Gianni dell'Orto, Seán O'Brien-Ní Dhomhnaill\n";
    expect(names(meetingOf(page))).toEqual(['Ann Webb', "Zoë d'Arcy", "Gianni dell'Orto", "Seán O'Brien-Ní Dhomhnaill"]);
  });
  it.todo('"Will to be confirmed" on a page whose attendee is the nick "will (will)" gives the task to will: "to be confirmed" (TBC) assigns nothing, but a nick that is also an English word and a capitalised sentence start are not told apart');
  it('"Treasurer to file the accounts", like "Clerk to …", gives the task to no one when nobody holds the office, and to its holder when one does: one rule for every office', () => {
    const page = (present: string): string => `# Club meeting 4 May 2030\n\n## Present\n\n${present}\n\n## Actions\n\n- Treasurer to file the accounts by 1 June.\n- Clerk to book the hall.\n- Membership Secretary to renew the insurance.\n`;
    expect(meetingOf(page('- Ann Webb\n- Bo Lu'))!.actionItems.map((a) => a.assignee)).toEqual([null, null, null]);
    expect(meetingOf(page('- Ann Webb (Treasurer)\n- Bo Lu (Membership Secretary)'))!.actionItems.map((a) => a.assignee)).toEqual(['Ann Webb', null, 'Bo Lu']);
  });
  it.todo('"Acme to send the contract" with "Ann Webb (Acme)" present gives the task to Ann Webb: office-holders reads any bracketed note after a name as an office, organizations included');
  it.todo('"Staff: uitgesteld" (a whole guests label over one lower-case word) still yields a guest named "uitgesteld"; a lower-case word could be a chat nick, so only a lexicon of outcome words would tell');
});

describe('long runs of spaces on a line of people', () => {
  it('"Present: Ann Webb<20,000 spaces>x" and a run of tabs before an address convert and keep the people', () => {
    const head = '# Committee meeting 12 March 2024\n\n';
    expect(names(meetingOf(`${head}Present: Ann Webb${' '.repeat(20_000)}x, Bo Hart\n`))).toContain('Bo Hart');
    expect(names(meetingOf(`${head}Present: Ann Webb${'\t'.repeat(20_000)}<ann@example.org>, Bo Hart\n`))).toEqual(['Ann Webb', 'Bo Hart']);
    expect(names(meetingOf(`${head}Present: Ann Webb, ${'q'.repeat(40_000)} bo@example.org\n`))[0]).toBe('Ann Webb');
  });
});

describe('"held on <date>" dates the meeting only when a meeting was held', () => {
  it('a club newsletter whose race "was held on Sunday 8 June 2025" is no minutes', () => {
    const page = '# Riverside Running Club – News\n\nWelcome to our new members!\n\n## Events\n\nThe summer 10K race was held on Sunday 8 June 2025 along the river path.\n\n## Committee\n\nThe committee agreed to raise membership fees to £30.\n';
    expect(meetingOf(page)).toBeNull();
  });
  it('"Our spring fair was held Saturday 12 April 2025" under a title gives no meeting date', () => {
    const page = '# Parish newsletter – Spring\n\nOur spring fair was held Saturday 12 April 2025 on the green.\n\nVolunteers:\nJoan Price\nHarold Mbeki\nSusan Oduya\n\nThe committee agreed the new hall hire rates. Motion carried.\n';
    expect(meetingOf(page)?.date ?? null).toBeNull();
  });
  it('the meeting, the body or the record held on a date still dates it', () => {
    for (const sentence of ['The AGM was held on Tuesday 4 March 2025 in the hall.', 'Minutes of the Parish Council held on 4 March 2025.', 'The steering committee held on 4 March 2025 its first session.', 'Held on 4 March 2025 at the library.']) {
      const page = `# Notes\n\n## Intro\n\n${sentence}\n\nPresent: Ann Webb, Bo Hart\n\nDecision: the budget is approved.\n`;
      expect(meetingOf(page)?.date, sentence).toBe('2025-03-04');
    }
  });
});

describe('a release number before a date', () => {
  it('a changelog whose release headings are "2.4.0 – 2025-03-01" and whose items say "Decided:" is no minutes', () => {
    const page = '# Changelog\n\n## 2.4.0 – 2025-03-01\n- Fixed: parser crash on empty lines\n- Decided: drop Node 16 support.\n\n## [2.3.0] - 2025-01-10\n- Removed: legacy exporter.\n';
    expect(meetingOf(page)).toBeNull();
  });
  it('a dotted date and a meeting numbered like a version keep their dates', () => {
    for (const heading of ['4.3.2025 – Board meeting', 'Board meeting 4.3.2025', 'Sprint 1.2.0 review 4 March 2025']) {
      expect(meetingOf(`# ${heading}\n\nPresent: Ann Webb, Bo Hart\n\nDecision: the budget is approved.\n`)?.date, heading).toBe('2025-03-04');
    }
  });
});

describe('decisions one a sentence, in the prose of a parish council', () => {
  const page = (body: string): string => `# Parish council meeting 4 March 2025\n\nPresent: Cllr Ann Webb, Dr. Bo Hart\n\n## 5. Business\n${body}\n`;
  it('"(St. Mary\'s Rd.)" ends no sentence: the decision keeps its whole object', () => {
    expect(meetingOf(page("It was agreed to object to application 25/0012 (St. Mary's Rd.). Approx. 20 residents attended."))?.decisions.map((d) => d.text)).toEqual(["It was agreed to object to application 25/0012 (St. Mary's Rd.)."]);
  });
  it('"A proposed that … . Seconded by B. Carried." decides the motion, not only who seconded it', () => {
    expect(meetingOf(page('Cllr Webb proposed that the precept be raised to £3.50 per household. Seconded by Dr. Hart. Carried.'))?.decisions.map((d) => d.text)).toEqual([
      'Cllr Webb proposed that the precept be raised to £3.50 per household. Seconded by Dr. Hart. Carried.',
    ]);
  });
});

describe('tasks a chat or a Markdown page types', () => {
  const page = (items: string): string => `# Engineering sync – 4 March 2025\n\nAttendees: Ann Webb, Bo Hart, Cy Dunn\n\n## Action items\n${items}\n`;
  it('":white_check_mark: Cy Dunn: close the old tickets" is done and owned by Cy Dunn, as with ✅', () => {
    const items = meetingOf(page('- :white_check_mark: Cy Dunn: close the old tickets\n- :white_check_mark: Bo Hart to archive the board'))?.actionItems;
    expect(items?.map((a) => [a.assignee, a.done])).toEqual([['Cy Dunn', true], ['Bo Hart', true]]);
  });
  it('"@Ann Webb and @Bo Hart draft the RFC" typed as text is owned by both', () => {
    const items = meetingOf(page('- @Ann Webb and @Bo Hart draft the RFC by 14 March\n- @Ann Webb, @Cy Dunn: book the room'))?.actionItems;
    expect(items?.map((a) => a.assignee)).toEqual(['Ann Webb, Bo Hart', 'Ann Webb, Cy Dunn']);
  });
});

describe('a label alone on its line over one person', () => {
  const storage = (para: string): string =>
    `<h2>Weekly check-in</h2><p>Meeting held 04/03/2025 in the loft.</p><p>Crew:<br/>Ann Webb<br/>Bo Hart<br/>Cy Dunn</p><p>${para}</p><ul><li>Bo Hart to renew the cert by 21/03</li></ul>`;
  const absent = (page: string): (string | null)[] =>
    ((JSON.parse(convert(page, { from: 'storage', to: 'json' }).output) as { meeting: Meeting | null }).meeting?.attendees ?? []).filter((a) => a.present === false).map((a) => a.name);
  it('"Out sick today:<br/>Dan Eze" after the list of who came is read as "Out sick today: Dan Eze" is: absent', () => {
    expect(absent(storage('Out sick today:<br/>Dan Eze'))).toEqual(['Dan Eze']);
    expect(absent(storage('Out sick today: Dan Eze'))).toEqual(['Dan Eze']);
  });
  it.todo('"Venue: Main Hall" (or "Venue:<br/>Main Hall") after a list of who came adds an attendee "Main Hall": one name alone after the list is read as a person whatever the label, and a place written as two capitalised words is not told from a name');
});

describe('"Minutes of …" as the page\'s title', () => {
  it('"# Minutes of the Board, 4 March 2025" dates the meeting; "## Minutes of 4 February 2025" under another title still does not', () => {
    expect(meetingOf('# Minutes of the Board, 4 March 2025\n\nPresent: Ann Webb, Bo Hart\n\nDecision: the budget is approved.\n')?.date).toBe('2025-03-04');
    expect(meetingOf('# Board meeting\n\nPresent: Ann Webb, Bo Hart\n\n## Minutes of 4 February 2025\n\nApproved.\n')?.date ?? null).toBeNull();
  });
});

describe('a dated minutes heading is the page\'s title', () => {
  it('"# Meeting minutes 4 March 2025" and "# Minutes – 4 March 2025" are the title; "# Minutes" alone is a section', () => {
    const body = '\n\nPresent: Ann Webb, Bo Hart\n\nDecision: the budget is approved.\n';
    expect(meetingOf(`# Meeting minutes 4 March 2025${body}`)?.title).toBe('Meeting minutes 4 March 2025');
    expect(meetingOf(`# Minutes – 4 March 2025${body}`)?.title).toBe('Minutes – 4 March 2025');
    expect(meetingOf(`# Minutes${body}`)?.title ?? null).toBeNull();
  });
});

describe('a title before a name in a sentence', () => {
  it('"Dr. Lu will circulate the accounts." keeps the title in the task text; the owner is the attendee', () => {
    const page = '# Club meeting 4 May 2030\n\n## Present\n\n- Bo Lu\n- Ann Webb\n\n## Notes\n\nThe accounts were discussed. Dr. Lu will circulate the accounts.\n';
    expect(meetingOf(page)!.actionItems.map((a) => [a.assignee, a.text])).toEqual([['Bo Lu', 'Dr. Lu will circulate the accounts.']]);
  });
});

describe('left for later (found by a hostile user, not fixed here)', () => {
  it.todo('a bake-sale sign-up "# Bake sale sign-up – 12 April 2025" with "Bakers:" one name a line and "- Ana Roe: brownies" items is read as minutes: the items count as speech, though "Name: one or two lower-case words" is who brings what');
  it.todo('an interview transcript with no heading over "Ana Roe: question" / "Ben Lu: answer" soft-broken lines, where only Ben Lu is listed (Guest:), glues "Ana Roe: Any regrets?" to the end of Ben Lu\'s note instead of a note of its own');
  it.todo('a Georgian title date "2025 წლის 4 მარტი" (year first with წლის) is not read; "4 მარტი 2025" is');
  it.todo('two Confluence mentions that show only an account id joined at the start of a task ("<user a1/> and <user b2/> plan the demo") give the assignee "a1" and keep "@a1 and @b2" in the text, though the page names both in its Attendees line: the joined-owners rule sees the id, not the name the page gives it');
  it.todo('"Meeting held 12/11 in the community room." with a Present list and an Actions section gives meeting: null: a day and month with no year is no meeting date, and without one the page is not minutes; the year of the page (its metadata) could complete it');
});

describe('a tally under Decisions', () => {
  it('"Motion to fund the fete: 1 for, 3 against." under a Decisions heading decides nothing; "… 4 for, 1 against." does', () => {
    const page = '# Grants panel 4 March 2025\n\nPresent: Ann Webb, Bo Hart, Cy Dunn\n\n## Decisions\n- The panel will meet quarterly.\n- Motion to fund the fete: 1 for, 3 against.\n- Motion to fund the choir: 4 for, 1 against.\n';
    expect(meetingOf(page)?.decisions.map((d) => d.text)).toEqual(['The panel will meet quarterly.', 'Motion to fund the choir: 4 for, 1 against.']);
  });
});

describe('a decision label line that goes on into other labels', () => {
  const decided = (para: string): string[] =>
    ((JSON.parse(convert(`<h1>Sprint review 4 March 2025</h1><p>Attendees: Ann Webb, Bo Hart</p><p>${para}</p>`, { from: 'storage', to: 'json' }).output) as { meeting: Meeting | null }).meeting?.decisions ?? []).map((d) => d.text);
  it('"Decided: ship on Friday. Declined: the offsite." keeps the decision; "Decision: deferred. Reason: no budget." has none', () => {
    expect(decided('Decided: ship on Friday. Declined: the offsite.')).toEqual(['ship on Friday.']);
    expect(decided('Decided: ship on Friday. Agreed: hire Bo.')).toEqual(['ship on Friday.', 'hire Bo.']);
    expect(decided('Decision: deferred. Reason: no budget.')).toEqual([]);
  });
});

const NAMES = ['Ann Webb', 'Bo Hart', 'Cy Dunn', 'Di Roe', 'Ed Lu'];
/** A different one-word name for each i ("Kalomi", "Lone", ...). */
function oneWordName(i: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'da', 'be'];
  let word = '';
  for (let n = i + 100; n > 0; n = Math.floor(n / 10)) word += syllables[n % 10]!;
  return `${word[0]!.toUpperCase()}${word.slice(1)}`;
}

describe('a people line grows linearly with the people it names', () => {
  const head = '# Committee meeting 12 March 2024\n\n';
  // Each duplicate was spliced out of the attendees (and each one-word name compared with every
  // attendee): 'Ann Webb, ' x 20,000 took 1.4 s of CPU against 0.13 s at 10,000 names, 20,000
  // different first names 25 s against 6.9 s at 10,000.
  it('"Present: Ann Webb, Ann Webb, …" and "Present: Kalo, Lone, …" (all different first names)', () => {
    expect(cpuGrowth((n) => meetingOf(`${head}Present: ${'Ann Webb, '.repeat(n)}Bo Hart\n`), 5_000)).toBeLessThan(8);
    expect(cpuGrowth((n) => meetingOf(`${head}Present: ${Array.from({ length: n }, (_, i) => oneWordName(i)).join(', ')}\n`), 2_500)).toBeLessThan(8);
    expect(names(meetingOf(`${head}Present: ${'Ann Webb, '.repeat(20_000)}Bo Hart\n`))).toEqual(['Ann Webb', 'Bo Hart']);
    expect(meetingOf(`${head}Present: ${Array.from({ length: 20_000 }, (_, i) => oneWordName(i)).join(', ')}\n`)?.attendees).toHaveLength(20_000);
  }, 60_000);
  it('a "Present:" label over 8,000 soft-broken names, one a line', () => {
    const page = (n: number): string => `${head}Present:\n${Array.from({ length: n }, (_, i) => `${oneWordName(i)} ${NAMES[i % 5]!.split(' ')[1]!}`).join('\n')}\n`;
    expect(cpuGrowth((n) => meetingOf(page(n)), 2_000)).toBeLessThan(8);
    expect(meetingOf(page(8_000))?.attendees).toHaveLength(8_000);
  }, 60_000);
});
