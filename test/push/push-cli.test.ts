import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, minutesStorage, removeTempDirs, startFor, tempFolder, writeRequests } from './push-sandbox-helpers.js';

const envKeys = ['CONFLUENCE_BASE_URL', 'CONFLUENCE_EMAIL', 'CONFLUENCE_API_TOKEN', 'CONFLUENCE_PAT'] as const;
const saved: Record<string, string | undefined> = {};
let sandbox: Sandbox;
const dataCenter = flavors[2]!;
const paragraph = 'Recording: shared on the list after the call.';

beforeAll(async () => {
  sandbox = await startFor(dataCenter);
  for (const key of envKeys) saved[key] = process.env[key];
  process.env.CONFLUENCE_BASE_URL = sandbox.baseUrl;
  process.env.CONFLUENCE_PAT = 'sandbox-pat';
});
afterAll(async () => {
  await sandbox.close();
  for (const key of envKeys) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  await removeTempDirs();
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (stdout += `${a.join(' ')}\n`));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

async function exportedAndEdited(title: string): Promise<{ id: string; out: string; md: string }> {
  const id = addMinutesPage(sandbox, title);
  const out = await exportTo(clientFor(sandbox, dataCenter.api), id);
  const md = join(out, `${title}.md`);
  await writeFile(md, (await readFile(md, 'utf8')).replace(paragraph, 'Recording: on the drive.'));
  return { id, out, md };
}

describe('wikiport push and restore (CLI)', () => {
  it('export --redact, then push: refused in one line, exit 1, nothing sent', async () => {
    const title = 'CLI redacted';
    const id = addMinutesPage(sandbox, title);
    const out = join(await tempFolder(), 'redacted');
    const exported = await run(['export', '--page', id, '--out', out, '--redact', '--quiet']);
    expect(exported.code).toBe(0);
    const md = join(out, `${title}.md`);
    await writeFile(md, (await readFile(md, 'utf8')).replace(paragraph, 'Recording: on the drive.'));
    sandbox.resetStats();
    const { code, stderr } = await run(['push', md]);
    expect(code).toBe(1);
    const lines = stderr.split('\n').filter((l) => l.includes('--redact'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/exported with --redact.*nothing was sent.*without --redact into another folder/);
    expect(writeRequests(sandbox)).toBe(0);
    expect(bodyOf(sandbox, id).version).toBe(1);
  });

  it('--dry-run prints a unified diff on stdout and writes nothing', async () => {
    const { id, md } = await exportedAndEdited('CLI dry run');
    sandbox.resetStats();
    const { code, stdout } = await run(['push', md, '--dry-run']);
    expect(code).toBe(0);
    expect(stdout).toContain(`-<p>${paragraph}</p>`);
    expect(stdout).toContain('+<p>Recording: on the drive.</p>');
    expect(stdout).toMatch(/would-update/);
    expect(writeRequests(sandbox)).toBe(0);
    expect(bodyOf(sandbox, id).version).toBe(1);
  });

  it('--dry-run over a folder lists the page that would change and counts the unchanged rest', async () => {
    const id = addMinutesPage(sandbox, 'CLI dry run folder');
    const home = sandbox.store.spaceByKey('MIN')?.homepageId ?? '';
    const out = await exportTo(clientFor(sandbox, dataCenter.api), home, true);
    const md = join(out, (await readdir(out, { recursive: true })).find((f) => f.endsWith('CLI dry run folder.md')) ?? 'missing');
    await writeFile(md, (await readFile(md, 'utf8')).replace(paragraph, 'Recording: on the drive.'));
    const { code, stdout } = await run(['push', out, '--dry-run']);
    expect(code).toBe(0);
    const listed = stdout.split('\n').filter((line) => /: (would-update|would-create|unchanged|no-change): /.test(line));
    expect(listed).toEqual([expect.stringContaining(`CLI dry run folder.md (page ${id}): would-update`)]);
    expect(stdout).toMatch(/wikiport push: 1 would update, \d+ unchanged/);
    expect(Number(/(\d+) unchanged/.exec(stdout)?.[1])).toBeGreaterThan(5);
  });

  it('exits 3 on a conflict, naming the page and both versions; --force writes; restore puts the wiki version back', async () => {
    const { id, out, md } = await exportedAndEdited('CLI conflict');
    const theirs = minutesStorage.replace(paragraph, 'Recording: lost, sorry.');
    sandbox.store.editPage(id, { body: theirs });
    const refused = await run(['push', md, '--message', 'recording link']);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(new RegExp(`conflict: page ${id} "CLI conflict" was exported at version 1 and is now at version 2`));
    expect(refused.stderr).not.toMatch(/\n\s+at /);

    const forced = await run(['push', md, '--force', '--json']);
    expect(forced.code).toBe(0);
    const summary = JSON.parse(forced.stdout) as { pages: Array<{ status: string; newVersion: number; backup: string }> };
    expect(summary.pages[0]).toMatchObject({ status: 'updated', newVersion: 3 });
    expect(summary.pages[0]!.backup).toBe(join(out, '.wikiport', 'backups', id, 'v2.xhtml'));

    const restored = await run(['restore', id, '--version', '2', '--dir', out]);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toMatch(/restored the body of version 2 as version 4/);
    expect(bodyOf(sandbox, id)).toMatchObject({ version: 4, body: theirs });
  });

  it('restore without a backup says where it looked and exits 2', async () => {
    const { out } = await exportedAndEdited('CLI no backup');
    const { code, stderr } = await run(['restore', '999999', '--dir', out]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/No backups for page 999999/);
  });

  it('publishing prints a line per page as it is done on standard error; --quiet and --json print none', async () => {
    const parent = addMinutesPage(sandbox, 'CLI publish progress');
    const dir = await tempFolder();
    for (const name of ['plough', 'harrow', 'seeder']) await writeFile(join(dir, `${name}.md`), `# CLI progress ${name}\n\nTill.\n`);
    const lines = async (args: string[]): Promise<string> => {
      let written = '';
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((written += String(chunk)), true));
      try {
        await run(args);
      } finally {
        spy.mockRestore();
      }
      return written;
    };
    // Was: nothing until the summary at the end of the run.
    const shown = await lines(['push', dir, '--create', '--parent', parent]);
    expect(shown.match(/^wikiport: \[\d\/3\] created \S*(plough|harrow|seeder)\.md \(page \d+\)$/gm)).toHaveLength(3);
    await writeFile(join(dir, 'harrow.md'), '# CLI progress harrow\n\nTill twice.\n');
    expect(await lines(['push', dir, '--quiet'])).toBe('');
    await writeFile(join(dir, 'harrow.md'), '# CLI progress harrow\n\nTill thrice.\n');
    expect(await lines(['push', dir, '--json'])).toBe('');
  });

  it('publishing: a removed file is reported, listed with --delete-removed --dry-run, then trashed; an export folder refuses the option', async () => {
    const parent = addMinutesPage(sandbox, 'CLI publish removed');
    const dir = await tempFolder();
    await writeFile(join(dir, 'keep.md'), '# CLI kept page\n\nStays.\n');
    await writeFile(join(dir, 'gone.md'), '# CLI gone page\n\nGoes.\n');
    expect((await run(['push', dir, '--create', '--parent', parent, '--quiet'])).code).toBe(0);
    await rm(join(dir, 'gone.md'));
    const reported = await run(['push', dir]);
    expect(reported.code).toBe(0);
    expect(reported.stderr).toMatch(/gone\.md \(page \d+\): removed: no longer in the folder; page \d+ "CLI gone page" stays on the wiki \(publish with --delete-removed to move it to the trash\)/);
    expect(reported.stderr).toMatch(/wikiport push: 1 removed from the folder, 1 unchanged/);
    const dry = await run(['push', dir, '--delete-removed', '--dry-run']);
    expect(dry.stdout).toMatch(/gone\.md \(page (\d+)\): would-delete: would move page \1 "CLI gone page" to the trash/);
    const deleted = await run(['push', dir, '--delete-removed', '--json']);
    expect(deleted.code).toBe(0);
    const summary = JSON.parse(deleted.stdout) as { pages: Array<{ status: string; pageId: string }> };
    const gone = summary.pages.find((p) => p.status === 'deleted')!;
    expect(sandbox.store.page(gone.pageId)?.status).toBe('trashed');

    const { out } = await exportedAndEdited('CLI delete-removed export');
    const refused = await run(['push', out, '--delete-removed']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--delete-removed is for publishing a folder/);
  });
});
