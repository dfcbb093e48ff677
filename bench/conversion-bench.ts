import type { BenchPage } from './corpus/real-corpus.js';
import { createNodeHtmlMarkdownBaseline } from './node-html-markdown-baseline.js';
import { measurePandoc } from './pandoc-baseline.js';
import type { PandocResult } from './pandoc-baseline.js';
import { round } from './stats.js';
import { measureInterleaved } from './throughput.js';
import type { Throughput } from './throughput.js';
import { createTurndownBaseline } from './turndown-baseline.js';
import { createWikiportPipeline, type WikiportLibrary } from './wikiport-pipeline.js';

export interface ConversionSection {
  status: 'ok' | 'unavailable';
  note: string;
  corpus: { pages: number; bytes: number; kinds: Record<string, number> };
  /** storage -> Markdown + JSON through convertMany() (what export runs). */
  wikiport: (Throughput & { outputs: string[] }) | null;
  /** storage -> Markdown alone through convert(): the same work as the Markdown-only baselines. */
  wikiportMarkdown: Throughput | null;
  turndown: Throughput;
  nodeHtmlMarkdown: Throughput;
  pandoc: PandocResult;
  /** wikiport pages/s over the baseline's (above 1 means wikiport is faster). */
  speedupVsTurndown: number | null;
  speedupVsPandoc: number | null;
  /** convert() to Markdown over node-html-markdown, both Markdown only. */
  markdownSpeedupVsNodeHtmlMarkdown: number | null;
}

export interface ConversionOptions {
  runs: number;
  pandocSample: number;
  /** The wikiport code measured (loadWikiportLibrary). */
  library: WikiportLibrary;
}

/**
 * Storage -> Markdown (+ JSON) throughput of wikiport against turndown+GFM, node-html-markdown and
 * pandoc, same pages; the in-process converters' passes are interleaved (measureInterleaved).
 */
export function runConversionBench(pages: readonly BenchPage[], options: ConversionOptions): ConversionSection {
  const bodies = pages.map((p) => p.body);
  const kinds: Record<string, number> = {};
  for (const p of pages) kinds[p.kind] = (kinds[p.kind] ?? 0) + 1;
  const corpus = { pages: pages.length, bytes: bodies.reduce((s, b) => s + Buffer.byteLength(b), 0), kinds };
  const pandoc = measurePandoc(bodies, options.pandocSample);
  const baselines = { turndown: createTurndownBaseline(), nodeHtmlMarkdown: createNodeHtmlMarkdownBaseline() };

  let note: string;
  let pipeline: ReturnType<typeof createWikiportPipeline> | null = null;
  try {
    pipeline = createWikiportPipeline(bodies[0] ?? '<p></p>', options.library);
    note = pipeline.note;
  } catch (error) {
    note = `wikiport conversion failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  const metas = pages.map((p) => ({ id: p.id, title: p.title, spaceKey: p.spaceKey, version: p.version, labels: p.labels }));
  let i = 0;
  const { convert } = options.library;
  const measured = pipeline
    ? measureInterleaved(bodies, options.runs, {
        ...baselines,
        wikiport: (body: string) => {
          pipeline.convertPage(body, metas[i % metas.length] ?? {});
          i++;
        },
        wikiportMarkdown: (body: string) => convert(body, { from: 'storage', to: 'md' }),
      })
    : { ...measureInterleaved(bodies, options.runs, baselines), wikiport: null, wikiportMarkdown: null };
  const { turndown, nodeHtmlMarkdown } = measured;
  const wikiport = measured.wikiport && pipeline ? { ...measured.wikiport, outputs: pipeline.outputs } : null;
  const wikiportMarkdown = measured.wikiportMarkdown;
  return {
    status: wikiport ? 'ok' : 'unavailable',
    note,
    corpus,
    wikiport,
    wikiportMarkdown,
    turndown,
    nodeHtmlMarkdown,
    pandoc,
    speedupVsTurndown: wikiport ? round(wikiport.pagesPerSecond / turndown.pagesPerSecond, 2) : null,
    speedupVsPandoc: wikiport && pandoc.available ? round(wikiport.pagesPerSecond / pandoc.pagesPerSecond, 1) : null,
    markdownSpeedupVsNodeHtmlMarkdown: wikiportMarkdown ? round(wikiportMarkdown.pagesPerSecond / nodeHtmlMarkdown.pagesPerSecond, 2) : null,
  };
}
