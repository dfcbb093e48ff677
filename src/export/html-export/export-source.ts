import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { WikiportError } from '../../errors.js';
import { indexZip } from '../../formats/html-export/zip-index.js';

/** An HTML space export, as a folder or a zip: its files relative to the folder holding index.html. */
export interface ExportSource {
  /** `/path/LDCG.zip` or `/path/LDCG`, for messages. */
  name: string;
  files: string[];
  read(path: string): Promise<Uint8Array>;
  readText(path: string): Promise<string>;
}

export async function openExportSource(path: string): Promise<ExportSource> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new WikiportError(`${path}: no such file or folder. Give an HTML space export: its .zip, or the folder holding index.html.`);
  }
  const all = info.isDirectory() ? await folderEntries(path) : await zipEntries(path);
  const index = [...all.keys()].filter((f) => f === 'index.html' || f.endsWith('/index.html')).sort((a, b) => a.split('/').length - b.split('/').length)[0];
  if (index === undefined) {
    throw new WikiportError(`${path}: no index.html found, so this is not a Confluence HTML space export (Space tools > Export > HTML). An XML export is recognised by its entities.xml; a single page needs --from storage or a page file.`);
  }
  const root = index.slice(0, index.length - 'index.html'.length);
  const files = [...all.keys()].filter((f) => f.startsWith(root)).map((f) => f.slice(root.length));
  const decoder = new TextDecoder('utf-8');
  const read = async (file: string): Promise<Uint8Array> => {
    const entry = all.get(root + file);
    if (!entry) throw new WikiportError(`${path}: ${file} is listed but missing from the export`);
    return entry();
  };
  return { name: path, files: files.sort(), read, readText: async (file) => decoder.decode(await read(file)) };
}

async function folderEntries(dir: string): Promise<Map<string, () => Promise<Uint8Array>>> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const map = new Map<string, () => Promise<Uint8Array>>();
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    map.set(relative(dir, full).split(sep).join('/'), () => readFile(full));
  }
  return map;
}

/**
 * A zip's entries, each inflated only when read: the listing reads the central directory alone,
 * so attachments are never all in memory at once (only the compressed zip is). Zips the small
 * index does not handle (ZIP64 ...) are read through fflate, scanning the directory per entry.
 */
async function zipEntries(file: string): Promise<Map<string, () => Promise<Uint8Array>>> {
  const zip = await readFile(file);
  const notAZip = (error: unknown): WikiportError =>
    new WikiportError(`${file}: not a readable zip (${(error as Error).message}). Give the .zip Confluence produced, or its unpacked folder.`);
  const index = indexZip(zip);
  const names: string[] = index ? index.names : [];
  if (!index) {
    try {
      unzipSync(zip, { filter: (entry) => (names.push(entry.name), false) });
    } catch (error) {
      throw notAZip(error);
    }
  }
  const map = new Map<string, () => Promise<Uint8Array>>();
  for (const name of names) {
    // Folder entries, and names that would climb out of the export, are not pages.
    if (name.endsWith('/') || name.split('/').includes('..') || name.startsWith('/')) continue;
    map.set(name, async () => {
      try {
        const bytes = index ? index.read(name) : unzipSync(zip, { filter: (entry) => entry.name === name })[name];
        if (!bytes) throw new Error(`entry ${name} not found`);
        return bytes;
      } catch (error) {
        throw notAZip(error);
      }
    });
  }
  return map;
}
