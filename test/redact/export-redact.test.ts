import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../../src/confluence/client.js';
import { redactionRules } from '../../src/redact/redaction-rules.js';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';

const work = mkdtempSync(join(tmpdir(), 'wikiport-export-redact-'));
let sandbox: Sandbox;

/** Weekly minutes whose logistics carry a Zoom link with pwd, a passcode and a one-tap PIN. */
function minutes(index: number) {
  return {
    title: `2024-0${(index % 9) + 1}-11 Ops weekly`,
    parentIndex: null,
    body: [
      '<h2>Logistics</h2>',
      `<p>Join: <a href="https://corp.zoom.us/j/9911${index}?pwd=U2VjcmV0${index}LnB3ZA">Zoom</a></p>`,
      `<p><strong>Passcode:</strong> q${index}Zx!44r</p>`,
      `<p>Dial: +442034815240,,9911${index}#,,,,*70${index}19#</p>`,
      '<h2>Notes</h2><p>All systems nominal.</p>',
    ].join(''),
  };
}

beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'cloud', data: false, generate: { pages: 4, spaceKey: 'OPS', source: minutes } });
});
afterAll(async () => {
  await sandbox.close();
  rmSync(work, { recursive: true, force: true });
});

describe('exportPages({ redact })', () => {
  it('writes Markdown and JSON without the secrets, other text intact', async () => {
    const auth = sandbox.auth;
    const client = createClient({ baseUrl: sandbox.baseUrl, ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }), deployment: 'cloud' });
    const out = join(work, 'ops');
    const summary = await exportPages({ client, space: 'OPS', out, formats: ['md', 'json'], redact: redactionRules() });
    expect(summary.failures).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, '.wikiport', 'manifest.json'), 'utf8'));
    const pages = Object.values(manifest.pages) as { files: { md: { path: string }; json: { path: string } } }[];
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      const md = readFileSync(join(out, page.files.md.path), 'utf8');
      const json = readFileSync(join(out, page.files.json.path), 'utf8');
      for (const text of [md, json]) {
        expect(text).not.toMatch(/U2VjcmV0\d+LnB3ZA|q\d+Zx!44r|\*70\d+19#/);
        expect(text).toContain('All systems nominal.');
      }
      expect(md).toContain('pwd=REDACTED');
      expect(JSON.parse(json).report.filter((e: { kind: string }) => e.kind === 'redacted').map((e: { construct: string }) => e.construct).sort()).toEqual(['passcode', 'pin', 'url-token']);
    }
  });
});
