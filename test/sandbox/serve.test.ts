import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { WikiportError } from '../../src/errors.js';
import { serveSandbox } from '../../src/sandbox/serve.js';

describe('serveSandbox (wikiport sandbox)', () => {
  it('prints the base URL and credentials, serves until stopped, then reports the requests', async () => {
    const lines: string[] = [];
    const stop = new AbortController();
    let baseUrl = '';
    const running = serveSandbox({ port: 0, auth: { email: 'me@example.com', token: 'tok-1234' } }, stop.signal, {
      info: (line) => {
        lines.push(line);
        const match = /base URL:\s+(\S+)/.exec(line);
        if (match) baseUrl = match[1] as string;
      },
    });
    for (let i = 0; i < 100 && baseUrl === ''; i++) await new Promise((r) => setTimeout(r, 10));
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/wiki$/);
    expect(lines.join('\n')).toContain('--email me@example.com --token <the one you gave>');
    expect(lines.join('\n')).not.toContain('tok-1234');
    expect(lines.join('\n')).toContain('MIN (12 pages)');
    const answer = await fetch(`${baseUrl}/api/v2/spaces`, { headers: { Authorization: `Basic ${Buffer.from('me@example.com:tok-1234').toString('base64')}` } });
    expect(answer.status).toBe(200);
    stop.abort();
    const sandbox = await running;
    expect(lines[lines.length - 1]).toBe(`Stopped after 1 requests (0 answered 429, ${sandbox.stats.bytesSent} bytes sent).`);
    await expect(fetch(`${baseUrl}/api/v2/spaces`)).rejects.toThrow();
  });

  it('prints its own default credentials, which the user needs', async () => {
    const lines: string[] = [];
    const stop = new AbortController();
    stop.abort();
    await serveSandbox({ port: 0, flavor: 'dc', contextPath: '/confluence' }, stop.signal, { info: (line) => lines.push(line) });
    expect(lines.join('\n')).toContain('--pat sandbox-pat');
    expect(lines.join('\n')).toMatch(/base URL:\s+http:\/\/127\.0\.0\.1:\d+\/confluence/);
  });

  it('turns a busy port into a usage error that says what to do', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const stop = new AbortController();
      stop.abort();
      const attempt = serveSandbox({ port }, stop.signal, { info: () => undefined });
      await expect(attempt).rejects.toBeInstanceOf(WikiportError);
      await expect(attempt).rejects.toThrow(/--port 0/);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('names the file when seed data is broken', async () => {
    const stop = new AbortController();
    stop.abort();
    await expect(serveSandbox({ port: 0, data: '/nonexistent/sandbox-data' }, stop.signal, { info: () => undefined })).rejects.toThrow(
      /\/nonexistent\/sandbox-data does not exist/,
    );
  });
});
