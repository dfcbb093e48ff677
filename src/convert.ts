import type { PageMeta } from './model/page-meta.js';
import { emptyPageMeta } from './model/page-meta.js';
import { ConversionReport } from './hub/report.js';
import { WikiportError } from './errors.js';
import { readStorage } from './formats/storage/read-storage.js';
import { writeStorage } from './formats/storage/write-storage.js';
import { readMarkdown } from './formats/markdown/read-markdown.js';
import { writeMarkdown } from './formats/markdown/write-markdown.js';
import { currentWriteOptions, withWriteOptions } from './hub/write-options.js';
import { pageJsonText } from './formats/json/write-page-json.js';
import { pageJsonToHub } from './formats/json/read-page-json.js';
import { readSingleExportPage } from './formats/html-export/read-single-export-page.js';
import { redactPage } from './redact/redact-page.js';
import type { RedactionRule } from './redact/redaction-rule.js';

export type InputFormat = 'storage' | 'markdown' | 'html-export' | 'json';
export type OutputFormat = 'md' | 'storage' | 'json';

export interface ConvertOptions {
  from: InputFormat;
  to: OutputFormat;
  /** Metadata known from outside the body (API, manifest, front matter of another file). */
  meta?: Partial<PageMeta>;
  /** Site base URL, for mention and page links when no exported file is known. */
  baseUrl?: string;
  /** Page title (and space key) to the relative path of its exported file, for links between pages. */
  linkTargets?: (target: { title: string; spaceKey: string | null; id?: string | null }) => string | null;
  /** Path from the output file to the attachments folder for this page. */
  attachmentsDir?: string;
  /** Attachment file name -> path from the output file, for the files of a published folder. */
  attachmentPaths?: ReadonlyMap<string, string>;
  /** false: links to exported files without the wiki-path title (published folders). */
  pageLinkTitles?: boolean;
  /** Jira site address for issue links (`--jira-base-url`); `/browse/KEY` stays host-relative without it. */
  jiraBaseUrl?: string;
  /** Account id / user key / username to display name, when known. */
  userNames?: (user: { accountId?: string; userKey?: string; username?: string }) => string | null;
  /** Writing Markdown of one block of a page: the labels of the notes the whole page holds, so that a reference to one stays a footnote reference. */
  footnoteLabels?: ReadonlySet<string>;
  /** `--redact`: mask secrets in the hub before any writer (rules from `loadRedactionRules`). */
  redact?: readonly RedactionRule[];
}

export interface ConvertResult {
  output: string;
  meta: PageMeta;
  report: ConversionReport;
}

/** A reader: input text -> hub HTML plus what the input itself says about the page. */
export type HubReader = (input: string, report: ConversionReport) => { hub: string; meta: Partial<PageMeta> };
/** A writer: hub HTML (+ metadata) -> output text. */
export type HubWriter = (hub: string, meta: PageMeta, report: ConversionReport) => string;

export const readers: Partial<Record<InputFormat, HubReader>> = {
  storage: (input, report) => ({ hub: readStorage(input, report), meta: {} }),
  markdown: (input, report) => readMarkdown(input, report),
  json: (input) => pageJsonToHub(input),
  'html-export': (input, report) => readSingleExportPage(input, report),
};

export const writers: Partial<Record<OutputFormat, HubWriter>> = {
  md: (hub, meta, report) => writeMarkdown(hub, meta, currentWriteOptions(), report),
  storage: (hub, _meta, report) => writeStorage(hub, report),
  json: (hub, meta, report) => pageJsonText(hub, meta, report),
};

/** Lets another format (JSON, HTML export) plug its reader or writer in without touching convert(). */
export function registerReader(format: InputFormat, reader: HubReader): void {
  readers[format] = reader;
}
export function registerWriter(format: OutputFormat, writer: HubWriter): void {
  writers[format] = writer;
}

/**
 * Converts one page. Pure: string in, string out, no I/O and no clock.
 * Reader -> canonical-HTML hub -> writer. Metadata from the input (front matter) is overridden by
 * `options.meta` field by field.
 */
export function convert(input: string, options: ConvertOptions): ConvertResult {
  const reader = readers[options.from];
  if (!reader) throw new WikiportError(`reading ${options.from} is not available yet in this build`);
  const writer = writers[options.to];
  if (!writer) throw new WikiportError(`writing ${options.to} is not available yet in this build`);
  const report = new ConversionReport();
  const writeOptions = {
    baseUrl: options.baseUrl,
    linkTargets: options.linkTargets,
    attachmentsDir: options.attachmentsDir,
    attachmentPaths: options.attachmentPaths,
    pageLinkTitles: options.pageLinkTitles,
    jiraBaseUrl: options.jiraBaseUrl,
    userNames: options.userNames,
    footnoteLabels: options.footnoteLabels,
  };
  return withWriteOptions(writeOptions, () => {
    const read = reader(input, report);
    const whole = emptyPageMeta({ ...stripUndefined(read.meta), ...stripUndefined(options.meta ?? {}) });
    const { hub, meta } = options.redact ? redactPage(read.hub, whole, options.redact, report) : { hub: read.hub, meta: whole };
    const output = writer(hub, meta, report);
    return { output, meta, report };
  });
}

/** Hub HTML of a page (for writers that live outside this module, e.g. the JSON model). */
export function toHub(input: string, from: InputFormat, report: ConversionReport = new ConversionReport()): { hub: string; meta: Partial<PageMeta> } {
  const reader = readers[from];
  if (!reader) throw new WikiportError(`reading ${from} is not available yet in this build`);
  return reader(input, report);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}
