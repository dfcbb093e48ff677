// Found by a hostile new user: a journal damaged whole (binary junk over it) printed every damaged
// line number in one notice, and one damaged line read "their pages are fetched again".
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/confluence/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages, type ExportOptions } from '../../src/export/export.js';
import { journalPath } from '../../src/manifest/manifest-journal.js';
import { manifestPath } from '../../src/manifest/manifest.js';

class Interrupted extends Error {}

describe('a journal garbled between two runs', () => {
  let sandbox: Sandbox;
  const dirs: string[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({ flavor: 'cloud', generate: { pages: 40, spaceKey: 'GRB', attachmentEvery: 0, bodyBytes: 600 } });
  });
  afterAll(async () => {
    await sandbox.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const options = async (): Promise<ExportOptions> => {
    const out = await mkdtemp(join(tmpdir(), 'wikiport-export-garbled-'));
    dirs.push(out);
    const auth = sandbox.auth as { email: string; token: string };
    return {
      client: createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token, deployment: 'cloud' }),
      space: 'GRB',
      out,
      formats: ['md', 'json'],
      now: () => new Date('2026-03-02T08:15:00.000Z'),
    };
  };

  it('names ten damaged lines and counts the rest, and the re-run ends with the manifest of a clean run', async () => {
    const clean = await options();
    await exportPages(clean);
    const run = await options();
    let written = 0;
    await expect(
      exportPages({ ...run, concurrency: 1, onProgress: (e) => { if (e.kind === 'page' && e.outcome === 'written' && ++written === 30) throw new Interrupted('killed'); } }),
    ).rejects.toBeInstanceOf(Interrupted);
    const lines = (await readFile(journalPath(run.out), 'utf8')).split('\n');
    expect(lines.length).toBeGreaterThan(25);
    for (let i = 0; i < 25; i++) lines[i] = `\u0000\u00ff junk ${i}`;
    await writeFile(journalPath(run.out), lines.join('\n'));
    const again = await exportPages(run);
    const notice = again.notices.find((n) => n.includes('did not read')) ?? '';
    expect(notice).toContain('lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 15 more did not read (damaged); their pages are fetched again');
    expect(await readFile(manifestPath(run.out), 'utf8')).toBe(await readFile(manifestPath(clean.out), 'utf8'));
  });
});
