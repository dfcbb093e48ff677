import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { teamSpaceExport } from './entities-xml.js';
import { writeExportFolder } from './xml-backup-disk.js';

/** The bundled XML export the demo converts: `node --import tsx test/support/write-xml-fixture.ts` writes it again. */
export const xmlFixtureDir = join(fileURLToPath(new URL('../..', import.meta.url)), 'fixtures', 'xml-export', 'team-space');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await rm(xmlFixtureDir, { recursive: true, force: true });
  await writeExportFolder(xmlFixtureDir, teamSpaceExport());
  console.log(`wrote ${xmlFixtureDir}`);
}
