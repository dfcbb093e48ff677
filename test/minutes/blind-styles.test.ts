import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';
import { isJobTitle, parsePersonText } from '../../src/minutes/person-cell.js';
import { findDate } from '../../src/minutes/dates.js';

/**
 * Invented pages, one rule each, for the styles the blind set D showed we missed (issue 13), each
 * in another wording than the D page that revealed it, with a case the rule must leave alone.
 */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const fromMarkdown = (markdown: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.organization, a.role, a.present]);
const none = { knownOrganizations: new Set<string>() };

describe('jobs and titles around a name', () => {
  it.each([
    ['County Engineer Bram Osei', 'Bram Osei'],
    ['Assistant Borough Solicitor Ines Falk', 'Ines Falk'],
    ['The Revd Canon Tobit Marr', 'Tobit Marr'],
    ['Librarian Hedda Vos', 'Hedda Vos'],
    ['Profa. Dra. Leta Quirino', 'Leta Quirino'],
    ['PCSO Ivo Tamm', 'Ivo Tamm'],
  ])('a job or title before the name is not part of it: %j', (text, name) => {
    expect(parsePersonText(text, none)?.name).toBe(name);
  });

  it('keeps a name whose first word only looks like a job when no full name follows', () => {
    expect(parsePersonText('Chief Holt', none)?.name).toBe('Chief Holt');
    expect(parsePersonText('Principal Mews, Harlow', none)?.name).toBe('Principal Mews');
  });

  it.each(['co-opted member', 'parish architect', 'secretaria de actas', 'representante discente', 'Deputy Churchwarden'])('a job after a name is no organization: %j', (text) => {
    expect(isJobTitle(text)).toBe(true);
  });

  it.each(['Harbour Trust', 'Comunidad de Vecinos', 'Lindqvist Design'])('an organization is no job: %j', (text) => {
    expect(isJobTitle(text)).toBe(false);
  });

  it('reads a staff line of people with jobs before their names', () => {
    const m = fromStorage(`<p>Date: 2025-06-03</p><p><strong>Present:</strong> Alma Reyes, Bo Strand</p>
      <p><strong>Staff:</strong> County Engineer Bram Osei, Deputy Borough Solicitor Ines Falk</p><h2>Minutes</h2><p>Budget noted.</p>`);
    expect(people(m)).toEqual([
      ['Alma Reyes', null, 'participant', true],
      ['Bo Strand', null, 'participant', true],
      ['Bram Osei', null, 'guest', true],
      ['Ines Falk', null, 'guest', true],
    ]);
  });
});

describe('attendance as a checklist', () => {
  const page = `# Working group call 2025-09-18

## Roll call

Voting seats:

* [x] Ola Berg, Fjord Systems
* [ ] Pim Aalst, Dune Labs
* [x] Quin Tabor

Other attendees:

* [x] Rae Ulm, Fjord Systems

## Agenda

* [x] Minutes of last call
* [ ] Budget

## Action items

* [ ] Ola Berg — draft the charter by 2025-10-01
`;

  it('reads ticked people as present and unticked as absent, under the label above the list; none of them is an action', () => {
    const m = fromMarkdown(page);
    expect(people(m)).toEqual([
      ['Ola Berg', 'Fjord Systems', 'participant', true],
      ['Pim Aalst', 'Dune Labs', 'participant', false],
      ['Quin Tabor', null, 'participant', true],
      ['Rae Ulm', 'Fjord Systems', 'guest', true],
    ]);
    expect(m!.actionItems.map((a) => a.text)).toEqual(['Ola Berg — draft the charter by 2025-10-01']);
  });

  it('keeps a checklist under an action heading as action items', () => {
    const m = fromMarkdown('# Sync 2025-09-18\n\n## Attendees\n\n* Ola Berg\n\n## Next steps\n\n* [x] Ola Berg to send the slides\n* [ ] Quin Tabor to book the room\n');
    expect(m!.actionItems.map((a) => [a.text, a.done])).toEqual([['Ola Berg to send the slides', true], ['Quin Tabor to book the room', false]]);
  });
});

describe('seats written unit first', () => {
  it('reads "Unit – Name" lines as the person of that unit when the page writes its seats so, and a vacant seat as nobody', () => {
    const m = fromStorage(`<p>Date: 2025-10-02</p><p><strong>Delegates present:</strong></p><ul><li>Geology – Nadia Fenn</li><li>Law – Otto Brandvold</li>
      <li>Nursing – Pia Sorvino (vice chair)</li><li>Theology – vacant</li></ul><p><strong>Ex officio:</strong> Bursar Quentin Ash</p><h2>Minutes</h2><p>Budget noted.</p>`);
    expect(people(m)).toEqual([
      ['Nadia Fenn', 'Geology', 'member', true],
      ['Otto Brandvold', 'Law', 'member', true],
      ['Pia Sorvino', 'Nursing', 'member', true],
      ['Quentin Ash', null, 'guest', true],
    ]);
  });

  it('keeps "Name – Organization" lines as they are written', () => {
    const m = fromStorage(`<p>Date: 2025-10-02</p><p><strong>Attendees:</strong></p><ul><li>Nadia Fenn – Harbour Trust</li><li>Otto Brandvold – Quarry Works</li>
      <li>Pia Sorvino – Fjord Systems</li></ul><h2>Minutes</h2><p>Budget noted.</p>`);
    expect(people(m)).toEqual([
      ['Nadia Fenn', 'Harbour Trust', 'participant', true],
      ['Otto Brandvold', 'Quarry Works', 'participant', true],
      ['Pia Sorvino', 'Fjord Systems', 'participant', true],
    ]);
  });
});

describe('dates with month names in other languages', () => {
  it.each([
    ['viernes, 6 de noviembre de 2026', '2026-11-06'],
    ['woensdag 14 oktober 2026', '2026-10-14'],
    ['Riunione del 2 dicembre 2026', '2026-12-02'],
    ['1º de setembro de 2026', '2026-09-01'],
    ['Sitzung vom 8. März 2026', '2026-03-08'],
  ])('reads %j', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it('reads no date from a month name without a day, nor from a word that only starts like a month', () => {
    expect(findDate('informe de febrero 2026')).toBeNull();
    expect(findDate('12 maiores 2026')).toBeNull();
  });

  it('dates a page from its Spanish date line', () => {
    const m = fromStorage('<p><strong>Fecha:</strong> jueves, 5 de noviembre de 2026</p><p><strong>Asistentes:</strong> Ana Ruiz, Bo Li</p><h2>Acuerdos</h2><ul><li>Se aprueba el presupuesto.</li></ul>');
    expect(m!.date).toBe('2026-11-05');
  });
});

describe('people grouped by office in one line, and lists as table columns', () => {
  it('reads "Office: A, B" groups inside a "Present:" line as the people, not the office', () => {
    const m = fromStorage(`<p>Date: 2025-11-20</p><p><strong>Present:</strong> Nell Ortiz (chair); Wardens: Ivo Pratt, Una Sole; Treasurer: Ros Ede; Co-opted members: Kit Lamb and Mo Reid</p><h2>Minutes</h2><p>Accounts noted.</p>`);
    expect(m!.attendees.map((a) => a.name)).toEqual(['Nell Ortiz', 'Ivo Pratt', 'Una Sole', 'Ros Ede', 'Kit Lamb', 'Mo Reid']);
  });

  it('keeps an organization after a comma as the person\'s, not a label', () => {
    const m = fromStorage(`<p>Date: 2025-11-20</p><p><strong>Present:</strong> Nell Ortiz, Harbour Trust; Ivo Pratt, Quarry Works</p><h2>Minutes</h2><p>Accounts noted.</p>`);
    expect(people(m)).toEqual([['Nell Ortiz', 'Harbour Trust', 'participant', true], ['Ivo Pratt', 'Quarry Works', 'participant', true]]);
  });

  it('reads a table whose header cells are the lists, executive officers as guests', () => {
    const m = fromStorage(`<p>Date: 2025-11-20</p><table><tbody><tr><th>Trustees present</th><th>Trustees absent</th><th>Executive officers</th></tr>
      <tr><td><ul><li>Nell Ortiz (Chair)</li><li>Ivo Pratt</li></ul></td><td><ul><li>Una Sole</li></ul></td><td><ul><li>Ros Ede (Secretary)</li></ul></td></tr></tbody></table><h2>Minutes</h2><p>Accounts noted.</p>`);
    expect(people(m)).toEqual([
      ['Nell Ortiz', null, 'member', true],
      ['Ivo Pratt', null, 'member', true],
      ['Una Sole', null, 'member', false],
      ['Ros Ede', null, 'guest', true],
    ]);
  });
});

describe('a page of labelled paragraphs under a held-on line', () => {
  const page = `<p><strong>MILLBROOK TOWN COUNCIL</strong></p><p>Minutes of the meeting of the Council held on Thursday 3rd September 2026 at 7pm, Town Hall</p>
    <p><strong>Present:</strong> Cllrs Ana Ruiz (Mayor), Bo Li</p><p><strong>In attendance:</strong> Mrs Cora Dunn (Clerk &amp; RFO)</p>`;

  it('is minutes, dated by the ordinal held-on line, with offices shared by a plural title and joined jobs left out', () => {
    const m = fromStorage(page);
    expect(m!.date).toBe('2026-09-03');
    expect(people(m)).toEqual([
      ['Ana Ruiz', null, 'member', true],
      ['Bo Li', null, 'member', true],
      ['Cora Dunn', null, 'guest', true],
    ]);
  });

  it('is no minutes when the labelled paragraphs name no meeting section', () => {
    expect(fromStorage('<p><strong>MILLBROOK TOWN COUNCIL</strong></p><p>Address: 4 Mill Lane</p><p>Opening hours: 9–5</p>')).toBeNull();
  });

  it.each(['Clerk & RFO', 'Secretary and Treasurer'])('reads joined offices as a job: %j', (text) => {
    expect(isJobTitle(text)).toBe(true);
  });

  it('keeps "Smith & Jones Ltd" an organization', () => {
    expect(isJobTitle('Smith & Jones Ltd')).toBe(false);
  });
});

describe('remarks in brackets after a name', () => {
  it.each([
    ['Xia Hu (visiting from Example University)', 'Example University'],
    ['Ana Ruiz (excusado por enfermedad)', null],
    ['Bo Li (em reunião externa)', null],
    ['Cy Dee (Atlassian)', 'Atlassian'],
    ['Di Fox (New Relic)', 'New Relic'],
    ['Ed Gale (Illumina)', 'Illumina'],
  ])('%j', (text, organization) => {
    expect(parsePersonText(text, none)?.organization).toBe(organization);
  });
});
