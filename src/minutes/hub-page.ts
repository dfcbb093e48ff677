import type { AnyNode, Element } from 'domhandler';
import { parsedHub } from '../hub/parsed-hub.js';
import { forEachElement, hasAncestor } from '../hub/hub-walk.js';
import type { NormalizedTable } from '../hub/table-normalize.js';
import { nodesText } from '../hub/table-cell-text.js';
import { withLabelRow } from './attendance/label-row.js';

/** The elements the JSON model and the meeting read, each kind in document order, found in one walk. */
export interface PageElements {
  /** `h1`…`h6`. */
  headings: Element[];
  /** Headings and tables together (a table's record takes the heading nearest before it). */
  headingsAndTables: Element[];
  /** `a[data-mention]`. */
  mentions: Element[];
  /** `a[href]`. */
  links: Element[];
  /** Any element with `data-attachment`. */
  attachments: Element[];
  /** Constructs kept as storage: `[data-opaque][data-storage]`. */
  opaqueStorage: Element[];
  /** `time[datetime]`. */
  times: Element[];
  /** Task list items: `li[data-task]`. */
  tasks: Element[];
}

/** A parsed hub page as the JSON writer and the meeting extractor read it. */
export interface HubPage {
  /** The top-level nodes of the page. */
  roots: readonly AnyNode[];
  elements: PageElements;
  /** The normalized table, computed once per table element. */
  normalize(table: Element): NormalizedTable;
  /** The visible text of an element (`nodesText`), computed once per element: headings are read by the outline, the tables and the meeting. */
  text(el: Element): string;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function pageElements(roots: readonly AnyNode[]): PageElements {
  const found: PageElements = { headings: [], headingsAndTables: [], mentions: [], links: [], attachments: [], opaqueStorage: [], times: [], tasks: [] };
  forEachElement(roots, (el) => {
    const attribs = el.attribs;
    const name = el.name;
    if (HEADINGS.has(name)) {
      found.headings.push(el);
      found.headingsAndTables.push(el);
    } else if (name === 'table') found.headingsAndTables.push(el);
    else if (name === 'a') {
      if (attribs['data-mention'] !== undefined) found.mentions.push(el);
      if (attribs['href'] !== undefined) found.links.push(el);
    } else if (name === 'time' && attribs['datetime'] !== undefined) found.times.push(el);
    else if (name === 'li' && attribs['data-task'] !== undefined) found.tasks.push(el);
    if (attribs['data-attachment'] !== undefined) found.attachments.push(el);
    // A Cloud decision list shows its items but keeps its storage too (constructs/adf-extension.ts): read from there.
    if ((attribs['data-opaque'] !== undefined || attribs['data-adf-decisions'] !== undefined) && attribs['data-storage'] !== undefined) found.opaqueStorage.push(el);
  });
  return found;
}

/** The page of this hub text, read from the parse its writers share (see parsedHub). */
export function hubPage(hub: string): HubPage {
  const parsed = parsedHub(hub);
  let page = pages.get(parsed);
  if (page === undefined) {
    const roots = parsed.document.children;
    const texts = new Map<Element, string>();
    const text = (el: Element): string => {
      let value = texts.get(el);
      if (value === undefined) texts.set(el, (value = nodesText([el])));
      return value;
    };
    page = { roots, elements: pageElements(roots), normalize: (table) => withLabelRow(parsed.normalize(table)), text };
    pages.set(parsed, page);
  }
  return page;
}

/** The page of each parse, kept as long as the parse is (parsedHub keeps the last few). */
const pages = new WeakMap<object, HubPage>();

/** The table is inside another table (a cell of it). */
export function isNestedTable(table: Element): boolean {
  return hasAncestor(table, (el) => el.name === 'table');
}
