import { CDATA, Document, Element, ProcessingInstruction, Text, type ChildNode, type ParentNode } from 'domhandler';

/**
 * The fast path of the storage parse. Storage written by Confluence is well-formed XHTML: tags
 * with quoted attributes, matching end tags, CDATA sections, an `<?xml?>` prolog and text. For
 * such input this builds the very tree htmlparser2 builds in XML mode without entity decoding
 * (same nodes, names, raw attribute values, first of duplicate attributes, start and end indices,
 * sibling links), with `indexOf` scans instead of a per-character state machine. Anything else
 * (comments, declarations, a stray `<`, unquoted or valueless attributes, an end tag that does not
 * close the innermost open element, end of input inside markup, `script`/`style` elements, which
 * domhandler types apart) returns null, and the caller parses with htmlparser2, whose error
 * recovery is the one the reader relies on.
 *
 * Every text node and attribute value goes through `decode` as it is created (CDATA is literal).
 */
export function parseWellFormed(source: string, decode: (raw: string) => string): Document | null {
  const root = new Document([]);
  let parent: ParentNode = root;
  const open: Element[] = [];
  const length = source.length;
  let at = 0;
  while (at < length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > at) {
      const raw = source.slice(at, textEnd);
      const text = new Text(raw.includes('&') ? decode(raw) : raw);
      text.startIndex = at;
      text.endIndex = textEnd - 1;
      append(parent, text);
    }
    if (lt === -1) break;
    const next = source.charCodeAt(lt + 1);
    if (next === 47 /* / */) {
      // End tag: `</name>` closing the innermost open element, nothing else.
      const gt = source.indexOf('>', lt + 2);
      const current = open[open.length - 1];
      if (gt === -1 || current === undefined) return null;
      const name = current.name;
      if (gt !== lt + 2 + name.length || !source.startsWith(name, lt + 2)) return null;
      current.endIndex = gt;
      open.pop();
      parent = open[open.length - 1] ?? root;
      at = gt + 1;
    } else if (next === 33 /* ! */) {
      if (!source.startsWith('<![CDATA[', lt)) return null;
      const end = source.indexOf(']]>', lt + 9);
      if (end === -1) return null;
      const text = new Text(source.slice(lt + 9, end));
      text.endIndex = end + 2;
      const cdata = new CDATA([text]);
      text.parent = cdata;
      cdata.startIndex = lt;
      cdata.endIndex = end + 2;
      append(parent, cdata);
      at = end + 3;
    } else if (next === 63 /* ? */) {
      // A processing instruction (the `<?xml ...?>` prolog), up to the first `>`.
      const gt = source.indexOf('>', lt + 2);
      if (gt === -1) return null;
      const value = source.slice(lt + 2, gt);
      const nameEnd = value.search(INSTRUCTION_NAME_END);
      const instruction = new ProcessingInstruction(`?${nameEnd < 0 ? value : value.slice(0, nameEnd)}`, `?${value}`);
      instruction.startIndex = lt;
      instruction.endIndex = gt;
      append(parent, instruction);
      at = gt + 1;
    } else {
      // Start tag: a name, then `name="value"` / `name='value'` pairs, then `>` or `/>`.
      let i = lt + 1;
      while (i < length && !endsTagSection(source.charCodeAt(i))) i++;
      if (i === lt + 1 || i >= length) return null;
      const tag = source.slice(lt + 1, i);
      // htmlparser2 types every XML element `tag`; domhandler would type these two apart.
      if (tag === 'script' || tag === 'style') return null;
      const el = new Element(tag, {});
      const attribs = el.attribs;
      let selfClosing = false;
      for (;;) {
        let c = source.charCodeAt(i);
        while (isWhiteSpace(c)) c = source.charCodeAt(++i);
        if (c === 62 /* > */) break;
        if (c === 47 /* / */) {
          if (source.charCodeAt(i + 1) !== 62) return null;
          selfClosing = true;
          i++;
          break;
        }
        if (Number.isNaN(c)) return null;
        const nameStart = i;
        while (c !== 61 /* = */ && !endsTagSection(c) && !Number.isNaN(c)) c = source.charCodeAt(++i);
        // htmlparser2 reads a leading `=` as part of the name: not ours to guess.
        if (c !== 61 || i === nameStart) return null;
        const quote = source.charCodeAt(i + 1);
        if (quote !== 34 /* " */ && quote !== 39 /* ' */) return null;
        const close = source.indexOf(quote === 34 ? '"' : "'", i + 2);
        if (close === -1) return null;
        const name = source.slice(nameStart, i);
        if (!Object.prototype.hasOwnProperty.call(attribs, name)) {
          const raw = source.slice(i + 2, close);
          attribs[name] = raw.includes('&') ? decode(raw) : raw;
        }
        i = close + 1;
      }
      el.startIndex = lt;
      el.endIndex = i;
      append(parent, el);
      if (!selfClosing) {
        open.push(el);
        parent = el;
      }
      at = i + 1;
    }
  }
  return open.length === 0 ? root : null;
}

const INSTRUCTION_NAME_END = /\s|\//;

function append(parent: ParentNode, node: ChildNode): void {
  const children = parent.children;
  const previous = children[children.length - 1];
  if (previous) {
    node.prev = previous;
    previous.next = node;
  }
  node.parent = parent;
  children.push(node);
}

/** htmlparser2's white space: space, tab, line feed, form feed, carriage return. */
function isWhiteSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 12 || c === 13;
}

/** What ends a tag or attribute name in htmlparser2's XML mode: `/`, `>` or white space. */
function endsTagSection(c: number): boolean {
  return c === 47 || c === 62 || isWhiteSpace(c);
}
