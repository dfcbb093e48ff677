/**
 * Markdown cut into paragraphs (runs of non-blank lines), the unit in which an edited file is
 * compared with the Markdown each exported storage block renders to. Fenced code and HTML
 * comments (where opaque macros travel) are never cut, even across blank lines.
 */

export interface FrontMatterSplit {
  /** The YAML between the `---` fences, or null when the file has none. */
  frontMatter: string | null;
  body: string;
}

export function splitFrontMatter(markdown: string): FrontMatterSplit {
  const text = markdown.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontMatter: null, body: text };
  return { frontMatter: match[1] ?? '', body: text.slice(match[0].length) };
}

export function splitMarkdownParagraphs(markdown: string): string[] {
  return markdownParagraphSpans(markdown).map((span) => span.text);
}

/** A paragraph of a Markdown text: its normalized text, and where its lines start and end. */
export interface ParagraphSpan {
  text: string;
  /** Offset of the paragraph's first line (its indentation included). */
  start: number;
  /** Offset just past its last line (before the line break). */
  end: number;
}

/**
 * The paragraphs of a Markdown text with their place in it, so that an edited stretch can be
 * converted from the user's own lines (indentation and blank lines included) rather than from
 * normalized paragraphs, which would lose what makes a paragraph a list item's continuation.
 */
export function markdownParagraphSpans(markdown: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let start = -1;
  let end = 0;
  let fence: string | null = null;
  let inComment = false;
  const flush = () => {
    if (start >= 0) {
      const text = normalizeParagraph(markdown.slice(start, end).replace(/\r\n/g, '\n'));
      if (text) spans.push({ text, start, end });
    }
    start = -1;
  };
  const lineBreak = /\r?\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(markdown);
    const lineEnd = match ? match.index : markdown.length;
    const line = markdown.slice(lineStart, lineEnd);
    if (fence || inComment) {
      end = lineEnd;
      if (fence && line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = null;
      else if (inComment && line.includes('-->')) inComment = false;
    } else if (line.trim() === '') {
      flush();
    } else {
      if (start < 0) start = lineStart;
      end = lineEnd;
      const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (opener) fence = opener[1]!;
      else if (opensUnclosedComment(line)) inComment = true;
    }
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  flush();
  return spans;
}

function opensUnclosedComment(line: string): boolean {
  const open = line.lastIndexOf('<!--');
  return open >= 0 && line.indexOf('-->', open + 4) < 0;
}

/** Trailing spaces and surrounding blank lines do not count as an edit. */
export function normalizeParagraph(paragraph: string): string {
  return paragraph
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
