import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStorage } from '../../src/formats/storage/read-storage.js';

/** The hub of every storage page among the project's fixtures, named by its file. */
export function fixtureHubs(): { name: string; hub: string }[] {
  const out: { name: string; hub: string }[] = [];
  for (const dir of ['fixtures/pages', 'fixtures/minutes']) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.storage.xhtml')).sort()) {
      out.push({ name: `${dir}/${file}`, hub: readStorage(readFileSync(join(dir, file), 'utf8')) });
    }
  }
  return out;
}
