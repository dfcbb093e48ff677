import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { actionStatus } from '../../../src/minutes/actions/status.js';
import { titledSurname } from '../../../src/minutes/actions/office-holders.js';

/** Invented pages: a choir committee, a robotics club, a lab's weekly call; worded unlike the evaluation sets. */
const NAMES: Record<string, string> = { 'acc-ines': 'Inès Marchetti', 'acc-bo': 'Bo Lindgren', 'acc-kai': 'Kai Tanaka' };
const from = (text: string, format: 'storage' | 'markdown'): Meeting | null =>
  (JSON.parse(convert(text, { from: format, to: 'json', meta: { title: null }, userNames: (u) => NAMES[u.accountId ?? ''] ?? null }).output) as { meeting: Meeting | null }).meeting;
const user = (id: string): string => `<ac:link><ri:user ri:account-id="${id}" /></ac:link>`;
const task = (body: string): string => `<ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task>`;

describe('several owners of one task', () => {
  it('mentions joined by "and" or "+" at the start of a task each own it; a mention later in the text does not', () => {
    const m = from(
      `<p>Date: 3 June 2031</p><h2>Attendees</h2><p>${user('acc-ines')} ${user('acc-bo')} ${user('acc-kai')}</p><h2>Action items</h2>` +
        `<ac:task-list>${task(`${user('acc-ines')} and ${user('acc-bo')} tune the spare harmonium`)}${task(`${user('acc-kai')} + ${user('acc-bo')} print the programmes`)}${task(`${user('acc-kai')} ask ${user('acc-ines')} about the venue`)}</ac:task-list>`,
      'storage',
    );
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Inès Marchetti, Bo Lindgren', 'Kai Tanaka, Bo Lindgren', 'Kai Tanaka']);
  });

  it('"@Full Name + @Full Name —" in a Markdown task, and two full names on a page that lists nobody', () => {
    const m = from(
      '# Robotics club, 12 May 2031\n\n## Next steps\n\n- [ ] @Odile Varga + @Pham Long — solder the spare motor board\n- [ ] Rafa Quist and Mette Dahl will book the gym for the demo\n- [ ] @Odile Varga — order new wheels\n',
      'markdown',
    );
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Odile Varga, Pham Long', 'Rafa Quist, Mette Dahl', 'Odile Varga']);
  });

  it('"Sales and Marketing will …" on a page that lists its people is a team, not two people', () => {
    const m = from('# Weekly call, 12 May 2031\n\nAttendees: Odile Varga, Pham Long\n\n## Actions\n\n- [ ] Sales and Marketing will draft the flyer\n', 'markdown');
    expect(m!.actionItems.map((a) => a.assignee)).not.toContain('Sales, Marketing');
  });
});

describe('titles, signatures and ticks', () => {
  it('"Asst. Director Ruiz" and "Dr. Haas" are the one attendee with that surname; a first name of another is not', () => {
    const names = ['Carmen Ruiz', 'Jonas Haas', 'Paul Ruiz-Lee'];
    expect(titledSurname('Asst. Director Ruiz', names)).toBe('Carmen Ruiz');
    expect(titledSurname('Dr. Haas', names)).toBe('Jonas Haas');
    expect(titledSurname('Paul Haas', names)).toBeNull();
    expect(titledSurname('Ruiz', names)).toBeNull();
  });

  it('the minutes\' signature ("Name, Secretary") under the actions is no action', () => {
    const m = from(
      '<p>Date: 9 April 2031</p><h2>Present</h2><ul><li>Carmen Ruiz</li><li>Jonas Haas</li></ul><h2>Actions</h2><ul><li>Jonas Haas to reserve the hall</li></ul><p>Respectfully submitted,<br/>Carmen Ruiz, Secretary</p>',
      'storage',
    );
    expect(m!.actionItems.map((a) => a.text)).toEqual(['Jonas Haas to reserve the hall']);
  });

  it('a chat tick written as its shortcode marks a task done', () => {
    expect(actionStatus('halt the rollout :white_check_mark: done in the call')).toBe(true);
    expect(actionStatus('halt the rollout :thinking_face:')).toBeNull();
  });
});

describe('an arrow after a sentence', () => {
  it('"→ Name — task" is a task; "→ we go with …" gives an outcome, nobody\'s task', () => {
    const m = from(
      '# Choir committee, 2 June 2031\n\nPresent: Inès Marchetti, Bo Lindgren\n\n- **Inès:** two quotes for the coach, €900 and €750. → we go with the cheaper one.\n\n→ Bo Lindgren — book the coach by 9 June\n',
      'markdown',
    );
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Bo Lindgren']);
  });
});
