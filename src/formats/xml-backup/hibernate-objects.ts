import { Parser } from 'htmlparser2';

/** A reference from one object to another: `<property name="space" class="Space"><id name="id">12</id></property>`. */
export interface HibernateRef {
  class: string;
  id: string;
}

/**
 * One `<object class="…" package="…">` of entities.xml: its id and its properties, each either
 * text (plain or CDATA) or a reference to another object, and its collections of references.
 */
export interface HibernateObject {
  class: string;
  package: string;
  id: string;
  properties: Map<string, string | HibernateRef>;
  collections: Map<string, HibernateRef[]>;
  /** Properties whose text was longer than `maxTextLength` and was cut there. */
  cut?: Set<string>;
}

export interface HibernateReaderOptions {
  /** Objects of other classes are skipped without building them (their text is not kept). */
  wantClass?: (className: string) => boolean;
  /** Collections are only kept when asked for (they are large and rarely needed). */
  wantCollection?: (className: string, name: string) => boolean;
  /**
   * Text longer than this (in UTF-16 units) is cut and the property listed in `cut`: a body no
   * one will use is not gathered whole, and no text reaches V8's string length limit.
   */
  maxTextLength?: number;
}

/** The document is not a complete entities.xml: the message says what was seen and where it stopped. */
export class EntitiesXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntitiesXmlError';
  }
}

type Frame =
  | { kind: 'root' }
  | { kind: 'object'; object: HibernateObject | null }
  | { kind: 'object-id' }
  | { kind: 'property'; name: string; refClass: string | null }
  | { kind: 'property-id' }
  | { kind: 'collection'; list: HibernateRef[] | null }
  | { kind: 'element'; refClass: string }
  | { kind: 'element-id' }
  | { kind: 'other' };

/**
 * A streaming (SAX) reader of Confluence's entities.xml: feed it the document in chunks of any
 * size and it hands over each top-level object as soon as the object's closing tag is read, so
 * memory holds one object at a time, never the document. Bodies arrive as CDATA text of one
 * property and are kept whole (a page body is one string).
 */
export class HibernateObjectReader {
  private readonly parser: Parser;
  private readonly stack: Frame[] = [];
  private text = '';
  private collecting = false;
  private sawRoot = false;
  private closedRoot = false;
  private ending = false;
  private firstTag: string | null = null;
  private objects = 0;
  private lastObject: { class: string; id: string } | null = null;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly maxText: number;
  private textCut = false;

  constructor(
    private readonly onObject: (object: HibernateObject) => void,
    private readonly options: HibernateReaderOptions = {},
  ) {
    this.maxText = options.maxTextLength ?? 256 * 1024 * 1024;
    this.parser = new Parser(
      {
        onopentag: (name, attribs) => this.open(name, attribs),
        // At the end of input the parser closes whatever is still open: that is truncation, not data.
        onclosetag: () => {
          if (!this.ending) this.close();
        },
        ontext: (text) => {
          if (!this.collecting) return;
          if (this.text.length + text.length <= this.maxText) this.text += text;
          else {
            this.text += text.slice(0, Math.max(0, this.maxText - this.text.length));
            this.textCut = true;
          }
        },
      },
      { xmlMode: true, recognizeCDATA: true, decodeEntities: true },
    );
  }

  /** Objects handed over so far. */
  get objectCount(): number {
    return this.objects;
  }

  write(chunk: string | Uint8Array): void {
    this.parser.write(typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true }));
  }

  /** Ends the document; throws EntitiesXmlError when it is not a whole entities.xml. */
  end(): void {
    const rest = this.decoder.decode();
    if (rest) this.parser.write(rest);
    this.ending = true;
    this.parser.end();
    if (!this.sawRoot) {
      throw new EntitiesXmlError(
        this.firstTag === null ? 'holds no XML elements at all (empty or not XML)' : `has the root element <${this.firstTag}>, not <hibernate-generic>: not a Confluence XML export`,
      );
    }
    if (!this.closedRoot) {
      const inside = this.currentObject();
      const where = inside ? `inside <object class="${inside.class}"${inside.id ? ` id ${inside.id}` : ''}>` : 'before </hibernate-generic>';
      const after = this.lastObject ? `, after ${this.objects} objects (the last whole one: ${this.lastObject.class} ${this.lastObject.id})` : ', before any whole object';
      throw new EntitiesXmlError(`ends ${where}${after}: the file is truncated`);
    }
  }

  private currentObject(): { class: string; id: string } | null {
    for (const frame of this.stack) if (frame.kind === 'object' && frame.object) return { class: frame.object.class, id: frame.object.id };
    return null;
  }

  private open(name: string, attribs: Record<string, string>): void {
    this.firstTag ??= name;
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      if (name === 'hibernate-generic') {
        this.sawRoot = true;
        this.stack.push({ kind: 'root' });
      } else this.stack.push({ kind: 'other' });
      return;
    }
    switch (parent.kind) {
      case 'root':
        if (name === 'object') {
          const cls = attribs.class ?? '';
          const wanted = this.options.wantClass ? this.options.wantClass(cls) : true;
          this.stack.push({
            kind: 'object',
            object: wanted ? { class: cls, package: attribs.package ?? '', id: '', properties: new Map(), collections: new Map() } : null,
          });
        } else this.stack.push({ kind: 'other' });
        return;
      case 'object':
        if (!parent.object) return this.pushOther();
        if (name === 'id') this.startText({ kind: 'object-id' });
        else if (name === 'property') this.startText({ kind: 'property', name: attribs.name ?? '', refClass: attribs.class ?? null });
        else if (name === 'collection') {
          const keep = this.options.wantCollection?.(parent.object.class, attribs.name ?? '') ?? false;
          const list: HibernateRef[] | null = keep ? [] : null;
          if (list) parent.object.collections.set(attribs.name ?? '', list);
          this.stack.push({ kind: 'collection', list });
        } else this.pushOther();
        return;
      case 'property':
        // A reference: the property's own text is only the whitespace around <id>.
        if (name === 'id') this.startText({ kind: 'property-id' });
        else this.pushOther();
        return;
      case 'collection':
        if (name === 'element' && parent.list) this.stack.push({ kind: 'element', refClass: attribs.class ?? '' });
        else this.pushOther();
        return;
      case 'element':
        if (name === 'id') this.startText({ kind: 'element-id' });
        else this.pushOther();
        return;
      default:
        this.pushOther();
    }
  }

  private pushOther(): void {
    this.collecting = false;
    this.stack.push({ kind: 'other' });
  }

  private startText(frame: Frame): void {
    this.text = '';
    this.textCut = false;
    this.collecting = true;
    this.stack.push(frame);
  }

  private close(): void {
    const frame = this.stack.pop();
    if (!frame) return;
    const parent = this.stack[this.stack.length - 1];
    switch (frame.kind) {
      case 'root':
        this.closedRoot = true;
        return;
      case 'object':
        if (frame.object) {
          this.objects++;
          this.lastObject = { class: frame.object.class, id: frame.object.id };
          this.onObject(frame.object);
        }
        return;
      case 'object-id':
        if (parent?.kind === 'object' && parent.object) parent.object.id = detach(this.takeText().trim());
        return;
      case 'property': {
        const cut = this.textCut;
        const text = this.takeText();
        if (parent?.kind === 'object' && parent.object && !frame.refClass) {
          parent.object.properties.set(frame.name, text);
          if (cut) (parent.object.cut ??= new Set()).add(frame.name);
        }
        return;
      }
      case 'property-id': {
        const id = detach(this.takeText().trim());
        const property = parent?.kind === 'property' ? parent : null;
        const owner = this.stack[this.stack.length - 2];
        if (property && owner?.kind === 'object' && owner.object) owner.object.properties.set(property.name, { class: property.refClass ?? '', id });
        // Text after </id> inside the property is whitespace, never a value.
        return;
      }
      case 'element-id': {
        const id = detach(this.takeText().trim());
        const element = parent?.kind === 'element' ? parent : null;
        const collection = this.stack[this.stack.length - 2];
        if (element && collection?.kind === 'collection' && collection.list) collection.list.push({ class: element.refClass, id });
        return;
      }
      default:
        return;
    }
  }

  private takeText(): string {
    const text = this.text.length <= detachUpTo ? detach(this.text) : this.text;
    this.text = '';
    this.textCut = false;
    this.collecting = false;
    return text;
  }
}

/** Values up to this length are copied out of the document's chunks (see detach); bodies are not. */
const detachUpTo = 64 * 1024;

/**
 * A copy of `text` that does not hold on to the string it was cut from. The parser's text is a
 * slice of the chunk being parsed (a megabyte); a title kept in the first pass's index would
 * keep its whole chunk alive, and memory would grow with the document instead of the objects.
 * Concatenating flattens into fresh memory; the slice then points only at that copy.
 */
export function detach(text: string): string {
  return text.length === 0 ? '' : (' ' + text).slice(1);
}

/** A property's text, or null when it is absent or a reference. */
export function textOf(object: HibernateObject, name: string): string | null {
  const value = object.properties.get(name);
  return typeof value === 'string' ? value : null;
}

/** A property's reference, or null when it is absent or text. */
export function refOf(object: HibernateObject, name: string): HibernateRef | null {
  const value = object.properties.get(name);
  return value !== undefined && typeof value !== 'string' ? value : null;
}
