import { describe, expect, it } from 'vitest';
import { hasShared, sharedDir } from '../../support/shared-corpus.js';
import { checkRandomEdits, emptyTally, sharedPages } from './block-edits.js';

const deep = process.env.WIKIPORT_DEEP === '1';
const pages = sharedPages();
const tally = emptyTally();
if (!hasShared) console.warn(`[blocks-push-shared] ${sharedDir} not found: the shared corpus is not pushed (set WIKIPORT_SHARED to its folder)`);

/**
 * Issue 14, item 1, on ../shared/corpus (real pages and both peers' outputs, all of it). By
 * default one random edit set per page; WIKIPORT_DEEP=1 runs 20.
 */
describe.skipIf(!hasShared)('random block edits on every page of the shared corpus read back as written; untouched blocks keep their bytes', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    checkRandomEdits(page.storage, deep ? 20 : 1, tally, (problem, edits) => expect(problem, edits).toBeNull());
  });
  it('summary', () => console.log(`[blocks-push-shared] ${pages.length} pages ${JSON.stringify(tally)}`));
});
