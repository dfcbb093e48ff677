import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { shownOnTerminal } from '../../src/errors.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';

/**
 * A page title is the wiki's text, not ours: a hostile one must not drive the terminal that shows
 * export's lines (escape sequences that retitle the window, clear the screen or colour it; a
 * carriage return or newline that forges a line such as "0 failed"; bidi overrides that reverse
 * what follows).
 */
const hostile = 'Evil \u001b]0;pwned\u0007 \u001b[2J\u001b[31mred\r\nwikiport: 0 failed \u202egnp.exe \u009b1m';

let sandbox: Sandbox;
const dirs: string[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'cloud', samplePages: false });
});
afterAll(async () => {
  await sandbox.close();
});
afterEach(async () => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, stderr };
}

describe('titles on the terminal', () => {
  it('shows control characters of a title as escapes, in progress and failure lines alike', async () => {
    const space = sandbox.store.spaceByKey('MIN')!;
    const author = sandbox.store.users[0]!.accountId;
    const root = sandbox.store.createPage({ spaceId: space.id, parentId: space.homepageId, title: 'Terminal root', authorId: author, body: '<p>root</p>' }).id;
    const evil = sandbox.store.createPage({ spaceId: space.id, parentId: root, title: hostile, authorId: author, body: '<p>x</p>' }).id;
    const out = await mkdtemp(join(tmpdir(), 'wikiport-terminal-'));
    dirs.push(out);
    const auth = sandbox.auth as { email: string; token: string };
    const args = ['export', '--base-url', sandbox.baseUrl, '--email', auth.email, '--token', auth.token, '--page', root, '--descendants', '--out', out];
    const first = await run(args);
    expect(first.code).toBe(0);
    // Its file's place taken by a folder: the failure line names the page by its title too.
    sandbox.store.editPage(evil, { body: '<p>y</p>' });
    const written = (await import('node:fs/promises')).readdir(join(out, 'Terminal root'));
    const file = (await written).find((name) => name.endsWith('.md'))!;
    await rm(join(out, 'Terminal root', file));
    await mkdir(join(out, 'Terminal root', file));
    const second = await run(args);
    expect(second.code).toBe(1);
    for (const { stderr } of [first, second]) {
      // eslint-disable-next-line no-control-regex
      expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      for (const line of stderr.trimEnd().split('\n')) expect(line).toMatch(/^wikiport/);
      expect(stderr).toContain(evil);
    }
    expect(second.stderr).toMatch(/page \d+ \(Evil \\u001b\]0;pwned.*\) failed: /);
  });
});

describe('shownOnTerminal', () => {
  it('escapes control and bidi characters, keeps newlines only when asked, leaves other text alone', () => {
    expect(shownOnTerminal('a\u001b[31mb\r\nc\u202ed')).toBe('a\\u001b[31mb\\r\\nc\\u202ed');
    expect(shownOnTerminal('line one\nline two\ttab', { newlines: true })).toBe('line one\nline two\ttab');
    expect(shownOnTerminal('会議 😀 café — ok')).toBe('会議 😀 café — ok');
  });
});

describe('debug logging that would print the credentials', () => {
  it('NODE_DEBUG=http prints a warning before an export; nothing for a convert', async () => {
    const saved = process.env.NODE_DEBUG;
    process.env.NODE_DEBUG = 'net,http';
    try {
      const out = await mkdtemp(join(tmpdir(), 'wikiport-debug-'));
      dirs.push(out);
      const auth = sandbox.auth as { email: string; token: string };
      const space = sandbox.store.spaceByKey('MIN')!;
      const { stderr } = await run(['export', '--base-url', sandbox.baseUrl, '--email', auth.email, '--token', auth.token, '--page', space.homepageId!, '--out', out, '--quiet']);
      expect(stderr).toMatch(/^wikiport: warning: NODE_DEBUG=net,http makes Node print each request's headers, your credentials included/);
      expect(stderr).not.toContain(auth.token);
      const convert = await run(['convert', join(out, 'missing.md')]);
      expect(convert.stderr).not.toMatch(/NODE_DEBUG/);
    } finally {
      if (saved === undefined) delete process.env.NODE_DEBUG;
      else process.env.NODE_DEBUG = saved;
    }
  });
});
