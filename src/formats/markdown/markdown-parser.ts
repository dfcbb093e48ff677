import MarkdownIt from 'markdown-it';

let parser: MarkdownIt | undefined;

/**
 * The one markdown-it instance of the process: CommonMark + GFM tables and strikethrough, raw HTML
 * allowed (our dialect carries `<details>`, `<sub>`, `<sup>`, `<u>`, `<br>` and opaque comments),
 * no linkify and no typographer, so text comes back exactly as written.
 */
export function markdownParser(): MarkdownIt {
  parser ??= new MarkdownIt('default', { html: true, linkify: false, typographer: false, breaks: false });
  return parser;
}
