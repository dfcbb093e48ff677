import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { presenceFromLozenge } from '../../../src/minutes/anylang/lozenge-presence.js';
import { ownerBeforeColon } from '../../../src/minutes/anylang/owner-before-colon.js';

/** Invented pages in languages no word list covers: presence, owners and action tables read by structure. */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const fromMarkdown = (md: string): Meeting | null =>
  (JSON.parse(convert(md, { from: 'markdown', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;
const lozenge = (title: string, colour: string): string =>
  `<ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">${colour}</ac:parameter><ac:parameter ac:name="title">${title}</ac:parameter></ac:structured-macro>`;

describe('a status lozenge as a presence mark', () => {
  it('is present when green, absent when red, nothing in another colour or with two lozenges', () => {
    expect(presenceFromLozenge('<span data-status="green">Yno</span>')).toBe(true);
    expect(presenceFromLozenge('<span data-status="red">Absennol</span>')).toBe(false);
    expect(presenceFromLozenge('<span data-status="grey">Efallai</span>')).toBeNull();
    expect(presenceFromLozenge('<span data-status="green">A</span><span data-status="red">B</span>')).toBeNull();
    expect(presenceFromLozenge('Gwen Pryce')).toBeNull();
  });

  it('reads a roll call whose presence column holds lozenges, whatever their titles say', () => {
    const rows = [['Gwen Pryce', lozenge('Yno', 'Green')], ['Rhys Morgan', lozenge('Absennol', 'Red')], ['Elin Jones', lozenge('Yno', 'Green')]]
      .map(([n, p]) => `<tr><td>${n}</td><td>Datblygwr</td><td>${p}</td></tr>`)
      .join('');
    const m = fromStorage(`<h1>Cyfarfod tîm – 12 Mawrth 2024</h1><table><tbody><tr><th>Enw</th><th>Swydd</th><th>Presenoldeb</th></tr>${rows}</tbody></table><ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>anfon y cofnodion</ac:task-body></ac:task></ac:task-list>`);
    expect(m?.attendees.map((a) => [a.name, a.present])).toEqual([
      ['Gwen Pryce', true],
      ['Rhys Morgan', false],
      ['Elin Jones', true],
    ]);
  });
});

describe('the owner of a task before its colon', () => {
  const resolve = (w: string): string | null => (['วิภา ศรีสุข', 'Gwen Pryce'].includes(w) ? w : null);

  it('is a person the page lists, in a script with or without capitals', () => {
    expect(ownerBeforeColon('วิภา ศรีสุข: เตรียมรายงาน', resolve)).toBe('วิภา ศรีสุข');
    expect(ownerBeforeColon('Gwen Pryce: anfon y cofnodion', resolve)).toBe('Gwen Pryce');
  });

  it('is nobody when the words before the colon name no one the page lists', () => {
    expect(ownerBeforeColon('สำคัญ: เตรียมรายงาน', resolve)).toBeNull();
    expect(ownerBeforeColon('no colon here', resolve)).toBeNull();
  });
});

describe('an actions table with a header of no known language', () => {
  const page = (table: string): string => `**Dyddiad:** 12.03.2024\n\n**Yn bresennol:** Gwen Pryce, Rhys Morgan\n\n${table}\n`;

  it('is read by its columns: people of the page, dates, and the sentences', () => {
    const m = fromMarkdown(page('| Gweithred | Perchennog | Erbyn |\n|---|---|---|\n| Anfon y gyllideb ddrafft | Gwen Pryce | 19.03.2024 |\n| Trefnu ystafell newydd | Rhys Morgan | 26.03.2024 |'));
    expect(m?.actionItems.map((a) => [a.assignee, a.due])).toEqual([
      ['Gwen Pryce', '2024-03-19'],
      ['Rhys Morgan', '2024-03-26'],
    ]);
  });

  it('is not read when its people are not the page\'s or it holds no dates', () => {
    expect(fromMarkdown(page('| Pwnc | Siaradwr | Erbyn |\n|---|---|---|\n| Adolygu cyllideb | Tomos Hughes | 19.03.2024 |'))?.actionItems ?? []).toEqual([]);
    expect(fromMarkdown(page('| Pwnc | Siaradwr | Nodyn |\n|---|---|---|\n| Adolygu cyllideb y flwyddyn | Gwen Pryce | wedi ei drafod |'))?.actionItems ?? []).toEqual([]);
  });
});

describe('people at the opening under a bold label and a title of a known record word', () => {
  it('reads a second list under a bold label (a heading only by its looks) with its presence unknown', () => {
    const m = fromMarkdown('# Protokol 7\n\n12.03.2024\n\n**Yn bresennol:**\n\n1. Gwen Pryce, cadeirydd\n2. Rhys Morgan\n\n**Gwahoddedigion:**\n\n- Elin Jones, cyfrifydd\n\n## Tasgau\n\n- [ ] Gwen Pryce: anfon y cofnodion\n');
    expect(m?.attendees.map((a) => [a.name, a.present])).toEqual([
      ['Gwen Pryce', true],
      ['Rhys Morgan', true],
      ['Elin Jones', null],
    ]);
  });
});

describe('an actions table whose header no word list reads, with a task that has no date', () => {
  it('reads the due column from the rows that have dates; the undated task has none', () => {
    const m = fromMarkdown(
      '# Mbledhja, 3 maj 2031\n\n## Të pranishëm\n\n- Drita Leka\n- Besnik Gjoni\n\n## Punët\n\n| Puna | Kush | Kur |\n|---|---|---|\n| Porosit karriget e reja | Drita Leka | 12.05.2031 |\n| Rregullo faqen e internetit | Besnik Gjoni | 20.05.2031 |\n| Pyet bashkinë për sallën | Drita Leka | herën tjetër |\n',
    );
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([
      ['Drita Leka', '2031-05-12'],
      ['Besnik Gjoni', '2031-05-20'],
      ['Drita Leka', null],
    ]);
  });

  it('a table of people and mostly undated notes is no actions table', () => {
    const m = fromMarkdown(
      '# Mbledhja, 3 maj 2031\n\n## Të pranishëm\n\n- Drita Leka\n- Besnik Gjoni\n\n## Shënime\n\n| Tema | Kush | Shënim |\n|---|---|---|\n| Salla e re | Drita Leka | e mirë |\n| Faqja | Besnik Gjoni | 12.05.2031 |\n| Buxheti | Drita Leka | pa ndryshim |\n',
    );
    expect(m?.actionItems ?? []).toEqual([]);
  });
});
