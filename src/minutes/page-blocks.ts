import type { AnyNode, Element } from 'domhandler';
import { nodesText } from '../hub/table-cell-text.js';
import { isElement, viewWith } from '../hub/hub-walk.js';
import { labelPattern } from './vocabulary.js';

/** A block of the page in reading order, with the headings it sits under. */
export interface PageBlock {
  kind: 'heading' | 'paragraph' | 'list' | 'tasks' | 'table' | 'other';
  element: Element;
  /** The block's text: headings and paragraphs only (empty for other blocks). */
  text: string;
  /** Heading texts from the outermost to the nearest (for a heading: the ones above it); shared by the blocks under the same headings, not to be changed. */
  headings: string[];
  level: number;
}

const CONTAINERS = (el: Element): boolean =>
  (el.name === 'div' && el.attribs['data-opaque'] === undefined) || el.name === 'details' || el.name === 'section' || el.name === 'blockquote';

const BLOCK_CHILD = new Set(['p', 'ul', 'ol', 'table', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'details', 'dl']);

function blockKind(el: Element): PageBlock['kind'] {
  if (/^h[1-6]$/.test(el.name)) return 'heading';
  if (el.name === 'p') return 'paragraph';
  if (el.name === 'ul' && el.attribs['data-tasks'] !== undefined) return 'tasks';
  if (el.name === 'ul' || el.name === 'ol') return 'list';
  if (el.name === 'table') return 'table';
  return 'other';
}

const SECTION_WORD = /^(?:attendees|attendance|participants|present|guests|observers|apologies|regrets|absent|agenda|actions|action items|decisions|minutes|notes)\s*:?$/i;
/** A section's label in any language of the vocabulary ("Aufgaben:", "宿題事項：", "Nieobecni"), whole; built on first use, not when the converter loads. */
let sectionLabel: RegExp | null = null;
/** The colon that ends a label, ASCII or full width. */
const LABEL_COLON = /\s*[:：]$/;

function isSectionLabel(text: string): boolean {
  return SECTION_WORD.test(text) || (sectionLabel ??= labelPattern(['attendees', 'guests', 'absent', 'agenda', 'actions', 'decisions', 'minutes'], true)).test(text.replace(LABEL_COLON, ''));
}

/** A paragraph that is only bold text ("**Attendees**", "Attendees:") acts as a heading. */
function isPseudoHeading(el: Element, text: string): boolean {
  if (el.name !== 'p' || text === '' || text.length > 60 || text.includes('\n')) return false;
  const notBold = viewWith(el.children, (child) => (child.name === 'strong' || child.name === 'b' ? 'drop' : null));
  const boldOnly = nodesText(notBold).replace(LABEL_COLON, '') === '';
  // A paragraph that is only a section word ("Guests", "Action items", "Aufgaben:"), as pasted or mangled pages leave headings.
  if (isSectionLabel(text)) return true;
  return boldOnly && !/https?:\/\//.test(text);
}

/** Walks the hub in reading order (into layouts, panels and expands) and lists its blocks. */
export function pageBlocks(roots: readonly AnyNode[], textOf: (el: Element) => string = (el) => nodesText([el])): PageBlock[] {
  const blocks: PageBlock[] = [];
  const stack: { level: number; text: string; bold?: boolean }[] = [];
  // Blocks under the same headings share one (read-only) headings list, made when the headings change.
  let current: readonly string[] | null = [];
  const headingsNow = (): string[] => (current ??= stack.map((h) => h.text)) as string[];
  const visit = (el: Element): void => {
    if (CONTAINERS(el)) {
      // A panel's title and an expand's summary head what the container holds, and no further.
      const summary = el.name === 'details' ? el.children.find((c): c is Element => isElement(c) && c.name === 'summary') : undefined;
      const title = (el.attribs['data-title'] ?? (summary !== undefined ? textOf(summary) : '')).replace(/\s*\(\d+\)\s*$/, '').replace(/:$/, '').trim();
      const titled = title !== '' && !/^click here to expand/i.test(title);
      const depth = stack.length;
      if (titled) {
        const level = Math.min(6, (stack[stack.length - 1]?.level ?? 1) + 1);
        blocks.push({ kind: 'heading', element: summary ?? el, text: title, headings: headingsNow(), level });
        stack.push({ level, text: title });
        current = null;
      }
      for (const child of el.children) if (isElement(child) && child !== summary) visit(child);
      if (titled) {
        stack.length = Math.min(stack.length, depth);
        current = null;
      }
      return;
    }
    if (el.name === 'dl') {
      visitDefinitions(el);
      return;
    }
    let kind = blockKind(el);
    // Readers of the blocks read the text of headings and paragraphs only; a table's or list's would be long and unused.
    const text = kind === 'heading' || kind === 'paragraph' ? textOf(el) : '';
    let level = kind === 'heading' ? Number(el.name.slice(1)) : 0;
    // A heading element is never under a bold label: the label heads its own paragraphs and lists only.
    const real = kind === 'heading';
    if (kind === 'paragraph' && isPseudoHeading(el, text)) {
      kind = 'heading';
      level = Math.min(6, (stack[stack.length - 1]?.level ?? 1) + 1);
      const parentText = stack[stack.length - 1]?.text ?? '';
      if (/^(attend|agenda|action|decision|minutes|notes|discussion)/i.test(text) || isSectionLabel(text)) level = Math.max(2, stack[0]?.level ?? 2);
      else if (parentText === '') level = 2;
    }
    if (kind === 'heading') {
      while (stack.length > 0 && (stack[stack.length - 1]!.level >= level || (real && stack[stack.length - 1]!.bold === true))) {
        stack.pop();
        current = null;
      }
      blocks.push({ kind, element: el, text: text.replace(LABEL_COLON, ''), headings: headingsNow(), level });
      stack.push({ level, text: text.replace(LABEL_COLON, ''), bold: !real });
      current = null;
      return;
    }
    blocks.push({ kind, element: el, text, headings: headingsNow(), level: 0 });
  };
  /** A definition list: each term heads its descriptions, and no further ("Present" / names, "Regrets" / names). */
  const visitDefinitions = (dl: Element): void => {
    const depth = stack.length;
    const level = Math.min(6, (stack[stack.length - 1]?.level ?? 1) + 1);
    for (const child of dl.children) {
      if (!isElement(child)) continue;
      if (child.name === 'dt') {
        stack.length = depth;
        current = null;
        const text = textOf(child).replace(/:$/, '').trim();
        blocks.push({ kind: 'heading', element: child, text, headings: headingsNow(), level });
        stack.push({ level, text });
        current = null;
      } else if (child.name === 'dd') {
        if (child.children.some((c) => isElement(c) && BLOCK_CHILD.has(c.name))) for (const inner of child.children) {
          if (isElement(inner)) visit(inner);
        }
        else blocks.push({ kind: 'paragraph', element: child, text: textOf(child), headings: headingsNow(), level: 0 });
      } else visit(child);
    }
    stack.length = depth;
    current = null;
  };
  for (const child of roots) if (isElement(child)) visit(child);
  return blocks;
}
