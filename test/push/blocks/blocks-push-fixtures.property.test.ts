import { describe, expect, it } from 'vitest';
import { checkRandomEdits, emptyTally, fixturePages } from './block-edits.js';

const runs = process.env.WIKIPORT_DEEP === '1' ? 25 : 2;
const tally = emptyTally();

/** Issue 14, item 1: random block edits on every fixture page, pushed through the same code path as `wikiport push`. */
describe('random block edits on every page of fixtures/ read back as written; untouched blocks keep their bytes', () => {
  it.each(fixturePages().map((p) => [p.name, p] as const))('%s', (_name, page) => {
    checkRandomEdits(page.storage, runs, tally, (problem, edits) => expect(problem, edits).toBeNull());
  });
  it('summary', () => console.log(`[blocks-push-fixtures] ${JSON.stringify(tally)}`));
});
