// formats/storage/: storage XHTML to hub and back through the construct registry. Pure: imports hub/ and constructs/.
import type { AnyNode, Element } from 'domhandler';
import type { StorageReadContext } from '../../constructs/construct.js';
import { mappingsOf } from '../../constructs/registry.js';
import { element, escapeText } from '../../hub/html.js';
import { opaqueHub } from '../../hub/opaque.js';
import { ConversionReport } from '../../hub/report.js';
import { parseStorage, sourceOf, type ParsedStorage } from './parse-storage.js';
import { hasBlockBody, isElement, isMacro, macroName, tagName, textContent } from './storage-dom.js';

const MAX_DEPTH = 120;
const DROPPED = new Set(['script', 'style', 'iframe', 'object', 'embed', 'head', 'title', 'meta', 'link']);
const INLINE_PARENTS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'strike', 'code',
  'span', 'sub', 'sup', 'font', 'small', 'big', 'ac:link-body', 'ac:plain-text-link-body', 'time',
]);
const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'div', 'blockquote', 'pre', 'hr',
  'section', 'article', 'ac:structured-macro', 'ac:macro', 'ac:layout', 'ac:task-list', 'ac:image', 'dl',
]);

/**
 * Storage XHTML -> hub HTML. Parses once, then hands every element to the first construct of the
 * registry that claims it. Never throws on bad input: what it had to guess goes to the report.
 */
export function readStorage(source: string, report: ConversionReport = new ConversionReport()): string {
  const parsed = parseStorage(source);
  for (const problem of parsed.problems) report.warn('xml', `malformed storage: ${problem}`);
  const ctx = new StorageReader(parsed, report);
  // Two lists of one kind in a row stay two lists: the Markdown writer parts them with a comment.
  return ctx.nodes(parsed.nodes);
}

class StorageReader implements StorageReadContext {
  constructor(
    private readonly parsed: ParsedStorage,
    readonly report: ConversionReport,
  ) {}

  nodes(nodes: readonly AnyNode[]): string {
    let out = '';
    for (let i = 0; i < nodes.length; i++) out += this.node(nodes[i] as AnyNode);
    return out;
  }

  children(el: Element): string {
    return this.nodes(el.children);
  }

  source(el: Element): string {
    // A guessed end makes the source slice run on past the element: write it out well-formed instead.
    if (this.parsed.unclosed.size > 0 && containsUnclosed(el, this.parsed.unclosed)) return this.parsed.serialize(el);
    return sourceOf(el, this.parsed.source);
  }

  opaque(el: Element, options: { dynamic?: boolean; inline?: boolean } = {}): string {
    const macro = isMacro(el) ? macroName(el) || 'unnamed' : tagName(el);
    return opaqueHub({ macro, storage: this.source(el), dynamic: options.dynamic, inline: options.inline ?? this.isInline(el) });
  }

  isInline(el: Element): boolean {
    if (el.parent && isElement(el.parent) && tagName(el.parent) === 'p' && hasBlockBody(el)) return false;
    for (let parent = el.parent; parent && isElement(parent); parent = parent.parent) {
      const name = tagName(parent);
      // A macro alone in its paragraph is a block: the paragraph construct unwraps it.
      if (name === 'p' && parent === el.parent && !hasInlineSiblings(el)) return false;
      if (INLINE_PARENTS.has(name)) return true;
      if (name === 'ac:rich-text-body' || name === 'td' || name === 'th' || name === 'li') break;
    }
    return hasInlineSiblings(el);
  }

  private node(node: AnyNode): string {
    switch (node.type) {
      case 'text':
        // A no-break space is layout, not content: Markdown has no use for it.
        return escapeText(node.data.includes('\u00a0') ? node.data.replace(/\u00a0/g, ' ') : node.data);
      case 'cdata':
        return escapeText(node.children.map((c) => (c.type === 'text' ? c.data : '')).join(''));
      case 'tag':
      case 'script':
      case 'style':
        return this.element(node as Element);
      default:
        return '';
    }
  }

  private depth = 0;
  private flattenedDeepNesting = false;

  private element(el: Element): string {
    // Writers recurse per level (turndown, domino): beyond this depth the content is kept as text.
    if (this.depth >= MAX_DEPTH) {
      if (!this.flattenedDeepNesting) {
        this.flattenedDeepNesting = true;
        this.report.degraded(tagName(el), `markup nested more than ${MAX_DEPTH} levels deep was flattened to its text`);
      }
      return escapeText(textContent(el).replace(/\u00a0/g, ' '));
    }
    this.depth++;
    try {
      return this.claimedElement(el);
    } finally {
      this.depth--;
    }
  }

  private claimedElement(el: Element): string {
    const macro = isMacro(el) ? macroName(el) : undefined;
    const mapping = mappingsOf('storage').find(el, macro);
    if (mapping) {
      try {
        return mapping.toHub(el, this);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.report.warn(macro ?? tagName(el), `could not be converted (${message}); kept as is`);
        return this.opaque(el);
      }
    }
    const name = tagName(el);
    if (name.includes(':')) {
      this.report.keptInvisible(macro ?? name, 'not understood; kept intact');
      return this.opaque(el);
    }
    if (DROPPED.has(name)) {
      this.report.redacted(name, `<${name}> dropped: it would run or embed content in a viewer`);
      return '';
    }
    const inner = this.children(el);
    if ((name === 'div' || name === 'section' || name === 'article' || name === 'center') && !hasBlockChild(el)) {
      return inner.trim() === '' ? '' : element('p', {}, inner);
    }
    return inner;
  }
}

/** Siblings that do not put an element in running text: blocks, and line breaks (no text around them). */
const NOT_INLINE_SIBLINGS = new Set([...BLOCK_TAGS, 'br', 'ac:placeholder']);

/** Whether text or other elements share the element's parent (so it sits in running text). */
function hasInlineSiblings(el: Element): boolean {
  const parent = el.parent;
  if (!parent || !isElement(parent)) return false;
  for (const sibling of parent.children) {
    if (sibling === el) continue;
    if (sibling.type === 'text' ? sibling.data.trim() !== '' : isElement(sibling) && !NOT_INLINE_SIBLINGS.has(tagName(sibling)) && showsSomething(sibling)) return true;
  }
  return false;
}

/** Whether an inline element shows anything (formatting around a no-break space does not). */
function showsSomething(el: Element): boolean {
  if (textContent(el).replace(/\u00a0/g, ' ').trim() !== '') return true;
  return el.children.some((c) => isElement(c) && (tagName(c).includes(':') || tagName(c) === 'img' || showsSomething(c)));
}

function containsUnclosed(el: Element, unclosed: ReadonlySet<Element>): boolean {
  if (unclosed.has(el)) return true;
  return el.children.some((c) => isElement(c) && containsUnclosed(c, unclosed));
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isElement(c) && BLOCK_TAGS.has(tagName(c)));
}
