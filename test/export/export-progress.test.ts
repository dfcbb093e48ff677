import { describe, expect, it } from 'vitest';
import { createProgressReporter } from '../../src/export/progress.js';

function fakeStream(isTTY = false): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = { write: (chunk: string) => ((text += chunk), true), isTTY, columns: 80, on: () => stream, removeListener: () => stream, cursorTo: () => true, clearLine: () => true, moveCursor: () => true } as unknown as NodeJS.WriteStream;
  return { stream, text: () => text };
}

const events = [
  { kind: 'listed', total: 3, toFetch: 2 },
  { kind: 'page', id: '1', title: 'Home', outcome: 'skipped', done: 1, total: 3 },
  { kind: 'page', id: '2', title: 'Minutes', outcome: 'written', done: 2, total: 3 },
  { kind: 'page', id: '3', title: 'Gone', outcome: 'failed', done: 3, total: 3 },
  { kind: 'done' },
] as const;

describe('export progress', () => {
  it('prints one plain line per fetched page off a terminal', () => {
    const { stream, text } = fakeStream();
    const reporter = createProgressReporter({ quiet: false, tty: false, stream });
    for (const e of events) reporter.onEvent(e);
    reporter.stop();
    expect(text()).toBe(
      'wikiport: 3 pages in scope, 2 to fetch\nwikiport: [2/3] written 2 Minutes\nwikiport: [3/3] failed 3 Gone\n',
    );
  });

  it('prints nothing when quiet', () => {
    const { stream, text } = fakeStream();
    const reporter = createProgressReporter({ quiet: true, tty: true, stream });
    for (const e of events) reporter.onEvent(e);
    reporter.stop();
    expect(text()).toBe('');
  });

  it('draws a bar on a terminal', () => {
    const { stream, text } = fakeStream(true);
    const reporter = createProgressReporter({ quiet: false, tty: true, stream });
    for (const e of events) reporter.onEvent(e);
    reporter.stop();
    expect(text()).toMatch(/exporting \[.*\] 3\/3 pages/);
  });
});
