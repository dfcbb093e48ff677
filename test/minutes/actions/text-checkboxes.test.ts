import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { actionStatus } from '../../../src/minutes/actions/status.js';
import type { Meeting } from '../../../src/model/meeting.js';

/** My own pages: a checklist pasted from a word processor into a lab meeting page, and a club's follow-ups. */
const fromStorage = (storage: string): Meeting | null =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title: null } }).output) as { meeting: Meeting | null }).meeting;

describe('ballot boxes written as characters', () => {
  it('☐ is an open task, ☑ and ☒ done ones, wherever the paragraph stands', () => {
    expect(actionStatus('☐ Rosa – order the reagents')).toBe(false);
    expect(actionStatus('☑ Rosa – order the reagents')).toBe(true);
    expect(actionStatus('☒ Rosa – order the reagents')).toBe(true);
    const m = fromStorage(
      '<h1>Lab meeting 3 March 2031</h1><p><strong>Attendees:</strong> Rosa Vidal, Tomás Ibarra, Keiko Mori</p>' +
        '<h2>Follow-ups</h2><p>☐ Tomás – book the cold room (by 10 March)<br/>☐ Keiko to renew the safety training<br/>☑ Rosa – label the freezer racks</p>',
    );
    expect(m!.actionItems.map((a) => [a.assignee, a.due, a.done])).toEqual([
      ['Tomás Ibarra', '2031-03-10', false],
      ['Keiko Mori', null, false],
      ['Rosa Vidal', null, true],
    ]);
  });

  it('a person chip before the task in sentence case is its owner', () => {
    const m = fromStorage(
      '<h1>Lab meeting 3 March 2031</h1><p><strong>Attendees:</strong> Rosa Vidal, Tomás Ibarra</p>' +
        '<p><span>☐ </span><a href="mailto:rv@lab.example">Rosa Vidal</a><span> Send the grant report to the office</span></p>',
    );
    expect(m!.actionItems.map((a) => a.assignee)).toEqual(['Rosa Vidal']);
  });

  it('a box in the roll call is presence, not a task', () => {
    const m = fromStorage('<h1>Lab meeting 3 March 2031</h1><h2>Attendees</h2><p>☑ Rosa Vidal<br/>☐ Tomás Ibarra</p><h2>Notes</h2><p>Rosa: the centrifuge is fixed.</p>');
    expect(m!.actionItems).toEqual([]);
    const listed = fromStorage('<h1>Lab meeting 3 March 2031</h1><h2>Attendees</h2><ul><li>☑ Rosa Vidal</li><li>☐ Tomás Ibarra</li></ul><h2>Notes</h2><p>Rosa: the centrifuge is fixed.</p>');
    expect(listed!.actionItems).toEqual([]);
  });
});
