import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';
import { classifyHeading } from '../../src/minutes/sections.js';
import { LANGUAGES, VOCABULARY, labelLinePattern, labelPattern } from '../../src/minutes/vocabulary.js';
import { findDate, pageDateOrder } from '../../src/minutes/dates.js';

/** Invented pages, one rule each (issue 13, set C): labels by meaning, in the languages minutes are written in. */
const meeting = (hub: string, title: string | null = null): Meeting | null => extractMeeting(hub, emptyPageMeta({ title }));
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.organization, a.role, a.present]);

describe('the vocabulary of labels', () => {
  it('has words of every meaning in every language, lower case and found whole', () => {
    for (const words of Object.values(VOCABULARY)) {
      // Japanese labels live in a table of their own (vocabulary.ts), for the meanings minutes in Japanese label.
      for (const language of LANGUAGES.filter((l) => l !== 'ja')) {
        expect(words[language].length).toBeGreaterThan(0);
        for (const word of words[language]) expect(word).toBe(word.toLowerCase());
      }
    }
    expect(labelPattern('attendees').test('Presentation of the budget')).toBe(false);
    expect(labelPattern('decisions').test('Relevé de décisions')).toBe(true);
    expect(labelPattern('date', true).test('Fecha:')).toBe(true);
  });

  it('finds a date label at the start of a line: a colon or a number after the words of other languages, anything after the English ones', () => {
    const line = labelLinePattern('date');
    expect(line.exec('Fecha: 2025-01-08')?.[1]).toBe('2025-01-08');
    expect(line.exec('Datum 14.03.2025')?.[1]).toBe('14.03.2025');
    expect(line.exec('Held on Tuesday 3 June 2025')?.[1]).toBe('Tuesday 3 June 2025');
    expect(line.exec('Data migration finished 2024-05-01')).toBeNull();
    expect(line.exec('Dates to remember')).toBeNull();
  });

  it.each([
    ['Asistentes', 'attendance'],
    ['Afwezig', 'absent'],
    ['Assenti giustificati', 'absent'],
    ['Convidados', 'guests'],
    ['Orden del día', 'agenda'],
    ['Besluitenlijst', 'decisions'],
    ['Tarefas', 'actions'],
    ['Verbale', 'minutes'],
    ['Not attending', 'absent'],
    ["Couldn't make it", 'absent'],
    ['Datum', 'date'],
    ['Presentation of the roadmap', 'other'],
  ])('reads the heading %j as %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('minutes in other languages', () => {
  it('reads a Spanish page: Fecha line, Asistentes/Ausentes lists, Acuerdos, an actions table with Responsable and Plazo', () => {
    const m = fromStorage(`<h2>Reunión de coordinación</h2><p>Fecha: 07/05/2025</p><h3>Asistentes</h3><ul><li>Lucía Prieto</li><li>Andrés Olmo (Compras)</li></ul>
      <h3>Ausentes</h3><ul><li>Marta Gil</li></ul><h3>Acuerdos</h3><ul><li>Se aprueba el presupuesto del segundo trimestre.</li></ul>
      <h3>Tareas</h3><table><tbody><tr><th>Tarea</th><th>Responsable</th><th>Plazo</th><th>Estado</th></tr>
      <tr><td>Enviar el pedido</td><td>Andrés Olmo</td><td>19/05/2025</td><td>Hecho</td></tr></tbody></table>`);
    expect(m!.date).toBe('2025-05-07');
    expect(people(m)).toEqual([
      ['Lucía Prieto', null, 'participant', true],
      ['Andrés Olmo', 'Compras', 'participant', true],
      ['Marta Gil', null, 'participant', false],
    ]);
    expect(m!.decisions.map((d) => d.text)).toEqual(['Se aprueba el presupuesto del segundo trimestre.']);
    expect(m!.actionItems).toEqual([{ text: 'Enviar el pedido', assignee: 'Andrés Olmo', due: '2025-05-19', done: true }]);
  });

  it('reads Dutch label lines in one paragraph, an info table in Italian, and a Portuguese "Próxima reunião" that is not the date', () => {
    const nl = meeting('<p>Datum: 3 juni 2025 is niet te lezen, maar 2025-06-03 wel<br/>Aanwezig: Joris Vermeer, Sanne de Wit<br/>Afgemeld: Pieter Bakker</p>');
    expect(nl!.date).toBe('2025-06-03');
    expect(people(nl)).toEqual([
      ['Joris Vermeer', null, 'participant', true],
      ['Sanne de Wit', null, 'participant', true],
      ['Pieter Bakker', null, 'participant', false],
    ]);
    const it_ = meeting('<table><tr><th>Data</th><td>2025-02-18</td></tr><tr><th>Presenti</th><td>Giulia Ferri, Marco Conti, Sara Lodi</td></tr><tr><th>Assenti</th><td>Elena Riva</td></tr></table><h2>Decisioni</h2><ul><li>Il rilascio slitta di una settimana.</li></ul>');
    expect(it_!.date).toBe('2025-02-18');
    expect(people(it_).map((p) => [p[0], p[3]])).toEqual([['Giulia Ferri', true], ['Marco Conti', true], ['Sara Lodi', true], ['Elena Riva', false]]);
    const pt = meeting('<p>Próxima reunião: 2025-09-30</p><h2>Presentes</h2><ul><li>Rui Matos</li></ul><h2>Pauta</h2><ul><li>Orçamento</li></ul>', 'Reunião de equipa 2025-09-16');
    expect(pt!.date).toBe('2025-09-16');
  });

  it('reads a German status column ("Erledigt") as done and "in Arbeit" as open', () => {
    const m = meeting(`<p>Datum: 2025-01-09</p><h2>Maßnahmen</h2><table><tr><th>Maßnahme</th><th>Verantwortlich</th><th>Fällig</th><th>Status</th></tr>
      <tr><td>Server umziehen</td><td>Jan Ott</td><td>2025-01-20</td><td>Erledigt</td></tr><tr><td>Lizenz prüfen</td><td>Jan Ott</td><td></td><td>in Arbeit</td></tr></table>`);
    expect(m!.actionItems.map((a) => [a.text, a.assignee, a.due, a.done])).toEqual([
      ['Server umziehen', 'Jan Ott', '2025-01-20', true],
      ['Lizenz prüfen', 'Jan Ott', null, false],
    ]);
  });
});

describe('slash dates as the page writes them', () => {
  it('reads an ambiguous slash date the way the page\'s unambiguous ones are written', () => {
    expect(pageDateOrder('due 25/03/2024 and 04/03/2024', false)).toBe('dmy');
    expect(pageDateOrder('due 03/25/2024 and 04/03/2024', true)).toBe('mdy');
    expect(pageDateOrder('only 04/03/2024', false)).toBeNull();
    expect(pageDateOrder('only 04/03/2024', true)).toBe('dmy');
    expect(findDate('04/03/2024')).toBeNull();
    expect(findDate('04/03/2024', 'dmy')).toBe('2024-03-04');
  });

  it('takes an English page\'s ambiguous meeting date month first when another date on it can only be month first', () => {
    const m = meeting('<p>Date: 04/03/2024</p><h2>Attendees</h2><ul><li>Kay Moss</li></ul><h2>Action items</h2><ul><li>Kay Moss: renew the domain by 04/29/2024</li></ul>');
    expect(m!.date).toBe('2024-04-03');
    expect(m!.actionItems[0]!.due).toBe('2024-04-29');
  });

  it('leaves an ambiguous date of an English page with nothing to settle it unread', () => {
    expect(meeting('<p>Date: 04/03/2024</p><h2>Attendees</h2><ul><li>Kay Moss</li></ul>', 'Team sync')!.date).toBeNull();
  });
});
