import { convert } from '../../src/convert.js';

/** Storage -> Markdown. */
export function md(storage: string): string {
  return convert(storage, { from: 'storage', to: 'md' }).output;
}

/** Markdown -> storage. */
export function storage(markdown: string): string {
  return convert(markdown, { from: 'markdown', to: 'storage' }).output;
}

/** Storage -> Markdown -> storage -> Markdown: the second Markdown, to compare with the first. */
export function mdAgain(source: string): string {
  return md(storage(md(source)));
}
