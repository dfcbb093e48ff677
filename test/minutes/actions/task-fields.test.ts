import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { abbreviatedTaskFields } from '../../../src/minutes/actions/task-fields.js';
import { findDateInYear } from '../../../src/minutes/dates.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** My own page: a Czech school staff meeting, its tasks as paragraphs with "T:" and "Z:" fields in another order. */
const fromStorage = (storage: string): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('tasks with abbreviated deadline and owner fields', () => {
  it('reads both fields in either order, and only when both are there', () => {
    expect(abbreviatedTaskFields('Objednat učebnice (Z: Malá; T: 30. 9.)')).toEqual({ task: 'Objednat učebnice', due: '30. 9.', owner: 'Malá' });
    expect(abbreviatedTaskFields('Vyřídit žádost, T: ihned, Z: ředitelka')).toEqual({ task: 'Vyřídit žádost', due: 'ihned', owner: 'ředitelka' });
    expect(abbreviatedTaskFields('Plan B: meet again in May')).toBeNull();
    expect(abbreviatedTaskFields('T: 14:00, room 2')).toBeNull();
  });

  it('a day and a month with a space after the dot take the meeting year', () => {
    expect(findDateInYear('T: 30. 9.', 2031)).toBe('2031-09-30');
    expect(findDateInYear('do 5.11.', 2031)).toBe('2031-11-05');
  });

  it('the lines are tasks anywhere, their owner resolved by surname', () => {
    const m = fromStorage(
      '<h1>Pedagogická rada 10. 9. 2031</h1><p>Přítomni: Hana Malá, Karel Dušek, Eva Roubalová</p>' +
        '<p>Hana Malá: učebnice pro 6. třídu chybí.</p>' +
        '<p>Objednat učebnice (Z: Malá; T: 30. 9.)<br/>Připravit plán exkurzí – Z: Dušek, T: 1. 10. 2031</p>',
    );
    expect(m!.actionItems.map((a) => [a.text, a.assignee, a.due])).toEqual([
      ['Objednat učebnice', 'Hana Malá', '2031-09-30'],
      ['Připravit plán exkurzí', 'Karel Dušek', '2031-10-01'],
    ]);
  });
});
