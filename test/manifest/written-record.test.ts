import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foldWritten, readWrittenRecord, writtenRecordPath } from '../../src/manifest/written-record.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wikiport-written-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const hash = (n: number): string => n.toString(16).padStart(64, '0');
type File = { path: string; sha256: string };
type Files = { files: { md?: File; json?: File; storage: File } };
const storage: File = { path: '.wikiport/storage/1.xhtml', sha256: hash(0) };

/** The record as it was folded before it was written in pieces: a map of its lines, the manifest on top, sorted, joined. */
async function foldedWhole(pages: Files[]): Promise<string> {
  const record = await readWrittenRecord(dir);
  for (const page of pages) for (const file of [page.files.md, page.files.json]) if (file) record.set(file.path, file.sha256);
  let text = '';
  for (const [path, sha] of [...record.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (!path.includes('\n')) text += `${sha}  ${path}\n`;
  return text;
}

describe('foldWritten (the record of what export wrote, rewritten at the end of a run)', () => {
  it('keeps the files the manifest no longer names, lets the manifest win, and sorts by path', async () => {
    await mkdir(join(dir, '.wikiport'));
    await writeFile(writtenRecordPath(dir), `${hash(1)}  Old name.md\n${hash(2)}  B.md\nnot a line\n${hash(3)}  A.md\n`);
    await foldWritten(dir, [{ files: { md: { path: 'B.md', sha256: hash(9) }, json: { path: 'B.json', sha256: hash(8) }, storage } }]);
    expect(await readFile(writtenRecordPath(dir), 'utf8')).toBe(`${hash(3)}  A.md\n${hash(8)}  B.json\n${hash(9)}  B.md\n${hash(1)}  Old name.md\n`);
  });

  it('writes the manifest files alone when there is no record yet, and an empty record for none', async () => {
    await foldWritten(dir, [{ files: { md: { path: 'Z/é.md', sha256: hash(4) }, storage } }]);
    expect(await readFile(writtenRecordPath(dir), 'utf8')).toBe(`${hash(4)}  Z/é.md\n`);
    await rm(writtenRecordPath(dir));
    await foldWritten(dir, []);
    expect(await readFile(writtenRecordPath(dir), 'utf8')).toBe('');
  });

  it('gives the text the whole-string fold gave, for any record and manifest', async () => {
    const path = fc.oneof(fc.constantFrom('a.md', 'b.md', 'A/b.json', 'ä.md', 'x\ny.md', 'x\r.md'), fc.string({ minLength: 1, maxLength: 6 }));
    const file = fc.record({ path, sha256: fc.nat(50).map(hash) });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(50), path), { maxLength: 1200 }), fc.array(fc.record({ md: fc.option(file, { nil: undefined }), json: fc.option(file, { nil: undefined }) }), { maxLength: 30 }), async (lines, files) => {
        await mkdir(join(dir, '.wikiport'), { recursive: true });
        await writeFile(writtenRecordPath(dir), lines.map(([n, p]) => `${hash(n)}  ${p}\n`).join(''));
        const pages: Files[] = files.map((f) => ({ files: { ...(f.md ? { md: f.md } : {}), ...(f.json ? { json: f.json } : {}), storage } }));
        const expected = await foldedWhole(pages);
        await foldWritten(dir, pages);
        expect(await readFile(writtenRecordPath(dir), 'utf8')).toBe(expected);
      }),
      { numRuns: process.env.WIKIPORT_DEEP ? 300 : 40 },
    );
  });
});
