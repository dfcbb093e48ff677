import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultDataDir, defaultFixturePagesDir, loadSeedData } from '../../src/sandbox/seed-data.js';
import { loadFixturePages, titleFromFileName } from '../../src/sandbox/fixture-pages.js';
import { SandboxStore } from '../../src/sandbox/store.js';

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

function copyOfSeed(): string {
  scratch = mkdtempSync(join(tmpdir(), 'wikiport-sandbox-seed-'));
  cpSync(defaultDataDir(), scratch, { recursive: true });
  return scratch;
}

describe('seed data (fixtures/sandbox)', () => {
  it('loads the MIN space: a tree of 12 pages, six meetings, version history, labels, attachments', () => {
    const store = new SandboxStore();
    loadSeedData(store, defaultDataDir(), 'cloud');
    const space = store.spaceByKey('MIN');
    expect(space).toMatchObject({ id: '98445', homepageId: '2719745' });
    expect(store.listSpace('98445')).toHaveLength(12);
    const meetings = store.children('2719761').map((p) => store.current(p).title);
    expect(meetings).toHaveLength(6);
    expect(meetings.every((t) => /^\d{4}-\d\d-\d\d Steering Committee Meeting$/.test(t))).toBe(true);
    const march = store.page('2719809')!;
    expect(march.versions.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(store.bodyOf(march, march.versions[0])).not.toBe(store.bodyOf(march));
    expect(store.page('2719921')!.attachments[0]!.data.subarray(1, 4).toString()).toBe('PNG');
    expect(store.users.map((u) => u.displayName)).toContain('Tomáš Novák');
  });

  it('carries action items over from meeting to meeting, with changing attendance', () => {
    const store = new SandboxStore();
    loadSeedData(store, defaultDataDir(), 'cloud');
    const bodies = store.children('2719761').map((p) => store.bodyOf(p));
    expect(bodies.filter((b) => b.includes('Get two quotes for CI runner hosting')).length).toBeGreaterThanOrEqual(3);
    expect(bodies.filter((b) => b.includes('(carried over)')).length).toBeGreaterThanOrEqual(4);
    const memberRows = bodies.map((b) => (b.split('<h3>Guests</h3>')[0]?.match(/<tr><td>/g) ?? []).length);
    expect(new Set(memberRows).size).toBeGreaterThan(1);
  });

  it('names the file and field of broken seed data', () => {
    const dir = copyOfSeed();
    const pagesFile = join(dir, 'MIN', 'pages.json');
    const pages = JSON.parse(readFileSync(pagesFile, 'utf8'));
    pages[3].versions = [];
    writeFileSync(pagesFile, JSON.stringify(pages));
    expect(() => loadSeedData(new SandboxStore(), dir, 'cloud')).toThrow(`sandbox data: ${pagesFile}: field '3.versions'`);
  });

  it('names an unknown author', () => {
    const dir = copyOfSeed();
    const pagesFile = join(dir, 'MIN', 'pages.json');
    const pages = JSON.parse(readFileSync(pagesFile, 'utf8'));
    pages[0].versions[0].author = 'nobody';
    writeFileSync(pagesFile, JSON.stringify(pages));
    expect(() => loadSeedData(new SandboxStore(), dir, 'cloud')).toThrow("names unknown user 'nobody'");
  });
});

describe('sample pages (fixtures/pages) as the space DOCS', () => {
  it('serves each sample page under one home page', () => {
    const store = new SandboxStore();
    loadSeedData(store, defaultDataDir(), 'cloud');
    loadFixturePages(store, defaultFixturePagesDir(), 'cloud');
    const docs = store.spaceByKey('DOCS');
    expect(docs).toBeDefined();
    const children = store.children(docs!.homepageId!);
    expect(children.length).toBeGreaterThan(0);
    expect(store.listSpace(docs!.id)).toHaveLength(children.length + 1);
    const titles = children.map((p) => store.current(p).title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('titles pages from their file names', () => {
    expect(titleFromFileName('incident-postmortem.storage.xhtml')).toBe('Incident postmortem');
  });
});
