import MarkdownIt from 'markdown-it';

let parser: MarkdownIt | undefined;

/**
 * The one markdown-it instance of the process: CommonMark + GFM tables and strikethrough, raw HTML
 * allowed (our dialect carries `<details>`, `<sub>`, `<sup>`, `<u>`, `<br>` and opaque comments),
 * no linkify and no typographer, so text comes back exactly as written. Fenced code keeps its
 * whole info string in `data-info` (the code construct reads language, title and parameters from it).
 */
export function markdownParser(): MarkdownIt {
  if (parser) return parser;
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false, breaks: false });
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    if (!token) return '';
    const info = token.info.trim();
    const attr = info === '' ? '' : ` data-info="${md.utils.escapeHtml(info)}"`;
    return `<pre${attr}><code>${md.utils.escapeHtml(token.content)}</code></pre>\n`;
  };
  parser = md;
  return md;
}
