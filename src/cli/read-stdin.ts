import { WikiportError } from '../errors.js';

/** The text piped into `wikiport convert -`; refuses a terminal rather than waiting on it silently. */
export async function readStdin(stdin: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (stdin.isTTY) throw new WikiportError('`-` reads the page from standard input, but that is a terminal: pipe or redirect a file into it (wikiport convert - < page.xhtml)');
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch (error) {
    throw new WikiportError(`cannot read standard input: ${(error as Error).message}`);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new WikiportError('standard input is empty (closed, or nothing was piped in): pipe a page into `-`');
  if (bytes.includes(0)) throw new WikiportError('standard input looks like a binary file, not a page (storage XHTML, Markdown or JSON expected)');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
