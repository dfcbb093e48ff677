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
  const paragraphs: string[] = [];
  let current: string[] = [];
  let fence: string | null = null;
  let inComment = false;
  const flush = () => {
    const paragraph = normalizeParagraph(current.join('\n'));
    if (paragraph) paragraphs.push(paragraph);
    current = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    if (fence) {
      current.push(line);
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = null;
      continue;
    }
    if (inComment) {
      current.push(line);
      if (line.includes('-->')) inComment = false;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    current.push(line);
    const opener = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (opener) fence = opener[1]!;
    else if (opensUnclosedComment(line)) inComment = true;
  }
  flush();
  return paragraphs;
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
