import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPath, listBackups, readBackup, saveBackup } from '../../src/push/backups.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('backups', () => {
  it('saves versions under .wikiport/backups/<id>/v<N>.xhtml and reads them back', async () => {
    await saveBackup(dir, '2719745', 4, '<p>four</p>');
    await saveBackup(dir, '2719745', 12, '<p>twelve &amp; more</p>');
    expect(backupPath(dir, '2719745', 4)).toBe(join(dir, '.wikiport', 'backups', '2719745', 'v4.xhtml'));
    expect(await listBackups(dir, '2719745')).toEqual([4, 12]);
    expect(await readBackup(dir, '2719745')).toEqual({ version: 12, storage: '<p>twelve &amp; more</p>' });
    expect(await readBackup(dir, '2719745', 4)).toEqual({ version: 4, storage: '<p>four</p>' });
    expect((await readdir(join(dir, '.wikiport', 'backups', '2719745'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a backup that cannot be a page body (binary, not UTF-8): restore would send it to the wiki', async () => {
    await saveBackup(dir, '2719745', 2, '<p>two</p>');
    const junk = randomBytes(3000);
    junk[0] = 0xff;
    await writeFile(backupPath(dir, '2719745', 2), junk);
    await expect(readBackup(dir, '2719745')).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/v2\.xhtml is not a page body wikiport saved \(not UTF-8 text\)/) });
    await writeFile(backupPath(dir, '2719745', 2), '<p>a\u0000b</p>');
    await expect(readBackup(dir, '2719745')).rejects.toThrow(/control character U\+0000/);
    await saveBackup(dir, '2719745', 3, '');
    expect(await readBackup(dir, '2719745', 3)).toEqual({ version: 3, storage: '' });
  });

  it('says which versions exist when the asked one does not', async () => {
    await saveBackup(dir, '77', 2, '<p>x</p>');
    await expect(readBackup(dir, '77', 3)).rejects.toThrow(/No backup of version 3 of page 77; backed-up versions: 2/);
    await expect(readBackup(dir, '78')).rejects.toThrow(/No backups for page 78/);
  });

  it('refuses a page id that would leave the backups folder', async () => {
    await expect(saveBackup(dir, '../x', 1, '')).rejects.toThrow(/not a page id/);
  });
});
