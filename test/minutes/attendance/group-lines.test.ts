import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** Invented telecon pages: who was on the call, grouped by where they come from. */
const fromStorage = (storage: string): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.organization, a.present]);

describe('who was on a call', () => {
  it('"On the call:" and "Dialled in:" are attendance', () => {
    const m = fromStorage('<h1>Detector sync 4 June 2025</h1><p>On the call: Ana Roe, Bo Li</p><p>Dialled in:</p><ul><li>Cy Dee</li></ul>');
    expect(people(m)).toEqual([['Ana Roe', null, true], ['Bo Li', null, true], ['Cy Dee', null, true]]);
  });

  it('a person of an "Institute: Name, Name" line keeps the group\'s organization when a note in brackets follows the name', () => {
    const m = fromStorage(`<h1>Readout telecon 4 June 2025</h1><p><strong>Connected:</strong></p><ul>
      <li>Rivergate Labs: Ana Roe (chair), Bo Li</li><li>Univ. Tarn: Cy Dee (remote)</li></ul>`);
    expect(people(m)).toEqual([['Ana Roe', 'Rivergate Labs', true], ['Bo Li', 'Rivergate Labs', true], ['Cy Dee', 'Univ. Tarn', true]]);
  });
});

describe('people grouped under the organization they came from', () => {
  it('the group\'s organization wins over a department or title in brackets; "Could not join:" in the same block is absent', () => {
    const m = fromStorage(`<p>Partner review 9 July 2025</p><p><strong>Attendees</strong></p>
      <p><strong>Harbour Mills:</strong> Ana Roe (Procurement), Bo Li (Head of IT)<br/><strong>Could not join:</strong> Cy Dee (Harbour Mills)</p>
      <p><strong>Decisions</strong></p><ul><li>The pilot is extended by one month.</li></ul>`);
    expect(people(m)).toEqual([['Ana Roe', 'Harbour Mills', true], ['Bo Li', 'Harbour Mills', true], ['Cy Dee', 'Harbour Mills', false]]);
  });
});

describe('people written after the numbered place they stand for', () => {
  it('"Apt 2 – Name, Name; Apt 5 – Name" gives each person, the apartment neither a person nor an organization', () => {
    const m = fromStorage(`<p>Residents' association, 5 October 2025</p>
      <p><strong>Present:</strong> Apt 2 – Lena Park, Omar Haddad; Apt 5 – Rui Costa</p><p><strong>Apologies:</strong> Apt 9 – Mia Holt</p>
      <p><strong>Chair:</strong> Tess Quinn (Apt 7)</p><h3>Decisions</h3><ul><li>The bike store gets a new lock.</li></ul>`);
    expect(people(m)).toEqual(expect.arrayContaining([['Lena Park', null, true], ['Omar Haddad', null, true], ['Rui Costa', null, true], ['Mia Holt', null, false]]));
    expect(m!.attendees.find((a) => a.name === 'Tess Quinn')?.organization ?? null).toBeNull();
    expect(m!.attendees.some((a) => /Apt/.test(a.name ?? ''))).toBe(false);
  });
});
