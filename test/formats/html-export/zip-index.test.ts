import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { indexZip } from '../../../src/formats/html-export/zip-index.js';
import { zipFixture } from './export-fixture.js';

describe('indexZip', () => {
  it('reads every entry of the fixture zip exactly as fflate does', () => {
    const zip = zipFixture();
    const index = indexZip(zip);
    expect(index).not.toBeNull();
    const all = unzipSync(zip);
    expect([...(index?.names ?? [])].sort()).toEqual(Object.keys(all).sort());
    for (const [name, bytes] of Object.entries(all)) expect(Buffer.from(index?.read(name) ?? []).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('handles stored entries, UTF-8 names and a zip comment-free layout; refuses what is not a zip', () => {
    const zip = zipSync({ 'SPACE/Réunion_1.html': [strToU8('<p>é</p>'), { level: 0 }], 'SPACE/index.html': strToU8('<ul></ul>'.repeat(50)) });
    const index = indexZip(zip);
    expect(index?.names).toEqual(['SPACE/Réunion_1.html', 'SPACE/index.html']);
    expect(new TextDecoder().decode(index?.read('SPACE/Réunion_1.html'))).toBe('<p>é</p>');
    expect(new TextDecoder().decode(index?.read('SPACE/index.html'))).toBe('<ul></ul>'.repeat(50));
    expect(() => index?.read('missing')).toThrow(/not found/);
    expect(indexZip(strToU8('PK\u0003\u0004 not a zip at all'))).toBeNull();
  });
});
