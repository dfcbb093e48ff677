import { ExitCode, WikiportError } from '../errors.js';
import { readFrontMatter } from '../formats/markdown/front-matter.js';

/**
 * A file push refuses before sending anything: it cannot be an edit of a page (binary, not UTF-8,
 * empty, broken front matter, another page's id). Its message is one line naming the file.
 */
export class RefusedEditError extends WikiportError {
  constructor(message: string) {
    super(message, ExitCode.usage);
    this.name = 'RefusedEditError';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Control characters no text page holds (tab, newline, form feed and carriage return aside). */
// eslint-disable-next-line no-control-regex
const binaryControls = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** UTF-16 without a byte-order mark: mostly-ASCII text leaves every other byte zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return Math.max(even, odd) > sample.length / 4 && Math.min(even, odd) < sample.length / 50;
}

/**
 * The text of a file about to be pushed, or a RefusedEditError saying why it cannot be an edit:
 * bytes that are not UTF-8 text (a UTF-8 byte-order mark is fine and dropped), and for Markdown an
 * empty body (unless `allowEmpty`) or front matter that does not close or does not parse.
 */
export function editText(shown: string, bytes: Uint8Array, kind: 'md' | 'json', options: { allowEmpty?: boolean } = {}): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    throw new RefusedEditError(`${shown}: the file is UTF-16 text; save it as UTF-8 and push again (nothing was sent)`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new RefusedEditError(`${shown}: the file is not UTF-8 text (binary data or another encoding); save it as UTF-8 or restore it (nothing was sent)`);
  }
  const bad = binaryControls.exec(text);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).padStart(4, '0');
    const line = text.slice(0, bad.index).split('\n').length;
    throw new RefusedEditError(`${shown}: line ${line} holds the control character U+${code.toUpperCase()}: the file looks binary, not an edited page (nothing was sent)`);
  }
  if (kind === 'md') checkMarkdown(shown, text, options.allowEmpty ?? false);
  else if (text.trim() === '') throw new RefusedEditError(`${shown}: the file is empty; restore it or delete it (nothing was sent)`);
  else checkJson(shown, text);
  return text;
}

function checkMarkdown(shown: string, text: string, allowEmpty: boolean): void {
  const front = readFrontMatter(text);
  if (front.problem) throw new RefusedEditError(`${shown}: ${front.problem}; fix the front matter (nothing was sent)`);
  const opened = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/.exec(text);
  if (opened && front.body === text) {
    // Front matter that does not close reads as a rule and a paragraph of `key: value` lines.
    const rest = text.slice(opened[0].length);
    if (/^(?:title|id|space|version|parent|source|labels|created|updated)\s*:/m.test(rest.split(/(?:\r\n?|\n){2}/)[0] ?? '') && !/(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/.test(`\n${rest}`)) {
      throw new RefusedEditError(`${shown}: the front matter opened by "---" on line 1 never closes; add the closing "---" line after it (nothing was sent)`);
    }
  }
  if (!allowEmpty && front.body.trim() === '') {
    throw new RefusedEditError(`${shown}: the page body is empty; push with --allow-empty to empty the page on purpose (nothing was sent)`);
  }
}

function checkJson(shown: string, text: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    throw new RefusedEditError(`${shown}: the file is not valid JSON (${(error as Error).message}); fix or restore it (nothing was sent)`);
  }
}

/** The `id` the file names must be the page the export folder ties it to. */
export function checkDeclaredId(shown: string, declared: string | null, pageId: string, kind: 'md' | 'json'): void {
  if (declared !== null && declared !== pageId) {
    const field = kind === 'md' ? 'its front matter' : 'its "id"';
    throw new RefusedEditError(`${shown}: ${field} names page ${declared}, but the export manifest ties this file to page ${pageId}; fix the id (nothing was sent)`);
  }
}
