import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/confluence/client.js';
import { exportPages } from '../../src/export/export.js';
import { planPagePaths, safeFileName, safeFileStem } from '../../src/files/safe-names.js';
import { startSandbox } from '../../src/sandbox/server.js';

/** The longest temporary suffix an atomic write adds: `.PID.8HEX.tmp` with a 7-digit pid. */
const tempSuffix = '.4194304.0123abcd.tmp';
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

const japanese = '第一四半期運営委員会議事録と今後の予定についての詳細な議論'.repeat(6).slice(0, 160);
const emoji = '🎉👨‍👩‍👧‍👦🇯🇵 '.repeat(40);
const combining = 'Re\u0301sume\u0301 '.repeat(60).normalize('NFD');
const korean = '회의록 '.repeat(70);
const titles = [japanese, emoji, combining, korean, 'x'.repeat(300)];

describe('file names by bytes', () => {
  it.each(titles.map((t) => [t.slice(0, 12), t]))('%s…: every name with its extension and temp suffix fits in 255 bytes', (_, title) => {
    const stem = safeFileStem(title, '98305');
    expect(stem.length).toBeGreaterThan(0);
    expect(bytes(`${stem}.json${tempSuffix}`)).toBeLessThanOrEqual(255);
    const paths = planPagePaths([
      { id: '1', title, parentId: null },
      { id: '2', title, parentId: null },
      { id: '3', title: title.toUpperCase(), parentId: null },
    ]);
    for (const path of paths.values()) expect(bytes(`${path}.json${tempSuffix}`)).toBeLessThanOrEqual(255);
    expect(new Set(paths.values()).size).toBe(3);
    expect(bytes(`${safeFileName(`${title}.${'拡張子'.repeat(10)}`, '7')}${tempSuffix}`)).toBeLessThanOrEqual(255);
  });

  it('any title (graphemes of any script, up to 300): names within 255 bytes, stable, distinct', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), fc.stringMatching(/^[0-9]{1,12}$/), (title, id) => {
        const pages = [
          { id, title, parentId: null },
          { id: `${id}9`, title, parentId: null },
        ];
        const paths = planPagePaths(pages);
        for (const path of paths.values()) expect(bytes(`${path}.json${tempSuffix}`)).toBeLessThanOrEqual(255);
        expect(new Set(paths.values()).size).toBe(2);
        expect(planPagePaths([...pages].reverse(), paths)).toEqual(paths);
      }),
      { numRuns: Number(process.env.WIKIPORT_PROPERTY_RUNS ?? 200) },
    );
  });

  it('cuts between grapheme clusters: no combining mark or emoji sequence is split', () => {
    const stem = safeFileStem('e\u0301'.repeat(150), '1');
    expect(stem.normalize('NFC')).toBe(stem);
    expect(/^[é]+$/.test(stem)).toBe(true);
    const family = safeFileStem(`a${'🇯🇵'.repeat(100)}`, '1');
    // Regional-indicator pairs (flags) stay whole.
    expect((Array.from(family).length - 1) % 2).toBe(0);
    expect(family.startsWith('a🇯🇵')).toBe(true);
    const kana = safeFileStem('か\u3099'.repeat(120), '1');
    expect(Array.from(kana.normalize('NFD')).length % 2).toBe(0);
  });

  it('a previous run\'s names are kept (pinned) when they still fit', () => {
    const pages = [
      { id: '1', title: japanese, parentId: null },
      { id: '2', title: japanese, parentId: null },
    ];
    const first = planPagePaths(pages);
    const again = planPagePaths([...pages].reverse(), first);
    expect([...again.entries()].sort()).toEqual([...first.entries()].sort());
  });

  it('a 160-character Japanese title exports (no ENAMETOOLONG) and re-exports to the same names', async () => {
    const sandbox = await startSandbox({ flavor: 'cloud', samplePages: false });
    const out = await mkdtemp(join(tmpdir(), 'wikiport-bytes-'));
    try {
      const space = sandbox.store.spaceByKey('MIN')!;
      const author = sandbox.store.users[0]!.accountId;
      for (const title of [japanese, emoji, combining]) {
        const parent = sandbox.store.createPage({ spaceId: space.id, parentId: space.homepageId, title, authorId: author, body: '<p>parent</p>' });
        sandbox.store.createPage({ spaceId: space.id, parentId: parent.id, title: `${title} 子`, authorId: author, body: '<p>child</p>' });
      }
      const auth = sandbox.auth;
      const client = () => createClient({ baseUrl: sandbox.baseUrl, ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }), deployment: 'cloud', api: 'v2' });
      const first = await exportPages({ client: client(), space: 'MIN', out, formats: ['md', 'json'] });
      expect(first.failures).toEqual([]);
      const names = await readdir(out, { recursive: true });
      for (const name of names) for (const part of name.split('/')) expect(bytes(part)).toBeLessThanOrEqual(255 - bytes(tempSuffix));
      const second = await exportPages({ client: client(), space: 'MIN', out, formats: ['md', 'json'] });
      expect(second.failures).toEqual([]);
      expect(second.pages.written).toBe(0);
      expect((await readdir(out, { recursive: true })).sort()).toEqual([...names].sort());
    } finally {
      await sandbox.close();
      await rm(out, { recursive: true, force: true });
    }
  });
});
