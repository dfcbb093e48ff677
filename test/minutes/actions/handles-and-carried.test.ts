import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** My own page: a chat-run packaging team meeting whose people go by nicks, its reviewed action carried over. */
const fromMarkdown = (markdown: string): Meeting | null =>
  (JSON.parse(convert(markdown, { from: 'markdown', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('nicks and carried-over actions', () => {
  const page =
    '# Packaging team meeting, 6 May 2031\n\n## Attendees\n\n* Rafael Costa (rcosta) - Debian\n* Ingrid Holm (iholm)\n* Yusuf Demir\n\n' +
    '## Review of actions\n\n* iholm to rebuild the arm64 images -- still open\n* rcosta to tag 2.4 -- done\n\n' +
    '## Action items\n\n* iholm to rebuild the arm64 images (carried over)\n* rcosta to write the changelog by 12 May\n';

  it('a nick written in brackets after an attendee’s name stands for that attendee', () => {
    const m = fromMarkdown(page);
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Ingrid Holm', 'Rafael Costa', 'Rafael Costa']);
  });

  it('an action reviewed as open and carried into the new list is one action', () => {
    const m = fromMarkdown(page);
    expect(m!.actionItems.map((a) => [a.done, a.due])).toEqual([
      [false, null],
      [true, null],
      [false, '2031-05-12'],
    ]);
  });
});
