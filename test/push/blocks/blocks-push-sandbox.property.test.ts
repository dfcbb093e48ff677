import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../src/manifest/manifest.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { renderOptionsFor, type UserNameSource } from '../../../src/push/push-render-options.js';
import { pushPages } from '../../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, sandboxForEach } from '../push-sandbox-helpers.js';
import { splitFrontMatter } from '../../../src/push/blocks/blocks-markdown.js';
import { applyBlockEdits, blockEdits, fixturePages, judgeRebuild } from './block-edits.js';

const flavor = flavors[0]!;
const deep = process.env.WIKIPORT_DEEP === '1';
/** A deep run pushes many edits per page; on a shared, loaded machine that takes minutes, not the default 30 seconds. */
const deepTimeout = deep ? 600_000 : undefined;
const pages = fixturePages().filter((p) => p.name.startsWith('pages/'));

/**
 * Issue 14, item 1, end to end: random block edits of exported Markdown pushed with `pushPages`
 * against the sandbox, the page read back from the sandbox and judged like the in-process tests
 * (through the same rendering settings export used).
 */
describe('random block edits pushed to the sandbox read back as written; untouched blocks keep their bytes', () => {
  const sandbox = sandboxForEach(flavor);
  const tally = { pushed: 0, widened: 0 };

  it.each(pages.map((p) => [p.name, p] as const))('%s', async (name, page) => {
    const client = clientFor(sandbox(), flavor.api);
    const id = addMinutesPage(sandbox(), `Push ${name}`, page.storage);
    await fc.assert(
      fc.asyncProperty(blockEdits, async (edits) => {
        const out = await exportTo(client, id);
        const file = join(out, readdirSync(out).find((f) => f.endsWith('.md'))!);
        const exported = await readFile(file, 'utf8');
        const { markdown, touched } = applyBlockEdits(exported, edits);
        // (edits that leave no content at all are refused without --allow-empty: not a block patch)
        if (markdown === exported || splitFrontMatter(markdown).body.trim() === '') return;
        const base = bodyOf(sandbox(), id);
        await writeFile(file, markdown);
        const summary = await pushPages({ paths: [file], client, cwd: out });
        const result = summary.pages[0]!;
        expect(['updated', 'no-change'], result.message).toContain(result.status);
        const after = bodyOf(sandbox(), id);
        const manifest = (await readManifest(out))!;
        const render = await renderOptionsFor(manifest, manifest.pages[id]!, 'md', base.body, client as unknown as UserNameSource);
        const widened = /(\d+) unedited block\(s\) next to an edit/.exec(result.message);
        const unmatched = /(\d+) block\(s\) that read differently/.exec(result.message);
        const verdict = judgeRebuild(base.body, markdown, touched, after.body, hubBlockConverters(render), {
          widenedBlocks: Number(widened?.[1] ?? 0),
          unmatchedBlocks: Number(unmatched?.[1] ?? 0),
          wholePage: /the whole page was converted/.test(result.message),
        });
        tally.pushed++;
        tally.widened += Number(widened?.[1] ?? 0);
        expect(verdict.problem, `${JSON.stringify(edits)}: ${result.message}`).toBeNull();
      }),
      { numRuns: deep ? 10 : 1 },
    );
  }, deepTimeout);
  it('summary', () => console.log(`[blocks-push-sandbox] ${JSON.stringify(tally)}`));
});
