import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { TEXT_MASK, type RedactionRule } from './redaction-rule.js';
import type { RedactionTally } from './redaction-tally.js';

/** A heading, list item, short paragraph or expand title naming a secret: "Wi-Fi password", "Access code". */
const LABEL_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'summary']);
const MAX_LABEL_WORDS = 4;
/** A secret is a short line; a longer one, or one ending a sentence, is prose about the label. */
const MAX_VALUE_LENGTH = 80;
/** Blocks whose lines (broken by `<br>`) may be a label and its value. */
const LINE_BLOCKS = new Set(['p', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** What a label names: its text, and how to mask it. */
interface Value {
  text: string;
  mask(): void;
}

const NESTED = new Set(['ul', 'ol', 'table', 'div', 'pre', 'blockquote', 'p']);

/**
 * A block that only names a secret, without a colon ("### Wi-Fi password", a list item
 * "Password" whose sub-item holds it) labels the block after it: that block's text is masked
 * whole when it is one short line that does not end a sentence.
 */
export function maskLabelledBlocks($: CheerioAPI, rules: readonly RedactionRule[], tally: RedactionTally): void {
  const labelling = rules.filter((r) => r.labelsValue);
  if (labelling.length === 0) return;
  const labelled = (label: string, valueOf: () => Value | null): void => {
    const own = label.trim().replace(/[\s:：=\-–—]+$/, '');
    if (own === '' || own.length > 80) return;
    const words = own.split(/\s+/);
    if (words.length > MAX_LABEL_WORDS) return;
    const value = valueOf();
    if (!value) return;
    const text = value.text.trim();
    if (text === '' || text === TEXT_MASK || text.length > MAX_VALUE_LENGTH || text.includes('\n') || /[.!?]$/.test(text)) return;
    for (let n = 1; n <= words.length; n++) {
      const label = words.slice(-n).join(' ');
      const rule = labelling.find((r) => r.labelsValue?.(label, text));
      if (!rule) continue;
      tally.record(rule.kind, text);
      value.mask();
      return;
    }
  };
  // A plain walk: cheerio's selections sort and deduplicate, which costs a page of thousands of paragraphs dearly.
  const whole = (element: Element | null | undefined): Value | null => (element ? { text: $(element).text(), mask: () => maskOwnText($, element) } : null);
  const walk = (element: Element): void => {
    if (LABEL_BLOCKS.has(element.name)) labelled(ownText(element), () => whole(valueBlock(element)));
    // "Passcode<br>kestrel moss 9" in one cell or paragraph: the lines after the label's.
    if (LINE_BLOCKS.has(element.name)) {
      const br = element.children.findIndex((c) => c.type === 'tag' && (c as Element).name === 'br');
      if (br > 0) labelled(element.children.slice(0, br).map(textOf).join(''), () => linesAfter($, element, br));
    }
    // A panel titled "Root password": its first paragraph.
    if (element.attribs['data-panel'] !== undefined && element.attribs['data-title']) labelled(element.attribs['data-title'], () => whole(childElements(element).find((c) => c.name === 'p')));
    for (const child of childElements(element)) walk(child);
  };
  for (const node of $.root().contents().toArray()) if (node.type === 'tag') walk(node as Element);
}

/** The first block of the next layout column, for a label ending its own ("Password" | "dune ember 3"). */
function nextLayoutCell(block: Element): Element | null {
  const cell = block.parent as Element | null;
  if (!cell || cell.type !== 'tag' || cell.attribs['data-layout-cell'] === undefined) return null;
  const next = nextElement(cell);
  return next ? (childElements(next)[0] ?? null) : null;
}

/** The text after the `<br>` at `br`, up to the end of the block, as one value. */
function linesAfter($: CheerioAPI, element: Element, br: number): Value | null {
  const rest = element.children.slice(br + 1);
  if (rest.some((c) => c.type === 'tag' && NESTED.has((c as Element).name))) return null;
  return {
    text: rest.map((c) => (c.type === 'tag' && (c as Element).name === 'br' ? '\n' : textOf(c))).join(''),
    mask: () => {
      for (const node of rest) $(node).remove();
      $(element).append(TEXT_MASK);
    },
  };
}

function childElements(element: Element): Element[] {
  return element.children.filter((c): c is Element => c.type === 'tag');
}

function nextElement(element: Element): Element | null {
  for (let next = element.next; next; next = next.next) if (next.type === 'tag') return next as Element;
  return null;
}

/** The block after `block`: the first item of its own nested list, else its next element sibling (a list's first item). */
function valueBlock(block: Element): Element | null {
  const list = childElements(block).find((c) => c.name === 'ul' || c.name === 'ol');
  const nested = list ? childElements(list).find((c) => c.name === 'li') : undefined;
  if (nested) return nested;
  const next = nextElement(block) ?? nextLayoutCell(block);
  if (!next) return null;
  if (next.name === 'ul' || next.name === 'ol') return childElements(next).find((c) => c.name === 'li') ?? null;
  return ['p', 'li', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote'].includes(next.name) ? next : null;
}

function ownText(element: Element): string {
  return element.children.map((child) => (child.type === 'tag' && NESTED.has((child as Element).name) ? '' : textOf(child))).join('');
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as { data: string }).data;
  if (node.type !== 'tag') return '';
  return (node as Element).children.map(textOf).join('');
}

/** The value's own text becomes the mask; lists nested in it stay (they have labels of their own). */
function maskOwnText($: CheerioAPI, value: Element): void {
  const nested = $(value).children('ul, ol, table').toArray();
  $(value).empty().text(TEXT_MASK);
  for (const list of nested) $(value).append(list);
}
