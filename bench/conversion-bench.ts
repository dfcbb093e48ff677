import type { GeneratedPage } from './corpus/generate.js';
import { measurePandoc } from './pandoc-baseline.js';
import type { PandocResult } from './pandoc-baseline.js';
import { round } from './stats.js';
import { measureThroughput } from './throughput.js';
import type { Throughput } from './throughput.js';
import { createTurndownBaseline } from './turndown-baseline.js';
import { createWikiportPipeline, type WikiportLibrary } from './wikiport-pipeline.js';

export interface ConversionSection {
  status: 'ok' | 'unavailable';
  note: string;
  corpus: { pages: number; bytes: number; kinds: Record<string, number> };
  wikiport: (Throughput & { outputs: string[] }) | null;
  turndown: Throughput;
  pandoc: PandocResult;
  /** wikiport pages/s over the baseline's (above 1 means wikiport is faster). */
  speedupVsTurndown: number | null;
  speedupVsPandoc: number | null;
}

export interface ConversionOptions {
  runs: number;
  pandocSample: number;
  /** The wikiport code measured (loadWikiportLibrary). */
  library: WikiportLibrary;
}

/** Storage -> Markdown (+ JSON) throughput of wikiport against turndown+GFM and pandoc, same pages. */
export function runConversionBench(pages: readonly GeneratedPage[], options: ConversionOptions): ConversionSection {
  const bodies = pages.map((p) => p.body);
  const kinds: Record<string, number> = {};
  for (const p of pages) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  const corpus = { pages: pages.length, bytes: bodies.reduce((s, b) => s + Buffer.byteLength(b), 0), kinds };

  const turndown = measureThroughput(bodies, options.runs, createTurndownBaseline());
  const pandoc = measurePandoc(bodies, options.pandocSample);

  let wikiport: ConversionSection['wikiport'] = null;
  let note: string;
  try {
    const pipeline = createWikiportPipeline(bodies[0] ?? '<p></p>', options.library);
    const metas = pages.map((p) => ({ id: p.id, title: p.title, spaceKey: p.spaceKey, version: p.version, labels: p.labels }));
    let i = 0;
    const measured = measureThroughput(bodies, options.runs, (body) => {
      pipeline.convertPage(body, metas[i % metas.length] ?? {});
      i++;
    });
    wikiport = { ...measured, outputs: pipeline.outputs };
    note = pipeline.note;
  } catch (error) {
    note = `wikiport conversion failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  return {
    status: wikiport ? 'ok' : 'unavailable',
    note,
    corpus,
    wikiport,
    turndown,
    pandoc,
    speedupVsTurndown: wikiport ? round(wikiport.pagesPerSecond / turndown.pagesPerSecond, 2) : null,
    speedupVsPandoc: wikiport && pandoc.available ? round(wikiport.pagesPerSecond / pandoc.pagesPerSecond, 1) : null,
  };
}
