import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { WikiportError } from '../errors.js';
import { PageDocumentSchema } from '../model/page-document.js';
import { readManifest } from '../manifest/manifest.js';
import { NdjsonWriter } from '../files/ndjson-writer.js';
import { appendNoFollow } from '../manifest/manifest-journal.js';
import { readWrittenRecord, writtenRecordPath } from '../manifest/written-record.js';

export interface NdjsonFromExportResult {
  file: string;
  pages: number;
  /** JSON files that could not be read or are not page documents, each naming the file; skipped. */
  problems: string[];
}

/**
 * `wikiport export --format ndjson`: after the export, every exported page's JSON (written this
 * run or unchanged from an earlier one; pages deleted upstream left out) streamed into one
 * `pages.ndjson`, one page a line, reading one file at a time so memory stays flat.
 */
export async function writeExportNdjson(out: string, target = join(out, 'pages.ndjson')): Promise<NdjsonFromExportResult> {
  const manifest = await readManifest(out);
  if (!manifest) throw new WikiportError(`${out}: no .wikiport/manifest.json, so there is no export here to gather into NDJSON. Run wikiport export --format ndjson --out ${out} first.`);
  const result: NdjsonFromExportResult = { file: target, pages: 0, problems: [] };
  // Rewritten whole each run, so a copy edited by hand (a line appended) would be lost: kept aside.
  const name = basename(target);
  const inside = target === join(out, name);
  const before = await fileHash(target);
  if (before !== null && inside && (await readWrittenRecord(out)).get(name) !== before) {
    const aside = `${target}.edited-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(target, aside);
    result.problems.push(`${name} was changed since wikiport wrote it: kept as ${basename(aside)}, and written anew`);
  }
  const writer = new NdjsonWriter(target);
  try {
    const pages = Object.values(manifest.pages).filter((p) => !p.deleted && p.files.json).sort((a, b) => (a.files.json?.path ?? '').localeCompare(b.files.json?.path ?? ''));
    for (const page of pages) {
      const path = page.files.json?.path ?? '';
      let data: unknown;
      try {
        data = JSON.parse(await readFile(join(out, path), 'utf8'));
      } catch (error) {
        result.problems.push(`${path}: cannot read the page JSON (${(error as Error).message}); left out of ${target}`);
        continue;
      }
      const parsed = PageDocumentSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        result.problems.push(`${path}: ${issue?.path.join('.') || 'page'}: ${issue?.message ?? 'invalid'}; left out of ${target}`);
        continue;
      }
      await writer.write(parsed.data);
      result.pages++;
    }
    await writer.close();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const written = inside ? await fileHash(target) : null;
  if (written !== null && !name.includes('\n')) {
    const record = await open(writtenRecordPath(out), appendNoFollow);
    try {
      await record.appendFile(`${written}  ${name}\n`);
    } finally {
      await record.close();
    }
  }
  return result;
}

/** The SHA-256 of a file, streamed (pages.ndjson grows with the space), or null when there is none. */
async function fileHash(path: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return hash.digest('hex');
}
