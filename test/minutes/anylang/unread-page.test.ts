import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** Invented pages in languages no word list covers: what makes one minutes when its words cannot be read. */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const tasks = (...bodies: string[]): string =>
  `<ac:task-list>${bodies.map((b, i) => `<ac:task><ac:task-id>${i + 1}</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>${b}</ac:task-body></ac:task>`).join('')}</ac:task-list>`;
const tick = '<ac:emoticon ac:name="tick" />';
const cross = '<ac:emoticon ac:name="cross" />';
const row = (name: string, mark: string): string => `<tr><td>${name}</td><td>${mark}</td></tr>`;

describe('a page read without its words', () => {
  it('is no meeting when it holds only a date and tasks (a project page: the date may be an update or a deadline)', () => {
    expect(fromStorage(`<p><strong>Diweddarwyd:</strong> 2 Ebrill 2024</p><h2>Tîm</h2><table><tbody><tr><th>Enw</th><th>Rôl</th></tr><tr><td>Gwen Pryce</td><td>Rheolwr</td></tr></tbody></table>${tasks('mewnforio data', 'cytuno ar y gyllideb')}`)).toBeNull();
  });

  it('is a meeting when people are listed at its opening besides the date and tasks', () => {
    const m = fromStorage(`<p><strong>Dyddiad:</strong> 2 Ebrill 2024</p><p><strong>Yn bresennol:</strong> Gwen Pryce, Rhys Morgan</p>${tasks('mewnforio data')}`);
    expect(m?.date).toBe('2024-04-02');
    expect(m?.actionItems).toHaveLength(1);
  });

  it('is a meeting with a table of names and presence marks, someone marked absent, and tasks', () => {
    const m = fromStorage(`<h1>Cyfarfod</h1><p>2 Ebrill 2024</p><table><tbody><tr><th>Enw</th><th>Yno</th></tr>${row('Gwen Pryce', tick)}${row('Rhys Morgan', cross)}${row('Elin Jones', tick)}</tbody></table>${tasks('mewnforio data')}`, 'Tudalen');
    expect(m?.attendees.map((a) => [a.name, a.present])).toEqual([
      ['Gwen Pryce', true],
      ['Rhys Morgan', false],
      ['Elin Jones', true],
    ]);
  });

  it('is no meeting for a directory with availability marks and no tasks', () => {
    expect(fromStorage(`<p>Diweddarwyd 10.04.2024</p><table><tbody><tr><th>Enw</th><th>Ar gael</th></tr>${row('Gwen Pryce', tick)}${row('Rhys Morgan', cross)}</tbody></table>`)).toBeNull();
  });

  it('keeps an English sign-up sheet with ticks and tasks no meeting: a column no word calls presence', () => {
    expect(fromStorage(`<h1>Clean-up day 12 April 2025</h1><table><tbody><tr><th>Name</th><th>Confirmed</th></tr>${row('Gwen Pryce', '✓')}${row('Rhys Morgan', '')}</tbody></table>${tasks('Print the briefing')}`)).toBeNull();
  });
});

describe('one list of names and a date, read without the words', () => {
  it('is no meeting: a team page or an event\'s speakers', () => {
    expect(fromStorage('<p><strong>Diweddarwyd:</strong> 3 Ebrill 2024</p><p><strong>Tîm:</strong> Gwen Pryce, Rhys Morgan, Elin Jones</p><h2>Nodau</h2><ul><li>Fersiwn newydd erbyn Mehefin</li></ul>')).toBeNull();
    expect(fromStorage('<h1>Gweithdy 12 Mai 2024</h1><p><strong>Siaradwyr:</strong> Gwen Pryce, Rhys Morgan</p><h2>Rhaglen</h2><ul><li>09:00 Croeso</li></ul>')).toBeNull();
  });

  it('is a meeting with a second list after it (who did not come)', () => {
    const m = fromStorage('<p>3 Ebrill 2024</p><p><strong>Yn bresennol:</strong> Gwen Pryce, Rhys Morgan</p><p><strong>Ymddiheuriadau:</strong> Elin Jones</p>');
    expect(m?.attendees.map((a) => [a.name, a.present])).toEqual([
      ['Gwen Pryce', true],
      ['Rhys Morgan', true],
      ['Elin Jones', null],
    ]);
  });
});
