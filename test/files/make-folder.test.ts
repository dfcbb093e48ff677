import { mkdtemp, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/files/make-folder.js';

describe('makeFolder', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wikiport-make-folder-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('makes every missing folder of a path, and is content when they exist', async () => {
    const target = join(dir, 'a', 'b', 'c');
    await makeFolder(target);
    expect((await stat(target)).isDirectory()).toBe(true);
    await makeFolder(target);
    await makeFolder(join(dir, 'a'));
  });

  it('fails, instead of looping for ever, below a dangling symbolic link', async () => {
    await symlink(join(dir, 'gone'), join(dir, 'link'));
    await expect(makeFolder(join(dir, 'link', 'out'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('fails below a file', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await expect(makeFolder(join(dir, 'file', 'out'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it.runIf(process.platform === 'linux')('fails under /proc, where a recursive mkdir never settles', async () => {
    await expect(makeFolder('/proc/wikiport-no-such-folder/out')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
