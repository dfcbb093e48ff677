import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../../src/minutes/sections.js';
import { LEXICON_LANGUAGES, lexiconOf } from '../../src/minutes/lexicon/index.js';
import { labelLinePattern, labelPattern, languagesOf } from '../../src/minutes/vocabulary.js';
import { dueDateIn, findDate, findDateInYear, NOT_THE_MEETING_DATE } from '../../src/minutes/dates.js';
import { findCjkDate } from '../../src/minutes/lexicon/cjk-dates.js';
import { isAwayText, presenceFromText } from '../../src/minutes/presence.js';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

describe('the lexicons of more languages', () => {
  it('hold lower-case words, months of twelve', () => {
    for (const language of LEXICON_LANGUAGES) {
      const lexicon = lexiconOf(language)!;
      for (const words of Object.values(lexicon.labels)) for (const word of words) expect(word).toBe(word.toLowerCase());
      if (lexicon.months !== undefined) expect(lexicon.months).toHaveLength(12);
    }
  });

  it.each([
    ['Närvarande', 'attendance'],
    ['Frånvarande', 'absent'],
    ['Beslut', 'decisions'],
    ['Uppdrag', 'actions'],
    ['Til stede', 'attendance'],
    ['Forfall', 'absent'],
    ['Vedtak', 'decisions'],
    ['Afbud', 'absent'],
    ['Obecni', 'attendance'],
    ['Nieobecni', 'absent'],
    ['Ustalenia', 'decisions'],
    ['Porządek obrad', 'agenda'],
    ['Присутствовали', 'attendance'],
    ['Отсутствовали', 'absent'],
    ['Решили', 'decisions'],
    ['Поручения', 'actions'],
    ['出席者', 'attendance'],
    ['欠席者', 'absent'],
    ['決定事項', 'decisions'],
    ['宿題（ToDo）', 'actions'],
    ['議題', 'agenda'],
    ['参会人员', 'attendance'],
    ['请假', 'absent'],
    ['会议决议', 'decisions'],
    ['待办事项', 'actions'],
    ['缺席人員', 'absent'],
    ['참석자', 'attendance'],
    ['불참자', 'absent'],
    ['결정 사항', 'decisions'],
    ['액션 아이템', 'actions'],
    ['Sitzungsleitung', 'attendance'],
  ])('reads the heading %s as %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  it('does not read a word inside a longer word of a spaced script, nor an absent word as present', () => {
    // "Beschluss" in a sentence is not a heading of decisions: a heading of several words about something else stays other.
    expect(classifyHeading('Der Beschluss des Lenkungskreises zur Lizenzfrage steht noch aus')).toBe('other');
    expect(labelPattern('attendees').test('Obecnie trwa migracja')).toBe(false);
    expect(classifyHeading('불참석')).toBe('absent');
    expect(classifyHeading('欠席')).toBe('absent');
    expect(labelPattern('attendees').test('Решили перенести')).toBe(false);
  });

  it('reads a label line with a full-width colon and tells a page language from its labels', () => {
    expect(labelLinePattern('date').exec('日期：2024年3月12日')?.[1]).toBe('2024年3月12日');
    expect(labelLinePattern('date').exec('Дата: 12 марта 2024 г.')?.[1]).toBe('12 марта 2024 г.');
    expect(languagesOf(['Obecni', 'Nieobecni', 'Ustalenia'])[0]).toBe('pl');
  });

  it('reads presence marks of the new languages', () => {
    expect(presenceFromText('nej')).toBe(false);
    expect(presenceFromText('tak')).toBe(true);
    expect(presenceFromText('欠席')).toBe(false);
    expect(presenceFromText('참석')).toBe(true);
    expect(presenceFromText('нет')).toBe(false);
    // A reason for being away, in any language of the lexicons, is no organization.
    expect(isAwayText('(휴가)')).toBe(true);
    expect(isAwayText('出張')).toBe(true);
  });
});

describe('dates in many languages', () => {
  it.each([
    ['3. März 2024', '2024-03-03'],
    ['12 mars 2024', '2024-03-12'],
    ['12 de marzo de 2024', '2024-03-12'],
    ['12 marca 2024 r.', '2024-03-12'],
    ['12 марта 2024 г.', '2024-03-12'],
    ['12. marts 2024', '2024-03-12'],
    ['tisdag 12 mars 2024, kl. 18.30', '2024-03-12'],
    ['12.03.2024', '2024-03-12'],
    ['2024年3月12日（火）10:00〜11:00', '2024-03-12'],
    ['令和6年3月12日', '2024-03-12'],
    ['二〇二四年三月十二日', '2024-03-12'],
    ['2024年3月12號', '2024-03-12'],
    ['2024년 3월 12일 (화) 오전 10시', '2024-03-12'],
    ['2024. 3. 19.', '2024-03-19'],
  ])('reads %s', (text, date) => {
    expect(findDate(text)).toBe(date);
  });

  it('reads a CJK month and day without a year in the year given, and a due date in full-width brackets', () => {
    expect(findDateInYear('4月12日まで', 2024)).toBe('2024-04-12');
    expect(findDateInYear('4월 12일까지', 2024)).toBe('2024-04-12');
    expect(dueDateIn('修正方針をまとめる（4月12日まで）', 2024)).toBe('2024-04-12');
    expect(dueDateIn('запросить предложения до 05.04.2024', 2024)).toBe('2024-04-05');
  });

  it('never guesses a year, a month or a day that is not written', () => {
    expect(findDate('3月12日（火）')).toBeNull();
    expect(findCjkDate('2024年度の予算')).toBeNull();
    expect(findDate('2024년 예산')).toBeNull();
    expect(findDate('2024年2月30日')).toBeNull();
  });

  it('knows the words of another date than the meeting’s', () => {
    expect(NOT_THE_MEETING_DATE.test('次回会議：')).toBe(true);
    expect(NOT_THE_MEETING_DATE.test('Следующее совещание:')).toBe(true);
    expect(NOT_THE_MEETING_DATE.test('다음 회의:')).toBe(true);
    expect(NOT_THE_MEETING_DATE.test('Дата:')).toBe(false);
  });
});

describe('pages written with full-width punctuation', () => {
  const meetingOf = (storage: string, title: string) =>
    (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;

  it('reads people parted by 、 after a full-width colon, roles in full-width brackets, and speakers without capitals', () => {
    const m = meetingOf(
      '<p>日時：2024年5月7日（火）</p><p>出席者：山本 一郎（議長）、中村 花子、小林 誠</p><p>欠席者：加藤 恵</p>' +
        '<h2>議事内容</h2><ul><li>中村：見積もりは来週届く。</li></ul><h2>決定事項</h2><ul><li>発注は6月に行う。</li></ul>',
      '定例会議 議事録',
    )!;
    expect(m.date).toBe('2024-05-07');
    expect(m.attendees.map((a) => [a.name, a.organization, a.present])).toEqual([
      ['山本 一郎', null, true],
      ['中村 花子', null, true],
      ['小林 誠', null, true],
      ['加藤 恵', null, false],
    ]);
    expect(m.decisions).toHaveLength(1);
    expect(m.topics.flatMap((t) => t.notes).find((n) => n.speaker !== null)?.speaker).toBe('中村 花子');
  });

  it('reads a two-character Han label of guests and a task owned by a name before a full-width colon', () => {
    const m = meetingOf(
      '<p>会议日期：2024年6月4日</p><p>参会人员：王强、李梅</p><p>列席：陈晨</p><h2>待办事项</h2>' +
        '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>李梅：整理需求，截止 2024年6月11日</ac:task-body></ac:task></ac:task-list>',
      '周会会议纪要',
    )!;
    expect(m.attendees.map((a) => [a.name, a.role])).toEqual([
      ['王强', 'participant'],
      ['李梅', 'participant'],
      ['陈晨', 'guest'],
    ]);
    expect(m.actionItems.map((a) => [a.assignee, a.due])).toEqual([['李梅', '2024-06-11']]);
  });

  it('leaves a colon line alone when the name before it is nobody the meeting knows', () => {
    const m = meetingOf('<p>日期：2024年6月4日</p><p>参会人员：王强、李梅</p><h2>待办事项</h2><ul><li>系统：升级数据库</li></ul>', '周会会议纪要')!;
    expect(m.actionItems.map((a) => a.assignee)).toEqual([null]);
  });
});
