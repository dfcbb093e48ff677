// hub/: canonical HTML, the one interlingua: its vocabulary, parsing, table normalization, the conversion report. Imports nothing of wikiport.
import * as cheerio from 'cheerio/slim';
import type { AnyNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { normalizeTableElement, type NormalizeOptions, type NormalizedTable } from './table-normalize.js';

/**
 * One parse of a hub page shared by every writer of the same page: `convertMany` writes Markdown
 * and JSON from the same hub string, and both read its tables. The hub is well-formed HTML that
 * wikiport wrote itself, so htmlparser2 (several times faster than parse5) builds the same tree.
 * Readers must not change the tree: it is handed out again for the same hub string.
 */
export interface ParsedHub {
  readonly hub: string;
  readonly document: Document;
  /** Selectors over the parse, for the few readers that want them (made on first use). */
  readonly $: cheerio.CheerioAPI;
  /** Tables not inside another table, in document order; `startIndex`/`endIndex` locate them in `hub`. */
  readonly outerTables: readonly Element[];
  /** The normalized table, computed once per table element of this parse (and per options). */
  normalize(table: Element, options?: NormalizeOptions): NormalizedTable;
}

const PARSE_OPTIONS = { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } as const;
/** What cheerio is loaded with over the parse: htmlparser2's options, characters written as they are. */
const CHEERIO_OPTIONS = { xml: { ...PARSE_OPTIONS, encodeEntities: 'utf8' as const } };

/** The most recent parses, newest last: a page's writers run one after the other. */
const recent: ParsedHub[] = [];
const KEEP = 2;

export function parsedHub(hub: string): ParsedHub {
  for (const parsed of recent) if (parsed.hub === hub) return parsed;
  const parsed = parse(hub);
  recent.push(parsed);
  if (recent.length > KEEP) recent.shift();
  return parsed;
}

function parse(hub: string): ParsedHub {
  // htmlparser2 directly: cheerio's load builds a new Cheerio class per call, which most pages never use.
  const document = parseDocument(hub, PARSE_OPTIONS);
  let $: cheerio.CheerioAPI | undefined;
  const outerTables: Element[] = [];
  const collect = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const el = node as Element;
      if (el.name === 'table') outerTables.push(el);
      else collect(el.children);
    }
  };
  collect(document.children);
  const normalized = new Map<Element, NormalizedTable>();
  const withEmptyRows = new Map<Element, NormalizedTable>();
  return {
    hub,
    document,
    get $() {
      return ($ ??= cheerio.load(document, CHEERIO_OPTIONS, false));
    },
    outerTables,
    normalize(table, options = {}) {
      const cache = options.keepEmptyRows ? withEmptyRows : normalized;
      let result = cache.get(table);
      if (result === undefined) cache.set(table, (result = normalizeTableElement(table, options)));
      return result;
    },
  };
}
