import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** The zip cannot be read as asked; the message says why, for the one line naming the file. */
export class ZipReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipReadError';
  }
}

/**
 * A zip on disk read without loading it: the central directory (ZIP64 too) is read from the
 * end of the file, and each entry is streamed from its offset through zlib, so a zip holding a
 * multi-gigabyte entities.xml costs a few buffers of memory. A zip whose end is missing (cut off
 * while copying) has no directory: `entries` is then null and `scan` walks its local headers
 * from the start, as far as they go.
 */
export class ZipFile {
  private constructor(
    readonly path: string,
    readonly entries: Map<string, ZipEntry> | null,
  ) {}

  static async open(path: string): Promise<ZipFile> {
    const handle = await open(path, 'r');
    try {
      const size = (await handle.stat()).size;
      const head = await readAt(handle, 0, Math.min(4, size));
      if (head.length < 4 || head.readUInt32LE(0) !== 0x04034b50) {
        if (head.length >= 4 && head.readUInt32LE(0) === 0x06054b50) return new ZipFile(path, new Map());
        throw new ZipReadError('not a zip file (it does not start with a zip header)');
      }
      return new ZipFile(path, await readDirectory(handle, size));
    } finally {
      await handle.close();
    }
  }

  /** The entry's uncompressed bytes, streamed. */
  async stream(entry: ZipEntry): Promise<Readable> {
    if (entry.encrypted) throw new ZipReadError(`${entry.name} is encrypted (a password-protected zip); unpack it with the password first`);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipReadError(`${entry.name} uses compression method ${entry.method}, which only deflate (8) and stored (0) readers know`);
    const handle = await open(this.path, 'r');
    let start: number;
    try {
      const local = await readAt(handle, entry.localHeader, 30);
      if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) throw new ZipReadError(`${entry.name}: its local header is damaged`);
      start = entry.localHeader + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    } finally {
      await handle.close();
    }
    if (entry.compressedSize === 0) return Readable.from([]);
    const raw = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 20 });
    if (entry.method === 0) return raw;
    // Small output chunks, as for a folder's entities.xml (see entitiesChunkBytes).
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    raw.on('error', (error) => inflate.destroy(error));
    return raw.pipe(inflate);
  }

  /**
   * Walks the local headers from the start (for a zip without directory): `want` picks entries
   * by name, whose data is handed over chunk by chunk. Stops quietly where the file ends.
   */
  async scan(want: (name: string) => ((chunk: Uint8Array, final: boolean) => void) | null): Promise<{ complete: boolean }> {
    let failure: Error | null = null;
    let open = 0;
    const unzip = new Unzip((file) => {
      const sink = want(file.name);
      if (!sink) return;
      open++;
      file.ondata = (error, chunk, final) => {
        if (error) failure ??= error;
        else {
          sink(chunk, final);
          if (final) open--;
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 })) {
      try {
        unzip.push(chunk as Uint8Array);
      } catch (error) {
        failure ??= error as Error;
        break;
      }
      if (failure) break;
    }
    return { complete: failure === null && open === 0 };
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The central directory, or null when the end record is missing (a cut-off zip). */
async function readDirectory(handle: FileHandle, size: number): Promise<Map<string, ZipEntry> | null> {
  const tailLength = Math.min(size, 22 + 0xffff + 20);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = tail.readUInt16LE(eocd + 10);
  let directorySize = tail.readUInt32LE(eocd + 12);
  let directoryAt = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryAt === 0xffffffff) {
    // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
    const locator = eocd - 20;
    if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50) return null;
    const record = await readAt(handle, Number(tail.readBigUInt64LE(locator + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== 0x06064b50) return null;
    count = Number(record.readBigUInt64LE(32));
    directorySize = Number(record.readBigUInt64LE(40));
    directoryAt = Number(record.readBigUInt64LE(48));
  }
  if (directoryAt + directorySize > size) return null;
  const directory = await readAt(handle, directoryAt, directorySize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== 0x02014b50) return null;
    const flags = directory.readUInt16LE(at + 8);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    let compressedSize = directory.readUInt32LE(at + 20);
    let uncompressed = directory.readUInt32LE(at + 24);
    let localHeader = directory.readUInt32LE(at + 42);
    const nameBytes = directory.subarray(at + 46, at + 46 + nameLength);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    // ZIP64 extra field: the 64-bit values, in this order, for those saturated above.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = directory.readUInt16LE(extra);
      const length = directory.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (uncompressed === 0xffffffff) {
          uncompressed = Number(directory.readBigUInt64LE(field));
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(directory.readBigUInt64LE(field));
          field += 8;
        }
        if (localHeader === 0xffffffff) localHeader = Number(directory.readBigUInt64LE(field));
      }
      extra += 4 + length;
    }
    entries.set(name, { name, method: directory.readUInt16LE(at + 10), encrypted: (flags & 1) === 1, compressedSize, size: uncompressed, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
