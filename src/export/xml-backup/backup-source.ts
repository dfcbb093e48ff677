import { createReadStream, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { WikiportError } from '../../errors.js';
import { writeThroughTemp } from '../../files/atomic-write.js';
import { ZipFile, ZipReadError, type ZipEntry } from './zip-file.js';
import { folderOrZip } from './backup-input.js';

/**
 * entities.xml is read in chunks this big: the text of each chunk is a string the parser slices,
 * and strings this small live and die in V8's young generation, where a megabyte string would go
 * straight to the old one and raise the heap's peak until the next full collection.
 */
export const entitiesChunkBytes = 64 * 1024;

/** One attachment file to copy out of the export: the `attachments/` paths it may be at, and where it goes. */
export interface AttachmentCopy {
  /** Tried in order; the first present is copied. */
  candidates: string[];
  /** Absolute destination path. */
  dest: string;
}

/**
 * A Confluence XML export as a zip or an unpacked folder: entities.xml streamed (as often as
 * asked: a pass each), and attachment files copied out. Paths are relative to the folder that
 * holds entities.xml, `/`-separated.
 */
export interface BackupSource {
  /** The path the user gave, for messages. */
  name: string;
  /** Hands entities.xml to `sink` chunk by chunk, waiting for each returned promise (backpressure). */
  readEntities(sink: (chunk: Uint8Array) => Promise<void> | void): Promise<void>;
  /** Copies what it can; returns the jobs whose file the export lacks (or that could not be read), with why. */
  copyAttachments(jobs: readonly AttachmentCopy[]): Promise<Array<{ job: AttachmentCopy; reason: string }>>;
}

/**
 * Whether `path` goes to the XML export reader: a folder holding entities.xml, or any .zip but an
 * HTML export (index.html and no entities.xml), so that a zip which is no export at all, a
 * password-protected one or a cut-off one gets the XML reader's one-line diagnosis.
 */
export async function isXmlBackupInput(path: string): Promise<boolean> {
  const kind = folderOrZip(path);
  if (kind === 'folder') {
    try {
      return statSync(join(path, 'entities.xml'), { throwIfNoEntry: false })?.isFile() === true;
    } catch {
      return false;
    }
  }
  if (kind !== 'zip') return false;
  try {
    const zip = await ZipFile.open(path);
    if (zip.entries === null) return true;
    const names = [...zip.entries.keys()];
    return findEntities(names) !== null || !names.some((n) => n === 'index.html' || n.endsWith('/index.html'));
  } catch {
    return true;
  }
}

export async function openBackupSource(path: string): Promise<BackupSource> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new WikiportError(`${path}: no such file or folder. Give a Confluence XML export: its .zip, or the folder holding entities.xml.`);
  }
  if (info.isDirectory()) return folderSource(path);
  let zip: ZipFile;
  try {
    zip = await ZipFile.open(path);
  } catch (error) {
    throw new WikiportError(`${path}: ${(error as Error).message}; give the .zip Confluence wrote (Space tools > Export > XML, or a site backup) or its unpacked folder`);
  }
  return zip.entries ? directorySource(path, zip, zip.entries) : scanningSource(path, zip);
}

function findEntities(names: readonly string[]): string | null {
  return names.filter((n) => n === 'entities.xml' || n.endsWith('/entities.xml')).sort((a, b) => a.split('/').length - b.split('/').length)[0] ?? null;
}

function folderSource(root: string): BackupSource {
  return {
    name: root,
    async readEntities(sink) {
      for await (const chunk of createReadStream(join(root, 'entities.xml'), { highWaterMark: entitiesChunkBytes })) await sink(chunk as Uint8Array);
    },
    async copyAttachments(jobs) {
      const missing: Array<{ job: AttachmentCopy; reason: string }> = [];
      for (const job of jobs) {
        const found = await firstFile(job.candidates.map((c) => join(root, c)), (dir) => latestVersionFile(dir));
        if (!found) {
          missing.push({ job, reason: `${job.candidates[0]} is not in the export` });
          continue;
        }
        await copyStream(createReadStream(found), job.dest);
      }
      return missing;
    },
  };
}

/** A candidate that is a file; a candidate that is a folder gives its highest numbered version. */
async function firstFile(candidates: readonly string[], inFolder: (dir: string) => Promise<string | null>): Promise<string | null> {
  for (const candidate of candidates) {
    try {
      const info = await stat(candidate);
      if (info.isFile()) return candidate;
      if (info.isDirectory()) {
        const inside = await inFolder(candidate);
        if (inside) return inside;
      }
    } catch {
      // not there: try the next
    }
  }
  return null;
}

async function latestVersionFile(dir: string): Promise<string | null> {
  const names = (await readdir(dir)).filter((n) => /^\d+$/.test(n)).sort((a, b) => Number(b) - Number(a));
  return names[0] ? join(dir, names[0]) : null;
}

function directorySource(path: string, zip: ZipFile, entries: Map<string, ZipEntry>): BackupSource {
  const names = [...entries.keys()];
  const entitiesName = findEntities(names);
  if (entitiesName === null) {
    const encrypted = [...entries.values()].find((e) => e.encrypted);
    if (encrypted) throw new WikiportError(`${path}: password-protected zip (${encrypted.name} is encrypted); unpack it with its password and convert the folder`);
    const html = names.some((n) => n === 'index.html' || n.endsWith('/index.html'));
    throw new WikiportError(
      html
        ? `${path}: no entities.xml but an index.html: an HTML export, not an XML one`
        : `${path}: no entities.xml in this zip, so it is not a Confluence XML export (Space tools > Export > XML, or a site backup); it holds ${names.length} other entries`,
    );
  }
  const prefix = entitiesName.slice(0, entitiesName.length - 'entities.xml'.length);
  const entitiesEntry = entries.get(entitiesName)!;
  if (entitiesEntry.encrypted) throw new WikiportError(`${path}: password-protected zip (entities.xml is encrypted); unpack it with its password and convert the folder`);
  return {
    name: path,
    async readEntities(sink) {
      const stream = await zip.stream(entitiesEntry);
      try {
        for await (const chunk of stream) await sink(chunk as Uint8Array);
      } catch (error) {
        if (error instanceof ZipReadError) throw error;
        throw new ZipReadError(`entities.xml could not be inflated (${(error as Error).message}): the zip is damaged`);
      }
    },
    async copyAttachments(jobs) {
      const missing: Array<{ job: AttachmentCopy; reason: string }> = [];
      for (const job of jobs) {
        const name = pickEntry(job.candidates.map((c) => prefix + c), entries);
        const entry = name ? entries.get(name) : undefined;
        if (!entry) {
          missing.push({ job, reason: `${job.candidates[0]} is not in the export` });
          continue;
        }
        try {
          await copyStream(await zip.stream(entry), job.dest);
        } catch (error) {
          missing.push({ job, reason: `${job.candidates[0]}: ${(error as Error).message}` });
        }
      }
      return missing;
    },
  };
}

function pickEntry(candidates: readonly string[], entries: Map<string, ZipEntry>): string | null {
  for (const candidate of candidates) {
    if (entries.has(candidate)) return candidate;
    const versions = [...entries.keys()].filter((n) => n.startsWith(`${candidate}/`) && /^\d+$/.test(n.slice(candidate.length + 1)));
    if (versions.length > 0) return versions.sort((a, b) => Number(b.slice(candidate.length + 1)) - Number(a.slice(candidate.length + 1)))[0]!;
  }
  return null;
}

/** A zip cut off before its directory: entries are found by walking the file from its start. */
function scanningSource(path: string, zip: ZipFile): BackupSource {
  // The folder entities.xml is in ('' at the top), which the attachments are under too.
  let prefix = '';
  return {
    name: path,
    async readEntities(sink) {
      let found = false;
      let pending: Array<Promise<void> | void> = [];
      const { complete } = await zip.scan((name) => {
        if (found || (name !== 'entities.xml' && !name.endsWith('/entities.xml'))) return null;
        found = true;
        prefix = name.slice(0, name.length - 'entities.xml'.length);
        return (chunk) => {
          pending.push(sink(chunk));
        };
      });
      await Promise.all(pending);
      pending = [];
      if (!found) throw new WikiportError(`${path}: the zip is cut off (no central directory) and no entities.xml was found before its end: not a usable Confluence XML export`);
      // A cut-off entities.xml is caught by the XML reader, which says where it stops.
      void complete;
    },
    async copyAttachments(jobs) {
      const byName = new Map<string, AttachmentCopy>();
      for (const job of jobs) for (const c of job.candidates) byName.set(prefix + c, job);
      const done = new Set<AttachmentCopy>();
      const writes: Promise<void>[] = [];
      await zip.scan((name) => {
        const job = byName.get(name);
        if (!job || done.has(job)) return null;
        done.add(job);
        const chunks: Uint8Array[] = [];
        return (chunk, final) => {
          chunks.push(chunk);
          if (final) writes.push(copyStream(chunks, job.dest));
        };
      });
      await Promise.all(writes);
      return jobs.filter((j) => !done.has(j)).map((job) => ({ job, reason: `${job.candidates[0]} is not in the export (the zip is cut off)` }));
    },
  };
}

/** Copies a stream into `dest` atomically (a temporary file beside it, renamed when whole). */
async function copyStream(from: AsyncIterable<unknown> | Iterable<unknown>, dest: string): Promise<void> {
  await writeThroughTemp(dest, async (handle) => {
    for await (const chunk of from) await handle.write(chunk as Uint8Array);
  });
}
