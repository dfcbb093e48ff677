import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

describe('exportPages({ redact }) with secrets in titles, attachment names and page addresses', () => {
  let titled: Sandbox;
  const pages = [
    { title: 'Team home', parentIndex: null, body: '<p>Home. See <ac:link><ri:page ri:content-title="Ops sync Passcode: blue whale 42"/></ac:link>.</p>' },
    {
      title: 'Ops sync Passcode: blue whale 42',
      parentIndex: 0,
      body: '<p>Password: kiwi fruit salad</p><p><ac:link><ri:attachment ri:filename="Passcode - 7781 east.txt"/></ac:link></p>',
      labels: ['minutes'],
    },
  ];
  beforeAll(async () => {
    titled = await startSandbox({ flavor: 'cloud', data: false, generate: { pages: 2, spaceKey: 'SEC', source: (i) => pages[i] as (typeof pages)[number] } });
    titled.store.addAttachment('50000002', { title: 'Passcode - 7781 east.txt', mediaType: 'text/plain', comment: '', authorId: titled.store.users[0]?.accountId ?? 'a', createdAt: '2024-01-01T00:00:00.000Z', data: Buffer.from('door\n') });
  });
  afterAll(async () => {
    await titled.close();
  });

  it('names no file after a secret and writes none in any page file, link or the NDJSON', async () => {
    const auth = titled.auth;
    const client = createClient({ baseUrl: titled.baseUrl, ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }), deployment: 'cloud' });
    const out = join(work, 'sec');
    const titles: string[] = [];
    const summary = await exportPages({ client, space: 'SEC', out, formats: ['md', 'json', 'ndjson'], attachments: true, redact: redactionRules(), onProgress: (e) => void (e.kind === 'page' && titles.push(e.title)) });
    expect(summary.failures).toEqual([]);
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('.wikiport'));
    expect(files.join('\n')).not.toMatch(/blue|whale|7781|east/);
    expect(titles.join('\n')).not.toMatch(/blue|whale/);
    const texts = files.filter((f) => /\.(md|json|ndjson)$/.test(f)).map((f) => readFileSync(join(out, f), 'utf8'));
    expect(texts).toHaveLength(5);
    for (const text of texts) expect(text).not.toMatch(/blue|whale|7781|east|kiwi|fruit|salad/);
    const md = readFileSync(join(out, 'Team home', 'Ops sync Passcode - [redacted].md'), 'utf8');
    expect(md).toContain('title: "Ops sync Passcode: [redacted]"');
    const attachmentLink = /\]\((attachments[^)]+)\)/.exec(md)?.[1] ?? '';
    expect(existsSync(join(out, 'Team home', decodeURIComponent(attachmentLink)))).toBe(true);
    const home = readFileSync(join(out, 'Team home.md'), 'utf8');
    expect(home).toContain('](Team%20home/Ops%20sync%20Passcode%20-%20%5Bredacted%5D.md ');
  });
});
