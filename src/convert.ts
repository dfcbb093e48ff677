import type { PageMeta } from './model/page-meta.js';
import type { ConversionReport } from './hub/report.js';
import { WikiportError } from './errors.js';

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
  /** Account id / user key / username to display name, when known. */
  userNames?: (user: { accountId?: string; userKey?: string; username?: string }) => string | null;
}

export interface ConvertResult {
  output: string;
  meta: PageMeta;
  report: ConversionReport;
}

/**
 * Converts one page. Pure: string in, string out, no I/O and no clock.
 * (Implemented through the canonical-HTML hub: reader -> hub -> writer.)
 */
export function convert(_input: string, _options: ConvertOptions): ConvertResult {
  throw new WikiportError('convert is not implemented yet');
}
