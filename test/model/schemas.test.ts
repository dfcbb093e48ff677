import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/model/schemas.js';

describe('library schemas', () => {
  it('parse a meeting and reject a wrong role with its path', () => {
    const meeting = {
      title: null, date: '2024-01-25', agenda: [], actionItems: [], decisions: [], links: [],
      attendees: [{ name: 'Ann Lee', organization: null, group: null, role: 'member', alternateFor: null, present: true, accountId: null }],
      topics: [{ title: 'A', notes: [{ speaker: null, text: 'x' }], topics: [{ title: 'B', notes: [], topics: [] }] }],
    };
    // A meeting written before attendees had `userKey` still reads, as not known.
    expect(schemas.Meeting.parse(meeting)).toEqual({ ...meeting, attendees: [{ ...meeting.attendees[0], userKey: null }] });
    const bad = schemas.Meeting.safeParse({ ...meeting, attendees: [{ ...meeting.attendees[0], role: 'chair' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['attendees', 0, 'role']);
  });

  it('type cell values: text, number, boolean, null, mention, mentions', () => {
    for (const v of ['x', 3, true, null, { accountId: 'a', name: 'A' }, [{ userKey: 'k', name: null }]]) expect(schemas.CellValue.parse(v)).toEqual(v);
    expect(schemas.CellValue.safeParse({ name: 3 }).success).toBe(false);
  });
});
