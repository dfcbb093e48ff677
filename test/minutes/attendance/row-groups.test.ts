import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { presenceFromMarkedText } from '../../../src/minutes/presence.js';

interface Meeting {
  attendees: { name: string | null; role: string; present: boolean | null }[];
}

function meetingOf(storage: string, title: string): Meeting | null {
  return (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
}

const rows = (pairs: [string, string][]) => pairs.map(([n, p]) => `<td>${n}</td><td>${p}</td>`);

describe('attendance tables grouped by row headers and group rows', () => {
  it('a row-header cell spanning rows groups them: the members\' group sits, the others attend', () => {
    const gov = rows([['Nadia Haddad', 'Yes'], ['Owen Pike', 'Yes'], ['Lena Vogt', 'No']]);
    const clerk = rows([['Ines Moreau', 'Yes']]);
    const storage =
      '<h2>Attendance</h2><table><tbody><tr><th> </th><th>Name</th><th>Here</th></tr>' +
      `<tr><th rowspan="3">Governors</th>${gov[0]}</tr><tr>${gov[1]}</tr><tr>${gov[2]}</tr>` +
      `<tr><th>Clerk</th>${clerk[0]}</tr></tbody></table>` +
      '<h2>Minutes of the last meeting</h2><p>Approved.</p>';
    const meeting = meetingOf(storage, 'Board of Governors meeting 2025-05-06');
    expect(meeting?.attendees.map((a) => [a.name, a.role, a.present])).toEqual([
      ['Nadia Haddad', 'member', true],
      ['Owen Pike', 'member', true],
      ['Lena Vogt', 'member', false],
      ['Ines Moreau', 'guest', true],
    ]);
  });

  it('a spanning row under a guests\' label ("In attendance") starts the guests; the numbered attendance above it is the seats', () => {
    const storage =
      '<h2>2. Attendance</h2><table><tbody><tr><th>Name</th><th>Office</th><th>Attended</th></tr>' +
      '<tr><td>Tomas Berg</td><td>Chair</td><td>Yes</td></tr><tr><td>Aiko Mori</td><td>Secretary</td><td>Part (items 3–6)</td></tr>' +
      '<tr><td colspan="3">In attendance</td></tr><tr><td>Rui Costa</td><td>Auditor</td><td>Yes</td></tr></tbody></table>' +
      '<h2>3. Decisions</h2><p>Approved the budget.</p>';
    const meeting = meetingOf(storage, 'Audit Committee minutes 2025-03-04');
    expect(meeting?.attendees.map((a) => [a.name, a.role, a.present])).toEqual([
      ['Tomas Berg', 'member', true],
      ['Aiko Mori', 'member', true],
      ['Rui Costa', 'guest', true],
    ]);
  });

  it('a mark word followed by words about it is the mark', () => {
    expect(presenceFromMarkedText('Present for item 2 only')).toBe(true);
    expect(presenceFromMarkedText('Absent today')).toBe(false);
    expect(presenceFromMarkedText('Part (items 1–3)')).toBe(true);
    expect(presenceFromMarkedText('Maybe later')).toBeNull();
    // An en dash in a presence column is no mark of presence, like a hyphen or an em dash.
    expect(presenceFromMarkedText('–')).toBe(false);
  });
});

describe('a table of people with a presence column marked ✓ and –, under no attendance heading', () => {
  it('is the attendance', () => {
    const storage =
      '<p>Shift handover, <time datetime="2026-02-03" /></p><table><tbody><tr><th>Line</th><th>Lead</th><th>On the floor</th></tr>' +
      '<tr><td>Paint</td><td>Oskar Brandt</td><td>✓</td></tr><tr><td>Press</td><td>Lea Martin</td><td>–</td></tr>' +
      '<tr><td>Pack</td><td>Ivo Kranjc</td><td>✓ (late)</td></tr></tbody></table><h2>Actions</h2><ul><li>Oskar Brandt to order gloves</li></ul>';
    expect(meetingOf(storage, 'Tier 1 meeting 2026-02-03')?.attendees.map((a) => [a.name, a.present])).toEqual([
      ['Oskar Brandt', true],
      ['Lea Martin', false],
      ['Ivo Kranjc', true],
    ]);
  });
});
