import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teamSpaceExport } from '../support/entities-xml.js';
import { xmlFixtureDir } from '../support/write-xml-fixture.js';

describe('the bundled XML export (fixtures/xml-export/team-space, converted by the demo)', () => {
  it('is what the fixture generator writes (node --import tsx test/support/write-xml-fixture.ts)', async () => {
    const files = teamSpaceExport();
    expect(await readFile(join(xmlFixtureDir, 'entities.xml'), 'utf8')).toBe(files.entities);
    for (const [path, bytes] of Object.entries(files.attachments)) expect(new Uint8Array(await readFile(join(xmlFixtureDir, path)))).toEqual(bytes);
  });
});
