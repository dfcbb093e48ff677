import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Roll calls written in styles of set D (issue 13): people on one line parted by middle dots,
 * and others. Pages invented for the tests, in other words than the set D pages.
 */
const read = (text: string, from: 'storage' | 'markdown', title: string | null = 'Club night 2025-11-04'): Meeting | null =>
  (JSON.parse(convert(text, { from, to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.present]);

describe('people parted by middle dots', () => {
  it('reads each person between the dots of a labelled line', () => {
    const page = '# Chess club\n\n**Present:** Oren Blum (captain) · Tamsin Reyes · Ulrich Fass\n\n**Away:** Viv Ocampo\n\n## Fixtures\n\nWe play Harlow on Friday.\n';
    expect(people(read(page, 'markdown'))).toEqual([
      ['Oren Blum', true],
      ['Tamsin Reyes', true],
      ['Ulrich Fass', true],
      ['Viv Ocampo', false],
    ]);
  });
});

describe('one person a line under a heading of people', () => {
  it('reads each line of a paragraph as one person, the portfolio after a slash left out', () => {
    const page = '# Parks forum\n\nMembers in attendance\n---------------------\nLiesel Arndt (Greenway Trust) / Convenor, Minutes\nOmar Haddad (Riverside Allotments) / Volunteers\n\nSent regrets\n------------\nPia Lund (Greenway Trust) / Grants\n\n## Updates\n\nThe pond survey is done.\n';
    expect(read(page, 'markdown')!.attendees.map((a) => [a.name, a.organization, a.present])).toEqual([
      ['Liesel Arndt', 'Greenway Trust', true],
      ['Omar Haddad', 'Riverside Allotments', true],
      ['Pia Lund', 'Greenway Trust', false],
    ]);
  });
});
