import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/files/atomic-write.js';

const dirs: string[] = [];
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wikiport-atomic-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop() as string, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('makes missing folders, replaces an existing file whole, and leaves no temporary file', async () => {
    const dir = await folder();
    const target = join(dir, 'Engineering', 'Runbooks', 'Deploy.md');
    await writeFileAtomic(target, '# Deploy\n\nv1\n');
    await writeFileAtomic(target, '# Deploy\n\nv2\n');
    expect(await readFile(target, 'utf8')).toBe('# Deploy\n\nv2\n');
    expect(await readdir(join(dir, 'Engineering', 'Runbooks'))).toEqual(['Deploy.md']);
  });

  it('without fsync (durable: false) still makes folders, replaces whole and leaves no temporary file', async () => {
    const dir = await folder();
    const target = join(dir, 'out', 'Deploy.md');
    await writeFileAtomic(target, 'v1\n', { durable: false });
    await writeFileAtomic(target, 'v2\n', { durable: false });
    expect(await readFile(target, 'utf8')).toBe('v2\n');
    expect(await readdir(join(dir, 'out'))).toEqual(['Deploy.md']);
    await writeFile(join(dir, 'blocker'), 'x');
    await expect(writeFileAtomic(join(dir, 'blocker', 'a.md'), 'x', { durable: false })).rejects.toMatchObject({ code: expect.stringMatching(/^(ENOTDIR|EEXIST)$/) });
    expect((await readdir(dir)).sort()).toEqual(['blocker', 'out']);
  });

  it('fails with the system error when the folder cannot be made, writing nothing', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'Engineering'), 'a file where a folder should be');
    await expect(writeFileAtomic(join(dir, 'Engineering', 'Deploy.md'), 'x')).rejects.toMatchObject({ code: expect.stringMatching(/^(ENOTDIR|EEXIST)$/) });
    expect(await readdir(dir)).toEqual(['Engineering']);
    expect(await readFile(join(dir, 'Engineering'), 'utf8')).toBe('a file where a folder should be');
  });

  it('writes the same bytes with and without fsync, for any text or bytes', async () => {
    const dir = await folder();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.uint8Array({ maxLength: 70_000 })), async (data) => {
        n++;
        const synced = join(dir, `s${n}.md`);
        const unsynced = join(dir, 'deeper', `u${n}.md`);
        await writeFileAtomic(synced, data);
        await writeFileAtomic(unsynced, data, { durable: false });
        const expected = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
        expect((await readFile(synced)).equals(expected)).toBe(true);
        expect((await readFile(unsynced)).equals(expected)).toBe(true);
      }),
      { numRuns: process.env.WIKIPORT_DEEP ? 200 : 25 },
    );
    expect((await readdir(join(dir, 'deeper'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the old file whole and no temporary file when the rename fails', async () => {
    const dir = await folder();
    // A folder (not empty) where the file should land: the rename over it fails.
    await writeFileAtomic(join(dir, 'Deploy.md', 'keep.md'), 'kept\n', { durable: false });
    await expect(writeFileAtomic(join(dir, 'Deploy.md'), 'new\n', { durable: false })).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST|EPERM)$/) });
    expect(await readdir(dir)).toEqual(['Deploy.md']);
    expect(await readFile(join(dir, 'Deploy.md', 'keep.md'), 'utf8')).toBe('kept\n');
  });
});
