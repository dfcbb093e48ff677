import MarkdownIt from 'markdown-it';

let parser: MarkdownIt | undefined;

/**
 * The one markdown-it instance of the process: CommonMark + GFM tables and strikethrough, raw HTML
 * allowed (our dialect carries `<details>`, `<sub>`, `<sup>`, `<u>`, `<br>` and opaque comments),
 * bare http(s) addresses linked (GFM autolink literal), no typographer, so text comes back as written. Fenced code keeps its
 * whole info string in `data-info` (the code construct reads language, title and parameters from it).
 */
export function markdownParser(): MarkdownIt {
  if (parser) return parser;
  const md = new MarkdownIt('default', { html: true, linkify: true, typographer: false, breaks: false });
  // GFM's autolink literal: bare http(s) addresses are links; `README.md` and `node.js` are not.
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    if (!token) return '';
    const info = token.info.trim();
    const attr = info === '' ? '' : ` data-info="${md.utils.escapeHtml(info)}"`;
    return `<pre${attr}><code>${md.utils.escapeHtml(token.content)}</code></pre>\n`;
  };
  keepFootnoteDefinitionsOutOfReferences(md);
  md.core.ruler.push('literal_task_marker', (state) => {
    markLiteralTaskMarkers(state.tokens);
  });
  parser = md;
  return md;
}

type Tokens = ReturnType<MarkdownIt['parse']>;

/** The attribute on `<li>` whose text starts `[x]` only because the Markdown escaped the brackets. */
export const LITERAL_TASK_MARKER = 'data-literal-marker';

/**
 * `- \[x\] text` renders the same text as `- [x] text`; only the source tells a literal bracket
 * from a task marker. An item whose first line starts with an escape (`\[`, `&#91;`) instead of
 * a bare `[ ]`/`[x]` is marked, so the task-list reader leaves it a plain item.
 */
function markLiteralTaskMarkers(tokens: Tokens): void {
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (open?.type !== 'list_item_open') continue;
    const inline = tokens[i + 1]?.type === 'inline' ? tokens[i + 1] : tokens[i + 2]?.type === 'inline' ? tokens[i + 2] : undefined;
    if (inline && /^[\\&]/.test(inline.content) && !/^\[( |x|X)\](\s|$)/.test(inline.content)) open.attrSet(LITERAL_TASK_MARKER, '');
  }
}

type BlockRule = (state: { src: string; bMarks: number[]; tShift: number[] }, start: number, end: number, silent: boolean) => boolean;

/**
 * `[^1]: text` is a GFM footnote definition, which wikiport does not read yet: to CommonMark it is
 * a link reference definition, which would turn every `[^1]` into a link to "text". Such lines
 * stay text, as they show on a viewer without footnotes.
 */
function keepFootnoteDefinitionsOutOfReferences(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__;
  const reference = rules.find((rule) => rule.name === 'reference')?.fn;
  if (!reference) return;
  const guarded: BlockRule = (state, start, end, silent) => {
    const pos = (state.bMarks[start] ?? 0) + (state.tShift[start] ?? 0);
    return state.src.startsWith('[^', pos) ? false : reference(state, start, end, silent);
  };
  md.block.ruler.at('reference', guarded as unknown as Parameters<typeof md.block.ruler.at>[1]);
}
