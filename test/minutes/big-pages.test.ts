import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import type { Meeting } from '../../src/model/meeting.js';
import { cpuGrowth } from '../support/cpu-growth.js';

/**
 * Minutes pages longer than a call can take arguments: each part of the meeting used to be added
 * to its list by spreading it as arguments (`list.push(...found)`), which overflows the call stack
 * past about 120,000 items. The default run takes the cheapest such page; WIKIPORT_DEEP=1 takes
 * one of each shape.
 */
const meetingOf = (storage: string): Meeting =>
  (JSON.parse(convert(storage, { from: 'storage', to: 'json' }).output) as { meeting: Meeting }).meeting;
const HEAD = '<h1>Team meeting 4 March 2025</h1><p>Present: Ann Webb, Bo Hart</p>';
const deep = process.env.WIKIPORT_DEEP ? it : it.skip;

/** A different plausible name for each i ("Kaloru Webb", "Mine Hart", ...). */
function nameOf(i: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'da', 'be'];
  let word = '';
  for (let n = i + 100; n > 0; n = Math.floor(n / 10)) word += syllables[n % 10]!;
  return `${word[0]!.toUpperCase()}${word.slice(1)} ${['Webb', 'Hart', 'Dunn', 'Roe', 'Lu'][i % 5]!}`;
}
const times = (n: number, item: (i: number) => string): string => Array.from({ length: n }, (_, i) => item(i)).join('');

describe('a minutes page with more items than a call can take arguments', () => {
  it('an agenda paragraph of 130,000 lines gives 130,000 agenda items', () => {
    expect(meetingOf(`${HEAD}<h2>Agenda</h2><p>${'x<br/>'.repeat(130_000)}</p>`).agenda).toHaveLength(130_000);
  }, 30_000);

  const N = 150_000;
  deep('an agenda list, an action table, a discussion list and attendees in a list, a table and a paragraph', () => {
    expect(meetingOf(`${HEAD}<h2>Agenda</h2><ul>${times(N, (i) => `<li>topic ${i}</li>`)}</ul>`).agenda).toHaveLength(N);
    expect(meetingOf(`${HEAD}<h2>Action items</h2><table><tbody><tr><th>Action</th><th>Owner</th></tr>${times(N, (i) => `<tr><td>do ${i}</td><td>Ann Webb</td></tr>`)}</tbody></table>`).actionItems).toHaveLength(N);
    expect(meetingOf(`${HEAD}<h2>Discussion</h2><ul>${times(N, (i) => `<li>topic ${i}<ul><li>note</li></ul></li>`)}</ul>`).topics.length).toBeGreaterThanOrEqual(N);
    const closing = '<h2>Decisions</h2><p>Decision: ship.</p>';
    expect(meetingOf(`<h1>Team meeting 4 March 2025</h1><h2>Attendees</h2><ul>${times(N, (i) => `<li>${nameOf(i)}</li>`)}</ul>${closing}`).attendees).toHaveLength(N);
    expect(meetingOf(`<h1>Team meeting 4 March 2025</h1><h2>Attendees</h2><table><tbody><tr><th>Name</th><th>Role</th></tr>${times(N, (i) => `<tr><td>${nameOf(i)}</td><td>x</td></tr>`)}</tbody></table>${closing}`).attendees).toHaveLength(N);
    expect(meetingOf(`<h1>Team meeting 4 March 2025</h1><p>Present:<br/>${times(N, (i) => `${nameOf(i)}<br/>`)}</p>${closing}`).attendees).toHaveLength(N);
  }, 600_000);
});

describe('a minutes page of many topic headings', () => {
  // Each block looked for its topic among all topics so far: 40,000 headings over a line of speech
  // each took 9.2 s of CPU against 2.6 s at 20,000 (storage), 20.2 s against 6.5 s (Markdown).
  // At the sizes run here the linear work still hides that quadratic term: this guards the shape.
  it('grows linearly with its headings, and each heading is a topic', () => {
    const page = (n: number): string => `${HEAD}<h2>Minutes</h2>${times(n, (i) => `<h3>Topic ${i}</h3><p>Ann Webb: said ${i}</p>`)}`;
    expect(cpuGrowth((n) => meetingOf(page(n)), 1_000)).toBeLessThan(8);
    expect(meetingOf(page(3_000)).topics.filter((t) => t.title.startsWith('Topic '))).toHaveLength(3_000);
  }, 60_000);
});
