import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { ConversionReport } from '../../../src/hub/report.js';
import { pageIdFromFile, readExportIndex } from '../../../src/formats/html-export/read-export-index.js';
import type { RenderedContext } from '../../../src/formats/html-export/rendered-rule.js';
import { repoRoot } from '../../support/shared-corpus.js';

/** Our own HTML space export of a small space (12 pages, attachments, every rendered construct). */
export const exportDir = join(repoRoot, 'fixtures', 'html-export', 'LDCG');

export function readFixture(file: string): string {
  return readFileSync(join(exportDir, file), 'utf8');
}

/** The fixture zipped the way Confluence ships it: everything under a `LDCG/` folder. */
export function zipFixture(): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[`LDCG/${relative(exportDir, full).split(sep).join('/')}`] = readFileSync(full);
    }
  };
  walk(exportDir);
  return zipSync(files);
}

/** A rendering context knowing the fixture's pages and attachments, as the converter builds it. */
export function fixtureContext(pageFile: string, report = new ConversionReport()): RenderedContext {
  const index = readExportIndex(readFixture('index.html'));
  const byFile = new Map(index.pages.map((p) => [p.file, p]));
  const byId = new Map(index.pages.map((p) => [p.id, p]));
  return {
    report,
    spaceKey: index.spaceKey,
    pageId: pageIdFromFile(pageFile),
    pageByFile: (file) => byFile.get(file) ?? null,
    pageById: (id) => byId.get(id) ?? null,
    attachmentByPath: () => null,
  };
}
