import { describe, expect, it } from 'vitest';
import { mdToHub, mdToStorage, reportOf, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

describe('time construct', () => {
  it('storage → hub → Markdown: the ISO date after a calendar mark', () => {
    expect(storageToHub('<p>Due <time datetime="2025-03-21" /></p>')).toBe('<p>Due <time datetime="2025-03-21">2025-03-21</time></p>');
    expect(storageToMd('<p>Due <time datetime="2025-03-21" /></p>')).toBe('Due 📅 2025-03-21\n');
  });

  it('only marked dates come back as <time>; a date typed as text stays text', () => {
    expect(mdToStorage('Meeting 📅 2024-01-25, minutes of 2023-12-07')).toBe('<p>Meeting <time datetime="2024-01-25" />, minutes of 2023-12-07</p>');
    expect(mdToHub('`📅 2024-01-25`')).toBe('<p><code>📅 2024-01-25</code></p>');
  });

  it('dates in headings, emphasis and table cells are found too', () => {
    expect(mdToHub('## Review 📅 2025-01-20')).toBe('<h2>Review <time datetime="2025-01-20">2025-01-20</time></h2>');
    expect(mdToHub('*Opening 📅 2025-09-01*')).toBe('<p><em>Opening <time datetime="2025-09-01">2025-09-01</time></em></p>');
    expect(mdToHub('| a | b |\n| --- | --- |\n| x | 📅 2025-06-30 |')).toContain('<td><time datetime="2025-06-30">2025-06-30</time></td>');
  });

  it('round-trips to a fixed point', () => {
    const trip = roundTrip('<table><tbody><tr><th>When</th></tr><tr><td><time datetime="2025-02-09" /> 14:02</td></tr></tbody></table>');
    expect(trip.mdAgain).toBe(trip.md);
    expect(trip.storage).toContain('<time datetime="2025-02-09" />');
  });

  it('messy input: an empty datetime is dropped with a warning, a non-ISO one is kept and reported', () => {
    expect(storageToMd('<p>When: <time datetime="" /> unknown</p>')).toBe('When: unknown\n');
    expect(reportOf('<p><time datetime="" /></p>').entries.some((e) => e.construct === 'time')).toBe(true);
    expect(reportOf('<p><time datetime="31/12/2023" /></p>').entries.some((e) => e.kind === 'degraded')).toBe(true);
  });
});
