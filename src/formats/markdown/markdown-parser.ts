import MarkdownIt from 'markdown-it';
import footnotePlugin from 'markdown-it-footnote';
import { footnoteLabel, footnoteRefAnchor } from '../../constructs/footnote.js';
import { SHORTCODE, shortcodeEmoticon } from '../../constructs/emoji-shortcodes.js';
import { WikiportError } from '../../errors.js';
import { gfmStrikethrough } from './gfm-strikethrough.js';
import { LINKIFY_OPTIONS } from './linkify.js';
import { reportCellsPastHeader } from './table-overflow.js';
import type { ConversionReport } from '../../hub/report.js';
import { element, escapeText } from '../../hub/html.js';

let parser: MarkdownIt | undefined;

/**
 * The one markdown-it instance of the process: CommonMark + GFM tables and strikethrough (`~x~` too), raw HTML
 * allowed (our dialect carries `<details>`, `<sub>`, `<sup>`, `<u>`, `<br>` and opaque comments),
 * bare http(s) and e-mail addresses linked (GFM autolink literal), no typographer, so text comes back as written. Fenced code keeps its
 * whole info string in `data-info` (the code construct reads language, title and parameters from it).
 */
export function markdownParser(): MarkdownIt {
  if (parser) return parser;
  const md = new MarkdownIt('default', { html: true, linkify: true, typographer: false, breaks: false });
  // markdown-it reads the option, its type declarations lack it.
  (md.options as { maxNesting?: number }).maxNesting = MAX_NESTING;
  md.linkify.set(LINKIFY_OPTIONS);
  md.renderer.rules.fence = (tokens, idx) => {
    const token = tokens[idx];
    if (!token) return '';
    const info = token.info.trim();
    const attr = info === '' ? '' : ` data-info="${md.utils.escapeHtml(info)}"`;
    return `<pre${attr}><code>${md.utils.escapeHtml(token.content)}</code></pre>\n`;
  };
  gfmStrikethrough(md);
  readFootnotes(md);
  md.core.ruler.push('literal_task_marker', (state) => {
    markLiteralTaskMarkers(state.tokens);
  });
  // Before text_join: an escaped colon (`:tada\\:`) is a token of its own there, so it stays text.
  md.core.ruler.before('text_join', 'emoji_shortcode', (state) => {
    for (const token of state.tokens) if (token.type === 'inline' && token.children && token.content.includes(':')) token.children = withShortcodes(token.children, state.Token);
  });
  parser = md;
  return md;
}

type Tokens = ReturnType<MarkdownIt['parse']>;

/**
 * Block nesting markdown-it follows (each list level is two: the list and its item; each quote
 * one). Its default, 100, made a list nested 50 levels deep (or quotes 100) end the document
 * there without a word: every line below was dropped. 1000 is far past what anyone writes and
 * well inside what the reader and writers recurse through.
 */
const MAX_NESTING = 1000;

/**
 * Markdown -> HTML. A document nested deeper than MAX_NESTING is refused, naming the line, rather
 * than read up to there: markdown-it stops at that depth and silently skips the rest.
 * `lineOffset` is the number of lines before `markdown` in its file (front matter). With a report,
 * table cells past the header's width (dropped, as GitHub drops them) are reported.
 */
export function renderMarkdown(markdown: string, lineOffset = 0, report?: ConversionReport): string {
  const md = markdownParser();
  const env = {};
  const tokens = md.parse(markdown, env);
  if (report !== undefined && tokens.some((t) => t.type === 'table_open')) reportCellsPastHeader(tokens, markdown, lineOffset, report);
  const deepest = tokens.find((t) => t.nesting === 1 && t.level >= MAX_NESTING - 1);
  if (deepest) {
    const line = (deepest.map?.[0] ?? 0) + 1 + lineOffset;
    throw new WikiportError(
      `line ${line}: lists or quotes nested more than ${MAX_NESTING / 2} levels deep; wikiport cannot read past that depth and would lose the rest of the file: nest less deeply`,
    );
  }
  return md.renderer.render(tokens, md.options, env);
}

type Token = Tokens[number];

/**
 * GitHub emoji shortcodes in text (`:tada:`, not in code, not in an autolink's text) as the hub's
 * emoticon (constructs/emoji-shortcodes.ts). Unknown names stay text.
 */
function withShortcodes(children: Token[], TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token): Token[] {
  const out: Token[] = [];
  let inAutolink = 0;
  for (const child of children) {
    if (child.type === 'link_open' && (child.markup === 'linkify' || child.markup === 'autolink')) inAutolink++;
    if (child.type === 'link_close' && inAutolink > 0) inAutolink--;
    if (child.type !== 'text' || inAutolink > 0 || !child.content.includes(':')) {
      out.push(child);
      continue;
    }
    let last = 0;
    for (const match of child.content.matchAll(SHORTCODE)) {
      const emoticon = shortcodeEmoticon(match[1] ?? '');
      if (!emoticon) continue;
      if (match.index > last) out.push(textToken(TokenClass, child.content.slice(last, match.index)));
      const html = new TokenClass('html_inline', '', 0);
      html.content = element(
        'span',
        { 'data-emoticon': emoticon.name, 'data-emoji-shortname': emoticon.shortname, 'data-emoji-id': emoticon.id, 'data-emoji-fallback': emoticon.fallback },
        escapeText(emoticon.fallback),
      );
      out.push(html);
      last = match.index + match[0].length;
    }
    if (last === 0) out.push(child);
    else if (last < child.content.length) out.push(textToken(TokenClass, child.content.slice(last)));
  }
  return out;
}

function textToken(TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token, content: string): Token {
  const token = new TokenClass('text', '', 0);
  token.content = content;
  return token;
}

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

type Env = { footnotes?: { list?: { count?: number }[] } };

/**
 * GFM footnotes (`[^1]` and `[^1]: text`) through markdown-it-footnote, rendered straight in the
 * hub spelling of constructs/footnote.ts: references as `<sup data-footnote>`, the notes as one
 * `<ol data-footnotes>` (at the end, where GitHub shows them). Inline footnotes (`^[text]`) are not
 * GFM: they stay text.
 */
function readFootnotes(md: MarkdownIt): void {
  // @types/markdown-it-footnote names markdown-it's CommonJS types; the plugin is the same function.
  md.use(footnotePlugin as unknown as (md: MarkdownIt) => void);
  md.inline.ruler.disable('footnote_inline');
  // The notes stay in the order they are written (the plugin would order them by first reference:
  // moving a paragraph would move the notes), and a note nothing refers to any more (its reference
  // was edited away) is kept: the plugin, as GitHub's view, would drop its text.
  md.core.ruler.before('footnote_tail', 'footnote_order', (state) => {
    const footnotes = (state.env as { footnotes?: { refs?: Record<string, number>; list?: { label?: string; count?: number }[] } }).footnotes;
    if (!footnotes?.refs) return;
    const list = footnotes.list ?? [];
    const written = state.tokens.filter((t) => t.type === 'footnote_reference_open').map((t) => (t.meta as { label: string }).label);
    const reordered: { label?: string; count?: number }[] = [];
    const newId = new Map<number, number>();
    const seen = new Set<string>();
    for (const label of written) {
      const key = `:${label}`;
      const id = footnotes.refs[key];
      if (id === undefined || seen.has(key)) continue;
      seen.add(key);
      if (id >= 0) newId.set(id, reordered.length);
      footnotes.refs[key] = reordered.length;
      reordered.push(id >= 0 ? list[id]! : { label, count: 0 });
    }
    list.forEach((entry, id) => {
      if (newId.has(id)) return;
      newId.set(id, reordered.length);
      reordered.push(entry);
    });
    footnotes.list = reordered;
    for (const token of state.tokens) {
      for (const child of token.children ?? []) {
        if (child.type === 'footnote_ref') (child.meta as { id: number }).id = newId.get((child.meta as { id: number }).id) ?? (child.meta as { id: number }).id;
      }
    }
  });
  const label = (meta: { id: number; label?: string }): string => md.utils.escapeHtml(footnoteLabel(meta.label ?? String(meta.id + 1)));
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, idx) => {
    const meta = tokens[idx]?.meta as { id: number; subId: number; label?: string };
    const name = footnoteLabel(meta.label ?? String(meta.id + 1));
    return `<sup data-footnote="${label(meta)}" data-footnote-ref="${md.utils.escapeHtml(footnoteRefAnchor(name, meta.subId))}">${meta.id + 1}</sup>`;
  };
  rules.footnote_block_open = () => '<ol data-footnotes>\n';
  rules.footnote_block_close = () => '</ol>\n';
  rules.footnote_open = (tokens, idx, _options, env: Env) => {
    const meta = tokens[idx]?.meta as { id: number; label?: string };
    return `<li data-footnote="${label(meta)}" data-footnote-refs="${env.footnotes?.list?.[meta.id]?.count ?? 1}">`;
  };
  rules.footnote_close = () => '</li>\n';
  rules.footnote_anchor = () => '';
}
