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

describe('a roll call told in sentences', () => {
  it('reads "Present were …; … sent apologies." and "Also in attendance was …", places and crowds naming nobody', () => {
    const page =
      '<h1>Bowls club – committee meeting 2025-11-04</h1><p>Present were Hana Ito, Luc Moreau and Tess Quinn; Omar Saleh sent apologies.</p>' +
      '<p>Also in attendance was Vera Lind (Club Steward).</p><p>Absent were representatives from the North Green and Dale sites.</p><h2>Greens</h2><p>Mowing starts in March.</p>';
    expect(rows(read(page))).toEqual([
      ['Hana Ito', null, 'member', true, null],
      ['Luc Moreau', null, 'member', true, null],
      ['Tess Quinn', null, 'member', true, null],
      ['Omar Saleh', null, 'member', false, null],
      ['Vera Lind', null, 'guest', true, null],
    ]);
  });

  it('reads nobody from prose that only mentions attending', () => {
    const page = '<h1>Team sync 2025-11-04</h1><p>Attendees:</p><ul><li>Ana Roe</li></ul><p>The team attended the fire drill. Ana presented the roadmap.</p>';
    expect(names(read(page))).toEqual(['Ana Roe']);
  });

  it('takes a first name alone, as a later sentence writes it, for the one listed person it begins', () => {
    const page =
      '<h1>Interop call 2025-11-04</h1><table><tbody><tr><th>Name</th><th>Company</th><th>Present</th></tr><tr><td>Pia Holm</td><td>Corvane</td><td>N</td></tr><tr><td>Emil Sand</td><td>Corvane</td><td>Y</td></tr></tbody></table>' +
      '<p>Pia sent regrets; Emil Sand attended in her place.</p>';
    expect(rows(read(page)).map((r) => [r[0], r[3]])).toEqual([
      ['Pia Holm', false],
      ['Emil Sand', true],
    ]);
  });
});

describe('a table parted by label rows', () => {
  it('reads "Present:", "In attendance:" and "Apologies:" rows as the kinds of the people under them; a cell of jobs is no name', () => {
    const page =
      '<p>Audit Committee – minutes of 4 November 2025</p><table><tbody>' +
      '<tr><td><strong>Present:</strong></td><td></td></tr><tr><td>Dr Ines Ferraz</td><td>Non-Executive Director (Chair) (IF)</td></tr><tr><td>Mr Paul Ochs</td><td>Finance Director (PO)</td></tr>' +
      '<tr><td><strong>In attendance:</strong></td><td></td></tr><tr><td>Ms Rhea Dunn</td><td>Head of Internal Audit (RD)</td></tr>' +
      '<tr><td><strong>Apologies:</strong></td><td></td></tr><tr><td>Mr Ken Abe</td><td>Chief Executive (KA)</td></tr></tbody></table><h2>1. Welcome</h2><p>The meeting was quorate.</p>';
    expect(rows(read(page, 'storage', 'Audit Committee 2025-11-04'))).toEqual([
      ['Ines Ferraz', null, 'member', true, null],
      ['Paul Ochs', null, 'member', true, null],
      ['Rhea Dunn', null, 'guest', true, null],
      ['Ken Abe', null, 'member', false, null],
    ]);
  });

  it('reads a label in the first cell with the people beside it and below it', () => {
    const page =
      '<h1>Trust board 2025-11-04</h1><table><tbody><tr><td>Present</td><td>Ines Ferraz</td><td>Chair</td></tr><tr><td></td><td>Paul Ochs</td><td>Acme Ltd</td></tr>' +
      '<tr><td>Apologies</td><td>Ken Abe</td><td>Treasurer</td></tr></tbody></table><h2>Notes</h2><p>Accounts approved.</p>';
    expect(rows(read(page)).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Ines Ferraz', null, true],
      ['Paul Ochs', 'Acme Ltd', true],
      ['Ken Abe', null, false],
    ]);
  });

  it('leaves "Present | Name | Affiliation" roll calls and tables of minutes to the column rules', () => {
    const page =
      '<h1>WG call 2025-11-04</h1><table><tbody><tr><th>Present</th><th>Name</th><th>Affiliation</th></tr><tr><td>yes</td><td>Ana Roe</td><td>Helix</td></tr><tr><td>no</td><td>Bo Li</td><td>Nordvik</td></tr></tbody></table>';
    expect(rows(read(page)).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Ana Roe', 'Helix', true],
      ['Bo Li', 'Nordvik', false],
    ]);
  });
});

describe('a label alone on its line, the people on the next', () => {
  it('reads the one line under "Present" as a list of handles and names; "Chair" labels the chair, and is nobody', () => {
    const page =
      '<h1>Task force 2025-11-04</h1><h2>Attendees</h2><p><strong>Present</strong><br/>Ana_Roe, bo, Cy Dee, dmitri</p><p><strong>Regrets</strong><br/>Eva_Lund, fei</p><p><strong>Chair</strong><br/>bo</p><h2>Minutes</h2><p>Drafts reviewed.</p>';
    expect(rows(read(page)).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Ana Roe', null, true],
      ['bo', null, true],
      ['Cy Dee', null, true],
      ['dmitri', null, true],
      ['Eva Lund', null, false],
      ['fei', null, false],
    ]);
  });

  it('keeps "Name, Company" whole on the line under a label', () => {
    const page = '<h1>Vendor call 2025-11-04</h1><p><strong>Attendees</strong><br/>Ana Roe, Helix</p><h2>Notes</h2><p>Pricing discussed.</p>';
    expect(rows(read(page)).map((r) => [r[0], r[1]])).toEqual([['Ana Roe', 'Helix']]);
  });
});

describe('Japanese minutes (議事録)', () => {
  it('reads 出席者 and 欠席者 lines with full-width colons, brackets and ideographic commas; 記録 and (敬称略) name nobody new', () => {
    const page =
      '<h1>定例会議 議事録</h1><p>出席者：小林 誠（総務部）、中村 由美、Tom Hale（Acme）</p><p>欠席者：森 大輔</p><p>記録：中村 由美</p><p>（敬称略）</p><h2>議題</h2><ol><li>予算</li></ol><h2>決定事項</h2><ul><li>予算案を承認する。</li></ul>';
    expect(rows(read(page, 'storage', '定例会議 2025-11-04')).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['小林 誠', '総務部', true],
      ['中村 由美', null, true],
      ['Tom Hale', 'Acme', true],
      ['森 大輔', null, false],
    ]);
  });

  it('reads a 氏名 | 所属 | 出欠 table with ○ and ×', () => {
    const page = '<h1>委員会</h1><table><tbody><tr><th>氏名</th><th>所属</th><th>出欠</th></tr><tr><td>小林 誠</td><td>総務部</td><td>○</td></tr><tr><td>森 大輔</td><td>経理部</td><td>×</td></tr></tbody></table><h2>議題</h2><p>予算</p>';
    expect(rows(read(page, 'storage', '委員会 2025-11-04')).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['小林 誠', '総務部', true],
      ['森 大輔', '経理部', false],
    ]);
  });
});

describe('titles and bodies in other words', () => {
  it('drops German academic titles (Dipl.-Ing., Mag., Univ.-Prof.) before names; a Vorstandssitzung is a board meeting', () => {
    const page =
      '<h1>Vorstandssitzung Ruderclub</h1><p><strong>Anwesend:</strong> Dipl.-Ing. Jana Ott, Mag. Leo Brandt, Univ.-Prof. Dr. Eva Stein</p><p><strong>Gäste:</strong> Tim Roth</p><h2>TOP 1</h2><p>Bootshaus.</p>';
    expect(rows(read(page, 'storage', 'Vorstandssitzung 2025-11-04')).map((r) => [r[0], r[2]])).toEqual([
      ['Jana Ott', 'member'],
      ['Leo Brandt', 'member'],
      ['Eva Stein', 'member'],
      ['Tim Roth', 'guest'],
    ]);
  });
});

describe('a chat meeting roll call', () => {
  it('reads "present+ Name" and "<nick> present+" lines as present, "regrets+ Name" as absent; queue lines name nobody', () => {
    const page =
      '<h1>Media WG 2025-11-04</h1><h2>Minutes</h2><p>present+ Ana_Roe</p><p>&lt;bo&gt; present+</p><p>regrets+ Cy_Dee</p><p>&lt;bo&gt; q+</p><p>&lt;Ana_Roe&gt; ack bo</p><p>bo: The captions draft is ready.</p>';
    expect(rows(read(page)).map((r) => [r[0], r[3]])).toEqual([
      ['Ana Roe', true],
      ['bo', true],
      ['Cy Dee', false],
    ]);
  });
});

describe('the record of a vote', () => {
  it('reads nobody from a vote table or lines under "Roll call vote", though "Roll call" above lists the members', () => {
    const page =
      '<h1>Council</h1><h2>Roll call</h2><p>Present: Ana Roe, Bo Li, Cy Dee</p><h2>Motion 1</h2><p>Motion to adopt the budget.</p><h3>Roll call vote</h3><p>Aye: Roe, Li<br/>Nay: Dee</p>' +
      '<table><tbody><tr><th>Member</th><th>Vote</th></tr><tr><td>Ana Roe</td><td>Aye</td></tr><tr><td>Dan Oh</td><td>Nay</td></tr></tbody></table><p>Motion carried.</p>';
    expect(rows(read(page, 'storage', 'Council 2025-11-04')).map((r) => [r[0], r[3]])).toEqual([
      ['Ana Roe', true],
      ['Bo Li', true],
      ['Cy Dee', true],
    ]);
  });
});

describe('a line of proxies', () => {
  it('reads "Proxies: A for B, C (for D)" as A and C there as alternates for B and D', () => {
    const page =
      '<h1>Members meeting</h1><p>Present: Ana Roe, Bo Li</p><p>Apologies: Cy Dee, Eva Lund</p><p>Proxies: Bo Li for Cy Dee, Tom Oyelaran (for Eva Lund)</p><h2>Notes</h2><p>Accounts adopted.</p>';
    expect(rows(read(page, 'storage', 'Members meeting 2025-11-04'))).toEqual([
      ['Ana Roe', null, 'participant', true, null],
      ['Bo Li', null, 'alternate', true, 'Cy Dee'],
      ['Cy Dee', null, 'participant', false, null],
      ['Eva Lund', null, 'participant', false, null],
      ['Tom Oyelaran', null, 'alternate', true, 'Eva Lund'],
    ]);
  });
});
