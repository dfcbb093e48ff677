import { Parser } from 'htmlparser2';
import { TurndownElement, TurndownText } from './turndown-dom.js';

/**
 * The tree turndown converts, built from htmlparser2's parse of the HTML instead of by turndown's
 * own HTML parser (domino), which builds a full browser DOM and was the slowest step of the
 * Markdown writer.
 *
 * htmlparser2 and a browser build the same tree from well-formed HTML: every element closed by
 * its own end tag, in an order the HTML standard's tree builder leaves as it is. Hubs are such
 * HTML, nearly always. Wherever the standard would build something else (an element it closes
 * or opens on its own, text it moves out of a table, an element with parsing rules of its own,
 * a stray end tag), this returns null and the caller hands turndown the string, so the Markdown
 * is the same either way (test/formats/markdown/turndown-tree.test.ts compares the two).
 */
export function turndownTree(html: string): TurndownElement | null {
  if (html.includes('\0')) return null;
  // The standard reads CR LF, and a CR alone, as LF before it reads anything else (pages saved on
  // Windows have them throughout); only a bogus comment keeps a CR, and turndown drops comments.
  const source = html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html;
  const builder = new TreeBuilder();
  const parser = new Parser(builder, { decodeEntities: true });
  parser.end(source);
  if (!builder.safe || builder.endTags !== countEndTags(source)) return null;
  return builder.root;
}

/** Elements whose parsing the standard does not treat specially when they are well nested. */
const ORDINARY = new Set([
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'col',
  'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'font', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'pre', 'q', 's', 'samp', 'section',
  'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u',
  'ul', 'var', 'wbr',
]);
const VOID = new Set(['br', 'col', 'hr', 'img', 'wbr']);
/** Start tags that close an open `<p>` (the standard's "close a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul',
]);
/** Elements that end the "button scope" in which an open `<p>` is looked for. */
const BUTTON_SCOPE = new Set(['td', 'th', 'caption', 'table']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** The standard's "special" elements among the ordinary ones, which stop the search for an open `<li>`/`<dd>`/`<dt>`. */
const SPECIAL = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'wbr',
]);
/** What each table part may hold without the standard moving or adding anything. */
const TABLE_CHILDREN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['table', new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot'])],
  ['thead', new Set(['tr'])],
  ['tbody', new Set(['tr'])],
  ['tfoot', new Set(['tr'])],
  ['tr', new Set(['td', 'th'])],
  ['colgroup', new Set(['col'])],
]);
const NOT_HTML_SPACE = /[^\t\n\f ]/;

/** A `<tbody>` the standard adds around rows written straight into a `<table>`. */
const IMPLIED_TBODY: Readonly<Record<string, string>> = Object.freeze({});

class TreeBuilder {
  readonly root = new TurndownRoot();
  safe = true;
  /**
   * End tags seen, explicit or inside comments, to match against the source's count: an end tag
   * htmlparser2 drops without a word (one closing nothing open) makes the counts differ, and so
   * does one written raw inside an attribute value.
   */
  endTags = 0;
  private readonly open: TurndownElement[] = [this.root];
  private text: TurndownText | null = null;
  private textParts: string[] = [];
  private afterPre = false;

  private get current(): TurndownElement {
    return this.open[this.open.length - 1] as TurndownElement;
  }

  onopentag(name: string, attribs: Record<string, string>, isImplied: boolean): void {
    this.flushText();
    this.afterPre = false;
    if (!this.safe) return;
    if (isImplied || !ORDINARY.has(name) || !this.opensAsWritten(name)) {
      this.safe = false;
      return;
    }
    let parent = this.current;
    if (name === 'tr' && parent.localName === 'table') {
      const tbody = new TurndownElement('tbody', IMPLIED_TBODY);
      parent.appendChild(tbody);
      this.open.push(tbody);
      parent = tbody;
    }
    const el = new TurndownElement(name, attribs);
    parent.appendChild(el);
    if (!VOID.has(name)) this.open.push(el);
    this.afterPre = name === 'pre';
  }

  onclosetag(name: string, isImplied: boolean): void {
    this.flushText();
    this.afterPre = false;
    if (!this.safe) return;
    if (VOID.has(name)) {
      if (!isImplied) this.safe = false;
      return;
    }
    if (isImplied) {
      this.safe = false;
      return;
    }
    this.endTags++;
    let top = this.current;
    if (name === 'table' && top.localName === 'tbody' && top.attribs === IMPLIED_TBODY) {
      this.open.pop();
      top = this.current;
    }
    if (top.localName !== name || this.open.length === 1) {
      this.safe = false;
      return;
    }
    this.open.pop();
  }

  ontext(data: string): void {
    if (!this.safe) return;
    let piece = data;
    if (this.afterPre) {
      this.afterPre = false;
      if (piece.startsWith('\n')) piece = piece.slice(1);
    }
    if (TABLE_CHILDREN.has(this.current.localName) && NOT_HTML_SPACE.test(piece)) {
      this.safe = false;
      return;
    }
    if (piece === '') return;
    if (this.text === null) {
      this.text = new TurndownText('');
      this.current.appendChild(this.text);
    }
    this.textParts.push(piece);
  }

  oncomment(data: string): void {
    this.flushText();
    this.afterPre = false;
    this.endTags += countEndTags(data);
    // Comments the standard ends or starts differently: CDATA (a bogus comment to it), `--!>`, `<!-->`.
    if (data.startsWith('[CDATA[') || data.includes('--!') || data.startsWith('>') || data.startsWith('->')) this.safe = false;
    // turndown removes comments before it converts anything, so the tree leaves them out.
  }

  onprocessinginstruction(): void {
    this.safe = false;
  }

  onend(): void {
    this.flushText();
    if (this.open.length !== 1) this.safe = false;
  }

  /** The text run so far becomes one text node, as the standard makes one of adjacent characters. */
  private flushText(): void {
    if (this.text === null) return;
    this.text.data = this.textParts.length === 1 ? (this.textParts[0] as string) : this.textParts.join('');
    this.text = null;
    this.textParts = [];
  }

  /** Whether the standard's tree builder would open the element where it is written, closing nothing. */
  private opensAsWritten(name: string): boolean {
    const parent = this.current.localName;
    const allowed = TABLE_CHILDREN.get(parent);
    if (allowed !== undefined) return allowed.has(name) || (name === 'tr' && parent === 'table');
    if (name === 'caption' || name === 'colgroup' || name === 'col' || name === 'thead' || name === 'tbody' || name === 'tfoot' || name === 'tr' || name === 'td' || name === 'th') return false;
    if (CLOSES_P.has(name) && this.inScope('p', BUTTON_SCOPE)) return false;
    if (HEADINGS.has(name) && HEADINGS.has(parent)) return false;
    if (name === 'li' && this.openBeforeSpecial(['li'])) return false;
    if ((name === 'dd' || name === 'dt') && this.openBeforeSpecial(['dd', 'dt'])) return false;
    if (name === 'a' && this.open.some((el) => el.localName === 'a')) return false;
    return true;
  }

  private inScope(name: string, boundary: ReadonlySet<string>): boolean {
    for (let i = this.open.length - 1; i > 0; i--) {
      const open = (this.open[i] as TurndownElement).localName;
      if (open === name) return true;
      if (boundary.has(open)) return false;
    }
    return false;
  }

  /** The standard's search for an open list item: from the current node up, until a special element other than address, div or p. */
  private openBeforeSpecial(names: readonly string[]): boolean {
    for (let i = this.open.length - 1; i > 0; i--) {
      const open = (this.open[i] as TurndownElement).localName;
      if (names.includes(open)) return true;
      if (SPECIAL.has(open) && open !== 'address' && open !== 'div' && open !== 'p') return false;
    }
    return false;
  }
}

/**
 * The element turndown wraps the HTML in. turndown copies a tree it is handed, to leave the
 * caller's DOM as it was; this tree is built for one turndown call and held by nobody else, so
 * the copy is left out.
 */
class TurndownRoot extends TurndownElement {
  constructor() {
    super('x-turndown', { id: 'turndown-root' });
  }

  override cloneNode(deep = false): TurndownElement {
    return deep ? this : super.cloneNode(false);
  }
}

/** `</` followed by a letter: what the tokenizer reads as an end tag. */
function countEndTags(text: string): number {
  let count = 0;
  for (let at = text.indexOf('</'); at !== -1; at = text.indexOf('</', at + 2)) {
    const c = text.charCodeAt(at + 2) | 0x20;
    if (c >= 0x61 && c <= 0x7a) count++;
  }
  return count;
}
