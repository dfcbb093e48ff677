import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWikiportError } from '../../src/errors.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, clientFor, flavors, sandboxForEach, tempFolder, writeRequests } from './push-sandbox-helpers.js';

async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

describe.each(flavors)('publishing a folder with --parent and --space that disagree ($name)', (flavor) => {
  const sandbox = sandboxForEach(flavor);

  it('is one usage error (exit code 2) before anything is sent', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const parent = addMinutesPage(sandbox(), `Usage parent ${flavor.name}`);
    const dir = await tempFolder('wikiport-publish-usage-');
    await writeFiles(dir, { 'a.md': `# Usage a ${flavor.name}\n`, 'sub/b.md': `# Usage b ${flavor.name}\n` });
    sandbox().resetStats();
    // Was: a line per top-level file, "HTTP 400: parentId … is not a page of space DOCS", exit code 1.
    const error = await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent, spaceKey: 'DOCS' }).catch((e: unknown) => e);
    expect(isWikiportError(error) && error.exitCode).toBe(2);
    expect((error as Error).message).toMatch(new RegExp(`--parent ${parent} is a page of the space MIN, not DOCS`));
    expect(writeRequests(sandbox())).toBe(0);
  });
});

describe('two publishes of one folder at once', () => {
  const [cloud] = flavors;
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('the second is refused before anything is sent: their manifests would overwrite each other', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Twice at once parent');
    const dir = await tempFolder('wikiport-publish-twice-');
    const files: Record<string, string> = {};
    for (let i = 1; i <= 6; i++) files[`p${i}.md`] = `# Twice at once ${i}\n\nText ${i}.\n`;
    await writeFiles(dir, files);
    const runs = await Promise.allSettled([1, 2].map(() => pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent })));
    // Was: both ran; the second said of every page "already has a page titled …, which this folder did not make".
    expect(runs.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = runs.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/another wikiport push of .* is running/);
    const again = await pushPages({ paths: ['.'], cwd: dir, client });
    expect(again.pages.map((p) => p.status)).toEqual(Array(6).fill('unchanged'));
  });
});

describe('a published folder whose manifest was damaged', () => {
  const [cloud] = flavors;
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('says what to do for a published folder, not only for an export', async () => {
    const client = clientFor(sandbox(), 'v2');
    const parent = addMinutesPage(sandbox(), 'Damaged manifest parent');
    const dir = await tempFolder('wikiport-publish-damaged-');
    await writeFiles(dir, { 'a.md': '# Damaged manifest a\n\nText.\n' });
    await pushPages({ paths: ['.'], cwd: dir, client, create: true, parentId: parent });
    const manifest = join(dir, '.wikiport', 'manifest.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).slice(0, 120));
    sandbox().resetStats();
    const error = await pushPages({ paths: ['.'], cwd: dir, client }).catch((e: unknown) => e);
    // Was: only "run the same export again with --rebuild-manifest", and no export made this folder.
    expect(String(error)).toMatch(/published with `push --create`.*restore .*manifest\.json from version control/);
    expect(writeRequests(sandbox())).toBe(0);
  });
});

describe('publishing a folder to a space that does not exist', () => {
  const [cloud] = flavors;
  const sandbox = sandboxForEach(cloud as (typeof flavors)[number]);

  it('is one usage error (exit code 2) before any file, not a line per top-level file', async () => {
    const client = clientFor(sandbox(), 'v2');
    const dir = await tempFolder('wikiport-publish-nospace-');
    await writeFiles(dir, { 'a.md': '# No space a\n', 'b.md': '# No space b\n', 'sub/c.md': '# No space c\n' });
    sandbox().resetStats();
    // Was: 'Space "NOPE" not found (404)' on a.md, b.md and sub/, "not published" on sub/c.md, exit code 1.
    const error = await pushPages({ paths: ['.'], cwd: dir, client, create: true, spaceKey: 'NOPE' }).catch((e: unknown) => e);
    expect(isWikiportError(error) && error.exitCode).toBe(2);
    expect((error as Error).message).toMatch(/--space NOPE: no such space/);
    expect(writeRequests(sandbox())).toBe(0);
  });
});
