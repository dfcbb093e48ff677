import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { hasShared, sharedDir } from '../../support/shared-corpus.js';
import { applyBlockEdits, blockEdits, sharedPages } from './block-edits.js';
import { judgeRebuild } from './block-edits.js';

const converters = hubBlockConverters();
const deep = process.env.WIKIPORT_DEEP === '1';
const pages = sharedPages();
const tally = { cases: 0, patched: 0, replaced: 0, widened: 0, wholePage: 0 };
if (!hasShared) console.warn(`[blocks-push-shared] ${sharedDir} not found: the shared corpus is not pushed (set WIKIPORT_SHARED to its folder)`);

/**
 * Issue 14, item 1, on ../shared/corpus (real pages and both peers' outputs, all of it). By
 * default one random edit set per page; WIKIPORT_DEEP=1 runs 20.
 */
describe.skipIf(!hasShared)('random block edits on every page of the shared corpus read back as written; untouched blocks keep their bytes', () => {
  it.each(pages.map((p) => [p.name, p] as const))('%s', (_name, page) => {
    const exported = convert(page.storage, { from: 'storage', to: 'md', meta: { id: '1', title: 'Page' } }).output;
    fc.assert(
      fc.property(blockEdits, (edits) => {
        const { markdown, touched } = applyBlockEdits(exported, edits);
        if (markdown === exported) return;
        const result = rebuildStorageFromMarkdown(page.storage, markdown, converters);
        const verdict = judgeRebuild(page.storage, markdown, touched, result.storage, converters, result);
        tally.cases++;
        tally.patched += result.patchedBlocks;
        tally.replaced += result.replacedBlocks;
        tally.widened += result.widenedBlocks;
        if (result.wholePage) tally.wholePage++;
        expect(verdict.problem, JSON.stringify(edits)).toBeNull();
      }),
      { numRuns: deep ? 20 : 1 },
    );
  });
  it('summary', () => console.log(`[blocks-push-shared] ${pages.length} pages ${JSON.stringify(tally)}`));
});
