import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';

const STORAGE = '<p>Blocked by <ac:structured-macro ac:name="jira" ac:schema-version="1" ac:macro-id="5e1f"><ac:parameter ac:name="server">Payments Jira</ac:parameter><ac:parameter ac:name="serverId">c0ffee-12</ac:parameter><ac:parameter ac:name="key">PAY-2210</ac:parameter></ac:structured-macro>&nbsp;until Friday.</p>';

let dir: string;
let stdout: string;
let stderr: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wikiport-jira-'));
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    stderr += `${args.join(' ')}\n`;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('wikiport convert --jira-base-url', () => {
  it('points Jira issue links at the site given', async () => {
    const input = join(dir, 'blocked.storage.xhtml');
    writeFileSync(input, STORAGE);
    expect(await main(['convert', input, '--jira-base-url', 'https://payments.atlassian.net'])).toBe(0);
    expect(stdout).toContain('[PAY-2210](https://payments.atlassian.net/browse/PAY-2210 "Payments Jira")');
  });

  it('keeps /browse/KEY host-relative without it', async () => {
    const input = join(dir, 'blocked.storage.xhtml');
    writeFileSync(input, STORAGE);
    expect(await main(['convert', input])).toBe(0);
    expect(stdout).toContain('[PAY-2210](/browse/PAY-2210 "Payments Jira")');
  });

  it('refuses an address that is not http(s), naming the option', async () => {
    const input = join(dir, 'blocked.storage.xhtml');
    writeFileSync(input, STORAGE);
    expect(await main(['convert', input, '--jira-base-url', 'jira.local'])).toBe(2);
    expect(stderr).toContain('--jira-base-url must be an http(s) address');
  });
});
