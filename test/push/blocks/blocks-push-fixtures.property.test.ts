import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { applyBlockEdits, blockEdits, fixturePages, judgeRebuild } from './block-edits.js';

const converters = hubBlockConverters();
const runs = process.env.WIKIPORT_DEEP === '1' ? 25 : 2;
const tally = { cases: 0, patched: 0, replaced: 0, widened: 0, wholePage: 0 };

/** Issue 14, item 1: random block edits on every fixture page, pushed through the same code path as `wikiport push`. */
describe('random block edits on every page of fixtures/ read back as written; untouched blocks keep their bytes', () => {
  it.each(fixturePages().map((p) => [p.name, p] as const))('%s', (_name, page) => {
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
      { numRuns: runs },
    );
  });
  it('summary', () => console.log(`[blocks-push-fixtures] ${JSON.stringify(tally)}`));
});
