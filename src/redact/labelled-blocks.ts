import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { TEXT_MASK, type RedactionRule } from './redaction-rule.js';
import type { RedactionTally } from './redaction-tally.js';

/** A heading, list item, short paragraph or expand title naming a secret: "Wi-Fi password", "Access code". */
const LABEL_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, summary';
const MAX_LABEL_WORDS = 4;
/** A secret is a short line; a longer one, or one ending a sentence, is prose about the label. */
const MAX_VALUE_LENGTH = 80;
const NESTED = new Set(['ul', 'ol', 'table', 'div', 'pre', 'blockquote', 'p']);

/**
 * A block that only names a secret, without a colon ("### Wi-Fi password", a list item
 * "Password" whose sub-item holds it) labels the block after it: that block's text is masked
 * whole when it is one short line that does not end a sentence.
 */
export function maskLabelledBlocks($: CheerioAPI, rules: readonly RedactionRule[], tally: RedactionTally): void {
  const labelling = rules.filter((r) => r.labelsValue);
  if (labelling.length === 0) return;
  const labelled = (label: string, value: Element | null): void => {
    const own = label.trim().replace(/[\s:：=\-–—]+$/, '');
    const words = own.split(/\s+/);
    if (own === '' || words.length > MAX_LABEL_WORDS || !value) return;
    const text = $(value).text().trim();
    if (text === '' || text === TEXT_MASK || text.length > MAX_VALUE_LENGTH || text.includes('\n') || /[.!?]$/.test(text)) return;
    for (let n = 1; n <= words.length; n++) {
      const label = words.slice(-n).join(' ');
      const rule = labelling.find((r) => r.labelsValue?.(label, text));
      if (!rule) continue;
      tally.record(rule.kind, text);
      maskOwnText($, value);
      return;
    }
  };
  $(LABEL_BLOCKS).each((_, block) => labelled(ownText(block), valueBlock($, block)));
  // A panel titled "Root password": its first paragraph.
  $('[data-panel][data-title]').each((_, panel) => labelled(panel.attribs['data-title'] ?? '', $(panel).children('p').first()[0] ?? null));
}

/** The block after `block`: the first item of its own nested list, else its next element sibling (a list's first item). */
function valueBlock($: CheerioAPI, block: Element): Element | null {
  const nested = $(block).children('ul, ol').first().children('li').first()[0];
  if (nested) return nested;
  const next = $(block).next()[0];
  if (!next) return null;
  if (next.name === 'ul' || next.name === 'ol') return $(next).children('li').first()[0] ?? null;
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
