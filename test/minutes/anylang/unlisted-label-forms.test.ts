import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';

/**
 * More forms of people under a label of no known wording at the opening of a page: lines parted by
 * Markdown's soft breaks, names typed with "@" that became no mention, a label alone over one
 * person a line, a word of absence or of a body's seat inside such a label.
 */
const fromStorage = (storage: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const fromMarkdown = (md: string, title: string | null = null): Meeting | null =>
  (JSON.parse(convert(md, { from: 'markdown', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => (m?.attendees ?? []).map((a) => [a.name, a.role, a.present]);

describe('people under labels of no known wording', () => {
  it('reads a person whose name an emoji follows, as a character or as a shortcode Markdown turned into one', () => {
    for (const mark of ['🤒', '🌴', ':palm_tree:', ':face_with_thermometer:']) {
      const m = fromMarkdown(`# Allotment rota\n\n2 June 2025\n\n**On the plots:** Noor Haddad, Piet Vos\n**Away this week:** Wren Castell ${mark}\n\n## Notes\n\n- Water butts refilled.\n`);
      expect(people(m)).toEqual([
        ['Noor Haddad', 'participant', true],
        ['Piet Vos', 'participant', true],
        ['Wren Castell', 'participant', false],
      ]);
    }
  });

  it('reads soft-broken Markdown lines of "@Name" typed without a mention, and an absence word inside a label', () => {
    const m = fromMarkdown(`# Choir rota call\n\nSunday 9 March 2025\n\n**Around the piano:** @Ivy Tremaine, @Bartek Nowak, @Femi Adeyemi\n**Off sick today:** @Rosa Linde :thermometer:\n\n## Notes\n\n- Anthem moved to Easter.\n`);
    expect(people(m)).toEqual([
      ['Ivy Tremaine', 'participant', true],
      ['Bartek Nowak', 'participant', true],
      ['Femi Adeyemi', 'participant', true],
      ['Rosa Linde', 'participant', false],
    ]);
  });

  it('reads a label alone on its line over one person a line; a seat word in it makes them members', () => {
    const m = fromStorage(`<h1>Review panel — spring meeting</h1><p><strong>Held:</strong> 3 April 2025</p>
      <p><strong>Panel:</strong><br/>Prof. Aurelio Banks (convenor)<br/>Dr. Mei Tanaka (external)<br/>Oskar Lindqvist</p>
      <h2>1. Progress</h2><p>Progress was judged satisfactory.</p>`);
    expect(people(m)).toEqual([
      ['Aurelio Banks', 'participant', true],
      ['Mei Tanaka', 'participant', true],
      ['Oskar Lindqvist', 'participant', true],
    ]);
    const board = fromStorage(`<h1>Spring meeting</h1><p><strong>Held:</strong> 3 April 2025</p>
      <p><strong>Board:</strong><br/>Aurelio Banks<br/>Mei Tanaka</p><h2>1. Progress</h2><p>Progress was judged satisfactory.</p>`);
    expect(people(board).map(([, role]) => role)).toEqual(['member', 'member']);
  });

  it('reads a lone capital with a period as one more title in a list written with titles, and keeps it as an initial elsewhere (decoy)', () => {
    const titled = fromStorage(`<h1>Spring meeting</h1><p><strong>Held:</strong> 3 April 2025</p>
      <p><strong>Kasama:</strong><br/>Gng. Ligaya Ramos<br/>G. Dante Lualhati Cruz<br/>Bb. Nenita Sison</p><h2>1. Progress</h2><p>Progress was judged satisfactory.</p>`);
    expect(people(titled).map(([name]) => name)).toEqual(['Ligaya Ramos', 'Dante Lualhati Cruz', 'Nenita Sison']);
    const initials = fromStorage(`<h1>Spring meeting</h1><p><strong>Held:</strong> 3 April 2025</p>
      <p><strong>Kasama:</strong><br/>J. Robert Hale<br/>Mina Osei</p><h2>1. Progress</h2><p>Progress was judged satisfactory.</p>`);
    expect(people(initials).map(([name]) => name)).toEqual(['J. Robert Hale', 'Mina Osei']);
  });

  it('reads the same titled list under a known label (Filipino "Mga Dumalo")', () => {
    const m = fromStorage(`<h1>Katitikan ng pulong</h1><p><strong>Petsa:</strong> 3 April 2025</p>
      <p><strong>Mga Dumalo:</strong><br/>Gng. Ligaya Ramos<br/>G. Dante Cruz<br/>Bb. Nenita Sison</p><p><strong>Hindi Nakadalo:</strong> Rolando Abad</p>
      <h2>1. Ulat</h2><p>Tinanggap ang ulat.</p>`);
    expect(people(m).map(([name, , present]) => [name, present])).toEqual([['Ligaya Ramos', true], ['Dante Cruz', true], ['Nenita Sison', true], ['Rolando Abad', false]]);
  });

  it('takes no people from a label alone over lines that are not all names (decoy)', () => {
    const m = fromStorage(`<h1>Review panel — spring meeting</h1><p><strong>Held:</strong> 3 April 2025</p>
      <p><strong>Outcomes:</strong><br/>Budget Approved<br/>the roof repair is postponed</p>
      <h2>1. Progress</h2><p>Progress was judged satisfactory.</p>`);
    expect(people(m)).toEqual([]);
  });
});
