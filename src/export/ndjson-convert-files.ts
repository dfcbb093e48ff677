import { readFile } from 'node:fs/promises';
import { convert } from '../convert.js';
import type { InputFormat } from '../convert.js';
import { PageDocumentSchema } from '../model/page-document.js';
import type { RedactionRule } from '../redact/redaction-rule.js';
import { NdjsonWriter } from '../files/ndjson-writer.js';
import { shownInput } from './convert-files.js';

export interface NdjsonFilesResult {
  pages: number;
  failed: { input: string; reason: string }[];
  reportLines: string[];
}

/**
 * `wikiport convert FILES... --out FILE.ndjson`: each input converted to the page model and
 * written as one line, one input at a time (memory stays flat). A bad input is reported and left
 * out; the file replaces any previous one only when all inputs were tried.
 */
export async function convertFilesToNdjson(
  inputs: readonly string[],
  formatOf: (input: string, text: string) => InputFormat,
  target: string,
  redact?: readonly RedactionRule[],
): Promise<NdjsonFilesResult> {
  const result: NdjsonFilesResult = { pages: 0, failed: [], reportLines: [] };
  const writer = new NdjsonWriter(target);
  try {
    for (const input of inputs) {
      try {
        const text = await readFile(input, 'utf8');
        const converted = convert(text, { from: formatOf(input, text), to: 'json', ...(redact ? { redact } : {}) });
        await writer.write(PageDocumentSchema.parse(JSON.parse(converted.output)));
        for (const line of converted.report.toLines(shownInput(input, redact))) result.reportLines.push(line);
        result.pages++;
      } catch (error) {
        result.failed.push({ input: shownInput(input, redact), reason: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) });
      }
    }
    await writer.close();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return result;
}
