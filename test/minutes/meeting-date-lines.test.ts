import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';

/** Invented Markdown exports: property lines one a line, with soft breaks (no blank line, no two trailing spaces) between them. */
const fromMarkdown = (md: string): Meeting | null =>
  (JSON.parse(convert(md, { from: 'markdown', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('the meeting date among property lines', () => {
  it('a "Date:" line after a "Last updated:" line of the same paragraph is the meeting\'s date', () => {
    const m = fromMarkdown('# Design crit\n\nLast updated: 9 April 2025\nDate: 7 April 2025\nAttendees: Rosa Lind, Yan Bo\n\n## Decisions\n\n- Keep the blue palette.\n');
    expect(m!.date).toBe('2025-04-07');
  });
});
