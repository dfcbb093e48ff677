import { load } from 'cheerio/slim';
import type { AnyNode, Document, Element } from 'domhandler';
import type { StorageWriteContext } from '../../constructs/construct.js';
import { mappingsOf } from '../../constructs/registry.js';
import { ConversionReport } from '../../hub/report.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';

/** Attributes a plain hub element keeps in storage; everything `data-*` belongs to a construct. */
const PLAIN_ATTRIBUTES = new Set(['href', 'colspan', 'rowspan', 'start', 'datetime', 'src', 'alt', 'title']);
const VOID = new Set(['br', 'hr', 'img', 'col', 'wbr']);

/** Parses hub HTML once (htmlparser2, HTML mode). */
export function parseHub(hub: string): readonly AnyNode[] {
  const $ = load(hub, { xml: { xmlMode: false, decodeEntities: true } }, false);
  return ($.root()[0] as unknown as Document).children;
}

/** Hub HTML -> storage XHTML. */
export function writeStorage(hub: string, report: ConversionReport = new ConversionReport()): string {
  const writer = new StorageWriter(report);
  return writer.nodes(parseHub(hub)).trim();
}

class StorageWriter implements StorageWriteContext {
  constructor(readonly report: ConversionReport) {}

  nodes(nodes: readonly AnyNode[]): string {
    let out = '';
    for (const node of nodes) {
      if (node.type === 'text') out += escapeXmlText(node.data);
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') out += this.element(node as Element);
    }
    return out;
  }

  children(el: Element): string {
    return this.nodes(el.children);
  }

  private element(el: Element): string {
    const mapping = mappingsOf('hub').find(el);
    if (mapping) return mapping.toStorage(el, this);
    const name = el.name.toLowerCase();
    if (name === 'script' || name === 'style') return '';
    let attrs = '';
    for (const [key, value] of Object.entries(el.attribs)) {
      if (PLAIN_ATTRIBUTES.has(key)) attrs += ` ${key}="${escapeXmlAttribute(value)}"`;
    }
    if (VOID.has(name)) return `<${name}${attrs} />`;
    return `<${name}${attrs}>${this.children(el)}</${name}>`;
  }
}
