import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { findDate, pageDateOrder } from '../../../src/minutes/dates.js';

/** Invented pages: a ferry timetable group, a rowing club in the Basque Country; worded unlike the evaluation sets. */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;

describe('a case ending glued to the year or the month (Basque and the like)', () => {
  it('reads "2031ko martxoaren 4a" and the same date without the endings', () => {
    expect(findDate('Eguna: 2031ko martxoaren 4a, asteartea')).toBe('2031-03-04');
    expect(findDate('2031 martxoa 4')).toBe('2031-03-04');
  });

  it('a number of people and a word is no date', () => {
    expect(findDate('2031 kide 4 talde')).toBeNull();
  });
});

describe('"Meeting held …" past the page opening', () => {
  const page = (held: string): string =>
    '<p>PRESENT: Ana Roe (chair), Ben Lu</p><p>APOLOGIES: Cy Vos</p><h2>Timetable working group</h2>' +
    `<p>${held}</p><h3>1. Winter timetable</h3><ul><li>Ana Roe to send the draft to the harbour office</li></ul>`;

  it('gives the date, even with the previous meeting named in the next sentence', () => {
    expect(fromStorage(page('Meeting held Thursday 6 March 2031, 09:00, harbour office. Previous meeting 27 Feb.'), 'Timetable group — week 10')!.date).toBe('2031-03-06');
  });

  it('a sentence about the next meeting held on a date is no date of this one', () => {
    expect(fromStorage(page('The next meeting will be held on Thursday 13 March 2031.'), 'Timetable group — week 10')?.date ?? null).not.toBe('2031-03-13');
  });
});

describe('days and months without a year tell how the page writes its slash dates', () => {
  it('"ETA 19/11" is day first, so "01/12" is the first of December', () => {
    expect(pageDateOrder('Vessel ETA 19/11 06:00, berth 2. Due 01/12.', false)).toBe('dmy');
    expect(pageDateOrder('Shipped 11/19, due 12/01.', false)).toBe('mdy');
  });

  it('"24/7" and scores are no dates', () => {
    expect(pageDateOrder('Support is 24/7; the quiz ended 18/20.', false)).toBeNull();
  });
});
