import { execFileSync } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';

/** Errors that lead somewhere: a wrong base URL, a server that is not Confluence, TLS trouble. */

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let sandbox: Sandbox;
let out: string;
const servers: Server[] = [];
beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'cloud' });
  out = await mkdtemp(join(tmpdir(), 'wikiport-site-'));
});
afterAll(async () => {
  await sandbox.close();
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  await rm(out, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

async function exportWith(baseUrl: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
  vi.spyOn(console, 'log').mockImplementation(() => {});
  const auth = sandbox.auth;
  const credentials = 'pat' in auth ? ['--pat', auth.pat] : ['--email', auth.email, '--token', auth.token];
  const code = await main(['export', '--space', 'MIN', '--out', join(out, String(Math.random())), '--base-url', baseUrl, ...credentials, '--quiet']);
  vi.restoreAllMocks();
  return { code, stderr };
}

describe('errors that lead somewhere', () => {
  it('a base URL without /wiki: "did you mean …/wiki?", exit 2', async () => {
    const origin = new URL(sandbox.baseUrl).origin;
    expect(new URL(sandbox.baseUrl).pathname).toBe('/wiki');
    const { code, stderr } = await exportWith(origin);
    expect(code).toBe(2);
    expect(stderr).toContain(`is not a Confluence REST API`);
    expect(stderr).toContain(`did you mean --base-url ${origin}/wiki?`);
    expect(stderr).not.toMatch(/Space "MIN" not found/);
  });

  it('push to a base URL without /wiki says so too, exit 2, nothing written', async () => {
    const origin = new URL(sandbox.baseUrl).origin;
    const folder = join(out, 'push-probe');
    const auth = sandbox.auth;
    const credentials = 'pat' in auth ? ['--pat', auth.pat] : ['--email', auth.email, '--token', auth.token];
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const space = sandbox.store.spaceByKey('MIN')!;
    const home = sandbox.store.page(space.homepageId!)!;
    expect(await main(['export', '--page', home.id, '--out', folder, '--base-url', sandbox.baseUrl, ...credentials, '--quiet'])).toBe(0);
    vi.restoreAllMocks();
    const before = sandbox.store.current(home).number;
    const file = join(folder, `${sandbox.store.current(home).title}.md`);
    await writeFile(file, `${await readFile(file, 'utf8')}\nEdited.\n`);
    let stderr = '';
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
    const code = await main(['push', file, '--base-url', origin, ...credentials]);
    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(stderr).toContain(`did you mean --base-url ${origin}/wiki?`);
    expect(sandbox.store.current(home).number).toBe(before);
  });

  it('a server that is not Confluence says so, exit 2', async () => {
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Welcome to nginx!</body></html>');
    });
    servers.push(server);
    const host = await listen(server);
    const { code, stderr } = await exportWith(`http://${host}/wiki`);
    expect(code).toBe(2);
    expect(stderr).toMatch(/http:\/\/127\.0\.0\.1:\d+\/wiki is not a Confluence REST API \(.*HTTP 200 with text\/html\); check --base-url/);
  });

  it.skipIf(!hasOpenssl())('a self-signed certificate: exit 2 with a NODE_EXTRA_CA_CERTS hint', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wikiport-tls-'));
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
      const server = createHttpsServer({ key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) }, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{}');
      });
      servers.push(server);
      const host = await listen(server);
      const { code, stderr } = await exportWith(`https://${host}/wiki`);
      expect(code).toBe(2);
      expect(stderr).toMatch(/Cannot reach 127\.0\.0\.1:\d+ over https: the server's certificate is not trusted \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN)/);
      expect(stderr).toContain('NODE_EXTRA_CA_CERTS');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('https to a plain http port: exit 2, says the handshake failed', async () => {
    const host = new URL(sandbox.baseUrl).host;
    const { code, stderr } = await exportWith(`https://${host}/wiki`);
    expect(code).toBe(2);
    expect(stderr).toMatch(/over https: the TLS handshake failed \((EPROTO|ERR_SSL_WRONG_VERSION_NUMBER)/);
  });
});

describe('addresses and servers that are not what they seem', () => {
  async function exportArgs(args: string[]): Promise<{ code: number; stderr: string }> {
    let stderr = '';
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void (stderr += `${a.join(' ')}\n`));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const auth = sandbox.auth;
    const credentials = 'pat' in auth ? ['--pat', auth.pat] : ['--email', auth.email, '--token', auth.token];
    const code = await main(['export', '--out', join(out, String(Math.random())), ...credentials, '--quiet', ...args]);
    vi.restoreAllMocks();
    return { code, stderr };
  }

  it('a page address of another site than the base URL: refused naming both, nothing exported from the wrong site', async () => {
    const space = sandbox.store.spaceByKey('MIN')!;
    const home = space.homepageId!;
    sandbox.resetStats();
    const { code, stderr } = await exportArgs(['--base-url', sandbox.baseUrl, '--page', `https://other.example/wiki/spaces/MIN/pages/${home}/Home`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--page https:\/\/other\.example\/wiki\/spaces\/MIN\/pages\/\d+\/Home is an address on other\.example, but the base URL .* is on 127\.0\.0\.1:\d+/);
    expect(stderr).toContain('--base-url https://other.example/wiki');
    expect(sandbox.stats.requests).toBe(0);
    const spaced = await exportArgs(['--base-url', sandbox.baseUrl, '--space', 'https://other.example/wiki/spaces/MIN/overview']);
    expect(spaced.code).toBe(2);
    expect(spaced.stderr).toMatch(/--space .* is an address on other\.example/);
  });

  it('a server answering JSON that is not Confluence: "not a Confluence REST API", exit 2 (was "unexpected response shape", exit 1)', async () => {
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: 'ok', version: '1.2' }));
    });
    servers.push(server);
    const host = await listen(server);
    for (const api of ['v2', 'v1']) {
      const { code, stderr } = await exportArgs(['--base-url', `http://${host}/wiki`, '--space', 'MIN', '--api', api]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/is not a Confluence REST API \(.*JSON that is not a Confluence space list\)/);
    }
  });

  it('a REST API that redirects to a sign-in page says so (credentials or single sign-on), exit 2', async () => {
    const server = createHttpServer((req, res) => {
      if (req.url?.startsWith('/login.action')) {
        res.writeHead(200, { 'content-type': 'text/html;charset=UTF-8' });
        res.end('<html><title>Log In</title><form name="loginform"></form></html>');
        return;
      }
      res.writeHead(302, { location: `/login.action?os_destination=${encodeURIComponent(req.url ?? '/')}` });
      res.end();
    });
    servers.push(server);
    const host = await listen(server);
    const { code, stderr } = await exportArgs(['--base-url', `http://${host}/confluence`, '--space', 'MIN']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/answered with a sign-in page \(.*redirected to \/login\.action\).*--pat/);
  });
});
