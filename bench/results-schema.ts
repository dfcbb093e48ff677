import { z } from 'zod';

/**
 * The shape of bench/results.json. The harness validates what it writes, the smoke test reads it
 * back with this schema, and anyone comparing runs can rely on it.
 */
const ThroughputSchema = z.object({
  pages: z.number().int().nonnegative(),
  inputBytes: z.number().int().nonnegative(),
  runsMs: z.array(z.number().nonnegative()),
  medianMs: z.number().nonnegative(),
  pagesPerSecond: z.number().nonnegative(),
  mbPerSecond: z.number().nonnegative(),
});

const ExportRunSchema = z.object({
  status: z.enum(['ok', 'failed']),
  note: z.string(),
  pages: z.number().int().positive(),
  wallMs: z.number().nonnegative(),
  exitCode: z.number().int().nullable(),
  peakRssBytes: z.number().nonnegative().nullable(),
  requests: z.number().int().nonnegative(),
  requestsPerPage: z.number().nonnegative(),
  responseBytes: z.number().int().nonnegative(),
  bodiesFetched: z.number().int().nonnegative(),
  byEndpoint: z.record(z.string(), z.number()),
  summary: z.unknown(),
});

const StatusSchema = z.enum(['ok', 'unavailable', 'skipped']);

const ConversionSchema = z.object({
  status: StatusSchema,
  note: z.string(),
  corpus: z.object({ pages: z.number().int().positive(), bytes: z.number().int().positive(), kinds: z.record(z.string(), z.number()) }),
  wikiport: ThroughputSchema.extend({ outputs: z.array(z.string()) }).nullable(),
  wikiportMarkdown: ThroughputSchema.nullable(),
  turndown: ThroughputSchema,
  nodeHtmlMarkdown: ThroughputSchema,
  pandoc: z.object({
    available: z.boolean(),
    version: z.string().nullable(),
    note: z.string(),
    sampledPages: z.number().int().nonnegative(),
    sampleBytes: z.number().int().nonnegative(),
    wallMs: z.number().nonnegative(),
    pagesPerSecond: z.number().nonnegative(),
    mbPerSecond: z.number().nonnegative(),
    estimatedCorpusSeconds: z.number().nonnegative(),
  }),
  speedupVsTurndown: z.number().nullable(),
  speedupVsPandoc: z.number().nullable(),
  markdownSpeedupVsNodeHtmlMarkdown: z.number().nullable(),
});

const CliSchema = z.object({
  status: StatusSchema,
  note: z.string(),
  pages: z.number().int().nonnegative(),
  wallMs: z.number().nullable(),
  runsMs: z.array(z.number()),
  pagesPerSecond: z.number().nullable(),
  peakRssBytes: z.number().nullable(),
  turndownLoopMs: z.number().nonnegative(),
  speedupVsTurndownLoop: z.number().nullable(),
  threaded: z.object({ threads: z.number(), wallMs: z.number(), runsMs: z.array(z.number()), peakRssBytes: z.number().nullable(), speedupVsTurndownLoop: z.number() }).nullable().optional(),
});

export const BenchResultsSchema = z.object({
  schemaVersion: z.literal(2),
  mode: z.enum(['quick', 'full']),
  startedAt: z.string(),
  durationMs: z.number().nonnegative(),
  machine: z.object({
    cpus: z.number().int().positive(),
    cpuModel: z.string(),
    node: z.string(),
    platform: z.string(),
    totalMemoryBytes: z.number().positive(),
  }),
  conversion: ConversionSchema,
  cli: CliSchema,
  real: z.object({
    status: StatusSchema,
    note: z.string(),
    source: z.object({ dir: z.string(), files: z.number().int().nonnegative(), repeats: z.number().int().nonnegative() }).nullable(),
    conversion: ConversionSchema.nullable(),
    cli: CliSchema.nullable(),
  }),
  startup: z.object({
    status: StatusSchema,
    note: z.string(),
    runs: z.number().int().nonnegative(),
    helpMs: z.number().nullable(),
    convertOneMs: z.number().nullable(),
    nodeAloneMs: z.number().nullable(),
  }),
  export: z.object({
    status: StatusSchema,
    note: z.string(),
    latencyMs: z.number().nonnegative(),
    lowerBound: z.object({ pages: z.number().int(), requests: z.number().int(), requestsPerPage: z.number(), wallMs: z.number() }),
    small: ExportRunSchema.nullable(),
    large: ExportRunSchema.nullable(),
    incremental: ExportRunSchema.extend({ requestShare: z.number(), byteShare: z.number() }).nullable(),
    rssGrowth: z.number().nullable(),
  }),
  /** Peak RSS of the results.json this run replaced, the figures it is held to. */
  previousRss: z.object({ from: z.string(), cliPeakRssBytes: z.number().nullable(), realCliPeakRssBytes: z.number().nullable(), exportPeakRssBytes: z.number().nullable() }).nullable(),
  targets: z.array(z.object({ name: z.string(), target: z.string(), measured: z.string(), met: z.boolean().nullable() })),
  /** The table's rows (measure, wikiport, baseline, target, met), for other renderings. */
  rows: z.array(z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()])),
  table: z.string(),
});

export type BenchResults = z.infer<typeof BenchResultsSchema>;
