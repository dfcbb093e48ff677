import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Invented pages (hostile-16): a policy page says from when it applies ("Gültig ab", "施行日"), a
 * date no one met on, so a decision on it does not make it minutes, in any language; and a task's
 * line names its due date with the preposition of its language ("avant le", "inden", "vóór").
 */
const meetingOf = (markdown: string): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json' }).output) as { meeting: Meeting | null }).meeting;

const policy = (title: string, effective: string, heading: string, text: string) => `# ${title}\n\n${effective}\n\n## ${heading}\n${text}\n`;

describe('a policy page with the date it takes effect is not minutes', () => {
  it.each([
    ['de', policy('Reiserichtlinie', 'Gültig ab: 01.01.2025', 'Beschluss', 'Die Geschäftsleitung hat beschlossen, dass Reisen vorab genehmigt werden.')],
    ['fr', policy('Politique de télétravail', "Date d'entrée en vigueur : 1er janvier 2025", 'Décision', "La direction a décidé d'autoriser deux jours par semaine.")],
    ['es', policy('Política de viajes', 'Fecha de entrada en vigor: 1 de enero de 2025', 'Decisión', 'Todos los viajes deben aprobarse con antelación.')],
    ['it', policy('Politica dei viaggi', 'In vigore dal: 1 gennaio 2025', 'Decisioni', 'Tutti i viaggi vanno approvati.')],
    ['pt', policy('Política de férias', 'Data de vigência: 1 de janeiro de 2026', 'Decisões', 'A diretoria decidiu que as férias devem ser marcadas com antecedência.')],
    ['nl', policy('Reisbeleid', 'Ingangsdatum: 1 januari 2025', 'Besluit', 'Alle reizen moeten vooraf worden goedgekeurd.')],
    ['sv', policy('Resepolicy', 'Gäller från: 2025-01-01', 'Beslut', 'Ledningen har beslutat att alla resor ska godkännas i förväg.')],
    ['da', policy('Rejsepolitik', 'Gælder fra: 1. januar 2025', 'Beslutning', 'Alle rejser skal godkendes på forhånd.')],
    ['nb', policy('Retningslinjer for reiser', 'Gjelder fra: 1. januar 2025', 'Vedtak', 'Styret har vedtatt at alle reiser skal godkjennes på forhånd.')],
    ['pl', policy('Polityka podróży', 'Obowiązuje od: 1 stycznia 2025', 'Decyzje', 'Wszystkie podróże wymagają zgody.')],
    ['ru', policy('Политика безопасности', 'Дата вступления в силу: 1 января 2025 г.', 'Решения', 'Все пароли должны меняться раз в 90 дней.')],
    ['ja', policy('在宅勤務規程', '施行日：2025年4月1日', '決定事項', '在宅勤務は週二日までとする。')],
    ['zh', policy('差旅管理制度', '生效日期：2025年1月1日', '决议', '所有出差须提前审批。')],
    ['ko', policy('재택근무 규정', '시행일: 2025년 3월 1일', '결정 사항', '재택근무는 주 2일까지 허용한다.')],
  ])('%s', (_language, page) => {
    expect(meetingOf(page)).toBeNull();
  });

  it('a meeting that decides when a policy takes effect is still minutes, on its own date', () => {
    const m = meetingOf('# Vorstandssitzung\n\nDatum: 14.03.2025\n\n## Teilnehmer\n- Katrin Vogel\n- Jürgen Müller\n\n## Beschlüsse\n- Die Reiserichtlinie gilt ab 01.04.2025.\n');
    expect(m?.date).toBe('2025-03-14');
  });
});

describe('a task line names its due date in its own language', () => {
  const minutes = (actionsHeading: string, line: string) => `# Meeting\n\nDate: 2025-03-01\n\n## Attendees\n- Ana Roe\n- Bo Lee\n\n## ${actionsHeading}\n- ${line}\n`;
  it.each([
    ['da', minutes('Opgaver', 'Bo Lee opdaterer budgettet inden 15. marts 2025'), '2025-03-15'],
    ['fr', minutes('Actions', 'Bo Lee : envoyer le devis avant le 15 mars 2025'), '2025-03-15'],
    ['es', minutes('Tareas', 'Bo Lee: preparar la propuesta antes del 15 de marzo de 2025'), '2025-03-15'],
    ['nl', minutes('Actiepunten', 'Bo Lee: offerte opvragen vóór 15 maart 2025'), '2025-03-15'],
    ['pt', minutes('Ações', 'Bo Lee: enviar o relatório até 15 de março de 2025'), '2025-03-15'],
    ['sv', minutes('Åtgärder', 'Bo Lee skickar offerten före 15 mars 2025'), '2025-03-15'],
    ['nb', minutes('Oppgaver', 'Bo Lee sender referatet innen 15. mars 2025'), '2025-03-15'],
    ['de', minutes('Aufgaben', 'Bo Lee holt das Angebot spätestens am 15. März 2025 ein'), '2025-03-15'],
  ])('%s', (_language, page, due) => {
    const m = meetingOf(page);
    expect(m?.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Bo Lee', due]]);
  });

  it('a date the task only talks about is still not its due date', () => {
    const m = meetingOf(minutes('Actions', 'Bo Lee: résumer la réunion du 15 mars 2025 pour le comité de juin'));
    expect(m?.actionItems[0]?.due).toBeNull();
  });
});

describe('a team directory with the date it was last updated is not minutes', () => {
  const directory = (title: string, updated: string, name: string, role: string, present: string) =>
    `# ${title}\n\n${updated}\n\n| ${name} | ${role} | ${present} |\n| --- | --- | --- |\n| Anna Kowalska | A | x |\n| Piotr Nowak | B | x |\n`;
  it.each([
    ['pl', directory('Zespół', 'Ostatnia aktualizacja: 10 marca 2025', 'Imię i nazwisko', 'Rola', 'Obecny w biurze')],
    ['de', directory('Team', 'Letzte Aktualisierung: 10.03.2025', 'Name', 'Rolle', 'Anwesend im Büro')],
    ['sv', directory('Teamet', 'Senast ändrad: 2025-03-10', 'Namn', 'Roll', 'Närvaro på kontoret')],
    ['ru', directory('Команда', 'Последнее обновление: 10 марта 2025 г.', 'ФИО', 'Роль', 'Присутствие в офисе')],
  ])('%s', (_language, page) => {
    expect(meetingOf(page)).toBeNull();
  });
});
