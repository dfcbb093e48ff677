import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { classifyHeading } from '../../../src/minutes/sections.js';

/**
 * Invented pages in Bengali, Persian, Albanian, Basque, Irish, Georgian and Nepali (lexicon/more/):
 * each language's words for who came and who did not, read from headings, label lines and presence
 * columns. A page of the same shape with no word of minutes stays no meeting.
 */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const fromMarkdown = (md: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(md, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const presence = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.present]);

describe('headings of the seven added languages', () => {
  it.each([
    ['উপস্থিত সদস্যবৃন্দ', 'attendance'],
    ['অনুপস্থিত', 'absent'],
    ['حاضرین', 'attendance'],
    ['غایبین', 'absent'],
    ['Të pranishëm', 'attendance'],
    ['Munguan', 'absent'],
    ['Bertaratuak', 'attendance'],
    ['Ez bertaratuak', 'absent'],
    ['I láthair', 'attendance'],
    ['Leithscéalta', 'absent'],
    ['ესწრებოდნენ', 'attendance'],
    ['არ ესწრებოდნენ', 'absent'],
    ['उपस्थित सदस्यहरू', 'attendance'],
    ['अनुपस्थित', 'absent'],
  ])('reads the heading %j as %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('minutes in the seven added languages', () => {
  it('Bengali: a roster with a উপস্থিতি column of উপস্থিত / অনুপস্থিত, dated in Bengali digits', () => {
    const m = fromStorage(`<h1>পাঠাগার সমিতির সভার কার্যবিবরণী</h1><p>তারিখ: ৩ মার্চ ২০২৫</p>
      <h2>সদস্যবৃন্দ</h2><table><tbody><tr><th>নাম</th><th>পদ</th><th>উপস্থিতি</th></tr>
      <tr><td>শুভজিৎ বসু</td><td>সভাপতি</td><td>উপস্থিত</td></tr><tr><td>রুমানা হক</td><td>সদস্য</td><td>অনুপস্থিত</td></tr></tbody></table>
      <h2>সিদ্ধান্ত</h2><ul><li>নতুন বইয়ের তাক কেনা হবে।</li></ul>`);
    expect(m).not.toBeNull();
    expect(presence(m)).toEqual([['শুভজিৎ বসু', true], ['রুমানা হক', false]]);
  });

  it('Persian: حاضرین and غایبین lists under a صورتجلسه title', () => {
    const m = fromStorage(`<h1>صورتجلسه کمیته فنی</h1><p>تاریخ: 2025-05-12</p>
      <h2>حاضرین</h2><ul><li>نرگس رضایی</li><li>کاوه احمدی</li></ul><h2>غایبین</h2><ul><li>سپیده کریمی</li></ul>
      <h2>مصوبات</h2><ol><li>نسخه جدید هفته آینده منتشر شود.</li></ol>`);
    expect(presence(m)).toEqual([['نرگس رضایی', true], ['کاوه احمدی', true], ['سپیده کریمی', false]]);
  });

  it('Albanian Markdown: Të pranishëm and Munguan', () => {
    const m = fromMarkdown(`# Procesverbal i mbledhjes së bordit\n\nData: 14.04.2025\n\n## Të pranishëm\n\n- Blerina Dushku\n- Ermal Kastrati\n\n## Munguan\n\n- Valbona Shehu\n\n## Vendime\n\n- Buxheti u miratua.\n`);
    expect(presence(m)).toEqual([['Blerina Dushku', true], ['Ermal Kastrati', true], ['Valbona Shehu', false]]);
  });

  it('Basque: an Izena / Bertaratzea table of Bai / Ez', () => {
    const m = fromStorage(`<h1>Elkartearen batzarraren akta</h1><p>Data: 2025-02-03</p>
      <table><tbody><tr><th>Izena</th><th>Kargua</th><th>Bertaratzea</th></tr>
      <tr><td>Amaia Etxeberria</td><td>Lehendakaria</td><td>Bai</td></tr><tr><td>Jon Agirre</td><td>Idazkaria</td><td>Ez</td></tr></tbody></table>
      <h2>Erabakiak</h2><ul><li>Kuota ez da aldatuko.</li></ul>`);
    expect(presence(m)).toEqual([['Amaia Etxeberria', true], ['Jon Agirre', false]]);
  });

  it('Irish: I láthair and Leithscéalta label lines', () => {
    const m = fromStorage(`<h1>Miontuairiscí an choiste</h1><p>Dáta: 2025-06-09</p>
      <p><strong>I láthair:</strong> Siobhán Ní Bhriain, Pádraig Mac Giolla</p><p><strong>Leithscéalta:</strong> Eoin Ó Dálaigh</p>
      <h2>Cinntí</h2><ul><li>Glacadh leis an mbuiséad.</li></ul>`);
    expect(presence(m)).toEqual([['Siobhán Ní Bhriain', true], ['Pádraig Mac Giolla', true], ['Eoin Ó Dálaigh', false]]);
  });

  it('Georgian Markdown: ესწრებოდნენ and არ ესწრებოდნენ', () => {
    const m = fromMarkdown(`# გამგეობის სხდომის ოქმი\n\nთარიღი: 2025-03-20\n\n## ესწრებოდნენ\n\n- ნინო ბერიძე\n- გიორგი კაპანაძე\n\n## არ ესწრებოდნენ\n\n- თამარ ლომიძე\n\n## გადაწყვეტილება\n\n- ბიუჯეტი დამტკიცდა.\n`);
    expect(presence(m)).toEqual([['ნინო ბერიძე', true], ['გიორგი კაპანაძე', true], ['თამარ ლომიძე', false]]);
  });

  it('Nepali: उपस्थित and अनुपस्थित lists of a बैठकको माइन्युट', () => {
    const m = fromStorage(`<h1>विद्यालय व्यवस्थापन समितिको बैठकको माइन्युट</h1><p>मिति: 2025-01-15</p>
      <h2>उपस्थित सदस्यहरू</h2><ul><li>सीता अधिकारी</li><li>राम बहादुर थापा</li></ul><h2>अनुपस्थित</h2><ul><li>गीता शर्मा</li></ul>
      <h2>निर्णय</h2><ol><li>नयाँ कक्षा कोठा बनाउने।</li></ol>`);
    expect(presence(m)).toEqual([['सीता अधिकारी', true], ['राम बहादुर थापा', true], ['गीता शर्मा', false]]);
  });

  it('a list of names under a heading of no meeting word, with no date, stays no meeting (decoy)', () => {
    expect(fromStorage(`<h1>পাঠাগারের বইয়ের তালিকা</h1><ul><li>গীতাঞ্জলি</li><li>পথের পাঁচালী</li></ul>`)).toBeNull();
  });
});
