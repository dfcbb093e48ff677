import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';

/**
 * Person chips (a `mailto:` link showing a person's name, as Google Docs, Gmail and Outlook paste
 * them) name people as mentions do; a label with no colon before nothing but chips labels them.
 */
const fromMarkdown = (md: string): Meeting | null => (JSON.parse(convert(md, { from: 'markdown', to: 'json' }).output) as { meeting: Meeting | null }).meeting;
const people = (m: Meeting | null) => (m?.attendees ?? []).map((a) => [a.name, a.present]);

describe('person chips', () => {
  it('reads chips written one after another with no comma under a label', () => {
    const m = fromMarkdown(`# Pottery club sync\n\nDate: 2025-09-02\n\n**Attendees:** [Wren Halloway](mailto:wren@example.org) [Tomasz Lis](mailto:t.lis@example.org)\n\n**Apologies:** [Ines Moreau](mailto:ines@example.org)\n\n## Notes\n\n- Kiln booked for Friday.\n`);
    expect(people(m)).toEqual([['Wren Halloway', true], ['Tomasz Lis', true], ['Ines Moreau', false]]);
  });

  it('reads a label with no colon before nothing but chips', () => {
    const m = fromMarkdown(`# Pottery club sync\n\nDate: 2025-09-02\n\nAttendees [Wren Halloway](mailto:wren@example.org) [Tomasz Lis](mailto:t.lis@example.org)\n\n## Notes\n\n- Glaze order placed.\n`);
    expect(people(m)).toEqual([['Wren Halloway', true], ['Tomasz Lis', true]]);
  });

  it('takes no one from a mailto link that shows no person (decoy)', () => {
    const m = fromMarkdown(`# Pottery club sync\n\nDate: 2025-09-02\n\n**Attendees:** Wren Halloway, Tomasz Lis\n\n## Notes\n\n- Questions: [Contact us](mailto:club@example.org) or [club@example.org](mailto:club@example.org).\n- Attachments [Kiln Schedule Sheet](mailto:kiln@example.org)\n`);
    expect(people(m)).toEqual([['Wren Halloway', true], ['Tomasz Lis', true]]);
  });
});
