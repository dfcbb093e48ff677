import { mkdtemp, readFile, rm, writeFile, mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyManifest, manifestPath, readExportedStorage, readManifest, sha256, storageRelativePath, writeManifest,
} from '../../src/manifest/manifest.js';
import { writeFileAtomic } from '../../src/files/atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-manifest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('manifest', () => {
  it('is absent in a fresh folder', async () => {
    expect(await readManifest(dir)).toBeNull();
  });

  it('round-trips pages with files, hashes and the deleted mark', async () => {
    const storage = '<p>Budget &amp; <ac:link><ri:user ri:account-id="557058:abc"/></ac:link></p>';
    const manifest = emptyManifest({ baseUrl: 'https://acme.atlassian.net/wiki', source: { kind: 'space', value: 'OPS', descendants: false } });
    manifest.pages['98305'] = {
      id: '98305', title: 'Steering committee 2024-03-07', spaceKey: 'OPS', parentId: '98304', version: 7,
      labels: ['minutes'], sourceUrl: 'https://acme.atlassian.net/wiki/spaces/OPS/pages/98305',
      files: {
        md: { path: 'Minutes/Steering committee 2024-03-07.md', sha256: sha256('# x\n') },
        storage: { path: storageRelativePath('98305'), sha256: sha256(storage) },
      },
      attachments: [], attachmentsExported: false, redaction: null, jiraBaseUrl: null, exportedAt: '2026-11-28T10:00:00.000Z', deleted: true, deletedAt: '2026-11-28T11:00:00.000Z',
    };
    await writeFileAtomic(join(dir, storageRelativePath('98305')), storage);
    await writeManifest(dir, manifest);
    const back = await readManifest(dir);
    expect(back).toEqual(manifest);
    expect(await readExportedStorage(dir, back!.pages['98305']!)).toBe(storage);
  });

  it('names the field when the manifest is malformed', async () => {
    await mkdir(join(dir, '.wikiport'), { recursive: true });
    await writeFile(manifestPath(dir), JSON.stringify({ kind: 'wikiport-manifest', schemaVersion: 1, pages: { '1': { id: '1', title: 'T', version: 'two' } } }));
    await expect(readManifest(dir)).rejects.toThrow(/pages\.1\.\w+/);
    await writeFile(manifestPath(dir), '{ not json');
    await expect(readManifest(dir)).rejects.toThrow(/not valid JSON/);
  });

  it('keeps storage paths inside .wikiport whatever the id looks like', () => {
    expect(storageRelativePath('../../etc/passwd')).toBe('.wikiport/storage/______etc_passwd.xhtml');
  });

  it('writes atomically, leaving no temporary files', async () => {
    const target = join(dir, 'a', 'b', 'page.md');
    await writeFileAtomic(target, 'one');
    await writeFileAtomic(target, 'two');
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await readdir(join(dir, 'a', 'b'))).toEqual(['page.md']);
  });
});
