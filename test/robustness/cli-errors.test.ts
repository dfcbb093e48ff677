import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

/**
 * Every failure a user can cause or meet gets one clear line on stderr, the documented exit code,
 * no stack trace, and never the secret.
 */

const secret = 'tok-CLI-errors-7c1d9e';
let forbidden: Server;
let forbiddenUrl: string;
const out = mkdtempSync(join(tmpdir(), 'wikiport-cli-errors-'));
const envKeys = ['CONFLUENCE_BASE_URL', 'CONFLUENCE_EMAIL', 'CONFLUENCE_API_TOKEN', 'CONFLUENCE_PAT'] as const;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  for (const key of envKeys) {
    saved[key] = process.env[key];
    delete process.env[key];
  }
  // A Cloud site that knows the caller but lets them see nothing.
  forbidden = createServer((_req, res) => {
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ statusCode: 403, message: 'You do not have permission to view this content' }));
  });
  await new Promise<void>((ok) => forbidden.listen(0, '127.0.0.1', ok));
  forbiddenUrl = `http://127.0.0.1:${(forbidden.address() as { port: number }).port}/wiki`;
});

afterAll(async () => {
  await new Promise<void>((ok) => forbidden.close(() => ok()));
  rmSync(out, { recursive: true, force: true });
  for (const key of envKeys) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(args: string[]): Promise<{ code: number; output: string }> {
  let output = '';
  const capture = (...a: unknown[]) => void (output += `${a.join(' ')}\n`);
  vi.spyOn(console, 'log').mockImplementation(capture);
  vi.spyOn(console, 'error').mockImplementation(capture);
  vi.spyOn(console, 'warn').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output += String(chunk);
    return true;
  });
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, output };
}

function expectOneClearLine(output: string): void {
  expect(output).toMatch(/^wikiport: /m);
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(output).not.toContain(secret);
  expect(output).not.toContain(Buffer.from(`ann@example.com:${secret}`).toString('base64'));
}

describe('clear one-line errors with documented exit codes', () => {
  it('no permission (403): exit 2, says so, no secret', async () => {
    const { code, output } = await run(['export', '--base-url', forbiddenUrl, '--email', 'ann@example.com', '--token', secret, '--space', 'MIN', '--out', out]);
    expect(code).toBe(2);
    expect(output).toMatch(/403|permission/i);
    expectOneClearLine(output);
  });

  it('unreachable host: exit 2, names the host', async () => {
    const { code, output } = await run(['export', '--base-url', 'http://127.0.0.1:9/wiki', '--email', 'ann@example.com', '--token', secret, '--space', 'MIN', '--out', out]);
    expect(code).toBe(2);
    expect(output).toMatch(/127\.0\.0\.1:9/);
    expectOneClearLine(output);
  });

  it('missing credentials: exit 2, says which settings to give', async () => {
    const { code, output } = await run(['export', '--base-url', forbiddenUrl, '--space', 'MIN', '--out', out]);
    expect(code).toBe(2);
    expect(output).toMatch(/CONFLUENCE_API_TOKEN|--token|--pat/);
    expectOneClearLine(output);
  });

  it.each([
    [['export', '--space']],
    [['export', '--space', 'MIN', '--out', out, '--concurrency', 'lots']],
    [['convert']],
    [['push', '--no-such-flag', out]],
    [['restore']],
    [['report', out, '--format', 'pdf']],
  ])('invalid flags %j: exit 2 with usage help, no stack', async (args) => {
    const { code, output } = await run(args);
    expect(code).toBe(2);
    expectOneClearLine(output);
  });

  it('a file that is not there: convert names it and exits 1', async () => {
    const { code, output } = await run(['convert', join(out, 'missing-page.xhtml')]);
    expect(code).toBe(1);
    expect(output).toContain('missing-page.xhtml');
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });
});
