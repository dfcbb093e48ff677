import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

/** Invented minutes (hostile-16): labels written as a paragraph of their own, and text bullets, in the languages minutes are written in. */
const meetingOf = (markdown: string): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json' }).output) as { meeting: Meeting | null }).meeting;
const actions = (m: Meeting | null) => m?.actionItems.map((a) => [a.assignee, a.text]) ?? null;

describe('a label alone in a paragraph heads the list under it, in any language', () => {
  it.each([
    ['de', '# Vorstandssitzung\n\nDatum: 19.08.2025\n\n## Teilnehmer\n- Ann Lee\n- Bo Roe\n\nAufgaben:\n\n- Bo Roe: Protokoll verschicken\n', 'Bo Roe'],
    ['fr', '# Réunion\n\nDate : 19/08/2025\n\n## Présents\n- Ann Lee\n- Bo Roe\n\nActions :\n\n- Bo Roe : envoyer le compte rendu\n', 'Bo Roe'],
    ['ja, full-width colon', '# 運営委員会 議事録\n\n日時：2025年8月19日\n\n## 出席者\n山田太郎、佐藤花子\n\n宿題事項：\n\n- 佐藤花子：資料を共有する\n', '佐藤花子'],
    ['ja, ASCII colon', '# 運営委員会 議事録\n\n日時：2025年8月19日\n\n## 出席者\n山田太郎、佐藤花子\n\n宿題事項:\n\n- 佐藤花子：資料を共有する\n', '佐藤花子'],
    ['sv', '# Styrelsemöte\n\nDatum: 2025-08-19\n\n## Närvarande\n- Ann Lee\n- Bo Roe\n\nÅtgärder\n\n- Bo Roe: skicka protokollet\n', 'Bo Roe'],
  ])('%s', (_language, page, assignee) => {
    expect(actions(meetingOf(page))?.map(([a]) => a)).toEqual([assignee]);
  });

  it('absent people under a label paragraph are absent, in Polish', () => {
    const m = meetingOf('# Protokół z zebrania\n\nData: 7 kwietnia 2025\n\n## Obecni\n- Anna Kowalska\n- Piotr Nowak\n\nNieobecni:\n\n- Tomasz Zieliński\n');
    expect(m?.attendees.map((a) => [a.name, a.present])).toEqual([['Anna Kowalska', true], ['Piotr Nowak', true], ['Tomasz Zieliński', false]]);
  });
});

describe('a text bullet that opens a line, before a name in a script without capitals', () => {
  it.each([
    ['・ (Japanese middle dot), no space', '・佐藤花子：資料を共有する'],
    ['・ with a space', '・ 佐藤花子：資料を共有する'],
    ['•', '• 佐藤花子：資料を共有する'],
  ])('%s', (_name, line) => {
    const m = meetingOf(`# 運営委員会 議事録\n\n日時：2025年8月19日\n\n## 出席者\n山田太郎、佐藤花子\n\n## 宿題事項\n\n${line}\n`);
    expect(actions(m)).toEqual([['佐藤花子', '佐藤花子: 資料を共有する']]);
  });

  it('・ before a Latin name', () => {
    const m = meetingOf('# Weekly\n\nDate: 2025-08-19\n\n## Attendees\n- Ann Lee\n- Bo Roe\n\n## Action items\n\n・ Bo Roe: send the minutes\n');
    expect(actions(m)).toEqual([['Bo Roe', 'Bo Roe: send the minutes']]);
  });
});

describe('an invitation with an agenda, sent before the meeting, is not minutes in any language', () => {
  it.each([
    ['de', '# Teamsitzung\n\nDatum: 20.05.2025\n\n## Eingeladen\n- Katrin Vogel\n- Jürgen Müller\n\n## Tagesordnung\n1. Begrüßung\n2. Budget\n'],
    ['sv', '# Kallelse till styrelsemöte\n\nDatum: 2025-05-20\n\n## Kallade\n- Karin Lindqvist\n- Johan Ek\n\n## Dagordning\n1. Mötets öppnande\n2. Budget\n'],
    ['nl', '# Teamoverleg\n\nDatum: 20-05-2025\n\n## Uitgenodigd\n- Jan de Vries\n- Eva Visser\n\n## Agenda\n1. Opening\n2. Begroting\n'],
    ['da', '# Bestyrelsesmøde\n\nDato: 20. maj 2025\n\n## Inviterede\n- Mette Hansen\n- Lars Nielsen\n\n## Dagsorden\n1. Velkomst\n2. Budget\n'],
    ['ru', '# Совещание\n\nДата: 20 мая 2025 г.\n\n## Приглашённые\n- Иван Петров\n- Мария Смирнова\n\n## Повестка дня\n1. Открытие\n2. Бюджет\n'],
  ])('%s', (_language, page) => {
    expect(meetingOf(page)).toBeNull();
  });

  it('the same page after the meeting, with who came and what was decided, is minutes', () => {
    const m = meetingOf('# Teamsitzung\n\nDatum: 20.05.2025\n\n## Eingeladen\n- Katrin Vogel\n- Jürgen Müller\n\n## Tagesordnung\n1. Budget\n\n## Beschlüsse\n- Das Budget wird freigegeben.\n');
    expect(m?.date).toBe('2025-05-20');
    expect(m?.attendees.map((a) => a.name)).toEqual(['Katrin Vogel', 'Jürgen Müller']);
  });
});

describe('decisions numbered as text, one a line, are one decision each', () => {
  it.each([
    ['(1) in English', '# Board minutes\n\nDate: 2025-08-19\n\nAttendees: Ann Lee, Bo Roe\n\nDecisions:\n(1) Budget approved.\n(2) Plan adopted.\n', ['Budget approved.', 'Plan adopted.']],
    ['full-width numbers in Japanese', '# 運営委員会 議事録\n\n日時：2025年8月19日\n\n出席者：山田太郎、佐藤花子\n\n決定事項：\n１．予算案を承認する。\n２．計画を採択する。\n（３）日程を決める。\n', ['予算案を承認する。', '計画を採択する。', '日程を決める。']],
    ['・ in Japanese', '# 運営委員会 議事録\n\n日時：2025年8月19日\n\n出席者：山田太郎、佐藤花子\n\n## 決定事項\n・予算案を承認する。\n・計画を採択する。\n', ['予算案を承認する。', '計画を採択する。']],
  ])('%s', (_name, page, decisions) => {
    expect(meetingOf(page)?.decisions.map((d) => d.text)).toEqual(decisions);
  });

  it('a decision written over two lines stays one', () => {
    const m = meetingOf('# Board minutes\n\nDate: 2025-08-19\n\nAttendees: Ann Lee, Bo Roe\n\n## Decisions\nThe budget for 2026 is approved\nas proposed by the treasurer.\n');
    expect(m?.decisions.map((d) => d.text)).toEqual(['The budget for 2026 is approved as proposed by the treasurer.']);
  });
});

describe('attendees written on one line, with "and" in their language', () => {
  const attendees = (line: string) => meetingOf(`# Meeting\n\nDate: 2025-08-19\n\n${line}\n\n## Decisions\n- X is approved.\n`)?.attendees.map((a) => a.name);
  it.each([
    ['sv', 'Närvarande: Karin Lindqvist, Johan Ek och Sara Nyström', ['Karin Lindqvist', 'Johan Ek', 'Sara Nyström']],
    ['pl', 'Obecni: Anna Kowalska, Piotr Nowak i Katarzyna Wiśniewska', ['Anna Kowalska', 'Piotr Nowak', 'Katarzyna Wiśniewska']],
    ['ru', 'Присутствовали: Иван Петров, Мария Смирнова и Алексей Кузнецов', ['Иван Петров', 'Мария Смирнова', 'Алексей Кузнецов']],
    ['da', 'Til stede: Mette Hansen, Lars Nielsen og Søren Kjær', ['Mette Hansen', 'Lars Nielsen', 'Søren Kjær']],
    ['ja, middle dots', '出席者：山田・佐藤・鈴木', ['山田', '佐藤', '鈴木']],
  ])('%s', (_language, line, names) => {
    expect(attendees(line)).toEqual(names);
  });

});

describe('a transliterated name joined by a middle dot is one person', () => {
  it.each([
    ['ja', '出席者：ジョン・スミス、山田太郎', ['ジョン・スミス', '山田太郎']],
    ['zh', '参会人员：约翰·史密斯、王芳', ['约翰·史密斯', '王芳']],
  ])('%s', (_language, line, names) => {
    expect(meetingOf(`# Meeting\n\nDate: 2025-08-19\n\n${line}\n\n## Decisions\n- X is approved.\n`)?.attendees.map((a) => a.name)).toEqual(names);
  });
});

describe('right-to-left pages', () => {
  it('parts attendees at the Arabic comma', () => {
    const m = meetingOf('# Team meeting\n\nDate: 2025-09-14\n\nAttendees: أحمد علي، فاطمة حسن، محمد يوسف\n\n## Decisions\n- Budget approved.\n');
    expect(m?.attendees.map((a) => a.name)).toEqual(['أحمد علي', 'فاطمة حسن', 'محمد يوسف']);
  });

  it('reads Hebrew names under an English heading', () => {
    const he = meetingOf('# Team meeting\n\nDate: 2025-09-14\n\n## Attendees\n- דוד כהן\n- שרה לוי\n\n## Decisions\n- התקציב אושר.\n');
    expect(he?.attendees.map((a) => a.name)).toEqual(['דוד כהן', 'שרה לוי']);
  });

  it.each([
    ['ar', '# محضر اجتماع الفريق\n\nالتاريخ: 14 سبتمبر 2025\n\n## الحضور\n- أحمد علي\n- فاطمة حسن\n\n## الغائبون\n- سارة خالد\n\n## القرارات\n- الموافقة على الميزانية.\n\n## المهام\n- أحمد علي: إعداد التقرير قبل 2025-09-21\n', ['أحمد علي', 'فاطمة حسن', 'سارة خالد'], 'أحمد علي'],
    ['he', '# פרוטוקול ישיבת צוות\n\nתאריך: 14 בספטמבר 2025\n\n## נוכחים\n- דוד כהן\n- שרה לוי\n\n## נעדרים\n- יוסי מזרחי\n\n## החלטות\n- לאשר את התקציב.\n\n## משימות\n- דוד כהן: להכין דוח עד 21.09.2025\n', ['דוד כהן', 'שרה לוי', 'יוסי מזרחי'], 'דוד כהן'],
  ])('reads %s minutes of their own words: date, people, absence, decision, action with its due date', (_language, page, names, assignee) => {
    const m = meetingOf(page);
    expect(m?.date).toBe('2025-09-14');
    expect(m?.attendees.map((a) => [a.name, a.present])).toEqual(names.map((n, i) => [n, i < 2]));
    expect(m?.decisions).toHaveLength(1);
    expect(m?.actionItems.map((a) => [a.assignee, a.due])).toEqual([[assignee, '2025-09-21']]);
  });

  it.each([
    ['ar policy', '# سياسة السفر\n\nتاريخ السريان: 1 يناير 2025\n\n## القرارات\nيجب الموافقة المسبقة على جميع الرحلات.\n'],
    ['he project', '# דף הפרויקט\n\nעודכן: 14.09.2025\n\n## צוות\n- דוד כהן\n- שרה לוי\n\n## החלטות\nנעבור לארכיטקטורה חדשה.\n'],
    ['ar project', '# مشروع النسر\n\nآخر تحديث: 2025-03-10\n\n## الفريق\n- أحمد علي\n- فاطمة حسن\n'],
  ])('a %s page is not minutes', (_name, page) => {
    expect(meetingOf(page)).toBeNull();
  });
});
