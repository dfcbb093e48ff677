/**
 * The small DOM turndown walks when the Markdown writer hands it a tree instead of a string
 * (src/formats/markdown/turndown-tree.ts builds it from htmlparser2's parse). It has what
 * turndown, its rules and the construct rules read and write: node names, siblings, child
 * lists, attributes, text, `removeChild`, `getElementsByTagName` and `outerHTML`, with the
 * values a browser's DOM gives (upper-case names for elements, `#text` for text).
 *
 * Element text is worked out once and kept until the subtree changes: turndown asks every node
 * for its `textContent` at least twice (blankness, flanking whitespace), which a DOM computes
 * afresh each time.
 */

export type TurndownChild = TurndownElement | TurndownText;

/** What text and elements share: their place in the tree, and the fields turndown sets on every node it converts. */
abstract class TurndownNode {
  parentNode: TurndownElement | null = null;
  previousSibling: TurndownChild | null = null;
  nextSibling: TurndownChild | null = null;
  // Declared, so that turndown setting them keeps each node's shape.
  isBlock: unknown = undefined;
  isCode: unknown = undefined;
  isBlank: unknown = undefined;
  flankingWhitespace: unknown = undefined;
  /** What the bold, italic and strike rules wrote for the node (src/constructs/inline-formatting.ts). */
  writtenMarkdown: unknown = undefined;
}

export class TurndownText extends TurndownNode {
  readonly nodeType = 3;
  readonly nodeName = '#text';
  private text: string;

  constructor(data: string) {
    super();
    this.text = data;
  }

  get data(): string {
    return this.text;
  }

  set data(value: string) {
    this.text = value;
    this.parentNode?.textChanged();
  }

  get nodeValue(): string {
    return this.text;
  }

  get textContent(): string {
    return this.text;
  }
}

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export class TurndownElement extends TurndownNode {
  readonly nodeType = 1;
  /** Upper case, as an HTML document's DOM reports it. */
  readonly nodeName: string;
  /** Lower case, as written in HTML. */
  readonly localName: string;
  readonly attribs: Readonly<Record<string, string>>;
  firstChild: TurndownChild | null = null;
  lastChild: TurndownChild | null = null;
  private childList: TurndownChild[] | null = null;
  private text: string | null = null;

  constructor(localName: string, attribs: Readonly<Record<string, string>>) {
    super();
    this.localName = localName;
    this.nodeName = localName.toUpperCase();
    this.attribs = attribs;
  }

  get tagName(): string {
    return this.nodeName;
  }

  get childNodes(): readonly TurndownChild[] {
    if (this.childList === null) {
      const list: TurndownChild[] = [];
      for (let c = this.firstChild; c !== null; c = c.nextSibling) list.push(c);
      this.childList = list;
    }
    return this.childList;
  }

  /** The element children, as `ParentNode.children`. */
  get children(): readonly TurndownElement[] {
    return this.childNodes.filter((c): c is TurndownElement => c.nodeType === 1);
  }

  get firstElementChild(): TurndownElement | null {
    let c = this.firstChild;
    while (c !== null && c.nodeType !== 1) c = c.nextSibling;
    return c;
  }

  get lastElementChild(): TurndownElement | null {
    let c = this.lastChild;
    while (c !== null && c.nodeType !== 1) c = c.previousSibling;
    return c;
  }

  get nodeValue(): null {
    return null;
  }

  get textContent(): string {
    if (this.text === null) {
      let text = '';
      for (let c = this.firstChild; c !== null; c = c.nextSibling) text += c.textContent;
      this.text = text;
    }
    return this.text;
  }

  /** The attributes as `{ name, value }` in written order, as `Element.attributes` lists them. */
  get attributes(): readonly { readonly name: string; readonly value: string }[] {
    return Object.entries(this.attribs).map(([name, value]) => ({ name, value }));
  }

  getAttribute(name: string): string | null {
    const key = name.toLowerCase();
    return Object.prototype.hasOwnProperty.call(this.attribs, key) ? (this.attribs[key] as string) : null;
  }

  hasAttribute(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.attribs, name.toLowerCase());
  }

  appendChild<T extends TurndownChild>(child: T): T {
    if (child.parentNode !== null) child.parentNode.removeChild(child);
    child.parentNode = this;
    child.previousSibling = this.lastChild;
    child.nextSibling = null;
    if (this.lastChild === null) this.firstChild = child;
    else this.lastChild.nextSibling = child;
    this.lastChild = child;
    this.childList = null;
    this.textChanged();
    return child;
  }

  removeChild<T extends TurndownChild>(child: T): T {
    if (child.parentNode !== this) throw new Error('removeChild: the node is not a child of this element');
    if (child.previousSibling === null) this.firstChild = child.nextSibling;
    else child.previousSibling.nextSibling = child.nextSibling;
    if (child.nextSibling === null) this.lastChild = child.previousSibling;
    else child.nextSibling.previousSibling = child.previousSibling;
    child.parentNode = null;
    child.previousSibling = null;
    child.nextSibling = null;
    this.childList = null;
    this.textChanged();
    return child;
  }

  /** Descendant elements with the given name (any case), in document order. */
  getElementsByTagName(name: string): TurndownElement[] {
    const wanted = name.toUpperCase();
    const found: TurndownElement[] = [];
    collectByName(this, wanted, found);
    return found;
  }

  /** A deep copy, or the node alone. */
  cloneNode(deep = false): TurndownElement {
    const copy = new TurndownElement(this.localName, this.attribs);
    if (deep) {
      for (let c = this.firstChild; c !== null; c = c.nextSibling) {
        copy.appendChild(c.nodeType === 1 ? c.cloneNode(true) : new TurndownText(c.data));
      }
    }
    return copy;
  }

  get outerHTML(): string {
    return serialize(this);
  }

  /**
   * Forgets the kept text of this element and of its ancestors. An element keeps its text only
   * while its descendants keep theirs, so the walk stops at the first that keeps none.
   */
  textChanged(): void {
    if (this.text === null) return;
    this.text = null;
    this.parentNode?.textChanged();
  }

}

function collectByName(el: TurndownElement, wanted: string, found: TurndownElement[]): void {
  for (let c = el.firstChild; c !== null; c = c.nextSibling) {
    if (c.nodeType !== 1) continue;
    if (wanted === '*' || c.nodeName === wanted) found.push(c);
    collectByName(c, wanted, found);
  }
}

/** HTML serialization as the HTML standard's fragment serializing algorithm writes it (and as domino does). */
function serialize(el: TurndownElement): string {
  let out = `<${el.localName}`;
  for (const [name, value] of Object.entries(el.attribs)) out += ` ${name}="${escapeAttributeValue(value)}"`;
  out += '>';
  if (VOID.has(el.localName)) return out;
  for (let c = el.firstChild; c !== null; c = c.nextSibling) out += c.nodeType === 1 ? serialize(c) : escapeTextValue(c.data);
  return `${out}</${el.localName}>`;
}

function escapeTextValue(text: string): string {
  return /[&<>\u00A0]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00A0/g, '&nbsp;') : text;
}

function escapeAttributeValue(value: string): string {
  return /[&"<>\u00A0]/.test(value) ? escapeTextValue(value).replace(/"/g, '&quot;') : value;
}
