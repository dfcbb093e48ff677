import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { normalizeTableElement, type NormalizedTable } from './table-normalize.js';

/**
 * One parse of a hub page shared by every writer of the same page: `convertMany` writes Markdown
 * and JSON from the same hub string, and both read its tables. The hub is well-formed HTML that
 * wikiport wrote itself, so htmlparser2 (several times faster than parse5) builds the same tree.
 * Readers must not change the tree: it is handed out again for the same hub string.
 */
export interface ParsedHub {
  readonly hub: string;
  readonly $: cheerio.CheerioAPI;
  /** Tables not inside another table, in document order; `startIndex`/`endIndex` locate them in `hub`. */
  readonly outerTables: readonly Element[];
  /** The normalized table, computed once per table element of this parse. */
  normalize(table: Element): NormalizedTable;
}

const PARSE_OPTIONS = {
  xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' as const, withStartIndices: true, withEndIndices: true },
};

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
  const $ = cheerio.load(hub, PARSE_OPTIONS, false);
  const outerTables: Element[] = [];
  const collect = (nodes: readonly AnyNode[]): void => {
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const el = node as Element;
      if (el.name === 'table') outerTables.push(el);
      else collect(el.children);
    }
  };
  collect($.root().get(0)?.children ?? []);
  const normalized = new Map<Element, NormalizedTable>();
  return {
    hub,
    $,
    outerTables,
    normalize(table) {
      let result = normalized.get(table);
      if (result === undefined) normalized.set(table, (result = normalizeTableElement($, table)));
      return result;
    },
  };
}
