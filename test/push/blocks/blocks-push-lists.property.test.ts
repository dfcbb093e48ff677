import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../src/manifest/manifest.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { renderOptionsFor, type UserNameSource } from '../../../src/push/push-render-options.js';
import { pushPages } from '../../../src/push/push.js';
import { hasShared, sharedDir } from '../../support/shared-corpus.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, sandboxForEach } from '../push-sandbox-helpers.js';
import { fixturePages, judgeRebuild, sharedPages } from './block-edits.js';
import { alikeRuns, applyListEdits, hasList, itemBytes, listEdits, lostItems, touchedParagraphs } from './list-item-edits.js';

const flavor = flavors[0]!;
const deep = process.env.WIKIPORT_DEEP === '1';
const fixtures = fixturePages().filter((p) => hasList(p.storage));
const shared = sharedPages().filter((p) => hasList(p.storage));
if (!hasShared) console.warn(`[blocks-push-lists] ${sharedDir} not found: the shared corpus's lists are not pushed (set WIKIPORT_SHARED to its folder)`);

const tally = { pushed: 0, pagesWithItemMap: new Set<string>(), untouchedItems: 0, lostReported: 0, itemsReplaced: 0, widened: 0, wholePage: 0 };

/**
 * Issue 14: random edits of list items (a leaf item's text, a nested item's text, an item added,
 * removed or moved) on every page with a list of fixtures/ and ../shared/corpus, pushed with
 * `pushPages` against the sandbox. The page read back converts to the edited Markdown, every
 * block the edits did not touch keeps its bytes, and so does every list item they did not touch
 * (unless the push report says it re-converted more than the edit).
 */
describe('random list item edits pushed to the sandbox read back as written; untouched items keep their bytes', () => {
  const sandbox = sandboxForEach(flavor);
  const pages = [...fixtures.map((p) => ({ ...p, runs: deep ? 15 : 2 })), ...shared.map((p) => ({ ...p, runs: deep ? 15 : 1 }))];

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (name, page) => {
    const client = clientFor(sandbox(), flavor.api);
    const id = addMinutesPage(sandbox(), `Lists ${name}`, page.storage);
    await fc.assert(
      fc.asyncProperty(listEdits, async (edits) => {
        const out = await exportTo(client, id);
        const file = join(out, readdirSync(out).find((f) => f.endsWith('.md'))!);
        const exported = await readFile(file, 'utf8');
        const edit = applyListEdits(exported, edits);
        if (edit.made === 0 || edit.markdown === exported) return;
        const base = bodyOf(sandbox(), id);
        await writeFile(file, edit.markdown);
        const summary = await pushPages({ paths: [file], client, cwd: out });
        const result = summary.pages[0]!;
        expect(['updated', 'no-change'], result.message).toContain(result.status);
        const after = bodyOf(sandbox(), id);
        const manifest = (await readManifest(out))!;
        const render = await renderOptionsFor(manifest, manifest.pages[id]!, 'md', base.body, client as unknown as UserNameSource);
        const count = (pattern: RegExp) => Number(pattern.exec(result.message)?.[1] ?? 0);
        const reported = {
          widenedBlocks: count(/(\d+) unedited block\(s\) next to an edit/),
          unmatchedBlocks: count(/(\d+) block\(s\) that read differently/),
          wholePage: /the whole page was converted/.test(result.message),
        };
        const itemsReplaced = count(/(\d+) changed list item\(s\) replaced whole/);
        const verdict = judgeRebuild(base.body, edit.markdown, touchedParagraphs(exported, edit.touchedLines), after.body, hubBlockConverters(render), reported);
        const what = `${JSON.stringify(edits)}: ${result.message}`;
        expect(verdict.problem, what).toBeNull();
        tally.pushed++;
        tally.itemsReplaced += itemsReplaced;
        tally.widened += reported.widenedBlocks;
        if (reported.wholePage) tally.wholePage++;
        const bytes = itemBytes(base.body, exported);
        if (!bytes) return;
        tally.pagesWithItemMap.add(name);
        const lost = lostItems(bytes, edit, after.body, alikeRuns(exported));
        tally.untouchedItems += [...bytes.keys()].filter((line) => !edit.touchedItems.has(line) && !edit.removedLines.has(line)).length;
        const saidSo = reported.wholePage || reported.widenedBlocks + reported.unmatchedBlocks + itemsReplaced > 0;
        if (lost.length > 0 && saidSo) tally.lostReported += lost.length;
        else expect(lost, `untouched list items lost their bytes after ${what}`).toEqual([]);
      }),
      { numRuns: page.runs },
    );
  });
  it('summary', () =>
    console.log(`[blocks-push-lists] ${pages.length} pages with lists, ${JSON.stringify({ ...tally, pagesWithItemMap: tally.pagesWithItemMap.size })}`));
});
