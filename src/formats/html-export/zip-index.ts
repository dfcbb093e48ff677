import { inflateSync, strFromU8 } from 'fflate';

interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/**
 * Random access to a zip held in memory: the central directory is read once, and each entry is
 * inflated only when asked for, so reading N entries costs N inflations, not N directory scans.
 * Returns null for what it does not handle (ZIP64, encryption, odd methods): the caller falls
 * back to a full reader.
 */
export function indexZip(zip: Uint8Array): { names: string[]; read(name: string): Uint8Array } | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    if (flags & 1 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff || localHeader === 0xffffffff) return null;
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength), !(flags & 0x800));
    entries.set(name, { method, compressedSize, size, localHeader });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...entries.keys()],
    read(name: string): Uint8Array {
      const entry = entries.get(name);
      if (!entry) throw new Error(`entry ${name} not found`);
      const h = entry.localHeader;
      if (view.getUint32(h, true) !== 0x04034b50) throw new Error(`entry ${name}: bad local header`);
      const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
      const data = zip.subarray(start, start + entry.compressedSize);
      if (entry.method === 0) return data.slice();
      return inflateSync(data, { out: new Uint8Array(entry.size) });
    },
  };
}
