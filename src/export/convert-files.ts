import { readFileSync, realpathSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { basename, dirname, extname, isAbsolute, join, relative } from 'node:path';
import { convert, type InputFormat, type OutputFormat } from '../convert.js';
import { WikiportError, isWikiportError } from '../errors.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import { fileNameKey } from '../files/safe-names.js';
import { removeStaleTempFiles } from '../files/stale-temp-files.js';
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
  /**
   * Threads that convert (this one and worker threads), at most one per MIN_INPUTS_PER_THREAD
   * inputs; 1 or none: this thread alone. Workers are used only with `out`, without `-`, and, with
   * `redact`, when `redactRulesFile` says where the rules came from (each worker loads them).
   */
  threads?: number;
  /** false: with workers, the calling thread converts only the pages a dead worker gave back (the tests' way to make the workers convert). */
  callerConverts?: boolean;
  /** With `redact`: the `--redact-rules` file they were loaded from, or null for the built-in rules alone. */
  redactRulesFile?: string | null;
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
  /** Pages converted on worker threads (`threads`); the rest were converted on the calling thread. */
  workerPages: number;
}

export const REPORT_FILE_NAME = 'wikiport-convert-report.txt';

/** Outputs being written while the next inputs convert (each waits on the thread pool, not the CPU). */
const WRITES_IN_FLIGHT = 8;

/** How far past the first page not yet taken pages may be converted (their results wait in memory). */
const RESULTS_AHEAD = 256;

/** A worker thread costs about 0.25 s of CPU before its first page: fewer inputs than this a thread are not worth one. */
export const MIN_INPUTS_PER_THREAD = 100;

/**
 * The outputs and the report are re-runnable: written whole (temp file and rename) but not synced
 * one by one; docs/export.md, Durability, says why.
 */
const REWRITABLE = { durable: false } as const;

const OUTPUT_EXTENSION: Record<OutputFormat, string> = { md: '.md', storage: '.storage.xhtml', json: '.json' };

/**
 * Converts files offline, one at a time on this thread, or with `threads` above 1 on worker
 * threads too (convert-threads.ts), so one bad input never stops the others. Reading and writing
 * files is all this module adds to `convert()`. Inputs are read synchronously (readInput says
 * why); outputs are written behind (temp file, rename, on the thread pool) while the next pages
 * convert, at most WRITES_IN_FLIGHT waiting. Whichever thread converted a page, its result is
 * taken in input order: output names, report lines, failures and the summary come out as a
 * single-threaded run gives them, byte for byte. A failed read or write fails its own input only.
 */
export async function convertFiles(options: ConvertFilesOptions): Promise<ConvertFilesSummary> {
  if (options.inputs.length === 0) throw new WikiportError('name at least one input file');
  if (options.out === undefined && options.inputs.length > 1) {
    throw new WikiportError(`${options.inputs.length} inputs need an output folder: add --out DIR (one input alone goes to stdout)`);
  }
  if (options.jiraBaseUrl !== undefined && siteAddress(options.jiraBaseUrl) === '') {
    throw new WikiportError(`--jira-base-url must be an http(s) address such as https://jira.example.com, not "${options.jiraBaseUrl}"`);
  }
  const { inputs, out } = options;
  const summary: ConvertFilesSummary = { converted: [], failed: [], workerPages: 0 };
  // An output never replaces an input of the run: inputs that sit in the output folder keep their
  // names, and an output that would take one gets the next free name (notes.md -> notes-2.md).
  const usedNames = out === undefined ? new Set<string>() : inputNamesIn(out, inputs);
  // Temporary files a killed run left in the output folder (not in its subfolders, which may be
  // anything of the user's): the re-run ends with the folder a clean run leaves.
  if (out !== undefined) await removeStaleTempFiles(out, { recursive: false, target: isConvertOutputName });
  const allReportLines: string[] = [];
  const outcomes: ({ file: ConvertedFile } | { failure: { input: string; reason: string } })[] = [];
  const writes = new Set<Promise<void>>();
  const shownNames = inputs.map((input) => shownInput(input, options.redact));
  const settings: ConvertSettings = { from: options.from, to: options.to, ...(options.redact ? { redact: options.redact } : {}), ...(options.jiraBaseUrl ? { jiraBaseUrl: options.jiraBaseUrl } : {}) };
  const fail = (slot: number, reason: string): void => {
    const input = shownNames[slot] as string;
    outcomes[slot] = { failure: { input, reason } };
    options.onFailure?.(`${input}: ${reason}`);
  };

  // A page's result is taken when every page before it has been: then it gets its output name
  // (the first of two inputs with one name keeps it), its report lines are printed and its write starts.
  const waiting: (PageOutcome | undefined)[] = [];
  let taken = 0;
  const take = (outcome: PageOutcome): void => {
    const { slot } = outcome;
    if ('reason' in outcome) {
      fail(slot, outcome.reason);
      return;
    }
    for (const line of outcome.reportLines) options.onReportLine?.(line);
    for (const line of outcome.reportLines) allReportLines.push(line);
    const file: ConvertedFile = { input: shownNames[slot] as string, format: outcome.format, reportLines: outcome.reportLines };
    outcomes[slot] = { file };
    if (out === undefined) {
      (options.stdout ?? ((t: string) => process.stdout.write(t)))(outcome.output);
      return;
    }
    const path = join(out, uniqueName(outputName(file.input, options.to), usedNames));
    file.output = path;
    const write: Promise<void> = writeFileAtomic(path, outcome.output, REWRITABLE)
      .catch((error: unknown) => fail(slot, failureReason(error)))
      .finally(() => writes.delete(write));
    writes.add(write);
  };
  let wake: (() => void) | null = null;
  // A page converted twice (this thread took it back from a slow worker, below) counts once: first come.
  const delivered = new Uint8Array(inputs.length);
  const deliver = (outcome: PageOutcome): boolean => {
    if (delivered[outcome.slot]) return false;
    delivered[outcome.slot] = 1;
    waiting[outcome.slot] = outcome;
    for (let next = waiting[taken]; next !== undefined; next = waiting[taken]) {
      waiting[taken++] = undefined;
      take(next);
    }
    wake?.();
    wake = null;
    workers?.wake();
    return true;
  };

  // Slots are handed out in order, to this thread one at a time and to each worker a chunk at a
  // time, never further than RESULTS_AHEAD past the first page not yet taken (what waits for it is
  // held in memory). A dead worker's slots come back and are converted here.
  const returned: number[] = [];
  let nextSlot = 0;
  const nextSlots = (max: number): number[] => {
    const slots = returned.splice(0, max);
    while (slots.length < max && nextSlot < inputs.length && nextSlot < taken + RESULTS_AHEAD) slots.push(nextSlot++);
    return slots;
  };
  const threads = Math.min(options.threads ?? 1, Math.ceil(inputs.length / MIN_INPUTS_PER_THREAD));
  const workers =
    out !== undefined && threads > 1 && !inputs.includes('-') && (options.redact === undefined || options.redactRulesFile !== undefined)
      ? (await import('./convert-threads.js')).startConvertWorkers(threads - 1, {
          settings: { from: options.from, to: options.to, ...(options.jiraBaseUrl ? { jiraBaseUrl: options.jiraBaseUrl } : {}) },
          ...(options.redact ? { redactRulesFile: options.redactRulesFile ?? null } : {}),
          jobs: (max) => nextSlots(max).map((slot) => ({ slot, input: inputs[slot] as string, shown: shownNames[slot] as string })),
          deliver: (outcome) => {
            if (deliver(outcome)) summary.workerPages++;
          },
          giveBack: (slots) => {
            for (const slot of slots) returned.push(slot);
            returned.sort((a, b) => a - b);
            wake?.();
            wake = null;
          },
        })
      : null;

  try {
    while (taken < inputs.length) {
      let [slot] = workers && options.callerConverts === false ? returned.splice(0, 1) : nextSlots(1);
      if (slot === undefined && workers && options.callerConverts !== false) {
        // Nothing left to take, or nothing within reach: rather than wait for a worker (one that
        // started late or gets little CPU on a busy machine), convert the first page they hold
        // here too; whichever answer comes first is taken. A run never waits on a worker longer
        // than this thread would take to convert the page itself.
        for (const held of workers.heldSlots()) if (!delivered[held] && (slot === undefined || held < slot)) slot = held;
      }
      if (slot === undefined) {
        // Every slot within reach is with a worker: wait for one of them to answer.
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const input = inputs[slot] as string;
      let text: string | undefined;
      if (input === '-' && options.stdin) {
        try {
          text = await options.stdin();
        } catch (error) {
          deliver({ slot, reason: failureReason(error) });
          continue;
        }
      }
      deliver(convertInput(slot, input, shownNames[slot] as string, settings, text));
      // One turn of the event loop a page lets the writes in flight (each open, write, close and
      // rename ends in a callback on this thread) and the workers' answers take their next step.
      if (writes.size >= WRITES_IN_FLIGHT) await Promise.race(writes);
      else await nextTurn();
    }
  } finally {
    await workers?.close();
  }
  await Promise.all(writes);
  for (const outcome of outcomes) {
    if ('file' in outcome) summary.converted.push(outcome.file);
    else summary.failed.push(outcome.failure);
  }
  if (out !== undefined) {
    summary.reportFile = join(out, REPORT_FILE_NAME);
    const failures = summary.failed.map((f) => `${f.input}: failed: ${f.reason}`);
    await writeFileAtomic(summary.reportFile, [...failures, ...allReportLines].map((l) => `${l}\n`).join(''), REWRITABLE);
  }
  return summary;
}

/** What a thread needs to convert a page file: everything of ConvertFilesOptions that says how. */
export interface ConvertSettings {
  from: FromOption;
  to: OutputFormat;
  redact?: readonly RedactionRule[];
  jiraBaseUrl?: string;
}

/** One page converted (its output text not yet written), or why it could not be. */
export type PageOutcome = { slot: number; format: InputFormat; output: string; reportLines: string[] } | { slot: number; reason: string };

/** Reads (unless `text` is given) and converts one input; never throws: a failure is its reason. */
export function convertInput(slot: number, input: string, shown: string, settings: ConvertSettings, text?: string): PageOutcome {
  try {
    text ??= readInput(input);
    const format = settings.from === 'auto' ? sniffFormat(input, text) : settings.from;
    const result = convert(text, {
      from: format,
      to: settings.to,
      ...(settings.redact ? { redact: settings.redact } : {}),
      ...(settings.jiraBaseUrl ? { jiraBaseUrl: settings.jiraBaseUrl } : {}),
    });
    return { slot, format, output: result.output, reportLines: result.report.toLines(shown) };
  } catch (error) {
    return { slot, reason: failureReason(error) };
  }
}

/** What a failed input's line says after its name. */
export function failureReason(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'markup nested too deeply to convert (thousands of levels: the converter ran out of stack); flatten the deepest part or split the page';
  }
  return isWikiportError(error) ? error.message.replace(/^input: /, '') : error instanceof Error ? error.message : String(error);
}

/** With --redact an input's name is masked wherever it is written (output name, report, failures), as export masks titles. */
export function shownInput(input: string, redact: readonly RedactionRule[] | undefined): string {
  const name = basename(input);
  const masked = redact ? redactFileName(name, redact) : name;
  return masked === name ? input : join(dirname(input), masked);
}

/** The lower-cased names of the inputs that are files in folder `out` (found through real paths: symbolic links, `./`, `..`). */
function inputNamesIn(out: string, inputs: readonly string[]): Set<string> {
  const names = new Set<string>();
  const realOut = realFolder(out);
  if (realOut === null) return names;
  const folders = new Map<string, string | null>();
  for (const input of inputs) {
    if (input === '-') continue;
    const folder = dirname(input);
    let real = folders.get(folder);
    if (real === undefined) folders.set(folder, (real = realFolder(folder)));
    if (real === realOut) names.add(fileNameKey(basename(input)));
  }
  return names;
}

function realFolder(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
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
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? `is a folder, not a file: name the page files in it (${join(path, '*')}); a folder converts whole only when it is an HTML space export (with index.html)` : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new WikiportError(`cannot read: ${why}`);
  }
  return decodeText(bytes);
}

/**
 * A page file's text: UTF-8 (a byte-order mark dropped), or UTF-16 when it starts with its
 * byte-order mark (what Windows editors save as "Unicode"). Any other bytes are refused, naming
 * the line, rather than read as U+FFFD: a Latin-1 "café" would lose its letter silently.
 */
export function decodeText(bytes: Buffer): string {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : null;
  if (bom16 !== null) {
    if (bytes.length % 2 !== 0) throw new WikiportError('starts as UTF-16 text but has an odd number of bytes (cut short?)');
    const units = Buffer.from(bytes.subarray(2));
    if (bom16 === 'be') units.swap16();
    return units.toString('utf16le');
  }
  if (bytes.includes(0)) throw new WikiportError('looks like a binary file, not a page (storage XHTML, Markdown or JSON expected)');
  if (!isUtf8(bytes)) {
    let line = 1;
    for (let start = 0; start < bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      const stop = end === -1 ? bytes.length : end;
      if (!isUtf8(bytes.subarray(start, stop))) break;
      start = stop + 1;
    }
    throw new WikiportError(`is not UTF-8 text (line ${line} has bytes that are not UTF-8; Latin-1 or Windows-1252?): save it as UTF-8, for example with \`iconv -f WINDOWS-1252 -t UTF-8\``);
  }
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

/** A name convertFiles may write into its output folder: an output (any format) or the report. */
function isConvertOutputName(name: string): boolean {
  return name === REPORT_FILE_NAME || Object.values(OUTPUT_EXTENSION).some((ext) => name.endsWith(ext));
}

function uniqueName(name: string, used: Set<string>): string {
  const ext = name.endsWith('.storage.xhtml') ? '.storage.xhtml' : extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; used.has(fileNameKey(candidate)); n++) candidate = `${stem}-${n}${ext}`;
  used.add(fileNameKey(candidate));
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
