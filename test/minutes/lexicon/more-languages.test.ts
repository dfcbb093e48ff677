import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { classifyHeading } from '../../../src/minutes/sections.js';

/**
 * Invented pages in Czech, Finnish, Turkish, Indonesian, Hungarian, Greek and Vietnamese (lexicon/cs.ts …
 * vi.ts): each language's words for who came, who did not, what was decided and who does what.
 * Layouts differ on purpose (tables where lists are usual, Markdown where storage is), so that the
 * words, not one page's shape, carry the reading.
 */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const fromMarkdown = (md: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(md, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const presence = (m: Meeting | null) => m!.attendees.map((a) => [a.name, a.present]);

describe('headings of the added languages', () => {
  it.each([
    ['Přítomni', 'attendance'],
    ['Omluveni', 'absent'],
    ['Läsnäolijat', 'attendance'],
    ['Poissa', 'absent'],
    ['Katılımcılar', 'attendance'],
    ['Katılamayanlar', 'absent'],
    ['Peserta Rapat', 'attendance'],
    ['Jelenlévők', 'attendance'],
    ['Távol maradt', 'absent'],
    ['Παρόντες', 'attendance'],
    ['Απόντες', 'absent'],
    ['Thành phần tham dự', 'attendance'],
    ['Vắng mặt', 'absent'],
    ['Usnesení', 'decisions'],
    ['Päätökset', 'decisions'],
    ['Kararlar', 'decisions'],
    ['Kesimpulan', 'decisions'],
    ['Határozatok', 'decisions'],
    ['Αποφάσεις', 'decisions'],
    ['Kết luận', 'decisions'],
  ])('reads the heading %j as %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('minutes in the added languages', () => {
  it('Czech: a presence list under Přítomni and Omluveni, Usnesení, a table of úkoly with Zodpovídá and Termín', () => {
    const m = fromStorage(`<h1>Zápis ze schůze výboru spolku</h1><p>Datum konání: 14. 5. 2025</p>
      <h2>Přítomni</h2><ul><li>Karel Vávra</li><li>Jana Malá</li></ul><h2>Omluveni</h2><ul><li>Pavel Říha</li></ul>
      <h2>Usnesení</h2><ol><li>Výbor schvaluje rozpočet na letní tábor.</li></ol>
      <h2>Úkoly</h2><table><tbody><tr><th>Úkol</th><th>Zodpovídá</th><th>Termín</th></tr>
      <tr><td>Objednat autobus</td><td>Jana Malá</td><td>30. 5. 2025</td></tr></tbody></table>`);
    expect(m).not.toBeNull();
    expect(m!.date).toBe('2025-05-14');
    expect(presence(m)).toEqual([['Karel Vávra', true], ['Jana Malá', true], ['Pavel Říha', false]]);
    expect(m!.decisions).toHaveLength(1);
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Jana Malá', '2025-05-30']]);
  });

  it('Finnish Markdown: Osallistujat / Poissa, Päätökset, a Tehtävät table with Vastuuhenkilö and Määräaika', () => {
    const m = fromMarkdown(`# Projektiryhmän palaveri\n\nPäivämäärä: 2.6.2025\n\n## Osallistujat\n\n- Ville Koskinen\n- Hanna Laine\n\n## Poissa\n\n- Olli Mäkelä\n\n## Päätökset\n\n- Julkaisu siirretään syyskuulle.\n\n## Tehtävät\n\n| Tehtävä | Vastuuhenkilö | Määräaika |\n|---|---|---|\n| Päivitä aikataulu | Hanna Laine | 9.6.2025 |\n`);
    expect(m).not.toBeNull();
    expect(m!.date).toBe('2025-06-02');
    expect(presence(m)).toEqual([['Ville Koskinen', true], ['Hanna Laine', true], ['Olli Mäkelä', false]]);
    expect(m!.decisions).toHaveLength(1);
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Hanna Laine', '2025-06-09']]);
  });

  it('Turkish storage: a Tarih row, Katılımcılar and Katılamayanlar, Kararlar, a Görevler table with Sorumlu, Son tarih and Durum', () => {
    const m = fromStorage(`<table><tbody><tr><th>Tarih</th><td>4 Haziran 2025</td></tr><tr><th>Yer</th><td>Ankara</td></tr></tbody></table>
      <h2>Katılımcılar</h2><ul><li>Ayşe Demir</li><li>Kerem Polat</li></ul><h2>Katılamayanlar</h2><ul><li>Deniz Acar</li></ul>
      <h2>Kararlar</h2><ul><li>Yeni depo kiralanacak.</li></ul>
      <h2>Görevler</h2><table><tbody><tr><th>Görev</th><th>Sorumlu</th><th>Son tarih</th><th>Durum</th></tr>
      <tr><td>Kira teklifi almak</td><td>Kerem Polat</td><td>11.06.2025</td><td>Tamamlandı</td></tr></tbody></table>`, 'Depo toplantısı');
    expect(m).not.toBeNull();
    expect(m!.date).toBe('2025-06-04');
    expect(presence(m)).toEqual([['Ayşe Demir', true], ['Kerem Polat', true], ['Deniz Acar', false]]);
    expect(m!.decisions).toHaveLength(1);
    expect(m!.actionItems.map((a) => [a.assignee, a.due, a.done])).toEqual([['Kerem Polat', '2025-06-11', true]]);
  });

  it('Indonesian Markdown: Peserta and Tidak hadir lists, Kesimpulan, a Tindak Lanjut table with Penanggung jawab and Batas waktu', () => {
    const m = fromMarkdown(`# Notulen Rapat Panitia\n\n**Tanggal:** 12 Agustus 2025\n\n## Peserta\n\n- Wahyu Santoso\n- Lina Marlina\n\n## Tidak hadir\n\n- Rudi Hartono\n\n## Kesimpulan\n\n- Acara dipindah ke aula.\n\n## Tindak Lanjut\n\n| Kegiatan | Penanggung jawab | Batas waktu |\n|---|---|---|\n| Memesan kursi | Lina Marlina | 20/08/2025 |\n`);
    expect(m).not.toBeNull();
    expect(m!.date).toBe('2025-08-12');
    expect(presence(m)).toEqual([['Wahyu Santoso', true], ['Lina Marlina', true], ['Rudi Hartono', false]]);
    expect(m!.decisions).toHaveLength(1);
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Lina Marlina', '2025-08-20']]);
  });

  it('Hungarian: Jelenlévők / Távol maradt lists, Határozatok, a Feladatok table with Felelős and Határidő', () => {
    const m = fromStorage(`<h1>Emlékeztető – csoportmegbeszélés</h1><p>Időpont: 2025. szeptember 3.</p>
      <h2>Jelenlévők</h2><ul><li>Fekete Ádám</li><li>Molnár Réka</li></ul><h2>Távol maradt</h2><ul><li>Balogh Tamás</li></ul>
      <h2>Határozatok</h2><ul><li>A csoport elfogadja az új ügyeleti rendet.</li></ul>
      <h2>Feladatok</h2><table><tbody><tr><th>Feladat</th><th>Felelős</th><th>Határidő</th></tr>
      <tr><td>Ügyeleti naptár frissítése</td><td>Molnár Réka</td><td>2025.09.10.</td></tr></tbody></table>`);
    expect(m).not.toBeNull();
    expect(m!.date).toBe('2025-09-03');
    expect(presence(m)).toEqual([['Fekete Ádám', true], ['Molnár Réka', true], ['Balogh Tamás', false]]);
    expect(m!.decisions).toHaveLength(1);
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Molnár Réka']);
  });

  it('Greek Markdown: Συμμετέχοντες / Απόντες, Αποφάσεις, an Ενέργειες table with Υπεύθυνος and Προθεσμία', () => {
    const m = fromMarkdown(`# Πρακτικά σύσκεψης\n\nΗμερομηνία: 7 Οκτωβρίου 2025\n\n## Συμμετέχοντες\n\n- Σοφία Γεωργίου\n- Άννα Μαρκου\n\n## Απόντες\n\n- Πέτρος Ιωάννου\n\n## Αποφάσεις\n\n- Εγκρίνεται ο νέος προμηθευτής.\n\n## Ενέργειες\n\n| Ενέργεια | Υπεύθυνος | Προθεσμία |\n|---|---|---|\n| Υπογραφή σύμβασης | Σοφία Γεωργίου | 14/10/2025 |\n`);
    expect(m).not.toBeNull();
    expect(m!.date).toBe('2025-10-07');
    expect(presence(m)).toEqual([['Σοφία Γεωργίου', true], ['Άννα Μαρκου', true], ['Πέτρος Ιωάννου', false]]);
    expect(m!.decisions).toHaveLength(1);
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Σοφία Γεωργίου', '2025-10-14']]);
  });

  it('Vietnamese storage: Người tham dự / Vắng mặt, Quyết định, a Phân công table with Người phụ trách and Hạn chót', () => {
    const m = fromStorage(`<h1>Biên bản cuộc họp dự án</h1><p>Ngày họp: 15/11/2025</p>
      <h2>Người tham dự</h2><ul><li>Lý Thanh Sơn</li><li>Vũ Ngọc Lan</li></ul><h2>Vắng mặt</h2><ul><li>Đinh Công Hậu</li></ul>
      <h2>Quyết định</h2><ul><li>Chuyển máy chủ sang trung tâm dữ liệu mới.</li></ul>
      <h2>Phân công</h2><table><tbody><tr><th>Công việc</th><th>Người phụ trách</th><th>Hạn chót</th></tr>
      <tr><td>Lập kế hoạch di chuyển</td><td>Vũ Ngọc Lan</td><td>22/11/2025</td></tr></tbody></table>`);
    expect(m).not.toBeNull();
    expect(m!.date).toBe('2025-11-15');
    expect(presence(m)).toEqual([['Lý Thanh Sơn', true], ['Vũ Ngọc Lan', true], ['Đinh Công Hậu', false]]);
    expect(m!.decisions).toHaveLength(1);
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Vũ Ngọc Lan', '2025-11-22']]);
  });
});

describe('titles and forms of address of the added languages are not part of a name', () => {
  it('drops Czech academic titles, Indonesian Ibu / Pak and a degree after a comma', () => {
    const m = fromStorage(`<h1>Zápis z jednání</h1><p>Datum: 3. 3. 2025</p><h2>Přítomni</h2><ul><li>MUDr. Eva Krátká</li><li>Bc. Tomáš Vlk</li></ul>
      <h2>Peserta</h2><ul><li>Ibu Sri Wahyuni</li><li>Pak Joko Susilo, S.H.</li></ul>`);
    expect(m!.attendees.map((a) => [a.name, a.organization])).toEqual([['Eva Krátká', null], ['Tomáš Vlk', null], ['Sri Wahyuni', null], ['Joko Susilo', null]]);
  });

  it('drops a Vietnamese form of address before a full name, never a given name before a surname', () => {
    const m = fromMarkdown(`# Biên bản họp nhóm\n\nNgày họp: 05/05/2025\n\n## Người tham dự\n\n- Chị Ngô Bảo Châu\n- Ông Trịnh Văn Quyết\n- Anh Nguyen\n`);
    expect(m!.attendees.map((a) => a.name)).toEqual(['Ngô Bảo Châu', 'Trịnh Văn Quyết', 'Anh Nguyen']);
  });
});
