import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../src/minutes/extract-meeting.js';
import { emptyPageMeta } from '../../src/model/page-meta.js';
import type { Meeting, Topic } from '../../src/model/meeting.js';

/**
 * Invented pages, one rule each (issue 13, development set M): which pages are minutes, the
 * meeting date, action items, decisions and speakers, read by what a construct means.
 */
const meeting = (hub: string, title: string | null = null): Meeting | null => extractMeeting(hub, emptyPageMeta({ title }));
const speakers = (topics: readonly Topic[]): string[] => topics.flatMap((t) => [...t.notes.map((n) => n.speaker).filter((s): s is string => s !== null), ...speakers(t.topics)]);

describe('speakers wherever they are written', () => {
  it('reads "Name: text" in a page with no headings at all (one numbered list of items)', () => {
    const m = meeting(
      '<p>Date: 2025-05-06</p><p>Present: Lior Ashkenazi, Maren Solberg</p>' +
        '<ol><li><p>Cache rollout</p><ul><li><p>Lior: the cache halves the p95.</p></li><li><p>Maren: memory is the limit.</p></li></ul></li></ol>',
    );
    expect(speakers(m!.topics).sort()).toEqual(['Lior Ashkenazi', 'Maren Solberg']);
  });

  it('keeps a speaker whose line has sub-points, the points as notes under it', () => {
    const m = meeting(
      '<h2>Attendees</h2><ul><li>Oona Virtanen</li><li>Pim de Wit</li></ul><h2>Round table</h2>' +
        '<ul><li>Oona: the survey closed.<ul><li>Two hundred answers.</li></ul></li><li>Pim: nothing new.</li></ul>',
      'Group meeting 2025-05-06',
    );
    expect(speakers(m!.topics).sort()).toEqual(['Oona Virtanen', 'Pim de Wit']);
    const notes = m!.topics.flatMap((t) => t.notes.map((n) => n.text));
    expect(notes).toContain('Two hundred answers.');
  });

  it('reads speaker lines in the cells of any table (Area | Notes), never in a Who or Action column', () => {
    const m = meeting(
      '<p>Meeting date: 2025-05-06</p><h2>Team</h2><ul><li>Rui Tavares</li><li>Sade Balogun</li></ul><h2>Updates</h2>' +
        '<table><tr><th>Area</th><th>Who</th><th>Notes</th></tr><tr><td>Billing</td><td>Rui: owner</td><td>Sade: invoices are late.</td></tr></table>' +
        '<table><tr><th>Action</th><th>Owner</th></tr><tr><td>Rui: chase the bank</td><td>Rui Tavares</td></tr></table>',
    );
    expect(speakers(m!.topics)).toEqual(['Sade Balogun']);
  });
});
