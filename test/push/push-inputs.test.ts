import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyManifest, writeManifest } from '../../src/manifest/manifest.js';
import { resolvePushInputs } from '../../src/push/push-inputs.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-inputs-'));
  await writeManifest(dir, emptyManifest());
  for (const file of ['Home.md', 'Home/Minutes 2024-01-25.md', 'Home/Minutes 2024-01-25.json', 'Home/notes.txt', 'attachments/42/README.md', 'attachments/42/data.json', '.git/x.md', 'run.report.json']) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), 'x');
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('resolvePushInputs', () => {
  it('finds the page files of a folder with their export folder, leaving out attachments, hidden folders and reports', async () => {
    const inputs = await resolvePushInputs([dir]);
    // A folder's files before its subfolders: a parent page is created before its children.
    expect(inputs.map((i) => [i.relativePath, i.kind])).toEqual([
      ['Home.md', 'md'],
      ['Home/Minutes 2024-01-25.json', 'json'],
      ['Home/Minutes 2024-01-25.md', 'md'],
    ]);
    expect(inputs.every((i) => i.exportDir === dir)).toBe(true);
  });

  it('takes a named file from a subfolder and finds the export folder above it', async () => {
    const [input] = await resolvePushInputs(['Minutes 2024-01-25.md'], join(dir, 'Home'));
    expect(input).toMatchObject({ exportDir: dir, relativePath: 'Home/Minutes 2024-01-25.md', kind: 'md' });
  });

  it('says plainly when a path does not exist or is not a page file', async () => {
    await expect(resolvePushInputs([join(dir, 'nope.md')])).rejects.toThrow(/nope\.md: no such file or folder/);
    await expect(resolvePushInputs([join(dir, 'Home', 'notes.txt')])).rejects.toThrow(/push takes Markdown \(\.md\) or wikiport JSON/);
  });
});
