import { inflateSync } from 'node:zlib';

/** Minimal PNG reader for the screenshot test: 8-bit RGB/RGBA, non-interlaced (what Chromium writes). */
export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  rgba: Uint8Array;
}

export function decodePng(png: Buffer): Pixels {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit non-interlaced PNGs');
      colorType = data[9] ?? 0;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
  if (!channels) throw new Error(`unsupported PNG colour type ${colorType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const current = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (current[x - channels] ?? 0) : 0;
      const b = previous[x] ?? 0;
      const c = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const v = line[x] ?? 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      current[x] = (v + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      out[i] = current[x * channels] ?? 0;
      out[i + 1] = current[x * channels + 1] ?? 0;
      out[i + 2] = current[x * channels + 2] ?? 0;
      out[i + 3] = channels === 4 ? (current[x * channels + 3] ?? 255) : 255;
    }
    previous = current;
  }
  return { width, height, rgba: out };
}

/** How many pixels are within `tolerance` of the colour. */
export function countColour(pixels: Pixels, [r, g, b]: [number, number, number], tolerance = 24): number {
  let n = 0;
  for (let i = 0; i < pixels.rgba.length; i += 4) {
    if (Math.abs((pixels.rgba[i] ?? 0) - r) <= tolerance && Math.abs((pixels.rgba[i + 1] ?? 0) - g) <= tolerance && Math.abs((pixels.rgba[i + 2] ?? 0) - b) <= tolerance) n++;
  }
  return n;
}
