import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { ReportPageSchema } from './series-input.js';
import type { ReportPage } from './series-input.js';

export interface LoadedPages {
  /** `file` is the path read (for an NDJSON line, its file). */
  pages: { source: string; file: string; page: ReportPage }[];
  /** One line per file or NDJSON line that could not be read, naming it and the field. */
  problems: string[];
  /** Pages seen twice (an export folder holds each page's JSON and pages.ndjson): read once. */
  duplicates: number;
}

/**
 * Reads every page JSON (`*.json`) and NDJSON (`*.ndjson`, one page a line) under a directory,
 * or one such file. A bad file is reported and skipped; the rest go on.
 */
export async function loadSeriesPages(path: string): Promise<LoadedPages> {
  const result: LoadedPages = { pages: [], problems: [], duplicates: 0 };
  const seen = new Set<string>();
  const info = await stat(path);
  const files = info.isDirectory() ? await listFiles(path) : [path];
  const base = info.isDirectory() ? path : join(path, '..');
  for (const file of files) {
    const name = relative(base, file) || file;
    if (file.endsWith('.ndjson')) await readNdjson(file, name, result, seen);
    else if (file.endsWith('.json')) {
      let data: unknown;
      try {
        data = JSON.parse(await readFile(file, 'utf8'));
      } catch (error) {
        result.problems.push(`${name}: not valid JSON (${(error as Error).message}); skipped`);
        continue;
      }
      addPage(data, name, file, result, seen);
    }
  }
  return result;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(nd)?json$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function readNdjson(file: string, name: string, into: LoadedPages, seen: Set<string>): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      addPage(JSON.parse(line), `${name}:${n}`, file, into, seen);
    } catch (error) {
      into.problems.push(`${name}:${n}: not valid JSON (${(error as Error).message}); skipped`);
    }
  }
}

/** Only page objects count: a manifest or an earlier report.json in the same folder is ignored. */
function addPage(data: unknown, source: string, file: string, into: LoadedPages, seen: Set<string>): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('meeting' in data)) return;
  const parsed = ReportPageSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    into.problems.push(`${source}: ${issue?.path.join('.') || 'page'}: ${issue?.message ?? 'invalid'}; skipped`);
    return;
  }
  const id = parsed.data.id;
  if (id) {
    if (seen.has(id)) {
      into.duplicates++;
      return;
    }
    seen.add(id);
  }
  // Only what the report reads is kept, so a large NDJSON dataset is not held whole in memory.
  const { title, parentId, sourceUrl, meeting, versions } = parsed.data;
  const page: ReportPage = { id: id ?? null, title: title ?? null, parentId: parentId ?? null, sourceUrl: sourceUrl ?? null, meeting: meeting ?? null };
  if (versions && versions.length > 1) page.versions = versions;
  into.pages.push({ source, file, page });
}
