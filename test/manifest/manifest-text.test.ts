import { describe, expect, it } from 'vitest';
import { ManifestSchema, emptyManifest, sha256, storageRelativePath, type Manifest, type ManifestPage } from '../../src/manifest/manifest.js';
import { manifestTextChunks } from '../../src/manifest/manifest-text.js';

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
  it('spells exactly what one JSON.stringify of the sorted, validated manifest spells', () => {
    const manifest = emptyManifest({ baseUrl: 'https://acme.atlassian.net/wiki', source: { kind: 'cql', value: 'space = ENG and label = "adr"', descendants: false }, formats: ['md', 'json'], updatedAt: '2026-11-28T11:00:00.000Z' });
    // Small ids, ids past 2^32 (not array indices), and ids that are not numbers at all, in no order.
    for (const id of ['98305', '4294967296123', '7', 'draft-1', '100001', '3456789012345', '65536', 'Ä-legacy']) {
      manifest.pages[id] = entry(id, `ADR ${id}: "quoted" \\ back\tslash\nnewline`, id === '7' ? { deleted: true, deletedAt: '2026-11-28T10:30:00.000Z', redaction: sha256('rules') } : {});
    }
    const expected = wholeText(manifest);
    for (const size of [1, 200, 1 << 16]) {
      const chunks = [...manifestTextChunks(manifest, size)];
      expect(chunks.join('')).toBe(expected);
      if (size === 200) expect(chunks.length).toBeGreaterThan(5);
    }
  });

  it('fills defaults and drops unknown fields like the whole-manifest validation did', () => {
    const manifest = emptyManifest();
    const loose = { ...entry('12', 'Loose'), stray: 'not in the schema' } as ManifestPage & { stray: string };
    delete (loose as Partial<ManifestPage>).attachments;
    manifest.pages['12'] = loose;
    const text = [...manifestTextChunks(manifest)].join('');
    expect(text).toBe(wholeText(manifest));
    expect(text).not.toContain('stray');
    expect(text).toContain('"attachments": []');
  });

  it('writes an empty manifest like JSON.stringify does', () => {
    const manifest = emptyManifest();
    expect([...manifestTextChunks(manifest)].join('')).toBe(wholeText(manifest));
  });

  it('refuses an invalid entry', () => {
    const manifest = emptyManifest();
    manifest.pages['5'] = { ...entry('5', 'Bad'), version: 0 };
    expect(() => [...manifestTextChunks(manifest)]).toThrow();
  });
});
