import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { rebuildNotes } from '../../../src/push/push-edit.js';
import { checkRandomEdits, emptyTally, judgeRebuild } from './block-edits.js';
import { applyModelEdits, containerPage, modelEdits, numbered, pageStorage, untouchedParts, type ModelEdit, type PageBlock } from './container-pages.js';

const deep = process.env.WIKIPORT_DEEP === '1';
/** A deep run takes minutes on a shared machine. */
const timeout = deep ? 900_000 : 60_000;
const converters = hubBlockConverters();
const toMarkdown = (storage: string) => convert(storage, { from: 'storage', to: 'md', meta: { id: '1', title: 'Page' } }).output;
const tally = { cases: 0, untouchedParts: 0, lostReported: 0, reported: 0, wholePage: 0 };

/**
 * Issue 14: an edit inside an expand or a panel (or one nested in another, or in a list item)
 * patches inside the macro's body. On generated pages whose every block and macro carries an id
 * in its bytes, random edits (a paragraph, list item or table cell changed, a paragraph added
 * after a block or a macro, a block removed, a macro's content emptied, its title changed or
 * given) are made the way a user makes them, in the exported Markdown; the pushed storage must
 * read back as that Markdown, and every block, list item and macro start tag (with its
 * `ac:macro-id` and `ac:local-id`) the edit left alone must be in it byte for byte, unless the
 * push report names what it rewrote.
 */
function checkEdits(generated: PageBlock[], edits: ModelEdit[]): void {
  // (numbered again here: shrinking shares blocks between candidates, and ids are given per page)
  const page = numbered(generated);
  const edited = applyModelEdits(page, edits);
  if (edited === null) return;
  const before = pageStorage(page);
  const after = pageStorage(edited);
  const markdown = toMarkdown(after.storage);
  const result = rebuildStorageFromMarkdown(before.storage, markdown, converters);
  const verdict = judgeRebuild(before.storage, markdown, new Set(), result.storage, converters, result);
  expect(verdict.problem, `${before.storage}\n-- edits ${JSON.stringify(edits)}\n-- pushed ${result.storage}`).toBeNull();
  const kept = untouchedParts(before.parts, after.parts);
  const lost = kept.filter((raw) => !result.storage.includes(raw));
  const notes = rebuildNotes(result);
  const reported = result.wholePage || (result.rewrites ?? []).length > 0 || result.widenedBlocks + result.unmatchedBlocks + result.itemsReplaced > 0;
  tally.cases++;
  tally.untouchedParts += kept.length;
  if (reported) tally.reported++;
  if (reported && process.env.WIKIPORT_SHOW_REPORTS) console.log(notes.join('; '), JSON.stringify(edits));
  if (result.wholePage) tally.wholePage++;
  if (lost.length > 0 && reported) tally.lostReported += lost.length;
  else expect(lost, `${before.storage}\n-- edits ${JSON.stringify(edits)}\n-- pushed ${result.storage}\n-- report ${notes.join('; ')}`).toEqual([]);
}

describe('edits inside macros with a body keep the macro and its untouched children byte for byte', () => {
  it('random edits of generated pages with expand and panel macros', () => {
    fc.assert(
      fc.property(containerPage, modelEdits, checkEdits),
      { numRuns: deep ? 400 : 40 },
    );
  }, timeout);

  it('the random block edits of the fixture property test, on generated pages with containers', () => {
    const blockTally = emptyTally();
    fc.assert(
      fc.property(containerPage, (page) => {
        checkRandomEdits(pageStorage(numbered(page)).storage, deep ? 5 : 1, blockTally, (problem, edits) => expect(problem, edits).toBeNull());
      }),
      { numRuns: deep ? 100 : 15 },
    );
    console.log(`[blocks-push-containers] block edits ${JSON.stringify(blockTally)}`);
  }, timeout);

  it('one of two like panels removed and the other edited: the edited one keeps its own macro and ids', () => {
    // (found by the deep run: the written panel was paired with the first panel of its kind, the removed one)
    // (two objects: ids are given per object)
    const twin = (): PageBlock => ({ kind: 'container', macro: 'warning', title: null, children: [{ kind: 'p', words: 'Notes on budget' }] });
    checkEdits([twin(), twin(), { kind: 'container', macro: 'expand', title: null, children: [] }], [{ kind: 'remove', at: 0 }, { kind: 'add-after', at: 1 }]);
  });

  it('summary', () => console.log(`[blocks-push-containers] ${JSON.stringify(tally)}`));
});
