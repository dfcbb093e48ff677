import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench } from '../../bench/harness.js';
import { BenchResultsSchema } from '../../bench/results-schema.js';
import { withBenchTable } from '../../bench/readme-table.js';
import { formatTable, TABLE_HEADER } from '../../bench/results-table.js';
import { median } from '../../bench/stats.js';

const repoRoot = resolve(import.meta.dirname, '..', '..');

describe('bench harness (quick mode; shapes only, never timings)', () => {
  it('measures every section and returns one table and valid results', async () => {
    const results = await runBench({ mode: 'quick', build: false });
    expect(() => BenchResultsSchema.parse(results)).not.toThrow();
    expect(results.mode).toBe('quick');
    expect(results.conversion.corpus.pages).toBe(40);
    expect(results.conversion.turndown.runsMs).toHaveLength(2);
    expect(results.conversion.turndown.pages).toBe(40);
    if (results.conversion.pandoc.available) expect(results.conversion.pandoc.sampledPages).toBe(4);
    else expect(results.conversion.pandoc.note).toMatch(/not on PATH/);
    expect(results.export.lowerBound).toMatchObject({ pages: 120, requests: 1 });
    if (results.export.status === 'ok') {
      expect(results.export.small?.pages).toBe(30);
      expect(results.export.incremental?.pages).toBe(120);
      expect(results.export.large?.requests).toBeGreaterThan(0);
    } else {
      expect(results.export.note).not.toBe('');
    }
    expect(results.targets.map((t) => t.name)).toHaveLength(16);
    if (results.real.status === 'ok') {
      // The real pages (../shared/corpus) are repeated to at least the generated corpus's size.
      expect(results.real.conversion?.corpus.pages).toBeGreaterThanOrEqual(40);
      expect(results.real.conversion?.nodeHtmlMarkdown.runsMs).toHaveLength(2);
      expect(results.real.cli?.pages).toBe(results.real.conversion?.corpus.pages);
    } else {
      expect(results.real.note).toMatch(/shared\/corpus/);
    }
    expect(results.conversion.nodeHtmlMarkdown.pages).toBe(40);
    expect(results.startup.status === 'ok' ? results.startup.helpMs : 1).toBeGreaterThan(0);
    for (const t of results.targets) expect(t.met === null ? t.measured : 'measured').not.toBe('');

    const lines = results.table.split('\n');
    expect(lines[0]?.split(/\s{2,}/)).toEqual([...TABLE_HEADER]);
    expect(lines).toHaveLength(2 + (results.real.status === 'ok' ? 24 : 19));
    expect(results.table).toMatch(/speed-up \(md\+json\) vs turndown\+GFM/);
    expect(results.table).toMatch(/start-up: wikiport --help/);
    expect(results.table).toMatch(/peak RSS, export of 120 pages/);
  }, 240_000);

  it('npm run bench -- --quick prints the table and writes results.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wikiport-bench-test-'));
    try {
      const out = join(dir, 'results.json');
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--no-build', '--skip-cli', '--skip-export', '--out', out], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 180_000,
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^measure\s+wikiport\s+baseline/);
      const written = BenchResultsSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
      expect(written.export.note).toBe('skipped');
      expect(run.stdout).toContain(written.table);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);

  it('formats a GFM table for the README and takes medians', () => {
    const md = formatTable([['a|b', '1', '2', '3', 'yes'], ['c', '4', '', '', '']], true);
    expect(md.split('\n')).toEqual([
      '| measure | wikiport | baseline (same run) | target | met |',
      '| --- | --- | --- | --- | --- |',
      '| a\\|b | 1 | 2 | 3 | yes |',
      '| c | 4 | | | |',
    ]);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('README table update', () => {
  it('replaces only the table between the markers', () => {
    const readme = 'intro\n<!-- bench-table:start -->\n| old |\n<!-- bench-table:end -->\nafter\n';
    expect(withBenchTable(readme, '| new |\n')).toBe('intro\n<!-- bench-table:start -->\n| new |\n<!-- bench-table:end -->\nafter\n');
    expect(() => withBenchTable('no markers', '| t |')).toThrow(/bench-table:start/);
  });
});
