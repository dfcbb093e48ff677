import { convert, type ConvertOptions } from '../convert.js';
import type { BlockConverters } from './blocks/blocks-lossless.js';

/** The rendering settings export used, so that an untouched block renders to the same Markdown. */
export type RenderOptions = Pick<ConvertOptions, 'baseUrl' | 'linkTargets' | 'attachmentsDir' | 'userNames' | 'jiraBaseUrl'>;

/** Block converters through the hub (`convert()`), storage ⇄ Markdown, without front matter. */
export function hubBlockConverters(options: RenderOptions = {}): BlockConverters {
  return {
    storageToMarkdown: (storage, inPage) => convert(storage, { ...options, ...(inPage ? { footnoteLabels: inPage.footnoteLabels } : {}), from: 'storage', to: 'md' }).output,
    markdownToStorage: (markdown) => convert(markdown, { ...options, from: 'markdown', to: 'storage' }).output,
  };
}

/** Title from front matter, else the first level-one (or any) heading of the Markdown body. */
export function titleFromMarkdown(metaTitle: string | null | undefined, body: string): string | null {
  if (metaTitle && metaTitle.trim()) return metaTitle.trim();
  let fence = false;
  let firstHeading: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    // A closing run of # counts only after a space (CommonMark): "# C#" is the heading "C#".
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
    if (!heading) continue;
    if (heading[1] === '#') return heading[2]!.trim();
    firstHeading ??= heading[2]!.trim();
  }
  return firstHeading;
}
