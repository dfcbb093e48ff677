import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';
import { sharedSeat, surnameFirstList } from '../../src/minutes/person-cell.js';

/**
 * Attendance as other bodies write it (issue 13: people lines, presence, columns by what they
 * hold). Pages invented for the tests, in other words than the k- evaluation pages.
 */
const read = (text: string, from: 'storage' | 'markdown' = 'storage', title: string | null = 'Club night 2025-11-04'): Meeting | null =>
  (JSON.parse(convert(text, { from, to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const rows = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.organization, a.role, a.present, a.alternateFor]);
const names = (m: Meeting | null) => m!.attendees.map((a) => a.name);

describe('"Surname, Given" entries parted by semicolons', () => {
  it('turns each entry round when every entry has that shape', () => {
    expect(surnameFirstList(['Okoro, Ada', 'Lind-Berg, Per', 'McAuley, Ruth Ann'], new Set())).toEqual(['Ada Okoro', 'Per Lind-Berg', 'Ruth Ann McAuley']);
  });

  it('leaves "Name, Company" entries, countries, jobs and a single entry alone', () => {
    expect(surnameFirstList(['Ada Okoro, Helix Labs', 'Per Berg, Nordvik'], new Set())).toBeNull();
    expect(surnameFirstList(['Okoro, Helix Inc', 'Berg, Nordvik'], new Set(['nordvik']))).toBeNull();
    expect(surnameFirstList(['Okoro, Nigeria', 'Berg, Norway'], new Set())).toBeNull();
    expect(surnameFirstList(['Okoro, Treasurer', 'Berg, Secretary'], new Set())).toBeNull();
    expect(surnameFirstList(['Okoro, Ada'], new Set())).toBeNull();
  });

  it('reads a "Present:" line of such entries as people, not people with organizations', () => {
    const page = '<h1>Library board</h1><p>Present: Okoro, Ada; Lindqvist, Per; Moreau, Claire</p><p>Apologies: Tanaka, Yui; Berg, Nils</p><h2>Notes</h2><p>Opening hours were discussed.</p>';
    expect(rows(read(page))).toEqual([
      ['Ada Okoro', null, 'participant', true, null],
      ['Per Lindqvist', null, 'participant', true, null],
      ['Claire Moreau', null, 'participant', true, null],
      ['Yui Tanaka', null, 'participant', false, null],
      ['Nils Berg', null, 'participant', false, null],
    ]);
  });
});

describe('"(for Name)" after a senator who sat in', () => {
  it('makes the person an alternate for the named member; "(for item 3)" names nobody', () => {
    const page =
      '<h1>Senate</h1><p><strong>Present:</strong> Ines Ferraz, Tomas Lind (for Maja Sorensen), Ruth Obi (for item 3)</p><h2>Notes</h2><p>The calendar was approved.</p>';
    expect(rows(read(page))).toEqual([
      ['Ines Ferraz', null, 'participant', true, null],
      ['Tomas Lind', null, 'alternate', true, 'Maja Sorensen'],
      ['Ruth Obi', null, 'participant', true, null],
    ]);
  });
});

describe('cells and lines that name nobody, or two people', () => {
  it('splits a slash between two full names, not before an office', () => {
    expect(sharedSeat('Kai Moor / Lena Park')).toEqual(['Kai Moor', 'Lena Park']);
    expect(sharedSeat('Kai Moor / Treasurer')).toEqual(['Kai Moor / Treasurer']);
    expect(sharedSeat('Kai Moor / Acme Inc')).toEqual(['Kai Moor / Acme Inc']);
  });

  it('reads "Open", "Vacant", "All" and "TBD" seats as nobody, and a shared seat as two people', () => {
    const page =
      '<h1>School council</h1><table><tbody><tr><th>Office</th><th>Name</th><th>Present</th></tr>' +
      '<tr><td>Chair</td><td>Rosa Lind</td><td>Yes</td></tr><tr><td>Events</td><td>Kai Moor / Lena Park</td><td>No</td></tr>' +
      '<tr><td>Grants</td><td>Open</td><td>No</td></tr><tr><td>Sport</td><td>All</td><td>Yes</td></tr><tr><td>Music</td><td>TBD</td><td>No</td></tr></tbody></table><h2>Notes</h2><p>Budget agreed.</p>';
    expect(names(read(page))).toEqual(['Rosa Lind', 'Kai Moor', 'Lena Park']);
  });

  it('reads a chat handle with underscores as the name it joins', () => {
    const page = '<h1>Task force</h1><p><strong>Present:</strong> Ana_Roe, bo, Cy_De_Vries</p><h2>Notes</h2><p>Drafts reviewed.</p>';
    expect(names(read(page))).toEqual(['Ana Roe', 'bo', 'Cy De Vries']);
  });
});
