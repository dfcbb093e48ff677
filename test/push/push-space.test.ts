import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../src/sandbox/server.js';
import { splitBlocks } from '../../src/push/storage-edits/blocks-split.js';
import { splitFrontMatter, splitMarkdownParagraphs } from '../../src/push/blocks/blocks-markdown.js';
import { exportPages } from '../../src/export/export.js';
import { readManifest } from '../../src/manifest/manifest.js';
import { pushPages } from '../../src/push/push.js';
import { clientFor, flavors, startFor } from './push-sandbox-helpers.js';

describe.each(flavors)('push a whole exported space, one paragraph edited per page ($name)', (flavor) => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startFor(flavor);
  });
  afterAll(async () => {
    await sandbox.close();
  });
  let out = '';
  afterEach(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('changes exactly the edited block of every page (mentions, tasks, macros, tables untouched)', async () => {
    out = await mkdtemp(join(tmpdir(), 'wikiport-push-space-'));
    await exportPages({ client: clientFor(sandbox, flavor.api), space: 'MIN', out, formats: ['md'] });
    const manifest = (await readManifest(out))!;
    const pages = Object.values(manifest.pages);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const before = new Map(pages.map((p) => [p.id, sandbox.store.bodyOf(sandbox.store.page(p.id)!)]));
    let edited = 0;
    for (const page of pages) {
      const file = join(out, page.files.md!.path);
      const text = await readFile(file, 'utf8');
      const target = splitMarkdownParagraphs(splitFrontMatter(text).body).find((p) => /^[A-Z][a-z]/.test(p) && !p.includes('<!--') && !p.includes('|'));
      if (!target) continue;
      await writeFile(file, text.replace(target, `${target} (edited)`));
      edited++;
    }
    expect(edited).toBe(pages.length);

    const summary = await pushPages({ paths: [out], client: clientFor(sandbox, flavor.api), cwd: out });
    expect(summary.exitCode).toBe(0);
    expect(summary.pages.filter((p) => p.status === 'updated')).toHaveLength(edited);
    for (const page of pages) {
      const after = sandbox.store.bodyOf(sandbox.store.page(page.id)!);
      const now = new Set(splitBlocks(after).blocks.map((b) => b.raw));
      const changed = splitBlocks(before.get(page.id)!).blocks.filter((b) => !now.has(b.raw));
      expect(changed, page.title).toHaveLength(1);
      expect(after).toContain('(edited)');
    }
  });
});
