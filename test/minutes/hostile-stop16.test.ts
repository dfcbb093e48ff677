import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Pages a hostile new user wrote against the rules of stop 16 (languages with no word list, organizations
 * and roles, action status and owners, decisions, speakers, recognition): pages that share the shapes of
 * minutes without being minutes, and minutes where a rule takes the wrong thing.
 */
const meeting = (hub: string): Meeting | null => extractMeeting(hub, emptyPageMeta({ title: null }));
const people = (m: Meeting | null): [string | null, string | null, boolean | null][] =>
  (m?.attendees ?? []).map((a) => [a.name, a.organization, a.present]);

describe('pages that share the shapes of minutes are not minutes', () => {
  it('a roadmap "as of", a team page, a price list, a novel, a chat log, a city table, a recipe, a changelog', () => {
    const pages = [
      '<h1>Product roadmap</h1><p>As of 12 March 2024</p><table><tr><th>What</th><th>Who</th><th>By</th></tr><tr><td>Dark mode</td><td>Ana Silva</td><td>Q2</td></tr><tr><td>PDF export</td><td>Ben Ortiz</td><td>June</td></tr></table>',
      '<h1>Price list</h1><p>Updated 2024-03-12</p><p>Acme: Widget, Gadget</p><p>Globex: Sprocket, Bolt</p>',
      '<h1>Chapter 3: The meeting</h1><p>12 March 1921</p><p>Anna said: "We should leave before dawn."</p><p>Boris said: "The river is too high."</p>',
      '<h1>IRC log 2024-03-12</h1><p>&lt;ana&gt; lunch?</p><p>&lt;ben&gt; sure, tacos</p><p>&lt;ana&gt; ok 12:30</p>',
      '<h1>Offices 2024-03-12</h1><table><tr><th>Name</th><th>Status</th></tr><tr><td>Berlin</td><td><span class="status-macro aui-lozenge aui-lozenge-success">OPEN</span></td></tr><tr><td>Paris</td><td><span class="status-macro aui-lozenge aui-lozenge-error">CLOSED</span></td></tr></table>',
      '<h1>Pancakes</h1><p>12 March 2024</p><h2>Ingredients</h2><ul><li>200 g flour</li><li>2 eggs</li></ul><h2>Steps</h2><ul><li>Ana &amp; Ben: whisk the eggs</li><li>Ana &amp; Ben: fry in butter</li></ul>',
      '<h1>Changelog</h1><h2>1.4.0 (2024-03-12)</h2><ul><li>[DONE] Fix login redirect</li><li>[DONE] Add dark mode</li></ul><table><tr><th>Issue</th><th>Status</th></tr><tr><td>#12 crash on start</td><td>Resolved</td></tr></table>',
    ];
    for (const page of pages) expect(meeting(page)).toBeNull();
  });
  it('project pages in Finnish, Czech, Turkish, Greek and Vietnamese (a date, tasks, a team) are not minutes', () => {
    const pages = [
      '<h1>Projekti Aurora</h1><p>Päivitetty 12. maaliskuuta 2024</p><h2>Tehtävät</h2><ul><li>Tietokannan siirto</li></ul><h2>Tiimi</h2><ul><li>Aino Virtanen</li><li>Mikko Laine</li></ul>',
      '<h1>Projekt Orel</h1><p>Aktualizováno 12. března 2024</p><h2>Úkoly</h2><ul><li>Migrace databáze</li></ul><h2>Tým</h2><ul><li>Jana Nováková</li><li>Petr Dvořák</li></ul>',
      '<h1>Proje Kartal</h1><p>Güncelleme: 12 Mart 2024</p><h2>Görevler</h2><ul><li>Veritabanı taşıma</li></ul><h2>Ekip</h2><ul><li>Ayşe Yılmaz</li><li>Mehmet Kaya</li></ul>',
      '<h1>Έργο Αετός</h1><p>Ενημέρωση: 12 Μαρτίου 2024</p><h2>Εργασίες</h2><ul><li>Μετάβαση βάσης</li></ul><h2>Ομάδα</h2><ul><li>Μαρία Παπαδοπούλου</li><li>Νίκος Γεωργίου</li></ul>',
      '<h1>Dự án Đại Bàng</h1><p>Cập nhật ngày 12 tháng 3 năm 2024</p><h2>Nhiệm vụ</h2><ul><li>Di chuyển cơ sở dữ liệu</li></ul><h2>Nhóm</h2><ul><li>Nguyễn Văn An</li><li>Trần Thị Bình</li></ul>',
    ];
    for (const page of pages) expect(meeting(page)).toBeNull();
  });
  it.todo('a blog post "Our weekend, 12 March 2024" with a heading per person and Yesterday:/Today: lines is read as a stand-up (two present attendees): the labels and the heading per person are the stand-up shape itself, so only the title (no meeting named) could tell, and stand-up pages are often titled with a date alone');
});

describe('minutes where a rule takes the wrong thing', () => {
  it('names that are month words (May, Augustus, Jun, April) stay people and owners', () => {
    const m = meeting('<h1>Team sync 12 March 2024</h1><h2>Attendees</h2><ul><li>May Chen</li><li>Augustus Reed</li><li>April Stone</li></ul><h2>Action items</h2><ul><li>Send the deck - May</li><li>April: book the room by 3 May</li></ul>');
    expect(people(m).map((p) => p[0])).toEqual(['May Chen', 'Augustus Reed', 'April Stone']);
    expect(m!.actionItems.map((a) => [a.assignee, a.due])).toEqual([['May Chen', null], ['April Stone', '2024-05-03']]);
  });
  it('"Ana & Ben\'s proposal" names no owners; "SO RESOLVED" in a quote is no decision', () => {
    const m = meeting('<h1>Sync 2024-03-12</h1><h2>Attendees</h2><ul><li>Ana Silva</li><li>Ben Ortiz</li></ul><h2>Action items</h2><ul><li>Review Ana &amp; Ben\'s proposal by Friday</li></ul><h2>Notes</h2><p>Ana read the 1998 minutes aloud: "the chair declared it SO RESOLVED" and everyone laughed.</p>');
    expect(m!.actionItems.map((a) => a.assignee)).toEqual([null]);
    expect(m!.decisions).toEqual([]);
  });
  it('a first name shared by two attendees is not resolved to either of them', () => {
    const m = meeting('<h1>Sync 2024-03-12</h1><h2>Attendees</h2><ul><li>Ana Silva</li><li>Ana Costa</li></ul><h2>Action items</h2><ul><li>Ana: send notes</li></ul>');
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Ana']);
  });
});

describe('"Label: Name, Name" where the label names no organization keeps its people', () => {
  it('"Paris: …" and "Acme: …" in a list of attendees keep the people, with no organization', () => {
    const m = meeting('<h1>Partners call 2024-03-12</h1><h2>Attendees</h2><ul><li>Paris: Claire Dubois, Marc Petit</li><li>Acme: Tom Hill</li></ul>');
    expect(people(m)).toEqual([['Claire Dubois', null, true], ['Marc Petit', null, true], ['Tom Hill', null, true]]);
  });
  it.todo('a single paragraph "Acme Labs: Claire Dubois, Marc Petit" (or "Paris: …") under Attendees gives nobody: its "Label:" is read as a label line that leaves the attendance section; the same text with a <br/> and a second line gives both people with Acme Labs');
  it.todo('"Ana Roe: Bo Li" in a list of attendees gives Bo Li the organization "Ana Roe": a label that is a full name reads as a two-word organization');
});

describe('a reason for being away after a dash', () => {
  it('"Ben Ortiz - PTO" and "Ben Ortiz – on leave" are absent, with no organization "PTO"', () => {
    const m = meeting('<h1>Sync 2024-03-12</h1><h2>Attendees</h2><ul><li>Ana Silva</li><li>Ben Ortiz - PTO</li><li>Ali Khan – on leave</li><li>Eva Lund - Acme</li></ul>');
    expect(people(m)).toEqual([['Ana Silva', null, true], ['Ben Ortiz', null, false], ['Ali Khan', null, false], ['Eva Lund', 'Acme', true]]);
  });
});

describe('an approval in a relative clause is no decision of the meeting', () => {
  it('"the plan that was approved in 2019 is outdated" and "the budget, which was approved last year, has run out" decide nothing; "The motion was approved." does', () => {
    const m = meeting('<h1>Board 2024-03-12</h1><h2>Attendees</h2><ul><li>Ana Silva</li></ul><h2>Discussion</h2><p>The plan that was approved in 2019 is outdated.</p><p>Ana noted the budget, which was approved last year, has run out.</p><p>The motion was approved.</p>');
    expect(m!.decisions.map((d) => d.text)).toEqual(['The motion was approved.']);
  });
});

describe('a due date written without a year', () => {
  it('"by 10 Jan" at a meeting of 12 December is due the next January; "by 10 Jan 2024" stays as written', () => {
    const m = meeting('<h1>Sync 2024-12-12</h1><h2>Attendees</h2><ul><li>Ana Silva</li><li>Ben Ortiz</li></ul><h2>Action items</h2><ul><li>Ana: renew the licence by 10 Jan</li><li>Ben: file the report by 10 Jan 2024</li><li>Ana: book the hall by 20 Dec</li><li>Ben: renew the domain by 24 Jan</li></ul>');
    expect(m!.actionItems.map((a) => a.due)).toEqual(['2025-01-10', '2024-01-10', '2024-12-20', '2025-01-24']);
  });
});

describe('a day of the week in the owner column is no owner', () => {
  it('"Friday" under "Who" in a What/Who/By table names nobody and adds no attendee', () => {
    const m = meeting('<h1>Sync 2024-03-12</h1><h2>Attendees</h2><ul><li>Ana Silva</li><li>Ben Ortiz</li></ul><h2>Follow-up</h2><table><tr><th>What</th><th>Who</th><th>By</th></tr><tr><td>Fix CI</td><td>Ana &amp; Ben</td><td>15 March</td></tr><tr><td>Order pizza</td><td>Friday</td><td>ASAP</td></tr></table>');
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Ana Silva, Ben Ortiz', null]);
    expect(people(m).map((p) => p[0])).toEqual(['Ana Silva', 'Ben Ortiz']);
  });
});

describe('a legend of other letters', () => {
  it('"P = pending, A = approved, E = escalated" on the page: a column of P and A is no column of presence marks', () => {
    const m = meeting('<h1>Board 2024-03-12</h1><p>P = pending, A = approved, E = escalated</p><h2>Attendees</h2><ul><li>Ana Silva</li></ul><table><tr><th>Item</th><th>State</th></tr><tr><td>Budget</td><td>A</td></tr><tr><td>Hiring</td><td>P</td></tr></table>');
    expect(m!.attendees.filter((a) => a.name !== 'Ana Silva').map((a) => a.present)).toEqual(m!.attendees.filter((a) => a.name !== 'Ana Silva').map(() => null));
  });
  it.todo('an "Item | State" table right under the Attendees list (no heading of its own) gives attendees "Budget" and "Hiring": a table in an attendance section is read as people whatever its header says');
});

describe('left for later (found by the hostile pages of stop 16)', () => {
  it.todo('"Dean Moore" under Attendees becomes "Moore" (and "Dean Moore, Director, Acme" becomes "Moore" of Acme): "Dean" is stripped as an office before a name; a one-word remainder after an office that is also a given name (Dean, Justice) cannot tell, but stripping loses the first name while keeping it only keeps a title. Tried: keeping any two-word "Office Surname" whole moved the d- set (attendees F1 0.99 to 0.98, speakers R 0.84 to 0.81): pages write "Councillor Jones" and mean Jones');
  it.todo('plain paragraphs under a "Notes" heading ("We reviewed the budget.", "The chair said: we are over budget.") give no notes, while the same lines as list items do; "The chair said: …" is no speaker note because "The chair" is no attendee');
  it.todo('"Stand-up 2024-03-12" with a heading per person is minutes when the headings are full names, not when they are first names only ("Ana", "Ben"): a stand-up page of first names is read as no meeting');
  it.todo('Finnish minutes with headings only ("Kokous 12.3.2024", "Läsnä" over a list of full names, "Päätökset") are not minutes: the short-label rule for unlisted languages reads "Label:" lines and lists under a label line, not a heading over a list');
  it.todo('"Aino: päivitä dokumentaatio" under an unlisted-language tasks heading ("Tehtävät") gives no action: "Name: task" owners are read under an actions heading of a known language or in an actions table by content only');
  it.todo('"Ben: reply to the DONE team - Status: open" is open (right), but "Ben: Status: open question about the DONE flag" is done: "open question" is not read as the status word and a capitalised DONE inside the sentence then counts as the scribe\'s mark');
});
