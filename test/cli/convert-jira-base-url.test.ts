import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { convertFiles } from '../../src/export/convert-files.js';

const STORAGE = '<p>Blocked by <ac:structured-macro ac:name="jira" ac:schema-version="1" ac:macro-id="5e1f"><ac:parameter ac:name="server">Payments Jira</ac:parameter><ac:parameter ac:name="serverId">c0ffee-12</ac:parameter><ac:parameter ac:name="key">PAY-2210</ac:parameter></ac:structured-macro>&nbsp;until Friday.</p>';

const dir = mkdtempSync(join(tmpdir(), 'wikiport-jira-'));
const input = join(dir, 'blocked.storage.xhtml');
writeFileSync(input, STORAGE);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function converted(jiraBaseUrl?: string): Promise<string> {
  let out = '';
  await convertFiles({ inputs: [input], from: 'auto', to: 'md', stdout: (t) => (out += t), ...(jiraBaseUrl ? { jiraBaseUrl } : {}) });
  return out;
}

describe('wikiport convert --jira-base-url', () => {
  it('points Jira issue links at the site given, and keeps /browse/KEY host-relative without it', async () => {
    expect(await converted('https://payments.atlassian.net')).toContain('[PAY-2210](https://payments.atlassian.net/browse/PAY-2210 "Payments Jira")');
    expect(await converted()).toContain('[PAY-2210](/browse/PAY-2210 "Payments Jira")');
  });

  it('is a CLI option; an address that is not http(s) is a usage error naming it', async () => {
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => Boolean((stdout += String(chunk))));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void (stderr += `${args.join(' ')}\n`));
    try {
      expect(await main(['convert', input, '--jira-base-url', 'https://payments.atlassian.net/'])).toBe(0);
      expect(stdout).toContain('](https://payments.atlassian.net/browse/PAY-2210 ');
      expect(await main(['convert', input, '--jira-base-url', 'jira.local'])).toBe(2);
      expect(stderr).toContain('--jira-base-url must be an http(s) address');
    } finally {
      vi.restoreAllMocks();
      process.exitCode = undefined;
    }
  });
});
