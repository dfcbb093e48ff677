import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/confluence/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages, type ExportOptions } from '../../src/export/export.js';
import { journalPath } from '../../src/manifest/manifest-journal.js';
import { manifestPath, readManifest } from '../../src/manifest/manifest.js';

class Interrupted extends Error {}

describe('export records each written page in the manifest journal', () => {
  let sandbox: Sandbox;
  const dirs: string[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({ flavor: 'cloud', generate: { pages: 140, spaceKey: 'JRN', attachmentEvery: 0, bodyBytes: 1500 } });
  });
  afterAll(async () => {
    await sandbox.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  const options = async (): Promise<ExportOptions> => {
    const out = await mkdtemp(join(tmpdir(), 'wikiport-export-journal-'));
    dirs.push(out);
    const auth = sandbox.auth as { email: string; token: string };
    return {
      client: createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token, deployment: 'cloud' }),
      space: 'JRN',
      out,
      formats: ['md', 'json'],
      now: () => new Date('2026-03-02T08:15:00.000Z'),
    };
  };

  it('resumes an interrupted run from every page it finished and ends with the manifest an uninterrupted run writes', async () => {
    const reference = await options();
    const whole = await exportPages(reference);
    expect(whole.pages).toMatchObject({ listed: 140, written: 140, failed: 0 });
    expect(existsSync(journalPath(reference.out))).toBe(false);

    const run = await options();
    let written = 0;
    const stopAt = 37;
    await expect(
      exportPages({
        ...run,
        onProgress: (event) => {
          if (event.kind === 'page' && event.outcome === 'written' && ++written === stopAt) throw new Interrupted('stopped mid-run');
        },
      }),
    ).rejects.toBeInstanceOf(Interrupted);
    // The manifest on disk has no pages yet: they are in the journal, one line each.
    const onDisk = JSON.parse(await readFile(manifestPath(run.out), 'utf8')) as { pages: object; formats: string[] };
    expect(Object.keys(onDisk.pages)).toHaveLength(0);
    expect(onDisk.formats).toEqual(['md', 'json']);
    const journaled = (await readFile(journalPath(run.out), 'utf8')).trimEnd().split('\n').length;
    expect(journaled).toBeGreaterThanOrEqual(stopAt);
    const partial = await readManifest(run.out);
    expect(Object.keys(partial?.pages ?? {})).toHaveLength(journaled);

    const resumed = await exportPages(run);
    expect(resumed.pages).toMatchObject({ listed: 140, skipped: journaled, written: 140 - journaled, failed: 0 });
    expect(existsSync(journalPath(run.out))).toBe(false);
    expect(await readFile(manifestPath(run.out), 'utf8')).toBe(await readFile(manifestPath(reference.out), 'utf8'));
  });

  it('drops a journal left without its manifest instead of taking its pages as exported', async () => {
    const run = await options();
    let written = 0;
    await expect(
      exportPages({
        ...run,
        onProgress: (event) => {
          if (event.kind === 'page' && event.outcome === 'written' && ++written === 12) throw new Interrupted('stopped');
        },
      }),
    ).rejects.toBeInstanceOf(Interrupted);
    await rm(manifestPath(run.out));
    const again = await exportPages(run);
    expect(again.pages).toMatchObject({ listed: 140, written: 140, skipped: 0 });
    expect(existsSync(journalPath(run.out))).toBe(false);
  });
});
