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
