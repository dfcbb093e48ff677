import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** My own pages: note exports whose properties stand one a line in a single paragraph, other dates first. */
const fromMarkdown = (markdown: string): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('a meeting-date label on a soft line of a properties paragraph', () => {
  it('reads the labelled date, not the page’s created or edited dates before it', () => {
    const m = fromMarkdown(
      '# Design crit\n\nLast edited: 9 October 2031 10:02\nOwner: Pia Lund\nMeeting date: 7 October 2031\nAttendees: Pia Lund, Omar Said\n\n## Notes\n\n- Pia: the icons need more contrast\n',
    );
    expect(m!.date).toBe('2031-10-07');
  });

  it('a next-meeting label on such a line is no meeting date', () => {
    const m = fromMarkdown('# Design crit\n\nCreated: 1 October 2031\nNext meeting: 14 October 2031\nAttendees: Pia Lund, Omar Said\n\n## Notes\n\n- Pia: the icons need more contrast\n');
    expect(m?.date ?? null).not.toBe('2031-10-14');
  });
});
