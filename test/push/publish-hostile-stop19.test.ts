import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

/** Files under `dir` (paths relative to it, `/`-separated). */
async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

const [cloud] = flavors;

// A docs writer's folder published, then reorganised between runs (round 19 of the hostile passes).
describe('publishing a folder: hostile docs writer, round 19', () => {
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('a dry run after a file moved into a new folder says the page would be updated and moved, and shows what would be sent', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Stop19 move target');
    const dir = await tempFolder('wikiport-stop19-');
    await writeFiles(dir, {
      'index.md': '# Stop19 handbook\n\nStart [here](setup.md).\n',
      'setup.md': '# Stop19 setup\n\nRun the installer.\n',
    });
    const first = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(first.exitCode).toBe(0);
    const setupId = first.pages.find((p) => p.file === 'setup.md')?.pageId;

    await mkdir(join(dir, 'guides', 'install'), { recursive: true });
    await rename(join(dir, 'setup.md'), join(dir, 'guides', 'install', 'setup.md'));
    await writeFile(join(dir, 'guides', 'install', 'setup.md'), '# Stop19 setup\n\nRun the installer twice.\n');
    await writeFile(join(dir, 'index.md'), '# Stop19 handbook\n\nStart [here](guides/install/setup.md).\n');
    sandbox().resetStats();
    const dry = await pushPages({ paths: ['.'], cwd: dir, client, create: true, dryRun: true });
    expect(writeRequests(sandbox())).toBe(0);
    const moved = dry.pages.find((p) => p.file === 'guides/install/setup.md');
    // Before: `would create "Stop19 setup" under the page of guides/install/`, no diff, no page id.
    expect(moved?.status).toBe('would-update');
    expect(moved?.pageId).toBe(setupId);
    expect(moved?.message).toMatch(/would update page \d+ and move it under the new page of guides\/install\//);
    expect(moved?.diff).toContain('+<p>Run the installer twice.</p>');
    const folder = dry.pages.find((p) => p.file === 'guides/install');
    expect(folder?.status).toBe('would-create');

    const real = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    const after = real.pages.find((p) => p.file === 'guides/install/setup.md');
    expect(after?.status).toBe('updated');
    expect(after?.pageId).toBe(setupId);
  });

  it('a link to a heading of another file names the heading as the wiki does (its text), not by its GitHub slug', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Stop19 anchor target');
    const dir = await tempFolder('wikiport-stop19-');
    await writeFiles(dir, {
      'limits.md': '# Stop19 limits\n\n## Größe & Maße\n\nText.\n\n## Step 2: Run it!\n\nMore.\n\n## Step 2: Run it!\n\nA second heading of that name.\n',
      'guide/usage.md': '# Stop19 usage\n\n[sizes](../limits.md#größe--maße), [run](../limits.md#step-2-run-it), [again](../limits.md#step-2-run-it-1), [gone](../limits.md#no-such-heading)\n',
    });
    const summary = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    expect(summary.exitCode).toBe(0);
    const usage = summary.pages.find((p) => p.file === 'guide/usage.md');
    const body = sandbox().store.page(usage?.pageId ?? '')?.versions.at(-1)?.body ?? '';
    // Before: ac:anchor="größe--maße" and "step-2-run-it", which name no anchor of the Confluence page.
    expect(body).toContain('ac:anchor="Größe &amp; Maße"');
    expect(body).toContain('ac:anchor="Step 2: Run it!"');
    // A fragment that names no heading is sent as written.
    expect(body).toContain('ac:anchor="no-such-heading"');
    sandbox().resetStats();
    const again = await pushPages({ paths: ['.'], cwd: dir, client, create: true });
    expect(again.pages.every((p) => p.status === 'unchanged')).toBe(true);
    expect(writeRequests(sandbox())).toBe(0);
  });
});
