import { afterAll, describe, expect, it } from 'vitest';
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { NdjsonWriter } from '../../src/files/ndjson-writer.js';
import { PageDocumentSchema } from '../../src/model/page-document.js';
import type { PageDocument } from '../../src/model/page-document.js';

const work = mkdtempSync(join(tmpdir(), 'wikiport-ndjson-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function page(i: number): PageDocument {
  return {
    schemaVersion: 1, id: String(9000 + i), title: `Weekly sync #${i}\nwith a newline in the title`, space: 'OPS', version: 1 + (i % 7), parentId: '9000', labels: ['minutes'],
    sourceUrl: null, createdAt: null, updatedAt: '2024-05-02T10:00:00.000Z', outline: [{ level: 2, text: 'Notes' }], links: [], mentions: [], attachments: [],
    tables: [], meeting: null, report: [], hub: `<h2>Notes</h2><p>${'Lorem ipsum dolor "sit" amet, </p>\n<p>'.repeat(40)}${i}</p>`,
  };
}

describe('NdjsonWriter', () => {
  it('writes one schema-valid page per line, even with newlines inside the page', async () => {
    const file = join(work, 'pages.ndjson');
    const writer = new NdjsonWriter(file);
    for (let i = 0; i < 3; i++) await writer.write(page(i));
    await writer.close();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => PageDocumentSchema.parse(JSON.parse(l)).id)).toEqual(['9000', '9001', '9002']);
  });

  it('streams: the buffer never holds more than the stream buffer plus one page, however many pages', async () => {
    const file = join(work, 'many.ndjson');
    const writer = new NdjsonWriter(file);
    const onePage = JSON.stringify(page(0)).length + 64;
    let maxBuffered = 0;
    for (let i = 0; i < 3000; i++) {
      await writer.write(page(i));
      maxBuffered = Math.max(maxBuffered, writer.bufferedBytes);
    }
    await writer.close();
    expect(writer.count).toBe(3000);
    expect(maxBuffered).toBeLessThanOrEqual(16 * 1024 + onePage);
    let n = 0;
    for await (const line of createInterface({ input: createReadStream(file, 'utf8') })) {
      const parsed = PageDocumentSchema.safeParse(JSON.parse(line));
      expect(parsed.success).toBe(true);
      n++;
    }
    expect(n).toBe(3000);
  });

  it('replaces the target only on close, and abort leaves the previous file untouched', async () => {
    const file = join(work, 'keep.ndjson');
    writeFileSync(file, 'previous dataset\n');
    const writer = new NdjsonWriter(file);
    await writer.write(page(1));
    expect(readFileSync(file, 'utf8')).toBe('previous dataset\n');
    await writer.abort();
    expect(readFileSync(file, 'utf8')).toBe('previous dataset\n');
    expect(readdirSync(work).filter((f) => f.startsWith('keep.ndjson.'))).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});
