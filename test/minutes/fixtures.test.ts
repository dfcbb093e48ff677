import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import * as cheerio from 'cheerio';
import { readPageJson } from '../../src/formats/json/read-page-json.js';
import { readStorage } from '../../src/formats/storage/read-storage.js';
import { ConversionReport } from '../../src/hub/report.js';
import { normalizeTableElement } from '../../src/hub/table-normalize.js';
import { corpusFiles, hasShared, repoRoot, sharedPath } from '../support/shared-corpus.js';
import { schemaErrors } from '../model/schema-validator.js';

/**
 * Minutes fixtures: fixtures/minutes/NAME.storage.xhtml or NAME.md, each with NAME.json holding the
 * expected tables and meeting (the hub and report are left out: they belong to other suites).
 * `UPDATE_GOLDEN=1 npx vitest run test/minutes/fixtures.test.ts` rewrites the expected files, to be
 * reviewed by reading the diff.
 */
const dir = join(repoRoot, 'fixtures', 'minutes');
const update = process.env.UPDATE_GOLDEN === '1';
const inputs = readdirSync(dir).filter((f) => f.endsWith('.storage.xhtml') || f.endsWith('.md')).sort();
/** The seed's storage reconstruction lives with the page fixtures; its expected JSON lives here. */
const seedStorage = join(repoRoot, 'fixtures', 'pages', 'seed-steering-committee.storage.xhtml');
const inputPaths = [...inputs.map((f) => join(dir, f)), ...(existsSync(seedStorage) ? [seedStorage] : [])];

/** NAME.users.json beside a fixture: display names by account id / user key, as an export knows them. */
function userNamesFor(path: string | null): ((user: { accountId?: string; userKey?: string }) => string | null) | undefined {
  if (path === null || !existsSync(path)) return undefined;
  const names = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  return (user) => names[user.accountId ?? user.userKey ?? ''] ?? null;
}

function jsonOf(file: string, text: string, usersPath: string | null = null): unknown {
  const from = file.endsWith('.md') ? 'markdown' : 'storage';
  const userNames = userNamesFor(usersPath);
  return JSON.parse(convert(text, { from, to: 'json', ...(userNames ? { userNames } : {}) }).output);
}

function golden(doc: Record<string, unknown>): Record<string, unknown> {
  const { outline, links, mentions, attachments, tables, meeting } = doc;
  return { outline, links, mentions, attachments, tables, meeting };
}

describe('minutes fixtures', () => {
  it('has at least eight of them', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(8);
  });

  for (const path of inputPaths) {
    const file = basename(path);
    const name = file.replace(/\.(storage\.xhtml|md)$/, '');
    it(`${name}: JSON as expected and valid against the schema`, () => {
      const doc = jsonOf(file, readFileSync(path, 'utf8'), join(dir, `${name}.users.json`)) as Record<string, unknown>;
      expect(schemaErrors(doc)).toEqual([]);
      expect(readPageJson(JSON.stringify(doc), file)).toEqual(doc);
      const expectedPath = join(dir, `${name}.json`);
      if (update) writeFileSync(expectedPath, `${JSON.stringify(golden(doc), null, 2)}\n`);
      expect(existsSync(expectedPath), `${name}.json is missing: run UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(golden(doc)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});

describe('the Markdown wikiport writes reads back to the same tables and meeting', () => {
  const storageInputs = [
    ...inputs.filter((f) => f.endsWith('.storage.xhtml')).map((f) => join(dir, f)),
    join(repoRoot, 'fixtures', 'pages', 'seed-steering-committee.storage.xhtml'),
  ].filter((path) => existsSync(path));
  it.each(storageInputs)('%s', (path) => {
    const storage = readFileSync(path, 'utf8');
    const direct = JSON.parse(convert(storage, { from: 'storage', to: 'json' }).output) as Record<string, unknown>;
    const markdown = convert(storage, { from: 'storage', to: 'md' }).output;
    const viaMarkdown = JSON.parse(convert(markdown, { from: 'markdown', to: 'json' }).output) as Record<string, unknown>;
    expect(viaMarkdown.tables).toEqual(withoutColumnSpanRepeats(direct.tables as TableJson[], storage));
    expect(viaMarkdown.meeting).toEqual(direct.meeting);
  });
});

interface TableJson {
  orientation: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

/**
 * The tables as GFM can carry them: a cell spanning several columns is written once, so after
 * Markdown the positions it covered beyond its first column are empty (null).
 */
function withoutColumnSpanRepeats(tables: TableJson[], storage: string): TableJson[] {
  const $ = cheerio.load(readStorage(storage, new ConversionReport()), null, false);
  const normalized = $('table').toArray().filter((el) => $(el).parents('table').length === 0).map((el) => normalizeTableElement(el));
  return tables.map((table, t) => {
    const grid = normalized[t]!;
    const rows = table.rows.map((row, r) => {
      const out: Record<string, unknown> = { ...row };
      table.columns.forEach((column, c) => {
        const copy = table.orientation === 'rows' ? grid.rows[r]![c]!.spanCopy : grid.rows[c]![r + 1]!.spanCopy;
        if (copy) out[column] = null;
      });
      return out;
    });
    return { ...table, rows };
  });
}

describe('every JSON output is valid against the published schema', () => {
  const pages = readdirSync(join(repoRoot, 'fixtures', 'pages')).filter((f) => f.endsWith('.storage.xhtml'));
  it.each(pages)('fixtures/pages/%s', (file) => {
    expect(schemaErrors(jsonOf(file, readFileSync(join(repoRoot, 'fixtures', 'pages', file), 'utf8')))).toEqual([]);
  });

  it.skipIf(!hasShared)('the shared corpus and the seed', () => {
    for (const file of corpusFiles()) {
      expect({ file, errors: schemaErrors(jsonOf(file, readFileSync(sharedPath('corpus', 'storage', file), 'utf8'))) }).toEqual({ file, errors: [] });
    }
    expect(schemaErrors(jsonOf('seed.md', readFileSync(sharedPath('seeds', '000_a3be54677079730e.txt'), 'utf8')))).toEqual([]);
  });
});
