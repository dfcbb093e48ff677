import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { looksLikeName } from '../../../src/minutes/anylang/unlisted-people.js';

/** Invented pages in languages no word list of ours covers: people read by the shape of what a short label holds. */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.role, a.present]);
const task = (body: string): string =>
  `<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>${body}</ac:task-body></ac:task></ac:task-list>`;

describe('the shape of a name', () => {
  it('is two to four capitalised words, or two or three words of a script without capitals', () => {
    expect(looksLikeName('Gwen Pryce')).toBe(true);
    expect(looksLikeName('Шевчук О. П.')).toBe(true);
    expect(looksLikeName('أحمد خليل')).toBe(true);
    expect(looksLikeName('Gwen')).toBe(false);
    expect(looksLikeName('12 Mawrth 2024')).toBe(false);
    expect(looksLikeName('Adolygu cyllideb y flwyddyn')).toBe(false);
    expect(looksLikeName('10:00')).toBe(false);
  });
});

describe('people under a label of no known language', () => {
  it('reads the first "Label: A, B" line of the opening as who came', () => {
    const m = fromStorage(`<p><strong>Dyddiad:</strong> 12 Mawrth 2024</p><p><strong>Yn bresennol:</strong> Gwen Pryce, Rhys Morgan, Elin Jones</p>${task('Rhys Morgan: anfon y cofnodion')}`);
    expect(people(m)).toEqual([
      ['Gwen Pryce', 'participant', true],
      ['Rhys Morgan', 'participant', true],
      ['Elin Jones', 'participant', true],
    ]);
    expect(m!.date).toBe('2024-03-12');
  });

  it('reads a later list of the opening with its presence unknown: without the words, absent and guest look alike', () => {
    const m = fromStorage(`<p>12 Mawrth 2024</p><p><strong>Yn bresennol:</strong> Gwen Pryce, Rhys Morgan</p><p><strong>Ymddiheuriadau:</strong> Elin Jones</p>${task('Gwen Pryce: trefnu ystafell')}`);
    expect(people(m)).toEqual([
      ['Gwen Pryce', 'participant', true],
      ['Rhys Morgan', 'participant', true],
      ['Elin Jones', 'participant', null],
    ]);
  });

  it('reads a list of names under a short heading, a role after a comma left out of the name', () => {
    const m = fromStorage(`<p>12 Mawrth 2024</p><h2>Pjesëmarrës</h2><ol><li>Arben Hoxha, kryetar</li><li>Drita Krasniqi</li></ol><h2>Tema</h2><ul><li>Buxheti vjetor</li></ul>${task('Drita Krasniqi: përgatit raportin')}`);
    expect(people(m)).toEqual([
      ['Arben Hoxha', 'participant', true],
      ['Drita Krasniqi', 'participant', true],
    ]);
  });

  it('does not take a label whose value is a date, a time or a place for people', () => {
    const m = fromStorage(`<p><strong>Dyddiad:</strong> 12 Mawrth 2024<br /><strong>Amser:</strong> 10:00<br /><strong>Lleoliad:</strong> Ystafell Dau</p><p><strong>Yn bresennol:</strong> Gwen Pryce, Rhys Morgan</p>${task('Gwen Pryce: trefnu')}`);
    expect(people(m).map((p) => p[0])).toEqual(['Gwen Pryce', 'Rhys Morgan']);
  });

  it('does not read a list of topics under a second heading as people', () => {
    const m = fromStorage(`<p>12 Mawrth 2024</p><h2>Pjesëmarrës</h2><ul><li>Arben Hoxha</li><li>Drita Krasniqi</li></ul><h2>Tema</h2><ul><li>Buxheti Vjetor</li><li>Plani Ri</li></ul>${task('Arben Hoxha: raporti')}`);
    expect(people(m).map((p) => p[0])).toEqual(['Arben Hoxha', 'Drita Krasniqi']);
  });

  it('reads no one when a line of the opening mixes names and other words', () => {
    const m = fromStorage(`<p>12 Mawrth 2024</p><p><strong>Nodyn:</strong> Gwen Pryce, adroddiad blynyddol</p>${task('Gwen Pryce: trefnu')}`, 'Cyfarfod tîm');
    expect(m === null ? [] : people(m)).toEqual([]);
  });
});

describe('a name with a remark after a dash, in a list under a label of no known language', () => {
  it('reads "Name – job" and "Name — remark" items as the name', () => {
    const m = fromStorage(
      '<h2>Dalyvavo</h2><ul><li>Rūta Jankauskienė (komandos vadovė)</li><li>Tomas Petrauskas – programuotojas</li><li>Ieva Kazlauskaitė — dizainerė</li></ul>' +
        `<h2>Darbotvarkė</h2><ol><li>Leidimas 2.1</li></ol>${task('Tomas Petrauskas: paruošti leidimą')}`,
      'Komandos susitikimas 2026-04-02',
    );
    expect(people(m)).toEqual([
      ['Rūta Jankauskienė', 'participant', true],
      ['Tomas Petrauskas', 'participant', true],
      ['Ieva Kazlauskaitė', 'participant', true],
    ]);
  });
});

describe('titles before a name read by shape', () => {
  it('are dropped', () => {
    const m = fromStorage(
      '<p><strong>Dalyvavo:</strong> Dr. Rūta Jankauskienė, Prof. Tomas Petrauskas, Ing. Ieva Kazlauskaitė</p>' + task('Tomas Petrauskas: paruošti leidimą'),
      'Komandos susitikimas 2026-04-02',
    );
    expect(people(m)).toEqual([
      ['Rūta Jankauskienė', 'participant', true],
      ['Tomas Petrauskas', 'participant', true],
      ['Ieva Kazlauskaitė', 'participant', true],
    ]);
  });
});
