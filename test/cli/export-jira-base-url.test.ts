import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'dc' });
});
afterAll(async () => {
  await sandbox.close();
});

async function exportedMarkdown(extra: string[]): Promise<string> {
  const out = await mkdtemp(join(tmpdir(), 'wikiport-jira-export-'));
  try {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['export', '--base-url', sandbox.baseUrl, '--pat', 'sandbox-pat', '--space', 'DOCS', '--out', out, '--quiet', ...extra]);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.md'));
    const texts = await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')));
    return texts.join('\n');
  } finally {
    vi.restoreAllMocks();
    await rm(out, { recursive: true, force: true });
  }
}

describe('wikiport export --jira-base-url', () => {
  it('points the exported pages\u2019 Jira issue links at the site given, and keeps them host-relative without it', async () => {
    const withSite = await exportedMarkdown(['--jira-base-url', 'https://jira.example.com']);
    expect(withSite).toMatch(/\]\(https:\/\/jira\.example\.com\/browse\/[A-Z]+-\d+/);
    expect(withSite).not.toMatch(/\]\(\/browse\//);
    const without = await exportedMarkdown([]);
    expect(without).toMatch(/\]\(\/browse\/[A-Z]+-\d+/);
  });
});
