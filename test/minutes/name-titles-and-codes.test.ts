import { describe, expect, it } from 'vitest';
import { withoutTitles } from '../../src/minutes/person-cell.js';

describe('titles abbreviated with a period before a name, in any language', () => {
  it('drops a capital and small letters with a period before a name of two words or more', () => {
    expect(withoutTitles('Cpl. Marta Lenz')).toBe('Marta Lenz');
    expect(withoutTitles('Gen. Ada Obi')).toBe('Ada Obi');
    expect(withoutTitles('Sdr. Kari Holm Berg')).toBe('Kari Holm Berg');
  });

  it('drops one or two letters with a period in a script without capitals', () => {
    expect(withoutTitles('م. سالم علي الكعبي')).toBe('سالم علي الكعبي');
    expect(withoutTitles('د. ليلى حسن')).toBe('ليلى حسن');
  });

  it('keeps initials, abbreviated given names and a name of one word after the title', () => {
    expect(withoutTitles('J. Smith')).toBe('J. Smith');
    expect(withoutTitles('Ma. Lourdes Reyes')).toBe('Ma. Lourdes Reyes');
    expect(withoutTitles('St. John Rivers')).toBe('St. John Rivers');
    expect(withoutTitles('Lt. Dahl')).toBe('Lt. Dahl');
  });

  it('drops a hyphenated office before a full name', () => {
    expect(withoutTitles('Club Vice-President Ola Berg')).toBe('Ola Berg');
    expect(withoutTitles('Co-Secretary Ines Pardo')).toBe('Ines Pardo');
  });
});

describe('a code of capitals and digits after a name (callsign, staff number)', () => {
  it('is no part of the name', async () => {
    const { convert } = await import('../../src/convert.js');
    const storage =
      '<p>Present: Ilse Marwitz DL3XYZ (Chair), Tobi Adeyemi 2E0TAB, Rosa Llull EA3RLL</p><p>Apologies: Hana Kraus OE1HKR</p>' +
      '<h2>Decisions</h2><ul><li>The field day budget was approved.</li></ul>';
    const meeting = (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: 'Club meeting 2026-05-05' } }).output) as {
      meeting: { attendees: { name: string | null; present: boolean | null }[] } | null;
    }).meeting;
    expect(meeting?.attendees.map((a) => [a.name, a.present])).toEqual([
      ['Ilse Marwitz', true],
      ['Tobi Adeyemi', true],
      ['Rosa Llull', true],
      ['Hana Kraus', false],
    ]);
  });
});
