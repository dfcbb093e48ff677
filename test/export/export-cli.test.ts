import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';

const envKeys = ['CONFLUENCE_BASE_URL', 'CONFLUENCE_EMAIL', 'CONFLUENCE_API_TOKEN', 'CONFLUENCE_PAT'] as const;
let sandbox: Sandbox;
let out: string;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'dc', contextPath: '/wiki-dc' });
  for (const key of envKeys) saved[key] = process.env[key];
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
  for (const key of envKeys) delete process.env[key];
  if (out) await rm(out, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void (stdout += `${a.join(' ')}\n`));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

describe('wikiport export (CLI)', () => {
  it('exports with settings from the environment and prints a --json summary', async () => {
    out = await mkdtemp(join(tmpdir(), 'wikiport-cli-'));
    process.env.CONFLUENCE_BASE_URL = sandbox.baseUrl;
    process.env.CONFLUENCE_PAT = 'sandbox-pat';
    const { code, stdout, stderr } = await run(['export', '--space', 'MIN', '--out', out, '--format', 'md,json', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { pages: { written: number; failed: number }; requests: number; retries: number; requestsPerPage: number };
    expect(summary.pages.written).toBe(12);
    expect(summary.pages.failed).toBe(0);
    expect(summary.requestsPerPage).toBeLessThan(1.2);
    expect(summary.requests).toBeGreaterThan(0);
    expect(summary.retries).toBe(0);
  });

  it('prints plain progress lines off a terminal and nothing with --quiet', async () => {
    out = await mkdtemp(join(tmpdir(), 'wikiport-cli-'));
    const args = ['export', '--base-url', sandbox.baseUrl, '--pat', 'sandbox-pat', '--page', '2719761', '--descendants', '--out', out];
    const loud = await run(args);
    expect(loud.code).toBe(0);
    expect(loud.stderr).toMatch(/pages in scope/);
    expect(loud.stderr).toMatch(/written 2719761 Steering Committee/);
    const quiet = await run([...args, '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
  });

  it('takes the page or space address copied from the browser, the base URL coming from it', async () => {
    process.env.CONFLUENCE_PAT = 'sandbox-pat';
    const addresses = [
      ['--page', `${sandbox.baseUrl}/pages/viewpage.action?pageId=2719761`],
      ['--page', `${sandbox.baseUrl}/display/MIN/Steering+Committee/`],
      ['--page', `${sandbox.baseUrl}/spaces/MIN/pages/2719761/Steering+Committee`],
    ];
    for (const [option, address] of addresses) {
      out = await mkdtemp(join(tmpdir(), 'wikiport-cli-'));
      const { code, stdout, stderr } = await run(['export', option!, address!, '--out', out, '--json']);
      expect(stderr, address).toBe('');
      expect(code).toBe(0);
      expect((JSON.parse(stdout) as { pages: { written: number } }).pages.written).toBe(1);
      await rm(out, { recursive: true, force: true });
    }
    out = await mkdtemp(join(tmpdir(), 'wikiport-cli-'));
    const space = await run(['export', '--space', `${sandbox.baseUrl}/display/MIN/`, '--out', out, '--json']);
    expect(space.code).toBe(0);
    expect((JSON.parse(space.stdout) as { pages: { written: number } }).pages.written).toBe(12);
  });

  it.each([
    [['export', '--base-url', 'BASE', '--pat', 'sandbox-pat', '--page', 'BASE/display/MIN/No+Such+Page', '--out', 'x'], /no page titled "No Such Page" in space MIN/],
    [['export', '--base-url', 'BASE', '--pat', 'sandbox-pat', '--page', 'BASE/spaces/MIN/overview', '--out', 'x'], /is the address of space MIN, not of a page: use --space MIN/],
    [['export', '--base-url', 'BASE', '--pat', 'sandbox-pat', '--page', 'Steering Committee', '--out', 'x'], /--page takes a page id .* or the address of the page/],
    [['export', '--space', 'MIN', '--out', 'x'], /No Confluence base URL/],
    [['export', '--base-url', 'http://127.0.0.1:9/wiki', '--space', 'MIN', '--out', 'x'], /No Confluence credentials/],
    [['export', '--base-url', 'BASE', '--pat', 'wrong-pat-1234', '--space', 'MIN', '--out', 'x'], /authentication failed \(401\)/],
    [['export', '--base-url', 'BASE', '--pat', 'sandbox-pat', '--space', 'NOPE', '--out', 'x'], /Space "NOPE" not found/],
    [['export', '--base-url', 'BASE', '--pat', 'sandbox-pat', '--page', '1', '--out', 'x'], /Page 1 not found/],
    [['export', '--base-url', 'BASE', '--pat', 'sandbox-pat', '--space', 'MIN', '--page', '1', '--out', 'x'], /exactly one of --space KEY, --page ID or --cql QUERY/],
    [['export', '--base-url', 'BASE', '--pat', 'sandbox-pat', '--space', 'MIN', '--out', 'x', '--concurrency', '0'], /--concurrency takes a whole number/],
    [['export', '--base-url', 'BASE', '--pat', 'sandbox-pat', '--space', 'MIN', '--out', 'x/.wikiport/manifest.json'], /is a file; name a folder/],
    [['export', '--base-url', 'BASE', '--pat', 'sandbox-pat', '--space', 'MIN', '--out', 'x', '--format', 'html'], /--format takes md, json and\/or ndjson/],
  ])('fails with exit 2 and one clear line: %s', async (args, message) => {
    out = await mkdtemp(join(tmpdir(), 'wikiport-cli-'));
    const resolved = args.map((a) => (a.startsWith('BASE') ? sandbox.baseUrl + a.slice(4) : a.startsWith('x') ? out + a.slice(1) : a));
    if (resolved.some((a) => a.endsWith('manifest.json'))) {
      await mkdir(join(out, '.wikiport'), { recursive: true });
      await writeFile(join(out, '.wikiport', 'manifest.json'), '{}');
    }
    const { code, stderr } = await run(resolved);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain('wrong-pat-1234');
  });
});
