import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Invented pages for the attendance constructs set V showed misread: each construct written in
 * several wordings and layouts (line, list, table, Markdown, another language), so that the rule
 * covers what the construct means and not one page's wording.
 */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const fromMarkdown = (markdown: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const names = (m: Meeting | null) => (m?.attendees ?? []).map((a) => a.name);
const people = (m: Meeting | null) => (m?.attendees ?? []).map((a) => [a.name, a.present]);

describe('an office written before the name, a dash between ("Treasurer – Ana Roe")', () => {
  it('lines parted by <br/> under a heading of who came: the name is the person, the office no one', () => {
    const m = fromStorage(
      `<h2>Present</h2><p>Club Secretary – Noor Haddad<br />Vice President – Ilse Brandt<br />Events Officer – Tomás Ruiz</p><h2>Apologies</h2><p>Membership Officer – Oren Blum</p><h2>1. Budget</h2><p>Agreed to buy chairs.</p>`,
      'Club committee 3 March 2025',
    );
    expect(people(m)).toEqual([
      ['Noor Haddad', true],
      ['Ilse Brandt', true],
      ['Tomás Ruiz', true],
      ['Oren Blum', false],
    ]);
    expect(m!.attendees.every((a) => a.organization === null)).toBe(true);
  });

  it('a list of the same, an em dash or a hyphen, an abbreviated office ("VP Finance")', () => {
    const m = fromMarkdown(`# Board call 2025-04-02\n\n## Attendees\n\n- Chair — Lena Vogt\n- VP Finance - Raj Patel\n- Head of Outreach – Mia Sato\n\n## Notes\n\n- Lena: budget is on track.\n`);
    expect(names(m)).toEqual(['Lena Vogt', 'Raj Patel', 'Mia Sato']);
  });

  it('an office alone, with nobody after it, names no one; "Name – Office" stays as it was', () => {
    const m = fromStorage(`<h2>Attendees</h2><ul><li>Ana Roe – Treasurer</li><li>Bo Lind – Chair</li><li>Club Secretary</li></ul><h2>Notes</h2><p>Bo: fine.</p>`, 'Club meeting 2025-05-01');
    expect(names(m)).toEqual(['Ana Roe', 'Bo Lind']);
  });

  it('in another language: "Kassenwartin – Jana Roth", "Secrétaire – Paul Girard"', () => {
    const m = fromStorage(`<h2>Anwesend</h2><p>Vorsitzende – Eva Lenz<br />Kassenwartin – Jana Roth</p><h2>Beschlüsse</h2><p>Keine.</p>`, 'Vorstandssitzung 2025-06-03');
    expect(names(m)).toEqual(['Eva Lenz', 'Jana Roth']);
    const f = fromStorage(`<h2>Présents</h2><p>Président – Marc Olier<br />Secrétaire – Paul Girard</p><h2>Décisions</h2><p>Aucune.</p>`, 'Réunion du bureau 2025-06-03');
    expect(names(f)).toEqual(['Marc Olier', 'Paul Girard']);
  });
});

describe('a group label of its own wording on a line under a heading of who came ("Teachers: A, B")', () => {
  it('a bold label, then people parted by commas: the people of the section', () => {
    const m = fromStorage(
      `<h2>Members present</h2><p><strong>Teachers:</strong> Ann Brown, Karl Bent, Vera Tull</p><p><strong>Parents:</strong> Ola Ek, Ben Moss</p><h2>Apologies</h2><p>Jo Vance</p><h2>1. Budget</h2><p>Agreed.</p>`,
      'School council 2025-03-11',
    );
    expect(people(m)).toEqual([
      ['Ann Brown', true],
      ['Karl Bent', true],
      ['Vera Tull', true],
      ['Ola Ek', true],
      ['Ben Moss', true],
      ['Jo Vance', false],
    ]);
  });

  it('in French with a space before the colon and titles; an office label with a comma; a job after the name', () => {
    const m = fromStorage(
      `<h2>Membres présents</h2><p><strong>Directeur, président de séance :</strong> M. Luc Armand</p><p><strong>Enseignants :</strong> Mme Inès Faure, M. Hugo Petit</p><p><strong>Commune :</strong> Mme Rose Caron, adjointe aux écoles</p><h2>Excusés</h2><p>M. Yves Roux</p><h2>1. Budget</h2><p>Adopté.</p>`,
      "Conseil d'école 2025-03-11",
    );
    expect(people(m)).toEqual([
      ['Luc Armand', true],
      ['Inès Faure', true],
      ['Hugo Petit', true],
      ['Rose Caron', true],
      ['Yves Roux', false],
    ]);
  });

  it('in Markdown, a label line under the heading; a label whose value is no people adds nobody', () => {
    const m = fromMarkdown(`# Team sync 2025-02-02\n\n## Attendees\n\n**Design:** Lou Park, Ivo Brandt\n\n**Quorum:** 5 of 7 present\n\n**Room:** 4.12\n\n## Notes\n\n- Lou: fine.\n`);
    expect(names(m)).toEqual(['Lou Park', 'Ivo Brandt']);
  });
});

describe('degrees after a name in a list parted by semicolons ("Ana Roe, MD (Cardiology); …")', () => {
  it('each degree is the name\'s, the bracket after it the department', () => {
    const m = fromStorage(
      `<p><strong>Members present:</strong> Lea Marsh, PharmD (Chair); Omar Said, MD (Neurology); Ivy Cole, RN, MSN (Nursing)</p><p><strong>Members absent:</strong> Ken Aoki, MD (Surgery)</p><h2>1. Minutes</h2><p>Approved.</p>`,
      'Drug committee 2025-03-10',
    );
    expect(people(m)).toEqual([
      ['Lea Marsh', true],
      ['Omar Said', true],
      ['Ivy Cole', true],
      ['Ken Aoki', false],
    ]);
    expect(m!.attendees.map((a) => a.organization)).toEqual([null, 'Neurology', 'Nursing', 'Surgery']);
  });

  it('a list item a person, degrees with dots, a degree alone is nobody', () => {
    const m = fromMarkdown(`# Research group 2025-01-20\n\n## Attendees\n\n- Tara Lund, Ph.D. (Physics)\n- Nils Berg, M.D.\n- PhD\n\n## Notes\n\n- Tara: the grant is in.\n`);
    expect(names(m)).toEqual(['Tara Lund', 'Nils Berg']);
  });
});

describe('a job in brackets after a name is no organization ("(PGY-2 resident)", "(woodshop host)")', () => {
  it('jobs of a hospital and a workshop beside an organization, in a line and in a list', () => {
    const line = fromStorage(`<p><strong>Guests:</strong> Ida Moss, PharmD (PGY-2 resident), Ned Park (Supply Chain)</p><h2>1. Minutes</h2><p>Approved.</p>`, 'Drug committee 2025-03-10');
    expect(line!.attendees.map((a) => [a.name, a.organization])).toEqual([
      ['Ida Moss', null],
      ['Ned Park', 'Supply Chain'],
    ]);
    const list = fromMarkdown(`# Members' night 2025-04-09

## Present

- Kim Ode (metal shop host)
- Rui Sá (clinical pharmacist)
- Lee Chan (Example Labs)

## Notes

- Kim: fine.
`);
    expect(list!.attendees.map((a) => a.organization)).toEqual([null, null, 'Example Labs']);
  });
});

describe('a school class or grade in brackets is no organization ("Ana Roe (4b)")', () => {
  it('classes written as a number and a letter, or letters and a number, in several languages', () => {
    const m = fromMarkdown(`# Elternbeirat 2025-03-03\n\n## Anwesend\n\n- Frau Uta Berg (2a, Vorsitzende)\n- Herr Kai Linde (3c)\n- Frau Ida Sommer (Klasse 4b)\n\n## Beschlüsse\n\n- Keine.\n`);
    expect(names(m)).toEqual(['Uta Berg', 'Kai Linde', 'Ida Sommer']);
    expect(m!.attendees.map((a) => a.organization)).toEqual([null, null, null]);
    const f = fromStorage(`<h2>Present</h2><ul><li>Ann Lee (Y6)</li><li>Bob Hart (CM2)</li><li>Cy Dunn (Acme Corp)</li></ul><h2>Notes</h2><p>Ann: ok.</p>`, 'Class reps 2025-03-03');
    expect(f!.attendees.map((a) => a.organization)).toEqual([null, null, 'Acme Corp']);
  });
});

describe('an office or rank written before the name is no part of it ("President-Elect Ana Roe")', () => {
  it('an office with "-Elect", a German office noun and a title together', () => {
    const m = fromMarkdown(`# Board 2025-03-03\n\n## Present\n\n- President-Elect Ana Roe\n- Rektorin Dr. Uta Feld\n- Schulleiter Jan Holm\n\n## Decisions\n\n- None.\n`);
    expect(names(m)).toEqual(['Ana Roe', 'Uta Feld', 'Jan Holm']);
  });
});

describe('a reason for being away written after a mention ("@Ana Roe – on holiday") says she was not there', () => {
  const mention = (id: string) => `<ac:link><ri:user ri:account-id="${id}" /></ac:link>`;
  const users = { a1: 'Ana Roe', b2: 'Bo Lind', c3: 'Cy Dee' } as Record<string, string>;
  const read = (storage: string, title: string) =>
    (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title }, userNames: (u) => users[u.accountId ?? ''] ?? null }).output) as { meeting: Meeting | null }).meeting;

  it('a list of mentions, the reason after a dash, in brackets, in German', () => {
    const m = read(
      `<h2>Attendees</h2><ul><li>${mention('a1')} – on holiday</li><li>${mention('b2')} (off sick)</li><li>${mention('c3')} - im Urlaub</li></ul><h2>Notes</h2><p>Quiet week.</p>`,
      'Team sync 2025-07-01',
    );
    expect(people(m)).toEqual([
      ['Ana Roe', false],
      ['Bo Lind', false],
      ['Cy Dee', false],
    ]);
    expect(m!.attendees.map((a) => a.organization)).toEqual([null, null, null]);
  });

  it('a paragraph of mentions with a time of joining stays present; a table cell with a reason is absent', () => {
    const m = read(
      `<h2>Participants</h2><ul><li>${mention('a1')} (joined 10:20)</li><li>${mention('b2')}</li></ul><table><tbody><tr><th>Also invited</th></tr><tr><td>${mention('c3')} – OOO</td></tr></tbody></table><h2>Notes</h2><p>Fine.</p>`,
      'Team sync 2025-07-02',
    );
    expect(people(m).find(([n]) => n === 'Ana Roe')).toEqual(['Ana Roe', true]);
    expect(people(m).find(([n]) => n === 'Cy Dee')?.[1]).not.toBe(true);
  });
});

describe('a sign-in list is the roll of who came ("Sign-in", "Signed in", "Attendance sheet")', () => {
  it('a heading over a list of names as people wrote them: first names, shortened surnames, a count of others adds nobody', () => {
    const m = fromStorage(
      `<h1>Members' night – 2 May 2025</h1><h2>Sign-in</h2><ul><li>Rosa Quint (board)</li><li>Abel</li><li>Mara T.</li><li>Sven Holt (laser host)</li><li>+ 4 others who didn't sign</li></ul><h2>Proposals</h2><p>Abel: we need a new saw.</p><p>Result: passed by show of hands.</p>`,
    );
    expect(people(m)).toEqual([
      ['Rosa Quint', true],
      ['Abel', true],
      ['Mara T.', true],
      ['Sven Holt', true],
    ]);
    expect(m!.attendees.map((a) => a.organization)).toEqual([null, null, null, null]);
  });

  it('other wordings and layouts: a bold "Signed in:" line, a Markdown "Attendance sheet" heading', () => {
    const line = fromStorage(`<p><strong>Signed in:</strong> Rosa Quint, Abel Moe, Mara Tell</p><h2>Notes</h2><p>Abel: fine.</p>`, 'Workshop meeting 2025-05-02');
    expect(names(line)).toEqual(['Rosa Quint', 'Abel Moe', 'Mara Tell']);
    const md = fromMarkdown(`# Volunteers meeting 2025-05-03\n\n## Attendance sheet\n\n- Ivo Lang\n- Pia\n- and 3 more\n\n## Notes\n\n- Pia: rota is full.\n`);
    expect(names(md)).toEqual(['Ivo Lang', 'Pia']);
  });
});

describe('a body named by a compound word ("Elternbeirat", "Betriebsrat", "ondernemingsraad") has members', () => {
  const roles = (m: Meeting | null) => (m?.attendees ?? []).map((a) => [a.name, a.role]);

  it('German: those present under a label with a remark in brackets are members, the guest is a guest', () => {
    const m = fromMarkdown(
      `# Protokoll der Betriebsratssitzung\n\nSitzung vom 4. Mai 2025\n\n**Anwesend (Vertreter der Abteilungen):**\n\n- Frau Uta Berg (Vorsitzende)\n- Herr Kai Linde\n\n**Entschuldigt:** Frau Ida Sommer\n\n**Als Gast:** Herr Tom Weber (Personalabteilung)\n\n## TOP 1 – Protokoll\n\nGenehmigt.\n`,
    );
    expect(roles(m)).toEqual([
      ['Uta Berg', 'member'],
      ['Kai Linde', 'member'],
      ['Ida Sommer', 'member'],
      ['Tom Weber', 'guest'],
    ]);
  });

  it('Dutch storage page of a works council, and a German parents\' council in the title only', () => {
    const nl = fromStorage(
      `<h1>Notulen vergadering ondernemingsraad</h1><p><strong>Datum:</strong> 12 mei 2025</p><p><strong>Aanwezig:</strong> Els de Vries, Piet Bakker</p><p><strong>Te gast:</strong> Joop Smit</p><h2>1. Notulen</h2><p>Vastgesteld.</p>`,
    );
    expect(roles(nl)).toEqual([
      ['Els de Vries', 'member'],
      ['Piet Bakker', 'member'],
      ['Joop Smit', 'guest'],
    ]);
    const de = fromMarkdown(`**Anwesend:** Uta Berg, Kai Linde\n\n**Gast:** Tom Weber\n\n## TOP 1\n\nGenehmigt.\n`, 'Elternbeirat – Sitzung 04.05.2025');
    expect(roles(de)).toEqual([
      ['Uta Berg', 'member'],
      ['Kai Linde', 'member'],
      ['Tom Weber', 'guest'],
    ]);
  });

  it('a word that only ends like one ("Referat", "Apparat") names no body: a team\'s attendees stay participants', () => {
    const m = fromMarkdown(`**Anwesend:** Uta Berg, Kai Linde\n\n**Gast:** Tom Weber\n\n## TOP 1\n\nErledigt.\n`, 'Referat IT – Besprechung 04.05.2025');
    expect(roles(m)).toEqual([
      ['Uta Berg', 'participant'],
      ['Kai Linde', 'participant'],
      ['Tom Weber', 'guest'],
    ]);
  });
});

describe('someone seated for an absent member is that member\'s alternate ("(seated for Member Roe)")', () => {
  const alt = (m: Meeting | null) => (m?.attendees ?? []).map((a) => [a.name, a.role, a.alternateFor, a.present]);

  it('the absent member named by office and surname only, listed elsewhere in full', () => {
    const m = fromStorage(
      `<p><strong>MEMBERS PRESENT:</strong> Chair Vera Stone, Member Omar Reyes</p><p><strong>ALTERNATES PRESENT:</strong> Leo Park (seated for Member Quill)</p><p><strong>MEMBERS ABSENT:</strong> Nina Quill</p><h2>1. Minutes</h2><p>Approved.</p>`,
      'Planning board 2025-04-14',
    );
    expect(alt(m)).toEqual([
      ['Vera Stone', 'member', null, true],
      ['Omar Reyes', 'member', null, true],
      ['Leo Park', 'alternate', 'Nina Quill', true],
      ['Nina Quill', 'member', null, false],
    ]);
    expect(m!.attendees[2]!.organization).toBeNull();
  });

  it('other wordings: "sitting in for", "in place of", German "in Vertretung für", in a list', () => {
    const m = fromMarkdown(
      `# Board 2025-04-14\n\n## Present\n\n- Ana Roe\n- Bo Lind (sitting in for Cy Dee)\n- Eva Holm, in place of Dr Finn Lowe\n\n## Apologies\n\n- Cy Dee\n- Finn Lowe\n\n## Decisions\n\n- None.\n`,
    );
    expect(alt(m).map(([n, r, f]) => [n, r, f])).toEqual([
      ['Ana Roe', 'participant', null],
      ['Bo Lind', 'alternate', 'Cy Dee'],
      ['Eva Holm', 'alternate', 'Finn Lowe'],
      ['Cy Dee', 'participant', null],
      ['Finn Lowe', 'participant', null],
    ]);
    const de = fromMarkdown(`# Vorstand 2025-04-14\n\n## Anwesend\n\n- Uta Berg\n- Kai Linde (in Vertretung für Ida Sommer)\n\n## Entschuldigt\n\n- Ida Sommer\n`);
    expect(alt(de)[1]!.slice(0, 3)).toEqual(['Kai Linde', 'alternate', 'Ida Sommer']);
  });
});

describe('a label that says the people were not there ("Not on the call:", "Invited, did not attend:")', () => {
  it('labels of absence written as the negation of being there, on lines of a block and as paragraphs', () => {
    const block = fromStorage(
      `<h2>Who took part</h2><p><strong>Facilitator:</strong> Ana Roe (Risk)<br /><strong>Players:</strong> Bo Lind (IT), Cy Dee (Legal)<br /><strong>Invited, did not attend:</strong> Eva Holm (HR)</p><h2>Notes</h2><p>Bo: fine.</p>`,
      'Exercise 2025-01-28',
    );
    expect(people(block)).toEqual([
      ['Ana Roe', true],
      ['Bo Lind', true],
      ['Cy Dee', true],
      ['Eva Holm', false],
    ]);
    const paragraphs = fromStorage(
      `<p><strong>Members on the call:</strong> Ana Roe (Example University), Bo Lind (Example Labs)</p><p><strong>Not on the call (sent comments):</strong> Cy Dee (Other University)</p><h2>Papers</h2><p>Accepted 3.</p>`,
      'Programme committee 2025-03-02',
    );
    expect(people(paragraphs)).toEqual([
      ['Ana Roe', true],
      ['Bo Lind', true],
      ['Cy Dee', false],
    ]);
    const md = fromMarkdown(`# Sync 2025-03-02\n\n**Attendees:** Ana Roe, Bo Lind\n\n**Not attending:** Cy Dee, Eva Holm\n\n## Notes\n\n- Ana: done.\n`);
    expect(people(md)).toEqual([
      ['Ana Roe', true],
      ['Bo Lind', true],
      ['Cy Dee', false],
      ['Eva Holm', false],
    ]);
  });
});

describe('one person under a label of no known wording beside labels of people ("Controller: Ana Roe (Security)")', () => {
  it('a full name with an organization in brackets is a person; a place or a thing with a bracket is not', () => {
    const m = fromStorage(
      `<h2>Who took part</h2><p><strong>Facilitator:</strong> Ana Roe (Risk)<br /><strong>Controller:</strong> Bo Lind (Security Engineering)<br /><strong>Venue:</strong> Main hall (level 2)<br /><strong>Players:</strong> Cy Dee (IT), Eva Holm (Legal)</p><h2>Notes</h2><p>Cy: fine.</p>`,
      'Exercise 2025-01-28',
    );
    expect(names(m)).toEqual(['Ana Roe', 'Bo Lind', 'Cy Dee', 'Eva Holm']);
    expect(m!.attendees[1]!.organization).toBe('Security Engineering');
  });
});

describe('a list of people that runs on after a comma at the end of a line ("Present: A, B,<br/>C, D")', () => {
  it('storage, Markdown soft breaks and a guests line: the names after the break are the same list\'s', () => {
    const m = fromStorage(`<h1>Team meeting 2025-03-03</h1><p>Present: Ana Roe, Bo Lind,<br/>Cy Dee, Eva Holm</p><p>Apologies: Ivo Lang;<br/>Pia Sand</p><h2>Notes</h2><p>Ana: ok.</p>`);
    expect(people(m)).toEqual([
      ['Ana Roe', true],
      ['Bo Lind', true],
      ['Cy Dee', true],
      ['Eva Holm', true],
      ['Ivo Lang', false],
      ['Pia Sand', false],
    ]);
    const md = fromMarkdown(`# Sync 2025-03-03\n\nAttendees: Ana Roe, Bo Lind,\\\nCy Dee\n\n## Notes\n\n- Ana: ok.\n`);
    expect(names(md)).toEqual(['Ana Roe', 'Bo Lind', 'Cy Dee']);
  });

  it('a line that ends with a comma before a new label does not swallow the label', () => {
    const m = fromStorage(`<p>Present: Ana Roe, Bo Lind,<br/>Apologies: Cy Dee</p><h2>Notes</h2><p>Ana: ok.</p>`, 'Team meeting 2025-03-04');
    expect(people(m)).toEqual([
      ['Ana Roe', true],
      ['Bo Lind', true],
      ['Cy Dee', false],
    ]);
  });
});

describe('a role abbreviation and an organization in one bracket ("Hana Ito (PO, Acme Corp)")', () => {
  it('product owner, scrum master, engineering manager abbreviations beside the organization, in a line and a list', () => {
    const m = fromStorage(`<p><strong>Guests:</strong> Hana Ito (PO, Acme Corp), Bo Lind (SM, Example Labs)</p><h2>Notes</h2><p>Hana: ok.</p>`, 'Sprint review 2025-03-03');
    expect(m!.attendees.map((a) => [a.name, a.organization])).toEqual([
      ['Hana Ito', 'Acme Corp'],
      ['Bo Lind', 'Example Labs'],
    ]);
    const md = fromMarkdown(`# Sprint review 2025-03-03\n\n## Attendees\n\n- Cy Dee (Example Bank, EM)\n- Eva Holm (PO)\n\n## Notes\n\n- Cy: ok.\n`);
    expect(md!.attendees.map((a) => [a.name, a.organization])).toEqual([
      ['Cy Dee', 'Example Bank'],
      ['Eva Holm', null],
    ]);
  });
});

describe('absent and represented by someone ("était représenté par", "represented by", "vertreten durch")', () => {
  it('the representation is no organization and says the person was not there, in French, English, German and Dutch', () => {
    const fr = fromMarkdown(`# Conseil 2025-03-03\n\n## Membres\n\n- Ana Roe\n- Cy Dee, était représenté par Bo Lind\n- Bo Lind\n\n## Décisions\n\n- Aucune.\n`);
    expect(fr!.attendees.map((a) => [a.name, a.organization, a.present])).toEqual([
      ['Ana Roe', null, true],
      ['Cy Dee', null, false],
      ['Bo Lind', null, true],
    ]);
    const en = fromStorage(`<h2>Present</h2><ul><li>Ana Roe</li><li>Cy Dee (represented by Bo Lind)</li></ul><h2>Notes</h2><p>Ana: ok.</p>`, 'Board 2025-03-03');
    expect(people(en)).toEqual([
      ['Ana Roe', true],
      ['Cy Dee', false],
    ]);
    const de = fromMarkdown(`# Vorstand 2025-03-03\n\n## Anwesend\n\n- Uta Berg\n- Kai Linde, vertreten durch Ida Sommer\n- Joop Smit (vertegenwoordigd door Els de Vries)\n\n## Beschlüsse\n\n- Keine.\n`);
    expect(people(de)).toEqual([
      ['Uta Berg', true],
      ['Kai Linde', false],
      ['Joop Smit', false],
    ]);
  });
});

describe('a roll call told in a sentence that opens with the verb ("Estiveram presentes A, B e C")', () => {
  it('Portuguese, Spanish, French, German and Dutch sentences, with absences in the same paragraph', () => {
    const pt = fromMarkdown(`# Reunião 2025-03-03\n\nEstiveram presentes Ana Roe, Bo Lind e Cy Dee. Justificou a ausência Eva Holm.\n\n## Decisões\n\n- Nenhuma.\n`);
    expect(people(pt)).toEqual([
      ['Ana Roe', true],
      ['Bo Lind', true],
      ['Cy Dee', true],
      ['Eva Holm', false],
    ]);
    const es = fromStorage(`<p>Estuvieron presentes Ana Roe y Bo Lind.</p><h2>Acuerdos</h2><p>Ninguno.</p>`, 'Reunión 2025-03-03');
    expect(names(es)).toEqual(['Ana Roe', 'Bo Lind']);
    const fr = fromStorage(`<p>Étaient présents : Ana Roe, Bo Lind et Cy Dee.</p><h2>Décisions</h2><p>Aucune.</p>`, 'Réunion 2025-03-03');
    expect(names(fr)).toEqual(['Ana Roe', 'Bo Lind', 'Cy Dee']);
    const de = fromStorage(`<p>Anwesend waren Uta Berg und Kai Linde.</p><h2>Beschlüsse</h2><p>Keine.</p>`, 'Sitzung 2025-03-03');
    expect(names(de)).toEqual(['Uta Berg', 'Kai Linde']);
    const nl = fromStorage(`<p>Waren aanwezig: Els de Vries en Piet Bakker.</p><h2>Besluiten</h2><p>Geen.</p>`, 'Vergadering 2025-03-03');
    expect(names(nl)).toEqual(['Els de Vries', 'Piet Bakker']);
  });

  it('a sentence with the verb and a word of presence about something else names nobody', () => {
    const m = fromStorage(`<p>Estiveram presentes vários problemas na entrega.</p><h2>Decisões</h2><p>Nenhuma.</p>`, 'Reunião 2025-03-03');
    expect(names(m)).toEqual([]);
  });
});

describe('what is written beside an organization in brackets that is no organization', () => {
  it('a job ("Executive sponsor, COO") is none; a description in lower case after the organization goes', () => {
    const m = fromStorage(
      `<h2>Who took part</h2><p><strong>Players:</strong> Ana Roe (Executive sponsor, COO), Bo Lind (IT Operations)<br /><strong>Observers:</strong> Cy Dee (Example Mutual, cyber insurer), Eva Holm (Example Bank, lender)</p><h2>Notes</h2><p>Ana: fine.</p>`,
      'Exercise 2025-01-28',
    );
    expect(m!.attendees.map((a) => [a.name, a.organization])).toEqual([
      ['Ana Roe', null],
      ['Bo Lind', 'IT Operations'],
      ['Cy Dee', 'Example Mutual'],
      ['Eva Holm', 'Example Bank'],
    ]);
  });
});

describe('a guest for one item of the agenda ("Als Gast zu TOP 4:", "Guest for item 3:")', () => {
  it('German, English and French labels naming the item, on their own paragraph', () => {
    const de = fromMarkdown(`# Vorstand 2025-03-03\n\n**Anwesend:** Uta Berg, Kai Linde\n\n**Als Gast zu TOP 4:** Herr Tom Weber (Kämmerei)\n\n## TOP 1\n\nGenehmigt.\n`);
    expect(de!.attendees.map((a) => [a.name, a.role, a.present])).toEqual([
      ['Uta Berg', 'member', true],
      ['Kai Linde', 'member', true],
      ['Tom Weber', 'guest', true],
    ]);
    const en = fromStorage(`<p><strong>Present:</strong> Ana Roe, Bo Lind</p><p><strong>Guest for item 3:</strong> Cy Dee (Example Labs)</p><h2>Notes</h2><p>Ana: ok.</p>`, 'Team 2025-03-03');
    expect(en!.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Ana Roe', 'participant'],
      ['Bo Lind', 'participant'],
      ['Cy Dee', 'guest'],
    ]);
    const fr = fromStorage(`<p><strong>Présents :</strong> Ana Roe, Bo Lind</p><p><strong>Invité pour le point 2 :</strong> M. Luc Armand</p><h2>Décisions</h2><p>Aucune.</p>`, 'Bureau 2025-03-03');
    expect(names(fr)).toEqual(['Ana Roe', 'Bo Lind', 'Luc Armand']);
  });
});

describe('a person under a label of its own, then when they were there ("Accompanist: Ana Roe attended for items 1–3")', () => {
  it('attended, joined, present for, in English, German and French, beside a committee line and apologies', () => {
    const m = fromMarkdown(
      `Choir committee\n===============\n\nMonday 3 March 2025\n\nCommittee: Uta Berg (chair), Kai Linde (treasurer)\nAccompanist: Ana Roe attended for items 1–3\nAuditor: Bo Lind joined at 8.15pm\nApologies: Ida Sommer\n\n1\\. Concert\n-----------\n\nUta: we need tenors.\n`,
    );
    expect(people(m)).toEqual([
      ['Uta Berg', true],
      ['Kai Linde', true],
      ['Ana Roe', true],
      ['Bo Lind', true],
      ['Ida Sommer', false],
    ]);
    const de = fromStorage(`<p>Vorstand: Uta Berg, Kai Linde<br />Kassenprüfer: Tom Weber anwesend bis TOP 3<br />Entschuldigt: Ida Sommer</p><h2>TOP 1</h2><p>Genehmigt.</p>`, 'Vorstandssitzung 2025-03-03');
    expect(names(de)).toEqual(['Uta Berg', 'Kai Linde', 'Tom Weber', 'Ida Sommer']);
    const fr = fromStorage(`<p>Bureau : Ana Roe, Bo Lind<br />Trésorière : Cy Dee présente jusqu'au point 3<br />Excusés : Eva Holm</p><h2>Décisions</h2><p>Aucune.</p>`, 'Réunion du bureau 2025-03-03');
    expect(names(fr)).toEqual(['Ana Roe', 'Bo Lind', 'Cy Dee', 'Eva Holm']);
  });
});

describe('a paragraph "Label: A (Org), B (Org)" of its own wording right beside a paragraph of people', () => {
  it('chairs above the members on the call, in storage and Markdown; a paragraph of projects beside it names nobody', () => {
    const m = fromStorage(
      `<p><strong>Workshop – programme committee call</strong></p><p>Monday 2 March 2025</p><p><strong>PC chairs:</strong> Ana Roe (Example University), Bo Lind (Example Labs)</p><p><strong>PC members on the call:</strong> Cy Dee (Other University), Eva Holm (Example Inc.)</p><p><strong>Tracks:</strong> Systems, Tools</p><h2>Papers</h2><p>Accepted 3.</p>`,
    );
    expect(people(m)).toEqual([
      ['Ana Roe', true],
      ['Bo Lind', true],
      ['Cy Dee', true],
      ['Eva Holm', true],
    ]);
    const md = fromMarkdown(`# Steering call 2025-03-02\n\n**Attendees:** Cy Dee, Eva Holm\n\n**Sponsors:** Ana Roe (Example Bank), Bo Lind (Example Insurance)\n\n**Projects:** Apollo, Gemini\n\n## Notes\n\n- Cy: fine.\n`);
    expect(names(md)).toEqual(['Cy Dee', 'Eva Holm', 'Ana Roe', 'Bo Lind']);
  });
});
