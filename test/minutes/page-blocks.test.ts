import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

/** Invented pages: a bold label ("**Present:**") heads its own paragraphs and lists, never a heading element after it. */
const fromStorage = (storage: string): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('a bold label and the headings after it', () => {
  it('a topic heading after a bold "Present:" label and its list is a topic of its own, whose speakers are read', () => {
    const m = fromStorage(`<p>Lab meeting 2 April 2025</p><p><strong>Present:</strong></p><ul><li>Nadia Brunn</li><li>Piet Olsen</li></ul>
      <h3>2. Cryostat schedule (Piet)</h3><ul><li>Nadia: can the cool-down start on Monday?</li><li>Piet: only after the leak test.</li></ul>`);
    expect(m!.attendees.map((a) => a.name)).toEqual(['Nadia Brunn', 'Piet Olsen']);
    expect(m!.topics.flatMap((t) => t.notes.map((n) => n.speaker))).toEqual(['Nadia Brunn', 'Piet Olsen']);
  });
});
