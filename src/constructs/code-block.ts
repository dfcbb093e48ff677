import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { escapeMarkdownLine } from './markdown-escape.js';
import { element, paramsJson, parseParamsJson } from '../hub/html.js';
import { macroName, macroParams, plainTextBody, textContent } from '../formats/storage/storage-dom.js';
import { structuredMacro } from './macro-storage.js';

/**
 * `code` and `noformat` macros (and plain `<pre>`) as fenced code. The fence's info string carries
 * the language first, then `title="..."` and any other macro parameter as `key="value"`, so that
 * nothing is lost on the way back: ```` ```java title="Build" linenumbers="true" ````. Confluence
 * shows a title above the code, and GitHub shows no info string, so a titled block also gets its
 * title as a bold line right above the fence; the reader drops that line when it says what the
 * fence's `title` says (the info string stays the one source of the title).
 */
export const codeBlock: Construct = {
  name: 'code-block',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro', 'pre'],
    test: (el) => el.name.toLowerCase() === 'pre' || ['code', 'noformat'].includes(macroName(el)) || (DIAGRAM_MACROS.has(macroName(el)) && plainTextBody(el) !== null)
      || (MATH_BLOCK_MACROS.has(macroName(el)) && macroParams(el).body !== undefined),
    toHub: (el) => {
      if (el.name.toLowerCase() === 'pre') return codeHub('code', {}, textContent(el));
      const params = macroParams(el);
      const name = macroName(el);
      if (DIAGRAM_MACROS.has(name)) return codeHub('code', Object.assign({}, params, { language: diagramLanguage(name), macro: name }), plainTextBody(el) ?? '');
      if (MATH_BLOCK_MACROS.has(name)) {
        const { body, ...rest } = params;
        return codeHub('code', Object.assign({}, rest, { language: 'math', macro: name }), body ?? '');
      }
      return codeHub(macroName(el), params, plainTextBody(el) ?? '');
    },
  },
  hub: {
    tags: ['pre'],
    toStorage: (el) => {
      const macro = el.attribs['data-macro'] === 'noformat' ? 'noformat' : 'code';
      const params: Record<string, string> = { ...parseParamsJson(el.attribs['data-params']) };
      if (el.attribs['data-title']) params.title = el.attribs['data-title'];
      const diagram = params.macro;
      if (diagram !== undefined && DIAGRAM_MACROS.has(diagram)) {
        delete params.macro;
        return structuredMacro(diagram, params, { plain: textContent(el) });
      }
      if (diagram !== undefined && MATH_BLOCK_MACROS.has(diagram)) {
        delete params.macro;
        return structuredMacro(diagram, Object.assign({}, params, { body: textContent(el).replace(/\n$/, '') }));
      }
      if (el.attribs['data-language']) params.language = el.attribs['data-language'];
      return structuredMacro(macro, params, { plain: textContent(el) });
    },
  },
  markdown: {
    rules: {
      codeBlock: {
        filter: 'pre',
        replacement: (_content, node) => {
          const code = (node.textContent ?? '').replace(/\n$/, '');
          const info = infoString(node.getAttribute('data-macro'), node.getAttribute('data-language'), node.getAttribute('data-title'), parseParamsJson(node.getAttribute('data-params') ?? undefined));
          let longest = 2;
          for (const run of code.match(/^[ \t]*`{3,}/gm) ?? []) longest = Math.max(longest, run.trim().length);
          const fence = '`'.repeat(longest + 1);
          const title = shownTitle(node.getAttribute('data-title'));
          const titleLine = title ? `**${escapeMarkdownLine(title)}**\n\n` : '';
          return `\n\n${titleLine}${fence}${info}\n${code}\n${fence}\n\n`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['pre', 'p'],
    test: (el) => el.name === 'pre' || isShownTitle(el),
    toHub: (el) => {
      if (el.name === 'p') return '';
      const { language, params } = parseInfoString(el.attribs['data-info'] ?? '');
      const code = textContent(el).replace(/\n$/, '');
      if (language === 'noformat') return codeHub('noformat', params, code);
      return codeHub('code', language ? Object.assign({}, params, { language }) : params, code);
    },
  },
};

/**
 * Macros whose source is their body (diagrams, the markdown and html macros): fenced code in the
 * source's language, which GitHub draws (mermaid) or shows as source (GitHub would strip most of
 * an html macro's markup, and its scripts must not run); `macro="…"` in the info string brings
 * the macro back.
 */
const DIAGRAM_MACROS = new Set(['plantuml', 'plantumlrender', 'mermaid', 'mermaid-macro', 'mermaid-cloud', 'mermaid-diagram', 'markdown', 'html']);

/**
 * Formula macros whose TeX source is their `body` parameter (the Easy Math app's block macro):
 * a ```` ```math ```` fence, which GitHub shows as the formula, with `macro="…"` to bring it back.
 */
const MATH_BLOCK_MACROS = new Set(['easy-math-block']);

function diagramLanguage(macro: string): string {
  if (macro === 'markdown' || macro === 'html') return macro;
  return macro.startsWith('plantuml') ? 'plantuml' : 'mermaid';
}

function codeHub(macro: string, params: Record<string, string>, code: string): string {
  const { language, title, ...rest } = params;
  return element('pre', {
    'data-macro': macro,
    'data-language': macro === 'code' && language ? language : null,
    'data-title': title || null,
    'data-params': paramsJson(rest),
  }, element('code', {}, escapeHtml(code)));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function infoString(macro: string | null, language: string | null, title: string | null, params: Record<string, string>): string {
  const parts: string[] = [];
  if (macro === 'noformat') parts.push('noformat');
  else if (language) parts.push(language.replace(/[\s`]/g, ''));
  const named: Record<string, string> = { ...params };
  if (title) named.title = title;
  const keys = Object.keys(named).sort();
  // Every fence names a language (markdownlint MD040); `text` is also Confluence's plain-text language.
  if (parts.length === 0) parts.push('text');
  for (const key of keys) parts.push(`${key.replace(/[^\w-]/g, '')}=${JSON.stringify(named[key]).replace(/`/g, '\\u0060')}`);
  return parts.join(' ');
}

function parseInfoString(info: string): { language: string | null; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const first = /^[^\s=]+(?=\s|$)/.exec(info)?.[0] ?? null;
  const rest = first ? info.slice(first.length) : info;
  for (const match of rest.matchAll(/([\w-]+)=("(?:[^"\\]|\\.)*")/g)) {
    try {
      params[match[1] as string] = JSON.parse(match[2] as string) as string;
    } catch {
      // A hand-written, malformed value: skip it rather than guess.
    }
  }
  return { language: first === 'text' ? null : first, params };
}

/** A paragraph of markdown-it's HTML that is only the bold title of the fenced code right after it. */
function isShownTitle(p: Element): boolean {
  const [strong, ...others] = p.children.filter((n) => !(n.type === 'text' && n.data.trim() === ''));
  if (others.length > 0 || strong?.type !== 'tag' || strong.name !== 'strong' || !strong.children.every((n) => n.type === 'text')) return false;
  let next = p.next;
  while (next && next.type === 'text' && next.data.trim() === '') next = next.next;
  if (next?.type !== 'tag' || next.name !== 'pre') return false;
  const title = shownTitle(parseInfoString(next.attribs['data-info'] ?? '').params.title);
  return title !== null && shownTitle(textContent(strong)) === title;
}

/** A title as one line of text, as the bold line shows it; null when there is nothing to show. */
function shownTitle(title: string | null | undefined): string | null {
  const line = (title ?? '').replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}
