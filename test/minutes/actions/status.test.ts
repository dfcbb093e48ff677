import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { actionStatus, withoutLeadingStatus } from '../../../src/minutes/actions/status.js';

/** Whether an action is done, as its own line says (issue 13, set P). Worded unlike the evaluation pages. */
const runs = Number(process.env['WIKIPORT_DEEP'] ?? '') > 0 ? 2000 : 200;

describe('the status an action line gives itself', () => {
  it('reads done marks before the action', () => {
    expect(actionStatus('[DONE] Priya to rename the bucket')).toBe(true);
    expect(actionStatus('(done) Kai: archive the channel')).toBe(true);
    expect(actionStatus('✅ Olu to renew the domain')).toBe(true);
    expect(actionStatus('[x] move the backups')).toBe(true);
    expect(withoutLeadingStatus('[DONE] Priya to rename the bucket')).toBe('Priya to rename the bucket');
  });

  it('reads a status after the action: after a dash, in brackets, or labelled', () => {
    expect(actionStatus('Kai to patch the proxy – done')).toBe(true);
    expect(actionStatus('Kai to patch the proxy – closed')).toBe(true);
    expect(actionStatus('Olu to rotate keys (erledigt)')).toBe(true);
    expect(actionStatus('Olu to rotate keys — Status: done')).toBe(true);
    expect(actionStatus('Olu to rotate keys (in progress)')).toBe(false);
    expect(actionStatus('Olu to rotate keys – ongoing, carried over')).toBe(false);
  });

  it('"Status: open", "not done", "[ ]" and "[NEW]" are not done', () => {
    expect(actionStatus('Kai to patch the proxy — Status: open')).toBe(false);
    expect(actionStatus('Kai to patch the proxy – not done, carried over')).toBe(false);
    expect(actionStatus('[ ] Kai to patch the proxy')).toBe(false);
    expect(actionStatus('[NEW] ACTION: Kai to patch the proxy')).toBe(false);
  });

  it('"done" inside the task\'s sentence says nothing of its status', () => {
    expect(actionStatus('Priya to get the migration done before the freeze')).toBeNull();
    expect(actionStatus('Kai to check the build, open a ticket if it fails')).toBeNull();
    expect(actionStatus('Olu to book the room')).toBeNull();
  });

  it('a task of plain words followed by "– done" is done, by "– not done" is not', () => {
    const word = fc.stringMatching(/^[a-z]{3,8}$/).filter((w) => !/^(?:done|open|new|not|todo|wip|closed|pending)$/.test(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 6 }), (words) => {
        const task = `Kai to ${words.join(' ')}`;
        expect(actionStatus(`${task} – done`)).toBe(true);
        expect(actionStatus(`${task} – not done`)).toBe(false);
      }),
      { numRuns: runs },
    );
  });
});
