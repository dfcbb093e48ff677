import { mkdir, writeFile } from 'node:fs/promises';
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
