import { WikiportError } from '../../errors.js';
import type { InputFormat } from '../../convert.js';
import type { RedactionRule } from '../../redact/redaction-rule.js';
import { convertFilesToNdjson } from '../ndjson-convert-files.js';
import { convertHtmlExport } from './convert-html-export.js';
import { isHtmlExportInput } from './html-export-input.js';

export interface SpecialInputsOptions {
  inputs: readonly string[];
  out?: string;
  redact?: readonly RedactionRule[];
  /** Which per-page files an HTML space export gets in its folder (`--to md` or `--to json`); default both. */
  formats?: readonly ('md' | 'json')[];
  /** How a plain file's format is chosen (the convert command's `--from`/sniffing). */
  formatOf: (input: string, text: string) => InputFormat;
  onLine: (line: string) => void;
  onFailure: (line: string) => void;
}

export interface SpecialInputsResult {
  /** False when the inputs are plain page files for the ordinary per-file conversion. */
  handled: boolean;
  pages: number;
  failed: number;
  written: string[];
}

/**
 * The parts of `wikiport convert` that are not one file in, one file out: whole HTML space
 * exports (a .zip or a folder with index.html) and `--out FILE.ndjson`.
 */
export async function convertSpecialInputs(options: SpecialInputsOptions): Promise<SpecialInputsResult> {
  const exports: string[] = [];
  const files: string[] = [];
  for (const input of options.inputs) (isHtmlExportInput(input) ? exports : files).push(input);
  const ndjson = options.out?.toLowerCase().endsWith('.ndjson') ?? false;
  const result: SpecialInputsResult = { handled: exports.length > 0 || ndjson, pages: 0, failed: 0, written: [] };
  if (!result.handled) return result;
  if (!options.out) throw new WikiportError(`${exports[0]} is an HTML space export: give --out DIR (a folder for Markdown + JSON per page) or --out FILE.ndjson`);
  if (exports.length > 0 && files.length > 0) throw new WikiportError(`convert the HTML space export ${exports[0]} on its own, apart from the page files (${files[0]} ...)`);
  if (exports.length > 1 && ndjson) throw new WikiportError('one HTML space export per .ndjson file: convert the exports one at a time');
  for (const input of exports) {
    const done = await convertHtmlExport({
      input,
      out: options.out,
      ...(options.redact ? { redact: options.redact } : {}),
      ...(options.formats ? { formats: options.formats } : {}),
    });
    for (const line of done.reportLines) options.onLine(line);
    for (const failure of done.failures) options.onFailure(failure);
    result.pages += done.pages;
    result.failed += done.failures.length;
    for (const file of done.written) result.written.push(file);
  }
  if (files.length > 0) {
    const done = await convertFilesToNdjson(files, options.formatOf, options.out, options.redact);
    for (const line of done.reportLines) options.onLine(line);
    for (const f of done.failed) options.onFailure(`${f.input}: ${f.reason}`);
    result.pages += done.pages;
    result.failed += done.failed.length;
    result.written.push(options.out);
  }
  return result;
}
