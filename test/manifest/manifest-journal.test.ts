import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManifestJournal, journalPath, readJournal } from '../../src/manifest/manifest-journal.js';
import { emptyManifest, manifestPath, readManifest, sha256, storageRelativePath, writeManifest, type ManifestPage } from '../../src/manifest/manifest.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-journal-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function page(id: string, title: string, version: number): ManifestPage {
  return {
    id, title, spaceKey: 'OPS', parentId: '98304', version, labels: ['runbook'], sourceUrl: `https://acme.atlassian.net/wiki/spaces/OPS/pages/${id}`,
    files: { md: { path: `Runbooks/${title}.md`, sha256: sha256(`${title} v${version}`) }, storage: { path: storageRelativePath(id), sha256: sha256(`<p>${title}</p>`) } },
    attachments: [], attachmentsExported: false, redaction: null, jiraBaseUrl: null, exportedAt: '2026-11-28T10:00:00.000Z', deleted: false, deletedAt: null,
  };
}

describe('manifest journal', () => {
  it('is applied on top of the manifest when it is read, later lines winning', async () => {
    const manifest = emptyManifest({ baseUrl: 'https://acme.atlassian.net/wiki', formats: ['md'] });
    manifest.pages['98310'] = page('98310', 'Rotate the VPN keys', 3);
    manifest.pages['98311'] = page('98311', 'Failover drill', 1);
    await writeManifest(dir, manifest);
    const journal = new ManifestJournal(dir);
    await journal.append(page('98311', 'Failover drill', 2));
    await journal.append(page('98312', 'Pager rota (Q3)', 1));
    await journal.append(page('98311', 'Failover drill', 4));
    await journal.close();

    const read = await readManifest(dir);
    expect(Object.keys(read?.pages ?? {}).sort()).toEqual(['98310', '98311', '98312']);
    expect(read?.pages['98310']?.version).toBe(3);
    expect(read?.pages['98311']?.version).toBe(4);
    expect(read?.pages['98312']?.title).toBe('Pager rota (Q3)');
    expect(read?.baseUrl).toBe('https://acme.atlassian.net/wiki');
  });

  it('skips a line cut short by a kill, and lines that are not entries', async () => {
    await writeManifest(dir, emptyManifest());
    const journal = new ManifestJournal(dir);
    await journal.append(page('7', 'Kept', 1));
    await journal.close();
    await appendFile(journalPath(dir), '{"id":"8","title":"Not an entry"}\n');
    await appendFile(journalPath(dir), JSON.stringify(page('9', 'Torn', 1)).slice(0, 80));
    expect((await readJournal(dir)).map((p) => p.id)).toEqual(['7']);
    expect(Object.keys((await readManifest(dir))?.pages ?? {})).toEqual(['7']);
  });

  it('is folded in and removed when the whole manifest is written', async () => {
    await writeManifest(dir, emptyManifest());
    const journal = new ManifestJournal(dir);
    await journal.append(page('41', 'Quarterly review', 2));
    await journal.close();
    expect(existsSync(journalPath(dir))).toBe(true);
    const read = await readManifest(dir);
    await writeManifest(dir, read!);
    expect(existsSync(journalPath(dir))).toBe(false);
    expect((await readManifest(dir))?.pages['41']?.version).toBe(2);
  });

  it('keeps lines whole and in call order when many pages append at once', async () => {
    await writeManifest(dir, emptyManifest());
    const journal = new ManifestJournal(dir);
    const ids = Array.from({ length: 250 }, (_, i) => String(50_000 + i));
    await Promise.all(ids.map((id, i) => journal.append(page(id, `Page ${i} ${'x'.repeat(i * 7)}`, 1))));
    await journal.close();
    const lines = (await readFile(journalPath(dir), 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as ManifestPage).id)).toEqual(ids);
  });

  it('writes the manifest from entries left in the journal exactly as from the same entries in memory, after a torn line of a killed run', async () => {
    const base = emptyManifest({ baseUrl: 'https://acme.atlassian.net/wiki', formats: ['md'] });
    base.pages['98310'] = page('98310', 'Rotate the VPN keys', 3);
    base.pages['98311'] = page('98311', 'Failover drill', 1);
    await writeManifest(dir, base);
    // A run killed mid-line; the next one appends behind the torn line.
    await appendFile(journalPath(dir), JSON.stringify(page('98399', 'Torn', 1)).slice(0, 70));
    const journal = new ManifestJournal(dir);
    const entries = [page('98311', 'Failover drill', 2), page('98312', 'Pager rota (Q3) — "ünïcode"', 1), page('98313', 'Élan', 7)];
    const journaled = new Map((await Promise.all(entries.map((e) => journal.append(e)))).map((line, i) => [entries[i]!.id, line] as const));
    await journal.close();
    const inMemory = { ...base, pages: { ...base.pages, ...Object.fromEntries(entries.map((e) => [e.id, e])) } };
    const stale = { ...base, pages: { ...base.pages } };
    await writeManifest(dir, stale, journaled);
    const fromJournal = await readFile(manifestPath(dir), 'utf8');
    const record = await readFile(join(dir, '.wikiport', 'written.sha256'), 'utf8');
    expect(existsSync(journalPath(dir))).toBe(false);
    await writeManifest(dir, inMemory);
    expect(fromJournal).toBe(await readFile(manifestPath(dir), 'utf8'));
    expect(record).toBe(await readFile(join(dir, '.wikiport', 'written.sha256'), 'utf8'));
    expect(record).toContain(`${sha256('Failover drill v2')}  Runbooks/Failover drill.md`);
  });

  it('says what to do, and leaves the manifest as it was, when the journal was removed or rewritten during the export', async () => {
    const base = emptyManifest({ formats: ['md'] });
    base.pages['5'] = page('5', 'Before', 1);
    await writeManifest(dir, base);
    const before = await readFile(manifestPath(dir), 'utf8');
    const journal = new ManifestJournal(dir);
    const entry = page('6', 'Written this run', 1);
    const journaled = new Map([[entry.id, await journal.append(entry)]]);
    await journal.close();
    const text = await readFile(journalPath(dir), 'utf8');
    await writeFile(journalPath(dir), text.replace('"6"', '"7"'));
    await expect(writeManifest(dir, { ...base, pages: { ...base.pages } }, journaled)).rejects.toThrow(/manifest\.journal was removed or changed while the export ran \(a line of it is not what this export wrote\).*run the same export again/);
    await rm(journalPath(dir));
    await expect(writeManifest(dir, { ...base, pages: { ...base.pages } }, journaled)).rejects.toThrow(/removed or changed while the export ran \(ENOENT\)/);
    expect(await readFile(manifestPath(dir), 'utf8')).toBe(before);
  });

  it('refuses lines once closed, so nothing is written behind a finished run', async () => {
    const journal = new ManifestJournal(dir);
    await journal.append(page('61', 'Before close', 1));
    await journal.close();
    await expect(journal.append(page('62', 'After close', 1))).rejects.toThrow(/closed/);
    expect((await readJournal(dir)).map((p) => p.id)).toEqual(['61']);
  });

  it('leaves a manifest without a journal as it was', async () => {
    const manifest = emptyManifest({ formats: ['md', 'json'] });
    manifest.pages['3'] = page('3', 'Alone', 5);
    await writeManifest(dir, manifest);
    expect(await readManifest(dir)).toEqual(manifest);
    await writeFile(manifestPath(dir), (await readFile(manifestPath(dir), 'utf8')).replace('"version": 5', '"version": "five"'));
    await expect(readManifest(dir)).rejects.toThrow(/pages\.3\.version/);
  });
});
