import type { AnyNode, Element } from 'domhandler';
import type { Construct, StorageReadContext } from './construct.js';
import { hasBlockBody, isElement, tagName } from '../formats/storage/storage-dom.js';
import { alignedMarkdown, hubAlignAttribute, storageAlignStyle } from './block-alignment.js';
import { asDom } from './turndown-node.js';

/**
 * A paragraph holding a block: a block macro (Page Properties with text beside it), or a block
 * element an editor or importer left inside it (`<p>Owner<div>(rota)</div></p>`, which a browser,
 * and so Confluence, shows as two lines): paragraphs before and after, the block between.
 */
function isBlockInParagraph(node: AnyNode): boolean {
  return isElement(node) && (hasBlockBody(node) || BLOCK_ELEMENTS.has(tagName(node)));
}

const BLOCK_ELEMENTS = new Set(['p', 'div', 'ul', 'ol', 'table', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'ac:task-list']);

function splitAroundBlocks(p: Element, ctx: StorageReadContext): string {
  let out = '';
  let run: AnyNode[] = [];
  const align = hubAlignAttribute(p);
  const flush = (): void => {
    const inner = ctx.nodes(run).replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '');
    run = [];
    if (!isBlank(inner)) out += `<p${align}>${inner}</p>`;
  };
  for (const child of p.children) {
    if (isBlockInParagraph(child)) {
      flush();
      out += ctx.nodes([child]);
    } else run.push(child);
  }
  flush();
  return out;
}

/** Paragraphs. Paragraphs holding only whitespace (`<p>&nbsp;</p>` spacers) are dropped. */
export const paragraph: Construct = {
  name: 'paragraph',
  storage: {
    tags: ['p'],
    toHub: (el, ctx) => {
      if (el.children.some(isBlockInParagraph)) return splitAroundBlocks(el, ctx);
      const inner = ctx.children(el);
      if (isBlank(inner)) return '';
      // Storage wraps macros in paragraphs (`<p><ac:structured-macro .../></p>`); a block inside
      // stays a block. Only its start tells (the end is trimmed only for such a paragraph).
      if (!startsWithBlock(inner.replace(LEADING_SPACE_OR_BREAK, ''))) return `<p${hubAlignAttribute(el)}>${inner}</p>`;
      return inner.replace(/^(?:\s|<br>)+|(?:\s|<br>)+$/g, '');
    },
  },
  hub: {
    tags: ['p'],
    toStorage: (el, ctx) => `<p${storageAlignStyle(el)}>${ctx.children(el)}</p>`,
  },
  markdown: {
    rules: {
      paragraph: {
        filter: 'p',
        replacement: (content, node) => {
          const text = trimSpaces(content);
          return text === '' ? '' : alignedMarkdown(asDom(node), `\n\n${text}\n\n`);
        },
      },
    },
  },
};

/** Whitespace and line breaks only, `&nbsp;` included; any other element (image, macro...) makes it non-blank. */
function isBlank(hub: string): boolean {
  return /^(?:[\s\u00a0]|<br>)*$/.test(hub);
}

const BLOCK_START = /^\s*<(?:div|pre|ul|ol|table|details|blockquote|h[1-6]|hr|p)[\s>]/;
const LEADING_SPACE_OR_BREAK = /^(?:\s|<br>)+/;

/**
 * Spaces, tabs and no-break spaces off both ends (`/^[ \t\u00a0]+|[ \t\u00a0]+$/g` without the
 * regular expression trying its second half at every character of the paragraph).
 */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

function startsWithBlock(hub: string): boolean {
  return BLOCK_START.test(hub);
}
