import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { actionStatus, withoutLeadingStatus } from '../../../src/minutes/actions/status.js';

/** Invented pages pasted from word processors: tasks written as ballot boxes (☐ open, ☑ / ☒ done) rather than a task list. */
const fromStorage = (storage: string): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('ballot boxes before a task', () => {
  it('an empty box is open, a ticked or crossed box is done, and neither is part of the text', () => {
    expect(actionStatus('☐ Lea to order the chairs')).toBe(false);
    expect(actionStatus('☒ Lea to order the chairs')).toBe(true);
    expect(withoutLeadingStatus('☐ Lea to order the chairs')).toBe('Lea to order the chairs');
  });

  it('a paragraph of ☐ / ☑ lines under a "Next steps" label gives one task a line', () => {
    const m = fromStorage(`<p>Venue planning, 14 May 2025</p><p>Present: Lea Brandt, Tom Ives</p><p><strong>Next steps</strong></p>
      <p>☐ Lea Brandt to order the chairs by May 20<br/>☑ Tom Ives – confirm the caterer</p>`);
    expect(m!.actionItems.map((a) => [a.assignee, a.done])).toEqual([['Lea Brandt', false], ['Tom Ives', true]]);
  });
});
