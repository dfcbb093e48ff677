import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../../src/files/stale-temp-files.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('removeStaleTempFiles', () => {
  it('removes temporary files of dead processes, at any depth, and nothing else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'wikiport-stale-'));
    mkdirSync(join(dir, 'Home', '.wikiport'), { recursive: true });
    const deadPid = 2 ** 22 + 17; // above Linux's pid_max default: never a live process
    writeFileSync(join(dir, 'Home', 'Page.md'), 'kept');
    writeFileSync(join(dir, 'Home', `Page.md.${deadPid}.0a1b2c3d.tmp`), 'half');
    writeFileSync(join(dir, 'Home', '.wikiport', `manifest.json.${deadPid}.deadbeef.tmp`), '{');
    writeFileSync(join(dir, 'Home', `Live.md.${process.pid}.0a1b2c3d.tmp`), 'being written');
    writeFileSync(join(dir, 'notes.tmp'), 'a user file that merely ends in .tmp');
    expect(await removeStaleTempFiles(dir)).toBe(2);
    expect(readdirSync(join(dir, 'Home')).sort()).toEqual(['.wikiport', `Live.md.${process.pid}.0a1b2c3d.tmp`, 'Page.md']);
    expect(readdirSync(join(dir, 'Home', '.wikiport'))).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['Home', 'notes.tmp']);
  });

  it('a missing folder is nothing to clean', async () => {
    dir = join(tmpdir(), 'wikiport-stale-missing');
    expect(await removeStaleTempFiles(dir)).toBe(0);
  });
});
