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

describe('a Dutch presence list beside the minutes', () => {
  it('reads inflected labels, a listener as a guest, and shorthand or tasks in brackets as no organization', () => {
    const page =
      '<h1>Overleg werkgroep fietspad</h1><p>Datum: 12 mei 2025</p><p><strong>Aanwezige leden</strong></p><ul><li>Bram Visser (voorzitter, verslag)</li><li>Femke Smit</li></ul>' +
      '<p><strong>Afwezige leden</strong></p><ul><li>Jeroen Mulder (m.k.)</li></ul><p><strong>Toehoorder</strong></p><ul><li>Anouk Peters</li></ul><h2>Besproken</h2><p>Het tracé langs de vaart.</p>';
    expect(read(page, 'storage')!.attendees.map((a) => [a.name, a.organization, a.role, a.present])).toEqual([
      ['Bram Visser', null, 'member', true],
      ['Femke Smit', null, 'member', true],
      ['Jeroen Mulder', null, 'member', false],
      ['Anouk Peters', null, 'guest', true],
    ]);
  });
});

describe('a pasted board roll call, one "Name, Office" a line', () => {
  const page =
    '<p><strong>TRUSTEES PRESENT:</strong><br/>Ines Marlow, Chair<br/>Tobias Frey, Vice Chair<br/>Wanjiru Kamau, Trustee</p>' +
    '<p><strong>TRUSTEES ABSENT:</strong><br/>Greta Holm, Trustee</p><p><strong>ADMINISTRATION PRESENT:</strong><br/>Luis Ortega</p>' +
    '<p>4. BUDGET – Motion: Frey / Second: Kamau.<br/>Roll call: Marlow – No; Frey – Yes; Kamau – Yes. Carried 2-1.</p>';
  it('reads the office after the comma as no person and no label, and staff as guests', () => {
    expect(read(page, 'storage', 'Trustees 2025-10-02')!.attendees.map((a) => [a.name, a.role, a.present])).toEqual([
      ['Ines Marlow', 'member', true],
      ['Tobias Frey', 'member', true],
      ['Wanjiru Kamau', 'member', true],
      ['Greta Holm', 'member', false],
      ['Luis Ortega', 'guest', true],
    ]);
  });
});

describe('attendance tables headed in other languages', () => {
  it('reads Spanish name, office, body and attendance columns with their marks', () => {
    const page =
      '<h2>Asistentes</h2><table><tr><td><strong>Nombre</strong></td><td><strong>Cargo</strong></td><td><strong>Entidad</strong></td><td><strong>Asistencia</strong></td></tr>' +
      '<tr><td>Paloma Serrano</td><td>Vocal</td><td>Cooperativa del Valle</td><td>Sí</td></tr><tr><td>Iñigo Ruiz</td><td>Vocal</td><td>Colegio de Ingenieros</td><td>Excusa su asistencia</td></tr></table>' +
      '<h2>Acuerdos</h2><ol><li>Aprobar las cuentas.</li></ol>';
    expect(read(page, 'storage', 'Acta 2025-06-03')!.attendees.map((a) => [a.name, a.organization, a.present])).toEqual([
      ['Paloma Serrano', 'Cooperativa del Valle', true],
      ['Iñigo Ruiz', 'Colegio de Ingenieros', false],
    ]);
  });

  it('reads a heading over the present and the absent as attendance, marks giving each side', () => {
    const page =
      '<h2>Presenti e assenti</h2><table><tr><th>Consigliere</th><th>Presente</th></tr><tr><td>Carla Bini</td><td>sì</td></tr><tr><td>Dario Greco</td><td>assente giustificato</td></tr></table>' +
      '<h2>Delibere</h2><ol><li>Il bilancio è approvato.</li></ol>';
    expect(read(page, 'storage', 'Verbale 2025-06-03')!.attendees.map((a) => [a.name, a.role, a.present])).toEqual([
      ['Carla Bini', 'member', true],
      ['Dario Greco', 'member', false],
    ]);
  });
});

describe('the other people under an attendance heading', () => {
  it('reads "Others:" as guests, a login in brackets as no organization', () => {
    const page = '<h2>Attendance</h2><p>Members: Rosa Linde, Kenji Arai</p><p>Others: Freya Nilsen (fnilsen), Tomas Varga (Release Manager)</p><h2>Notes</h2><p>The 3.2 branch is cut.</p>';
    expect(read(page, 'storage', 'Sync 2025-09-09')!.attendees.map((a) => [a.name, a.organization, a.role, a.present])).toEqual([
      ['Rosa Linde', null, 'member', true],
      ['Kenji Arai', null, 'member', true],
      ['Freya Nilsen', null, 'guest', true],
      ['Tomas Varga', null, 'guest', true],
    ]);
  });
});

describe('a mention followed by brackets', () => {
  it('takes the brackets after the mention as that person’s organization', () => {
    const page =
      '<h2>Participants</h2><p>Present: <ac:link><ri:user ri:account-id="u-1" /></ac:link> (Harbour Freight Co), <ac:link><ri:user ri:account-id="u-2" /></ac:link></p><h2>Notes</h2><p>Quarterly figures shared.</p>';
    const names: Record<string, string> = { 'u-1': 'Elif Demir', 'u-2': 'Jonah Price' };
    const meeting = (JSON.parse(convert(page, { from: 'storage', to: 'json', meta: { title: 'Forum 2025-04-01' }, userNames: (u) => names[u.accountId ?? ''] ?? null }).output) as { meeting: Meeting }).meeting;
    expect(meeting.attendees.map((a) => [a.name, a.organization])).toEqual([
      ['Elif Demir', 'Harbour Freight Co'],
      ['Jonah Price', null],
    ]);
  });
});

describe('apologies in a table of numbered minutes', () => {
  it('reads who sent apologies from the sentence of a minute’s cell, the reason in brackets left out', () => {
    const page =
      '<p><strong>Present:</strong> Cllr Ruth Abara (Chair), Cllr Simon Pell</p><table><tr><td>25/101</td><td><strong>Apologies</strong><br/>Apologies were received and noted from Cllr K Dunmore (family matter) and Cllr T Obi.</td></tr>' +
      '<tr><td>25/102</td><td><strong>Finance</strong><br/>The payments list was approved.</td></tr></table>';
    expect(read(page, 'storage', 'Parish council 2025-07-08')!.attendees.map((a) => [a.name, a.organization, a.present])).toEqual([
      ['Ruth Abara', null, true],
      ['Simon Pell', null, true],
      ['K Dunmore', null, false],
      ['T Obi', null, false],
    ]);
  });
});

describe('a body’s own roll in Portuguese', () => {
  it('reads a feminine guest label, and the people "present" on a council’s page as its members', () => {
    const page =
      '# Ata da reunião do Conselho Diretor\n\n**Data:** 10/06/2025\n\n**Presentes:** Rui Matos, Inês Lobo\n\n**Ausente:** Paulo Reis\n\n**Convidada:** Clara Nunes (Tesouraria)\n\n## Deliberações\n\n1. Aprovado o orçamento.\n';
    expect(read(page, 'markdown', null)!.attendees.map((a) => [a.name, a.role, a.present])).toEqual([
      ['Rui Matos', 'member', true],
      ['Inês Lobo', 'member', true],
      ['Paulo Reis', 'member', false],
      ['Clara Nunes', 'guest', true],
    ]);
  });
});

describe('names struck through on the roll', () => {
  it('reads a crossed-off name in an attendance list as absent', () => {
    const page = '<h2>Attendance</h2><ul><li>Noor Haddad</li><li><del>Ellis Crane</del></li><li><s>Yuki Mori</s> </li></ul><h2>Notes</h2><p>Sampling plan agreed.</p>';
    expect(people(read(page, 'storage'))).toEqual([
      ['Noor Haddad', true],
      ['Ellis Crane', false],
      ['Yuki Mori', false],
    ]);
  });
});

describe('a label with an instruction to the people after it', () => {
  it('reads the people named before the comma as the list’s label', () => {
    const page = '<h2>Attendance</h2><p>Board members, please add yourself if you dial in:</p><ul><li>Ada Quint</li><li>Bruno Sato</li></ul><p>Guests: Cora Vidal</p><h2>Notes</h2><p>Budget reviewed.</p>';
    expect(read(page, 'storage', 'Board call 2025-03-03')!.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Ada Quint', 'member'],
      ['Bruno Sato', 'member'],
      ['Cora Vidal', 'guest'],
    ]);
  });
});
