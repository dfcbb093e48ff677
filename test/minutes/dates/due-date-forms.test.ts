import { describe, expect, it } from 'vitest';
import { extractMeeting } from '../../../src/minutes/extract-meeting.js';
import { findDateInYear, pageDateOrder } from '../../../src/minutes/dates.js';
import { emptyPageMeta } from '../../../src/model/page-meta.js';

/** My own page: a quality-improvement meeting whose action table runs initials into its dates. */
describe('due dates written in short forms', () => {
  it('a dotted date with a two-digit year is in the meeting’s century; a version number is no date', () => {
    expect(findDateInYear('15.11.31', 2031)).toBe('2031-11-15');
    expect(findDateInYear('ship v1.2.3 first', 2031)).toBeNull();
  });

  it('the page’s day-first slash dates settle its ambiguous ones even where cells run together', () => {
    expect(pageDateOrder('KR19/05/2031 LT06/05/2031', false)).toBe('dmy');
    const hub =
      '<h1>Ward quality meeting 1 May 2031</h1><p>Present: Kim Rask, Lea Toft</p><h3>Actions</h3>' +
      '<table><tbody><tr><th>Action</th><th>Owner</th><th>Due</th></tr>' +
      '<tr><td>Re-audit hand hygiene</td><td>KR</td><td>19/05/2031</td></tr><tr><td>Update the falls leaflet</td><td>LT</td><td>06/05/2031</td></tr></tbody></table>';
    expect(extractMeeting(hub, emptyPageMeta({ title: null }))!.actionItems.map((a) => a.due)).toEqual(['2031-05-19', '2031-05-06']);
  });
});
