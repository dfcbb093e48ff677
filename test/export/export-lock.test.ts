// Found by a hostile new user: two exports started into one folder at once both ran to the end;
// the second then failed, after all its work, saying the journal "was removed or changed".
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/confluence/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages, type ExportOptions } from '../../src/export/export.js';

describe('one export at a time into a folder', () => {
  let sandbox: Sandbox;
  const dirs: string[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({ flavor: 'cloud', generate: { pages: 30, spaceKey: 'LCK', attachmentEvery: 0, bodyBytes: 800 } });
  });
  afterAll(async () => {
    await sandbox.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  const options = async (): Promise<ExportOptions> => {
    const out = await mkdtemp(join(tmpdir(), 'wikiport-export-lock-'));
    dirs.push(out);
    const auth = sandbox.auth as { email: string; token: string };
    return { client: createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token, deployment: 'cloud' }), space: 'LCK', out, formats: ['md'] };
  };

  it('refuses a second export into the folder while the first runs, naming its process, and the first ends whole', async () => {
    const run = await options();
    const first = exportPages(run);
    const second = exportPages({ ...run, client: createClient({ baseUrl: sandbox.baseUrl, ...(sandbox.auth as { email: string; token: string }), deployment: 'cloud' }) });
    await expect(second).rejects.toThrow(`another wikiport export into ${run.out} is running (process ${process.pid})`);
    expect((await first).pages).toMatchObject({ listed: 30, written: 30, failed: 0 });
    expect(existsSync(join(run.out, '.wikiport', 'export.lock'))).toBe(false);
    expect((await exportPages(run)).pages).toMatchObject({ skipped: 30 });
  });

  it('takes over the lock a killed export left', async () => {
    const run = await options();
    await mkdir(join(run.out, '.wikiport'), { recursive: true });
    await writeFile(join(run.out, '.wikiport', 'export.lock'), '2147483646\n');
    expect((await exportPages(run)).pages).toMatchObject({ written: 30 });
    expect(existsSync(join(run.out, '.wikiport', 'export.lock'))).toBe(false);
  });
});
