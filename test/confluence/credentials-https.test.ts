import net from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { createClient } from '../../src/confluence/client.js';
import { isLoopbackHost, parseBaseUrl } from '../../src/confluence/base-url.js';
import { startSandbox } from '../../src/sandbox/server.js';

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  const code = await main(args);
  return { code, stderr };
}

describe('credentials only over https (loopback excepted)', () => {
  it('refuses http://192.0.2.2/wiki with a token before any connection', async () => {
    const connect = vi.spyOn(net.Socket.prototype, 'connect');
    expect(() => createClient({ baseUrl: 'http://192.0.2.2/wiki', email: 'a@b.c', token: 'secret-token' })).toThrow(
      /Refusing to send credentials over plain http to 192\.0\.2\.2.*https:\/\/192\.0\.2\.2\/wiki.*--allow-http/,
    );
    const out = await mkdtemp(join(tmpdir(), 'wikiport-http-'));
    try {
      const { code, stderr } = await run(['export', '--base-url', 'http://192.0.2.2/wiki', '--email', 'a@b.c', '--token', 'secret-token', '--space', 'X', '--out', out]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/Refusing to send credentials over plain http/);
      expect(stderr).not.toContain('secret-token');
      const pushed = await run(['push', out, '--base-url', 'http://192.0.2.2/wiki', '--pat', 'secret-pat']);
      expect(pushed.code).toBe(2);
      expect(pushed.stderr).toMatch(/plain http/);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
    expect(connect).not.toHaveBeenCalled();
  });

  it('--allow-http lets it through with a warning (the client is made; nothing is sent here)', async () => {
    expect(() => createClient({ baseUrl: 'http://192.0.2.2/wiki', pat: 'p', allowHttp: true })).not.toThrow();
  });

  it.each(['localhost', 'localhost.', 'wiki.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '[::ffff:127.0.0.1]'])('%s is loopback', (host) => {
    expect(isLoopbackHost(new URL(`http://${host}:8090/`).hostname)).toBe(true);
  });

  it.each(['192.0.2.2', '10.0.0.5', '128.0.0.1', 'localhost.example.com', '[::2]', '127.0.0.1.nip.io'])('%s is not loopback', (host) => {
    expect(isLoopbackHost(new URL(`http://${host}/`).hostname)).toBe(false);
  });

  it('http to the sandbox on 127.0.0.1 works without --allow-http', async () => {
    const sandbox = await startSandbox({ flavor: 'dc', contextPath: '/confluence' });
    try {
      const auth = sandbox.auth;
      const client = createClient({ baseUrl: sandbox.baseUrl, ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }), api: 'v1' });
      expect(await client.api()).toBe('v1');
    } finally {
      await sandbox.close();
    }
  });

  it('a pasted page address says what the base URL is', () => {
    expect(() => parseBaseUrl('https://acme.atlassian.net/wiki/spaces/OPS/pages/98305/Steering+Committee')).toThrow(
      /address of a page.*--base-url https:\/\/acme\.atlassian\.net\/wiki \(and --page 98305/,
    );
    expect(() => parseBaseUrl('https://wiki.corp.example/confluence/display/OPS/Home')).toThrow(/--base-url https:\/\/wiki\.corp\.example\/confluence$/);
    expect(() => parseBaseUrl('https://wiki.corp.example/pages/viewpage.action?pageId=123')).toThrow(/--base-url https:\/\/wiki\.corp\.example \(and --page 123/);
    expect(parseBaseUrl('https://wiki.corp.example/confluence').base).toBe('https://wiki.corp.example/confluence');
  });
});
