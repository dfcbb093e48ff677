import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import type { Meeting } from '../../src/model/meeting.js';

/**
 * Pages a hostile new user wrote against stop 20's extractor: names with particles the extractor did
 * not know, a retro page whose first sentence names the sprint's end before the day the retro was held,
 * a TSC roll-call table whose header row is plain cells, tasks assigned by a mention with no users file.
 */
const meeting = (hub: string): Meeting | null => extractMeeting(hub, emptyPageMeta({ title: null }));
const people = (m: Meeting | null): [string | null, string | null, boolean | null][] => (m?.attendees ?? []).map((a) => [a.name, a.organization, a.present]);

describe('names with particles are people', () => {
  it('"vom", "de los", "zur" and "degli" inside a name keep the person', () => {
    const m = meeting('<h1>Stand-up 2026-04-09</h1><p>Present: Ana Souza, Dieter vom Hofe, Maria de los Santos, Gus zur Linde, Pia degli Esposti</p><p>Absent: Pieter de Vries</p>');
    expect(people(m)).toEqual([
      ['Ana Souza', null, true],
      ['Dieter vom Hofe', null, true],
      ['Maria de los Santos', null, true],
      ['Gus zur Linde', null, true],
      ['Pia degli Esposti', null, true],
      ['Pieter de Vries', null, false],
    ]);
  });
});

describe('the day a meeting was held', () => {
  it('an opening sentence "Sprint ended 2026-02-13. Retro held on 2026-02-16." dates the retro, not the sprint end', () => {
    const m = meeting('<h1>Retro – Sprint 42</h1><p>Sprint ended 2026-02-13. Retro held on 2026-02-16.</p><h2>Team</h2><p>Olu Ade, Priya Nair</p><h2>Actions</h2><ul><li>[ ] Olu: renew the certificate</li></ul>');
    expect(m?.date).toBe('2026-02-16');
  });
});

describe('a name with particles opens a speaker note or a task', () => {
  it('"Ivo van der Berg: …" is Ivo speaking; "Inés de las Heras to book the room" is hers', () => {
    const m = meeting('<h1>Team meeting 2026-05-04</h1><h2>Attendees</h2><ul><li>Ivo van der Berg</li><li>Inés de las Heras</li></ul><h2>Notes</h2><ul><li>Ivo van der Berg: the report is late.</li></ul><h2>Action items</h2><ul><li>Inés de las Heras to book the room by 2026-05-11</li></ul>');
    expect(m?.topics.flatMap((t) => t.notes)).toContainEqual({ speaker: 'Ivo van der Berg', text: 'the report is late.' });
    expect(m?.actionItems.map((a) => [a.assignee, a.due])).toEqual([['Inés de las Heras', '2026-05-11']]);
  });
});
