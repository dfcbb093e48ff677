import { expect } from 'vitest';
import { join } from 'node:path';
import { loadSeriesPages } from '../../src/report/load-series-pages.js';
import { buildSeriesReport } from '../../src/report/series-report.js';
import type { SeriesReport } from '../../src/report/series-report.js';
import { repoRoot } from '../support/shared-corpus.js';

/** Six steering-committee minutes with changing attendance and carried action items, plus one other page. */
export const seriesDir = join(repoRoot, 'fixtures', 'series');

export async function fixtureReport(): Promise<SeriesReport> {
  const loaded = await loadSeriesPages(seriesDir);
  expect(loaded.problems).toEqual([]);
  return buildSeriesReport(loaded.pages);
}
