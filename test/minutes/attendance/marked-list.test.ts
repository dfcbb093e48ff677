import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';

interface Meeting {
  attendees: { name: string | null; present: boolean | null }[];
}

function meetingOf(storage: string, title: string): Meeting | null {
  return (JSON.parse(convert(storage, { from: 'storage', to: 'json', meta: { title } }).output) as { meeting: Meeting | null }).meeting;
}

describe('a list of people each with a presence mark, under a heading of no attendance word', () => {
  it('is the roll call', () => {
    const storage =
      '<h3>Wardens on the rota</h3><ul><li>Ana Ruiz – present</li><li>Bo Lindqvist ✓</li><li>Cyrus Moe – excused</li></ul>' +
      '<h3>Decisions</h3><ul><li>The spring clean-up was approved.</li></ul>';
    expect(meetingOf(storage, 'Wardens meeting 2026-04-09')?.attendees.map((a) => [a.name, a.present])).toEqual([
      ['Ana Ruiz', true],
      ['Bo Lindqvist', true],
      ['Cyrus Moe', false],
    ]);
  });

  it('is not a list of things checked yes or no', () => {
    const storage =
      '<h3>Room check</h3><ul><li>Coffee machine – yes</li><li>Projector – no</li><li>Whiteboard markers – yes</li></ul>' +
      '<h3>Decisions</h3><ul><li>The spring clean-up was approved.</li></ul>';
    expect(meetingOf(storage, 'Wardens meeting 2026-04-09')?.attendees ?? []).toEqual([]);
  });
});
