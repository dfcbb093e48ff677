import { WikiportError } from '../../errors.js';
import type { RedactionRule } from '../../redact/redaction-rule.js';
import { isXmlBackupInput } from './backup-source.js';
import { convertXmlBackup, type XmlBackupResult } from './convert-xml-backup.js';

export interface XmlInputsOptions {
  inputs: readonly string[];
  out?: string;
  spaces?: readonly string[];
  history?: boolean;
  comments?: boolean;
  maxBodyMb?: number;
  forNewSite?: boolean;
  redact?: readonly RedactionRule[];
  jiraBaseUrl?: string;
  onLine: (line: string) => void;
  onFailure: (line: string) => void;
}

export interface XmlInputsResult {
  /** False when no input is an XML export (the other converters take them). */
  handled: boolean;
  results: XmlBackupResult[];
  /** Problems and inputs that could not be read at all, one line each. */
  failed: number;
}

/**
 * `wikiport convert` of XML exports (space exports and site backups, zipped or unpacked), each
 * into `--out`. An input that cannot be read at all (not an export, password-protected) is one
 * line, and the next input goes on.
 */
export async function convertXmlInputs(options: XmlInputsOptions): Promise<XmlInputsResult> {
  const xml: string[] = [];
  for (const input of options.inputs) if (await isXmlBackupInput(input)) xml.push(input);
  const result: XmlInputsResult = { handled: xml.length > 0, results: [], failed: 0 };
  if (!result.handled) return result;
  if (xml.length < options.inputs.length) {
    const other = options.inputs.find((i) => !xml.includes(i));
    throw new WikiportError(`convert the XML export ${xml[0]} on its own, apart from ${other}`);
  }
  if (!options.out || options.out.toLowerCase().endsWith('.ndjson')) throw new WikiportError(`${xml[0]} is a Confluence XML export: give --out DIR, a folder for its pages (Markdown + JSON)`);
  for (const input of xml) {
    try {
      const done = await convertXmlBackup({
        input,
        out: options.out,
        // `--space A,B` as well as `--space A --space B`.
        ...(options.spaces && options.spaces.length > 0 ? { spaces: options.spaces.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean) } : {}),
        history: options.history ?? false,
        comments: options.comments ?? false,
        forNewSite: options.forNewSite ?? false,
        ...(options.maxBodyMb !== undefined ? { maxBodyMb: options.maxBodyMb } : {}),
        ...(options.redact ? { redact: options.redact } : {}),
        ...(options.jiraBaseUrl ? { jiraBaseUrl: options.jiraBaseUrl } : {}),
        onProgress: options.onLine,
        onReportLine: options.onLine,
      });
      for (const line of done.problems) options.onFailure(line);
      result.failed += done.problems.length;
      result.results.push(done);
    } catch (error) {
      if (!(error instanceof WikiportError)) throw error;
      options.onFailure(error.message);
      result.failed++;
    }
  }
  return result;
}

/** The one summary line of a conversion. */
export function xmlSummaryLine(results: readonly XmlBackupResult[], out: string, failed: number): string {
  const sum = (pick: (r: XmlBackupResult) => number): number => results.reduce((n, r) => n + pick(r), 0);
  const parts = [`${sum((r) => r.pages)} pages`, `${sum((r) => r.blogPosts)} blog posts`, `${sum((r) => r.attachments)} attachments`, `${sum((r) => r.comments)} comments`];
  const versions = sum((r) => r.versions);
  if (versions > 0) parts.push(`${versions} earlier versions`);
  const trashed = sum((r) => r.skipped.trashed);
  const drafts = sum((r) => r.skipped.drafts);
  const spaces = results.flatMap((r) => r.spaces);
  return `Converted ${parts.join(', ')} from ${spaces.length === 1 ? `space ${spaces[0]}` : `${spaces.length} spaces (${spaces.join(', ')})`} into ${out}${trashed ? `; ${trashed} pages in the trash left out` : ''}${drafts ? `; ${drafts} drafts left out` : ''}${failed ? `; ${failed} problems (above)` : ''}`;
}
