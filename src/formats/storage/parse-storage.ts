import render from 'dom-serializer';
import type { AnyNode, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';

/** Storage XHTML parsed once: the content nodes (wrappers removed), with the source kept for byte-exact slices. */
export interface ParsedStorage {
  readonly source: string;
  readonly nodes: readonly AnyNode[];
  /** Problems found while parsing (malformed markup), for the report. */
  readonly problems: readonly string[];
  /** Elements whose end the parser had to guess: their source slice is not well-formed. */
  readonly unclosed: ReadonlySet<Element>;
  /** Well-formed XML for an element (its source slice may not be, when an end was guessed). */
  serialize(el: Element): string;
}

const WRAPPERS = new Set(['xml', 'html', 'body', 'ac:confluence', 'div:root']);

/**
 * Parses storage XHTML in XML mode (so `ac:`/`ri:` names, CDATA and self-closing tags are exact),
 * without entity decoding (XML mode knows no `&nbsp;`), then decodes text and attributes with the
 * full HTML entity table. Never throws: htmlparser2 recovers from anything, and what it had to
 * guess is listed in `problems`.
 */
export function parseStorage(source: string): ParsedStorage {
  // htmlparser2 directly, not through cheerio: the reader walks nodes and needs no selector API,
  // and cheerio's load builds a new Cheerio class per call (a third of the parse time).
  const root = parseDocument(source, PARSE_OPTIONS);
  const problems: string[] = [];
  const unclosed = new Set<Element>();
  decodeInPlace(root.children, source, problems, unclosed);
  // Text and attributes were decoded in place, so they are written out encoded again.
  return { source, nodes: unwrap(root.children), problems, unclosed, serialize: (el) => render(el, SERIALIZE_OPTIONS) };
}

const PARSE_OPTIONS = { xmlMode: true, decodeEntities: false, withStartIndices: true, withEndIndices: true } as const;
const SERIALIZE_OPTIONS = { xmlMode: true, decodeEntities: true } as const;

function unwrap(nodes: AnyNode[]): AnyNode[] {
  const content = nodes.filter((n) => n.type !== 'directive' && n.type !== 'comment' && !(n.type === 'text' && n.data.trim() === ''));
  const only = content[0];
  if (content.length === 1 && only && only.type === 'tag' && WRAPPERS.has(only.name.toLowerCase())) {
    const inner = only.children.filter((n) => !(n.type === 'tag' && n.name.toLowerCase() === 'head'));
    return unwrap(inner);
  }
  return nodes.filter((n) => n.type !== 'directive');
}

/** Pre-order over an explicit stack, not recursion: a page nested thousands of levels deep must not overflow the call stack. */
function decodeInPlace(nodes: AnyNode[], source: string, problems: string[], unclosed: Set<Element>): void {
  const stack: AnyNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i] as AnyNode);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text') {
      if (node.data.includes('&')) node.data = decodeHTML(node.data);
    } else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const el = node as Element;
      const attribs = el.attribs;
      for (const name in attribs) {
        const value = attribs[name] as string;
        if (value.includes('&')) attribs[name] = decodeHTML(value);
      }
      if (!isProperlyClosed(el, source)) {
        unclosed.add(el);
        if (problems.length < 5) problems.push(`<${el.name}> at offset ${el.startIndex ?? '?'} is not closed; its end was guessed`);
      }
      for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as AnyNode);
    }
    // CDATA children are literal text: leave them alone.
  }
}

/**
 * Whether the element's source ends in its own end tag (`</name>`, white space allowed before the
 * `>`) or is self-closing, looking no further back than the element's start and the end tag's
 * length plus 8 characters. Character tests, no slices: it runs for every element.
 */
function isProperlyClosed(el: Element, source: string): boolean {
  if (el.startIndex === null || el.endIndex === null) return true;
  const end = el.endIndex + 1;
  if (source.charCodeAt(end - 1) !== 62 /* > */) return false;
  if (source.charCodeAt(end - 2) === 47 /* / */ && el.children.length === 0) return true;
  const name = el.name;
  const floor = Math.max(el.startIndex, end - name.length - 10);
  let at = end - 1;
  while (at > floor && WHITE_SPACE.test(source.charAt(at - 1))) at--;
  const open = at - name.length - 2;
  if (open < floor) return false;
  return source.charCodeAt(open) === 60 /* < */ && source.charCodeAt(open + 1) === 47 /* / */ && source.startsWith(name, open + 2);
}

const WHITE_SPACE = /^\s$/;

/** The exact source text of an element as written in the input. */
export function sourceOf(el: Element, source: string): string {
  if (el.startIndex === null || el.endIndex === null) return '';
  return source.slice(el.startIndex, el.endIndex + 1);
}
