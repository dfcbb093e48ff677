import { mkdtempSync, readdirSync, rmSync, statSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/confluence/client.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';
import { allBytes } from './tree-snapshot.js';

/**
 * Page titles and attachment names chosen to escape the output folder, collide, or upset a file
 * system all land as safe, unique files inside it; raw HTML that would run in a Markdown viewer
 * is neutralized in the output.
 */

const hostileTitles = [
  '../../etc/passwd',
  '/abs',
  'CON',
  'a\\b',
  'Minutes',
  'MINUTES',
  'x'.repeat(300),
  'Retro 🎉🚀 notes',
  'nul.txt',
  ' trailing dot. ',
];

let sandbox: Sandbox;
let out: string;
let pageIds: string[];

function files(dir: string): string[] {
  const result: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) result.push(...files(path));
    else result.push(path);
  }
  return result;
}

beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'cloud', samplePages: false });
  const space = sandbox.store.spaceByKey('MIN')!;
  const author = sandbox.store.users[0]!.accountId;
  pageIds = hostileTitles.map(
    (title, i) =>
      sandbox.store.createPage({
        spaceId: space.id,
        parentId: space.homepageId,
        title,
        authorId: author,
        body:
          `<p>Body ${i}</p><script>alert('x${i}')</script><p><a href="javascript:alert(1)">click</a></p>` +
          `<p><img src="x" onerror="alert(2)" /></p><p>Attached: <ac:link><ri:attachment ri:filename="../../../evil ${i}.png" /></ac:link></p>`,
      }).id,
  );
  sandbox.store.addAttachment(pageIds[0]!, {
    title: '../../../evil 0.png',
    mediaType: 'image/png',
    comment: '',
    authorId: author,
    createdAt: '2025-01-01T00:00:00.000Z',
    data: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  });
  out = mkdtempSync(join(tmpdir(), 'wikiport-names-'));
  const auth = sandbox.auth as { email: string; token: string };
  const summary = await exportPages({
    client: createClient({ baseUrl: sandbox.baseUrl, email: auth.email, token: auth.token }),
    space: 'MIN',
    out,
    formats: ['md', 'json'],
    attachments: true,
  });
  expect(summary.pages.failed).toBe(0);
});

afterAll(async () => {
  await sandbox.close();
  rmSync(out, { recursive: true, force: true });
});

describe('hostile page titles and attachment names', () => {
  it('every file lands inside the output folder, under a portable name', () => {
    const root = resolve(out) + sep;
    for (const file of files(out)) {
      expect(resolve(file).startsWith(root)).toBe(true);
      for (const part of relative(out, file).split(sep)) {
        expect(part.length, part).toBeLessThanOrEqual(255);
        expect(part).not.toMatch(/[<>:"|?*\\\p{Cc}]/u);
        expect(part.replace(/\..*$/, '').toUpperCase()).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/);
        expect(part).not.toMatch(/[. ]$/);
      }
    }
  });

  it('each hostile page gets its own Markdown file, distinct even ignoring case', () => {
    const markdown = files(out).filter((f) => f.endsWith('.md')).map((f) => relative(out, f));
    const lower = new Set(markdown.map((f) => f.toLowerCase()));
    expect(lower.size).toBe(markdown.length);
    const manifest = JSON.parse(readFileSync(join(out, '.wikiport', 'manifest.json'), 'utf8')) as { pages: Record<string, { files: { md?: { path: string } } }> };
    for (const id of pageIds) expect(manifest.pages[id]?.files.md?.path, id).toBeTruthy();
  });

  it('scripts, event handlers and javascript: links do not survive into the Markdown', () => {
    const markdown = files(out)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(markdown).toContain('Body 3');
    expect(markdown).not.toMatch(/<script/i);
    expect(markdown).not.toMatch(/\sonerror\s*=/i);
    expect(markdown).not.toMatch(/\]\(\s*javascript:/i);
    expect(markdown).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
  });

  it('no credential in anything written', () => {
    const auth = sandbox.auth as { token: string };
    expect(allBytes(out)).not.toContain(auth.token);
  });
});
