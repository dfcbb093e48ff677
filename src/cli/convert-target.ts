import { stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import type { OutputFormat } from '../convert.js';
import { WikiportError } from '../errors.js';
import { isHtmlExportInput } from '../export/html-export/html-export-input.js';

/** Where `wikiport convert` writes, decided from `--out`, `--to` and the inputs before any work. */
export type ConvertTarget =
  | { kind: 'stdout'; to: OutputFormat }
  | { kind: 'file'; path: string; to: OutputFormat }
  | { kind: 'folder'; path: string; to: OutputFormat }
  | { kind: 'ndjson'; path: string }
  | { kind: 'html-export'; path: string; formats?: readonly ('md' | 'json')[] };

/** An `--out` ending in one of these names one file, unless it is an existing folder. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, OutputFormat | undefined>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.json': 'json',
  '.xhtml': 'storage',
  '.xml': 'storage',
  '.html': 'storage',
  '.htm': 'storage',
  '.txt': undefined,
};

const FORMAT_NAME: Record<OutputFormat, string> = { md: 'Markdown', json: 'JSON', storage: 'storage XHTML' };

export async function convertTarget(inputs: readonly string[], out: string | undefined, to: OutputFormat | undefined): Promise<ConvertTarget> {
  const stdinInputs = inputs.filter((input) => input === '-').length;
  if (stdinInputs > 0 && inputs.length > 1) {
    throw new WikiportError('- (standard input) holds one page: convert it on its own, without other inputs');
  }
  const exports = inputs.filter(isHtmlExportInput);

  if (out === undefined || out === '-') {
    if (exports.length > 0) throw new WikiportError(`${exports[0]} is an HTML space export: give --out DIR (a folder for Markdown + JSON per page) or --out FILE.ndjson`);
    if (inputs.length > 1) throw new WikiportError(`${inputs.length} inputs need an output folder: add --out DIR (one input alone goes to stdout)`);
    return { kind: 'stdout', to: to ?? 'md' };
  }
  if (out.toLowerCase().endsWith('.ndjson')) {
    if (to !== undefined && to !== 'json') throw new WikiportError(`--out ${out} writes one JSON page a line: drop --to ${to}, or give a folder or a .${to === 'md' ? 'md' : 'xhtml'} file`);
    if (stdinInputs > 0) throw new WikiportError('- (standard input) converts to standard output or to one --out FILE, not into an .ndjson file');
    return { kind: 'ndjson', path: out };
  }
  const kind = await outKind(out);
  if (exports.length > 0) {
    if (kind === 'file') throw new WikiportError(`${exports[0]} is an HTML space export: it converts into a folder (--out DIR) or an .ndjson file, not into ${out}`);
    if (to === 'storage') throw new WikiportError(`${exports[0]} is an HTML space export: it converts to md and json (Confluence's rendered pages hold no storage XHTML); drop --to storage`);
    return { kind: 'html-export', path: out, ...(to ? { formats: [to] } : {}) };
  }
  if (kind === 'not-a-folder') {
    throw new WikiportError(`--out ${out} is an existing file without a page extension, not a folder: name a folder, or (for one input) a .md, .json or .xhtml file`);
  }
  if (kind === 'folder') {
    if (stdinInputs > 0) throw new WikiportError('- (standard input) converts to standard output or to one --out FILE, not into a folder');
    return { kind: 'folder', path: out, to: to ?? 'md' };
  }
  if (inputs.length > 1) throw new WikiportError(`${inputs.length} inputs need an output folder, but --out ${out} names one file: give a folder (or FILE.ndjson for one JSON page a line)`);
  if (inputs.some((input) => resolve(input) === resolve(out))) {
    throw new WikiportError(`--out ${out} is the input itself: name another file (the input is never overwritten)`);
  }
  const parent = await stat(dirname(out)).catch(() => undefined);
  if (parent && !parent.isDirectory()) throw new WikiportError(`--out ${out}: ${dirname(out)} is a file, not a folder`);
  const named = FORMAT_OF_EXTENSION[extname(out).toLowerCase()];
  if (to !== undefined && named !== undefined && named !== to) {
    throw new WikiportError(`--out ${out} names a ${FORMAT_NAME[named]} file but --to is ${to}: drop --to, or name the file .${to === 'md' ? 'md' : to === 'json' ? 'json' : 'xhtml'}`);
  }
  return { kind: 'file', path: out, to: to ?? named ?? 'md' };
}

/**
 * A name with a page extension (notes.md) is a file, unless a folder of that name exists; a
 * trailing slash or any other name is a folder. An existing file with another extension cannot
 * be a folder.
 */
async function outKind(out: string): Promise<'file' | 'folder' | 'not-a-folder'> {
  const existing = await stat(out).catch(() => undefined);
  if (existing?.isDirectory()) return 'folder';
  if (/[\\/]$/.test(out)) return existing ? 'not-a-folder' : 'folder';
  if (Object.hasOwn(FORMAT_OF_EXTENSION, extname(out).toLowerCase())) return 'file';
  return existing ? 'not-a-folder' : 'folder';
}
