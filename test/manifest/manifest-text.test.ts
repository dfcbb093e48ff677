import { describe, expect, it } from 'vitest';
import { ManifestSchema, emptyManifest, sha256, storageRelativePath, type Manifest, type ManifestPage } from '../../src/manifest/manifest.js';
import { manifestTextChunks, type PagesAside } from '../../src/manifest/manifest-text.js';

async function chunksOf(manifest: Manifest, size?: number, aside?: PagesAside): Promise<string[]> {
  const chunks: string[] = [];
  for await (const chunk of manifestTextChunks(manifest, size, aside)) chunks.push(chunk);
  return chunks;
}

/** What the manifest file held before it was written a page at a time: the whole object, sorted and validated, in one string. */
function wholeText(manifest: Manifest): string {
  const sorted = { ...manifest, pages: Object.fromEntries(Object.entries(manifest.pages).sort(([a], [b]) => a.localeCompare(b))) };
  return `${JSON.stringify(ManifestSchema.parse(sorted), null, 2)}\n`;
}

function entry(id: string, title: string, extra: Partial<ManifestPage> = {}): ManifestPage {
  return {
    id, title, spaceKey: 'ENG', parentId: null, version: 12, labels: ['adr', 'архитектура'], sourceUrl: null,
    files: {
      md: { path: `Decisions/${title.replace(/[/"\\]/g, '_')}.md`, sha256: sha256(title) },
      json: { path: `Decisions/${title.replace(/[/"\\]/g, '_')}.json`, sha256: sha256(`${title}.json`) },
      storage: { path: storageRelativePath(id), sha256: sha256(`<p>${title}</p>`) },
    },
    attachments: [{ id: 'att9001', title: 'diagram "v2".drawio', version: 3, path: `_attachments/${id}/diagram.drawio`, sha256: sha256('d') }],
    attachmentsExported: true, redaction: null, jiraBaseUrl: null, exportedAt: '2026-11-28T10:00:00.000Z', deleted: false, deletedAt: null,
    ...extra,
  };
}

describe('manifest text written a page at a time', () => {
  it('spells exactly what one JSON.stringify of the sorted, validated manifest spells', async () => {
    const manifest = emptyManifest({ baseUrl: 'https://acme.atlassian.net/wiki', source: { kind: 'cql', value: 'space = ENG and label = "adr"', descendants: false }, formats: ['md', 'json'], updatedAt: '2026-11-28T11:00:00.000Z' });
    // Small ids, ids past 2^32 (not array indices), and ids that are not numbers at all, in no order.
    for (const id of ['98305', '4294967296123', '7', 'draft-1', '100001', '3456789012345', '65536', 'Ä-legacy']) {
      manifest.pages[id] = entry(id, `ADR ${id}: "quoted" \\ back\tslash\nnewline`, id === '7' ? { deleted: true, deletedAt: '2026-11-28T10:30:00.000Z', redaction: sha256('rules') } : {});
    }
    const expected = wholeText(manifest);
    for (const size of [1, 200, 1 << 16]) {
      const chunks = await chunksOf(manifest, size);
      expect(chunks.join('')).toBe(expected);
      if (size === 200) expect(chunks.length).toBeGreaterThan(5);
    }
  });

  it('fills defaults and drops unknown fields like the whole-manifest validation did', async () => {
    const manifest = emptyManifest();
    const loose = { ...entry('12', 'Loose'), stray: 'not in the schema' } as ManifestPage & { stray: string };
    delete (loose as Partial<ManifestPage>).attachments;
    manifest.pages['12'] = loose;
    const text = (await chunksOf(manifest)).join('');
    expect(text).toBe(wholeText(manifest));
    expect(text).not.toContain('stray');
    expect(text).toContain('"attachments": []');
  });

  it('writes entries kept aside (read back from JSON text) exactly as the same entries kept as objects, in their place', async () => {
    const manifest = emptyManifest({ formats: ['md', 'json'] });
    const ids = ['98305', '4294967296123', '7', 'draft-1', '100001', 'Ä-legacy'];
    for (const id of ids) manifest.pages[id] = entry(id, `ADR ${id}: "quoted" \\ back\tslash`, id === '7' ? { files: { json: entry(id, 'j').files.json, storage: entry(id, 'j').files.storage } } : {});
    const expected = wholeText(manifest);
    // Half the entries as text only, one standing in for a stale object of the same id.
    const objects = emptyManifest({ formats: ['md', 'json'] });
    const texts = new Map<string, string>();
    for (const [index, id] of ids.entries()) {
      if (index % 2 === 0) texts.set(id, JSON.stringify(manifest.pages[id]));
      else objects.pages[id] = manifest.pages[id]!;
    }
    objects.pages['98305'] = entry('98305', 'stale');
    const aside: PagesAside = { has: (id) => texts.has(id), keys: () => texts.keys(), entry: async (id) => JSON.parse(texts.get(id)!) as unknown };
    for (const size of [1, 300, 1 << 16]) expect((await chunksOf(objects, size, aside)).join('')).toBe(expected);
  });

  it('writes an empty manifest like JSON.stringify does', async () => {
    const manifest = emptyManifest();
    expect((await chunksOf(manifest)).join('')).toBe(wholeText(manifest));
  });

  it('refuses an invalid entry', async () => {
    const manifest = emptyManifest();
    manifest.pages['5'] = { ...entry('5', 'Bad'), version: 0 };
    await expect(chunksOf(manifest)).rejects.toThrow();
  });
});
