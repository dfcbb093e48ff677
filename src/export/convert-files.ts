import { readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path';
import { convert, type InputFormat, type OutputFormat } from '../convert.js';
import { WikiportError, isWikiportError } from '../errors.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { siteAddress } from '../constructs/jira.js';
import type { RedactionRule } from '../redact/redaction-rule.js';
import { redactFileName } from '../redact/redact-text.js';

export type FromOption = 'auto' | InputFormat;

export interface ConvertFilesOptions {
  inputs: readonly string[];
  from: FromOption;
  to: OutputFormat;
  /** Output folder; without it the single input's result goes to `stdout`. */
  out?: string;
  /** Where report lines and failures go (the CLI passes stderr). */
  onReportLine?: (line: string) => void;
  onFailure?: (line: string) => void;
  stdout?: (text: string) => void;
  /** Reads the input named `-` (the CLI passes standard input). */
  stdin?: () => Promise<string>;
  /** `--redact`: rules applied to the hub before the writer. */
  redact?: readonly RedactionRule[];
  /** `--jira-base-url`: Jira issue links point at this site. */
  jiraBaseUrl?: string;
}

export interface ConvertedFile {
  input: string;
  format: InputFormat;
  output?: string;
  reportLines: string[];
}

export interface ConvertFilesSummary {
  converted: ConvertedFile[];
  failed: { input: string; reason: string }[];
  reportFile?: string;
}

export const REPORT_FILE_NAME = 'wikiport-convert-report.txt';

/** Outputs being written while the next inputs convert (each waits on the thread pool, not the CPU). */
const WRITES_IN_FLIGHT = 8;

/**
 * The outputs and the report are re-runnable: written whole (temp file and rename) but not synced
 * one by one; docs/export.md, Durability, says why.
 */
const REWRITABLE = { durable: false } as const;

const OUTPUT_EXTENSION: Record<OutputFormat, string> = { md: '.md', storage: '.storage.xhtml', json: '.json' };

/**
 * Converts files offline, one at a time, so one bad input never stops the others. Reading and
 * writing files is all this module adds to `convert()`. Inputs are read synchronously (readInput
 * says why); outputs are written behind (temp file, rename, on the thread pool) while the next
 * pages convert, at most WRITES_IN_FLIGHT waiting. A failed read or write fails its own input
 * only, and the summary keeps the order of the inputs.
 */
export async function convertFiles(options: ConvertFilesOptions): Promise<ConvertFilesSummary> {
  if (options.inputs.length === 0) throw new WikiportError('name at least one input file');
  if (options.out === undefined && options.inputs.length > 1) {
    throw new WikiportError(`${options.inputs.length} inputs need an output folder: add --out DIR (one input alone goes to stdout)`);
  }
  if (options.jiraBaseUrl !== undefined && siteAddress(options.jiraBaseUrl) === '') {
    throw new WikiportError(`--jira-base-url must be an http(s) address such as https://jira.example.com, not "${options.jiraBaseUrl}"`);
  }
  const summary: ConvertFilesSummary = { converted: [], failed: [] };
  const usedNames = new Set<string>();
  const allReportLines: string[] = [];
  const outcomes: ({ file: ConvertedFile } | { failure: { input: string; reason: string } })[] = [];
  const writes = new Set<Promise<void>>();
  const shown = (input: string): string => shownInput(input, options.redact);
  const fail = (slot: number, input: string, error: unknown): void => {
    input = shown(input);
    const reason = isWikiportError(error) ? error.message.replace(/^input: /, '') : error instanceof Error ? error.message : String(error);
    outcomes[slot] = { failure: { input, reason } };
    options.onFailure?.(`${input}: ${reason}`);
  };
  for (const [slot, input] of options.inputs.entries()) {
    try {
      const text = input === '-' && options.stdin ? await options.stdin() : readInput(input);
      const format = options.from === 'auto' ? sniffFormat(input, text) : options.from;
      const result = convert(text, {
        from: format,
        to: options.to,
        ...(options.redact ? { redact: options.redact } : {}),
        ...(options.jiraBaseUrl ? { jiraBaseUrl: options.jiraBaseUrl } : {}),
      });
      const reportLines = result.report.toLines(shown(input));
      for (const line of reportLines) options.onReportLine?.(line);
      allReportLines.push(...reportLines);
      const file: ConvertedFile = { input: shown(input), format, reportLines };
      if (options.out === undefined) {
        (options.stdout ?? ((t: string) => process.stdout.write(t)))(result.output);
      } else {
        const path = join(options.out, uniqueName(outputName(shown(input), options.to), usedNames));
        file.output = path;
        const write: Promise<void> = writeFileAtomic(path, result.output, REWRITABLE)
          .catch((error: unknown) => fail(slot, input, error))
          .finally(() => writes.delete(write));
        writes.add(write);
        // One turn of the event loop a page lets the writes in flight take their next step (each
        // open, write, close and rename ends in a callback on this thread).
        if (writes.size >= WRITES_IN_FLIGHT) await Promise.race(writes);
        else await nextTurn();
      }
      outcomes[slot] ??= { file };
    } catch (error) {
      fail(slot, input, error);
    }
  }
  await Promise.all(writes);
  for (const outcome of outcomes) {
    if ('file' in outcome) summary.converted.push(outcome.file);
    else summary.failed.push(outcome.failure);
  }
  if (options.out !== undefined) {
    summary.reportFile = join(options.out, REPORT_FILE_NAME);
    const failures = summary.failed.map((f) => `${f.input}: failed: ${f.reason}`);
    await writeFileAtomic(summary.reportFile, [...failures, ...allReportLines].map((l) => `${l}\n`).join(''), REWRITABLE);
  }
  return summary;
}

/** With --redact an input's name is masked wherever it is written (output name, report, failures), as export masks titles. */
export function shownInput(input: string, redact: readonly RedactionRule[] | undefined): string {
  const name = basename(input);
  const masked = redact ? redactFileName(name, redact) : name;
  return masked === name ? input : join(dirname(input), masked);
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Read synchronously: a page file is read from the page cache in tens of microseconds, and the
 * promise calls (a FileHandle, then open, fstat, read and close each a round trip) cost the main
 * thread about twice the CPU of the read itself (issue 17). The writes stay on the thread pool.
 */
function readInput(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new WikiportError(`cannot read: ${why}`);
  }
  if (bytes.includes(0)) throw new WikiportError('looks like a binary file, not a page (storage XHTML, Markdown or JSON expected)');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** `--from auto`: by extension first, then by the first character (`<` storage, `{` JSON, else Markdown). */
export function sniffFormat(path: string, text: string): InputFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  // A page file of an HTML space export: Confluence's rendered view, not storage.
  if (/\.html?$/.test(lower) && /<div[^>]*\bid="main-content"/.test(text)) return 'html-export';
  if (/\.(xhtml|xml|html|htm)$/.test(lower)) return 'storage';
  const first = text.trimStart().charAt(0);
  if (first === '<') return 'storage';
  if (first === '{') return 'json';
  return 'markdown';
}

/** `notes.storage.xhtml` -> `notes.md`; `notes.md` -> `notes.storage.xhtml`. */
export function outputName(input: string, to: OutputFormat): string {
  let name = basename(input);
  for (const ext of ['.storage.xhtml', '.storage.xml', '.xhtml', '.xml', '.html', '.htm', '.md', '.markdown', '.json', '.txt']) {
    if (name.toLowerCase().endsWith(ext) && name.length > ext.length) {
      name = name.slice(0, -ext.length);
      break;
    }
  }
  if (name === basename(input) && extname(name) !== '') name = name.slice(0, -extname(name).length) || name;
  return `${name}${OUTPUT_EXTENSION[to]}`;
}

function uniqueName(name: string, used: Set<string>): string {
  const ext = name.endsWith('.storage.xhtml') ? '.storage.xhtml' : extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** The one-line summary printed after an --out run. */
export function summaryLine(summary: ConvertFilesSummary, out: string, to: OutputFormat): string {
  const total = summary.converted.length + summary.failed.length;
  const kept = summary.converted.reduce((n, f) => n + f.reportLines.length, 0);
  const failed = summary.failed.length > 0 ? `, ${summary.failed.length} failed` : '';
  const report = summary.reportFile ? `; report: ${displayPath(summary.reportFile)}` : '';
  return `Converted ${summary.converted.length} of ${total} file${total === 1 ? '' : 's'} to ${to} in ${out}${failed} (${kept} report entr${kept === 1 ? 'y' : 'ies'})${report}`;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
