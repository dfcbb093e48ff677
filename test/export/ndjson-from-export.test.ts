import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '../../src/confluence/client.js';
import { writeExportNdjson } from '../../src/export/ndjson-from-export.js';
import { PageDocumentSchema } from '../../src/model/page-document.js';
import { startSandbox } from '../../src/sandbox/server.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { exportPages } from '../../src/export/export.js';

const work = mkdtempSync(join(tmpdir(), 'wikiport-ndjson-export-'));
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ flavor: 'cloud', generate: { pages: 60, spaceKey: 'NDJ', attachmentEvery: 0 } });
});
afterAll(async () => {
  await sandbox.close();
  rmSync(work, { recursive: true, force: true });
});

function client() {
  const auth = sandbox.auth;
  return createClient({
    baseUrl: sandbox.baseUrl,
    ...('pat' in auth ? { pat: auth.pat } : { email: auth.email, token: auth.token }),
    deployment: 'cloud',
    retry: { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 50 },
  });
}

describe('export --format ndjson (pages.ndjson gathered from the export)', () => {
  it('holds every exported page once, one schema-valid page per line, also after an incremental re-run', async () => {
    const out = join(work, 'space');
    await exportPages({ client: client(), space: 'NDJ', out, formats: ['json'] });
    const first = await writeExportNdjson(out);
    expect(first.problems).toEqual([]);
    expect(first.pages).toBe(60);
    const again = await exportPages({ client: client(), space: 'NDJ', out, formats: ['json'] });
    expect(again.pages.skipped).toBe(60);
    const second = await writeExportNdjson(out);
    expect(second.pages).toBe(60);
    const lines = readFileSync(join(out, 'pages.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(60);
    const ids = lines.map((line) => PageDocumentSchema.parse(JSON.parse(line)).id);
    expect(new Set(ids).size).toBe(60);
  });

  it('leaves out a damaged page file, naming it, and keeps the rest', async () => {
    const out = join(work, 'damaged');
    await exportPages({ client: client(), space: 'NDJ', out, formats: ['json'] });
    const manifest = JSON.parse(readFileSync(join(out, '.wikiport', 'manifest.json'), 'utf8'));
    const victim = Object.values(manifest.pages as Record<string, { files: { json: { path: string } } }>)[0]?.files.json.path ?? '';
    writeFileSync(join(out, victim), '{"schemaVersion": 1, "id": 7}');
    const result = await writeExportNdjson(out);
    expect(result.pages).toBe(59);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(`${victim}: `);
  });

  it('refuses a folder that holds no export', async () => {
    await expect(writeExportNdjson(join(work, 'nothing'))).rejects.toThrow(/no \.wikiport\/manifest\.json/);
  });
});

describe('pages.ndjson edited by hand', () => {
  it('is kept aside under a name of its own and named, never overwritten; one wikiport wrote is rewritten silently', async () => {
    const out = join(work, 'edited');
    await exportPages({ client: client(), space: 'NDJ', out, formats: ['json', 'ndjson'] });
    const again = await exportPages({ client: client(), space: 'NDJ', out, formats: ['json', 'ndjson'] });
    expect(again.ndjson?.problems).toEqual([]);
    const target = join(out, 'pages.ndjson');
    writeFileSync(target, `${readFileSync(target, 'utf8')}{"my":"own analysis"}\n`);
    const third = await exportPages({ client: client(), space: 'NDJ', out, formats: ['json', 'ndjson'] });
    const kept = readdirSync(out).filter((name) => name.startsWith('pages.ndjson.edited-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(out, kept[0]!), 'utf8')).toContain('"own analysis"');
    expect(readFileSync(target, 'utf8')).not.toContain('own analysis');
    expect(third.ndjson?.problems.join('\n')).toMatch(/pages\.ndjson was changed since wikiport wrote it: kept as pages\.ndjson\.edited-/);
  });
});
