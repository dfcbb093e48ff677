import { emptyPageMeta, type PageMeta } from './model/page-meta.js';
import { ConversionReport } from './hub/report.js';
import { WikiportError } from './errors.js';
import { withWriteOptions, type WriteOptions } from './hub/write-options.js';
import { redactPage } from './redact/redact-page.js';
import { readers, writers, type ConvertOptions, type ConvertResult, type OutputFormat } from './convert.js';

/** Settings that differ per output file (links to other exported files, the attachments folder). */
export type PerFormatOptions = Pick<ConvertOptions, 'linkTargets' | 'attachmentsDir' | 'attachmentPaths' | 'pageLinkTitles'>;

export interface ConvertManyOptions extends Omit<ConvertOptions, 'to'> {
  /** Every output wanted from this one input, e.g. `['md', 'json']`. */
  to: readonly OutputFormat[];
  /** Per-format overrides of `linkTargets` / `attachmentsDir` (export links `.md` to `.md`, `.json` to `.json`). */
  perFormat?: (format: OutputFormat) => PerFormatOptions;
}

export interface ConvertManyResult {
  meta: PageMeta;
  /** One result per asked format, in the order of `to`: the same output and report `convert()` gives for it alone. */
  results: Array<{ format: OutputFormat } & ConvertResult>;
}

/**
 * Converts one page to several formats, reading (and redacting) it once. Pure, like convert():
 * each writer gets its own report holding the reader's entries and its own, so every result is
 * what `convert(input, { ...options, to: format })` returns.
 */
export function convertMany(input: string, options: ConvertManyOptions): ConvertManyResult {
  const reader = readers[options.from];
  if (!reader) throw new WikiportError(`reading ${options.from} is not available yet in this build`);
  const chosen = options.to.map((format) => {
    const writer = writers[format];
    if (!writer) throw new WikiportError(`writing ${format} is not available yet in this build`);
    return { format, writer };
  });
  const writeOptionsFor = (format: OutputFormat | undefined): WriteOptions => ({
    baseUrl: options.baseUrl,
    linkTargets: options.linkTargets,
    attachmentsDir: options.attachmentsDir,
    attachmentPaths: options.attachmentPaths,
    pageLinkTitles: options.pageLinkTitles,
    jiraBaseUrl: options.jiraBaseUrl,
    userNames: options.userNames,
    ...(format !== undefined && options.perFormat ? stripUndefined(options.perFormat(format)) : {}),
  });
  const readReport = new ConversionReport();
  const { hub, meta } = withWriteOptions(writeOptionsFor(options.to[0]), () => {
    const read = reader(input, readReport);
    const pageMeta = emptyPageMeta({ ...stripUndefined(read.meta), ...stripUndefined(options.meta ?? {}) });
    return options.redact ? redactPage(read.hub, pageMeta, options.redact, readReport) : { hub: read.hub, meta: pageMeta };
  });
  const results = chosen.map(({ format, writer }) => {
    const report = new ConversionReport();
    for (const entry of readReport.entries) report.entries.push({ ...entry });
    const output = withWriteOptions(writeOptionsFor(format), () => writer(hub, meta, report));
    return { format, output, meta, report };
  });
  return { meta, results };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
