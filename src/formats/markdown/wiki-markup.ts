/**
 * Markdown files that hold another wiki's markup, left unconverted by a migration: MediaWiki
 * (`== Heading ==`, `'''bold'''`, `[[User:x|Name]]`, `# numbered`, `{{Done}}`), DokuWiki
 * (`====== Heading ======`, `^ head ^ head ^` tables, `//italic//`, `<todo @user>`) and Logseq
 * outlines (`key:: value` properties, `[[Page]]` links, TODO / DONE / LATER / NOW markers,
 * SCHEDULED / DEADLINE lines). Such a file is rewritten into the Markdown it means before it is
 * parsed, so that its headings are headings, its tasks tasks and its links their labels.
 *
 * Each dialect is recognised by its own signature, which no Markdown writer produces (balanced
 * `=` heading lines, caret table rows, `::` property lines, several of them): plain Markdown is
 * returned unchanged, and a cheap character test runs before any pattern. Every rewrite keeps
 * one line for one line, so that line numbers in warnings stay right.
 */

/**
 * `== Heading ==`: the text between the runs of `=` starts and ends with something else, so that a
 * setext underline (`=====`, a Markdown heading's) is never one. Both wikis read a heading only at
 * the start of a line (an indented line is preformatted there, and an indented code block in
 * Markdown), so the pattern is tried on lines as they are, not trimmed.
 */
const WIKI_HEADING = /^(={1,6})[ \t]*([^=\s](?:.*[^=\s])?)[ \t]*\1[ \t]*$/;
const CARET_ROW = /^\^.*\^\s*$/;
const PIPE_ROW = /^\|.*\|\s*$/;
/** `key:: value`: the `::` is followed by a space or ends the line, so that `std::map`, `Foo::bar()` and `a::before` are no properties. */
const PROPERTY = /^(\s*(?:[-*]\s+)?)([A-Za-z][\w-]*)::(?:[ \t]+(.*))?[ \t]*$/;
const BULLET = /^\s*[-*](?:\s|$)/;
const LOGSEQ_MARK = /^\s*[-*]\s+(?:(?:TODO|DOING|NOW|LATER|WAITING|DONE|CANCELED|CANCELLED)(?:\s|$)|#{1,6}\s)|^\s*(?:SCHEDULED|DEADLINE):\s*<\d{4}-\d{2}-\d{2}|\(\([0-9a-f]{8}-[0-9a-f-]{27}\)\)/;
const HARD_BREAK = /(?:\\| {2,})$/;
/** A MediaWiki page's marks that no Markdown writer produces. */
const MEDIAWIKI_MARK = /\[\[(?:[Uu]ser|[Cc]ategory):|\{\{(?:[Dd]one|[Tt]odo|[Nn]ot done)\}\}|^__(?:NOTOC|TOC|FORCETOC|NOEDITSECTION|NEWSECTIONLINK|NOGALLERY|HIDDENCAT|INDEX|NOINDEX)__\s*$/;

type Dialect = 'mediawiki' | 'dokuwiki' | 'logseq';

/**
 * Lines that are no markup of the page itself: fenced code (closed only by a fence of the same
 * character at least as long), `<pre>` / `<code>` / `<nowiki>` / `<!-- -->` blocks, `$$` math and
 * a front matter block. True for each line to skip.
 */
function quotedLines(lines: readonly string[]): boolean[] {
  const skip = new Array<boolean>(lines.length).fill(false);
  let fenceEnd: RegExp | null = null;
  let closer: RegExp | null = null;
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (end > 0) for (; i <= end; i += 1) skip[i] = true;
  }
  for (; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (fenceEnd !== null) {
      skip[i] = true;
      if (fenceEnd.test(line.replace(/\t/g, '    '))) fenceEnd = null;
      continue;
    }
    if (closer !== null) {
      skip[i] = true;
      if (closer.test(line)) closer = null;
      continue;
    }
    const open = /^(\s*)(`{3,}|~{3,})/.exec(line);
    if (open) {
      skip[i] = true;
      // Closed by a run of the same character at least as long, indented at most three spaces
      // more than the opening (a line indented further is code inside the fence).
      const indent = open[1]!.replace(/\t/g, '    ').length;
      fenceEnd = new RegExp(`^ {0,${indent + 3}}${open[2]!.charAt(0)}{${open[2]!.length},}\\s*$`);
      continue;
    }
    const block = /^\s*(?:<(pre|code|nowiki|syntaxhighlight|source)\b|(<!--)|(\$\$))/i.exec(line);
    if (block) {
      skip[i] = true;
      const end = block[1] ? new RegExp(`</${block[1]}\\s*>`, 'i') : block[2] ? /-->/ : /\$\$/;
      // The block closes on its own line, or after the opening on that same line.
      const rest = line.slice(line.indexOf(block[0]) + block[0].length);
      if (!end.test(rest)) closer = end;
    }
  }
  return skip;
}

/**
 * A Logseq page is an outline: every line is a block's bullet, a line under a block (indented),
 * or one of the page's own properties at the top. Its properties sit on lines of their own,
 * right under the block they belong to (not after a Markdown hard break) or at the top.
 * Obsidian notes write the same `key:: value` fields (Dataview), so an outline is Logseq's only
 * with a mark of Logseq's own as well: a task marker opening a block (`- TODO`, `- LATER`), a
 * SCHEDULED / DEADLINE line, a heading block (`- ## Notes`), a `((block ref))`, or a property whose
 * value is a `[[page]]`. Returns how many property lines there are, or -1 when the lines are no
 * Logseq outline.
 */
function logseqProperties(lines: readonly string[], skip: readonly boolean[]): number {
  let properties = 0;
  let bullets = 0;
  let marks = 0;
  let previous = '';
  let frontMatter = lines[0]?.trim() === '---';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (skip[i]) {
      if (frontMatter) frontMatter = i === 0 || !/^(?:---|\.\.\.)\s*$/.test(line);
      // Code and HTML blocks sit inside a block of an outline, never at its left edge.
      else if (/^\S/.test(line)) return -1;
      previous = line;
      continue;
    }
    if (line.trim() === '') {
      previous = '';
      continue;
    }
    if (LOGSEQ_MARK.test(line)) marks += 1;
    if (BULLET.test(line)) bullets += 1;
    else if (PROPERTY.test(line) && (bullets === 0 ? !/^\s/.test(line) && (previous === '' || PROPERTY.test(previous)) : /^\s/.test(line) && previous !== '' && !HARD_BREAK.test(previous))) {
      properties += 1;
      if (/::\s+.*\[\[[^\]]+\]\]/.test(line)) marks += 1;
    } else if (bullets === 0 || !/^\s/.test(line)) return -1;
    previous = line;
  }
  return bullets > 0 && marks > 0 ? properties : -1;
}

/** The dialect a file's lines are written in, or null for Markdown. */
export function wikiDialect(lines: readonly string[]): Dialect | null {
  const skip = quotedLines(lines);
  let equalHeadings = 0;
  let dokuHeadings = 0;
  let longHeadings = 0;
  let caretTables = 0;
  let highlights = 0;
  let mediaWikiMarks = 0;
  let hasProperty = false;
  for (let i = 0; i < lines.length; i += 1) {
    if (skip[i]) continue;
    const line = lines[i]!;
    const first = line.charAt(0);
    if (first === '=') {
      // The text of a setext heading (a line of `=` or `-` under it) is Markdown's heading.
      const m = /^(?:=+|-+)\s*$/.test(lines[i + 1] ?? '') ? null : WIKI_HEADING.exec(line);
      // `==text==` with nothing between the marks and the text is also a whole-line highlight
      // (Obsidian, markdown-it-mark): such a line is a heading only beside another wiki signature.
      if (m && m[1] === '==' && !/^==\s/.test(line) && !/\s==\s*$/.test(line)) highlights += 1;
      if (m) {
        equalHeadings += 1;
        if (m[1]!.length >= 2) dokuHeadings += 1;
        if (m[1]!.length >= 5) longHeadings += 1;
      }
    } else if (first === '^' && CARET_ROW.test(line)) {
      // A DokuWiki table: a row of header cells next to another row of the same table.
      const near = [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && (CARET_ROW.test(l) || PIPE_ROW.test(l)));
      if (near) caretTables += 1;
    }
    if (!hasProperty && line.includes('::') && PROPERTY.test(line)) hasProperty = true;
    // A MediaWiki line that opens with a space is preformatted text (and an indented one code in Markdown).
    if (!/^\s/.test(line) && (line.includes('[[') || line.includes('{{') || line.includes('__')) && MEDIAWIKI_MARK.test(line)) mediaWikiMarks += 1;
  }
  if (hasProperty && equalHeadings === 0 && logseqProperties(lines, skip) >= 2) return 'logseq';
  // DokuWiki's headings run from `======` down to `==`: a single `=` is MediaWiki's top heading.
  if (dokuHeadings >= 2 && dokuHeadings === equalHeadings && (longHeadings > 0 || caretTables > 0)) return 'dokuwiki';
  if ((equalHeadings >= 2 && equalHeadings > highlights) || (equalHeadings >= 1 && mediaWikiMarks > 0)) return 'mediawiki';
  if (caretTables > 0 && dokuHeadings >= 1 && dokuHeadings === equalHeadings) return 'dokuwiki';
  return null;
}

/** `[[User:x|Name]]` and `[[Page|Label]]` read as their label, `[[Page]]` as the page's name; categories and files are dropped. */
function wikiLinks(text: string): string {
  if (!text.includes('[[')) return text;
  return text.replace(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (_all, target: string, label?: string) => {
    if (/^(?:category|file|image)\s*:/i.test(target)) return '';
    const shown = label ?? target.replace(/^(?:user|benutzer|utilisateur)\s*:/i, '');
    return shown.trim();
  });
}

function mediaWikiInline(text: string): string {
  let out = wikiLinks(text);
  if (out.includes("''")) out = out.replace(/'''(.+?)'''/g, '**$1**').replace(/''(.+?)''/g, '*$1*');
  if (out.includes('{{')) {
    out = out.replace(/\{\{\s*done\s*\}\}\s*/gi, '[x] ').replace(/\{\{\s*(?:todo|not done)\s*\}\}\s*/gi, '[ ] ');
    // Other templates (footers, infoboxes) are layout, not text.
    out = out.replace(/\{\{[^{}]*\}\}/g, '');
  }
  return out;
}

function mediaWikiLine(line: string): string {
  const trimmed = line.trim();
  const heading = trimmed.startsWith('=') ? WIKI_HEADING.exec(trimmed) : null;
  if (heading) return `${'#'.repeat(heading[1]!.length)} ${mediaWikiInline(heading[2]!)}`;
  if (/^__[A-Z]+__$/.test(trimmed)) return '';
  // Lists: `*`, `#` and their nestings (`**`, `#*`); `#` is a numbered item.
  const list = /^([*#]+)\s*(.*)$/.exec(line);
  if (list) {
    const marks = list[1]!;
    const indent = '   '.repeat(marks.length - 1);
    const bullet = marks.endsWith('#') ? '1.' : '-';
    return `${indent}${bullet} ${mediaWikiInline(list[2]!)}`;
  }
  return mediaWikiInline(line);
}

function dokuWikiInline(text: string): string {
  let out = wikiLinks(text);
  // `//italic//`, not the slashes of an address.
  if (out.includes('//')) out = out.replace(/(^|[^:/\w])\/\/(?=\S)(.+?)(?<=\S)\/\/(?!\w)/g, '$1*$2*');
  if (out.includes('<todo')) {
    out = out.replace(/<todo([^>]*)>([\s\S]*?)<\/todo>/g, (_all, attrs: string, task: string) => {
      const owner = /@([^\s#>]+)/.exec(attrs)?.[1];
      const done = /#/.test(attrs);
      return `[${done ? 'x' : ' '}] ${owner ? `${owner}: ` : ''}${task.trim()}`;
    });
  }
  return out;
}

function cells(row: string): string[] {
  return row.trim().slice(1, -1).split(/[|^]/).map((c) => escapeHtml(dokuWikiInline(c.trim())));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function dokuWikiLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const heading = trimmed.startsWith('=') ? WIKI_HEADING.exec(trimmed) : null;
    if (heading) {
      out.push(`${'#'.repeat(Math.max(1, 7 - heading[1]!.length))} ${dokuWikiInline(heading[2]!)}`);
      continue;
    }
    // A table: caret cells are header cells, pipe cells data cells. Written as one HTML line per
    // row (a block markdown-it passes through up to the blank line), so that lines stay lines.
    if (CARET_ROW.test(line) || (PIPE_ROW.test(line) && CARET_ROW.test(lines[i - 1] ?? ''))) {
      const rows: string[] = [];
      while (i < lines.length && (CARET_ROW.test(lines[i]!) || PIPE_ROW.test(lines[i]!))) {
        const row = lines[i]!;
        const tag = row.trim().startsWith('^') ? 'th' : 'td';
        rows.push(`<tr>${cells(row).map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`);
        i += 1;
      }
      i -= 1;
      rows.forEach((row, k) => out.push(`${k === 0 ? '<table>' : ''}${row}${k === rows.length - 1 ? '</table>' : ''}`));
      continue;
    }
    // Lists are indented two spaces; `-` is a numbered item.
    const list = /^(\s{2,})([*-])\s+(.*)$/.exec(line);
    if (list) {
      const depth = Math.floor(list[1]!.length / 2) - 1;
      out.push(`${'   '.repeat(depth)}${list[2] === '-' ? '1.' : '-'} ${dokuWikiInline(list[3]!)}`);
      continue;
    }
    out.push(dokuWikiInline(line));
  }
  return out;
}

const TASK_MARKER = /^(\s*[-*]\s+)(TODO|DOING|NOW|LATER|WAITING|DONE|CANCELED|CANCELLED)\b\s*/;
const PLANNED = /^(\s*)(SCHEDULED|DEADLINE):\s*<(\d{4}-\d{2}-\d{2})[^>]*>\s*$/;

function logseqLine(line: string): string {
  let out = line;
  const property = out.includes('::') ? PROPERTY.exec(out) : null;
  if (property) {
    const key = property[2]!;
    out = `${property[1]}${key.charAt(0).toUpperCase()}${key.slice(1)}: ${property[3] ?? ''}`;
  }
  const task = TASK_MARKER.exec(out);
  if (task) {
    const rest = out.slice(task[0].length);
    const done = task[2] === 'DONE';
    // A page reference that opens a task names whom it is for: "TODO [[Name]] send …".
    const owner = /^\[\[([^\]|]+)\]\]\s+(?![:\-–—])(.+)$/.exec(rest);
    const text = owner ? `${owner[1]}: ${owner[2]}` : rest;
    // An empty TODO is no task: it stays an empty item.
    out = rest.trim() === '' ? task[1]!.trimEnd() : `${task[1]}[${done ? 'x' : ' '}] ${text}`;
  }
  // A block that opens with a tag is labelled by it: "- #decision text" reads "Decision: text".
  const tag = out.includes('#') ? /^(\s*[-*]\s+)#([A-Za-z][\w-]*)\s+(\S.*)$/.exec(out) : null;
  if (tag) out = `${tag[1]}${tag[2]!.charAt(0).toUpperCase()}${tag[2]!.slice(1)}: ${tag[3]}`;
  const planned = PLANNED.exec(out);
  if (planned) out = `${planned[1]}due ${planned[3]}`;
  return wikiLinks(out);
}

/** Markdown `body` with another wiki's markup rewritten into Markdown; unchanged when it has none. */
export function wikiMarkupToMarkdown(body: string): string {
  // Cheap gate: every dialect needs `=` headings, caret rows or `::` properties.
  if (!body.includes('==') && !body.includes('::') && !body.includes('^')) return body;
  const lines = body.split('\n');
  const dialect = wikiDialect(lines);
  if (dialect === null) return body;
  if (dialect === 'dokuwiki') return dokuWikiLines(lines).join('\n');
  if (dialect === 'mediawiki') return lines.map(mediaWikiLine).join('\n');
  return logseqPage(lines).map(logseqLine).join('\n');
}

/**
 * A Logseq page that opens with a block carrying properties (`type:: meeting`, `date::`,
 * `attendees::`) is that block's page: its text is the page's heading, its properties are lines
 * of their own, and the blocks under it are the page's body (one level less deep).
 */
function logseqPage(lines: string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !/^[-*]\s+\S/.test(lines[first]!)) return lines;
  let end = first + 1;
  while (end < lines.length && /^\s+/.test(lines[end]!) && PROPERTY.test(lines[end]!) && !/^\s*[-*]\s/.test(lines[end]!)) end += 1;
  if (end - first < 2) return lines;
  const out = lines.slice();
  out[first] = `# ${lines[first]!.replace(/^[-*]\s+/, '')}`;
  for (let i = first + 1; i < end; i += 1) out[i] = `${lines[i]!.trim()}${i < end - 1 ? '\\' : ''}`;
  for (let i = end; i < lines.length && !/^[-*]\s/.test(lines[i]!); i += 1) out[i] = lines[i]!.replace(/^(?:\t| {2}| {4})/, '');
  return out;
}
