import type { Element } from 'domhandler';
import type { Construct, StorageReadContext } from './construct.js';
import { element, escapeAttribute, paramsJson, parseParamsJson } from '../hub/html.js';
import { childElements } from '../formats/storage/storage-dom.js';
import { storageMarker } from './storage-markers.js';
import { parseOpaqueComment } from '../hub/opaque.js';
import { asDom, type DomNode } from './turndown-node.js';

/**
 * Page layouts (`ac:layout` > `ac:layout-section ac:type` > `ac:layout-cell`). Markdown cannot lay
 * out columns, so cells are flattened in reading order (section by section, cell by cell). The
 * structure is kept, not lost: invisible markers between the cells (storage-markers.ts) carry the
 * layout's tags, so Markdown -> storage rebuilds the same sections and cells.
 */
function sectionAttributes(section: Element): { type: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(section.attribs)) {
    if (name.startsWith('ac:') && name !== 'ac:type') params[name.slice(3)] = value;
  }
  return { type: section.attribs['ac:type'] ?? 'single', params };
}

function sectionHub(section: Element, ctx: StorageReadContext): string {
  const { type, params } = sectionAttributes(section);
  const cells = childElements(section, 'ac:layout-cell').map((cell) => element('div', { 'data-layout-cell': true }, ctx.children(cell).trim()));
  return element('div', { 'data-layout-section': true, 'data-type': type, 'data-params': paramsJson(params) }, cells.join(''));
}

function sectionOpen(type: string, params: Record<string, string>): string {
  let attrs = ` ac:type="${escapeAttribute(type)}"`;
  for (const key of Object.keys(params).sort()) attrs += ` ac:${key}="${escapeAttribute(params[key] ?? '')}"`;
  return `<ac:layout-section${attrs}>`;
}

function sectionOpenOfHub(get: (name: string) => string | null | undefined): string {
  return sectionOpen(get('data-type') || 'single', parseParamsJson(get('data-params') ?? undefined));
}

function elementChildren(node: DomNode | null, test: (n: DomNode) => boolean): DomNode[] {
  const out: DomNode[] = [];
  if (!node) return out;
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child && child.nodeType === 1 && test(child)) out.push(child);
  }
  return out;
}

const isSection = (n: DomNode): boolean => n.hasAttribute('data-layout-section');
const isCell = (n: DomNode): boolean => n.hasAttribute('data-layout-cell');

/** The storage tags before a cell (only the first cell of a layout opens anything) and after it. */
function cellMarkers(cell: DomNode): { open: string; close: string } {
  const section = cell.parentNode;
  const layout = section?.parentNode ?? null;
  const sections = elementChildren(layout, isSection);
  const cells = elementChildren(section, isCell);
  const s = section ? sections.indexOf(section) : -1;
  const c = cells.indexOf(cell);
  const get = (name: string): string | null => section?.getAttribute(name) ?? null;
  let open = '';
  if (s === 0 && c === 0) open = `<ac:layout>${sectionOpenOfHub(get)}<ac:layout-cell>`;
  let close = '</ac:layout-cell>';
  if (c < cells.length - 1) close += '<ac:layout-cell>';
  else {
    close += '</ac:layout-section>';
    const next = sections[s + 1];
    close += next ? `${sectionOpenOfHub((name) => next.getAttribute(name))}<ac:layout-cell>` : '</ac:layout>';
  }
  return { open, close };
}

const layoutBoundary = 'layout-boundary';

/**
 * Whether a Markdown paragraph is one of the markers the layout writes between cells (the
 * storage of the layout, section and cell tags around them): a frame of the page, not content.
 */
export function isLayoutBoundaryMarker(paragraph: string): boolean {
  const comment = /^<!--([\s\S]*)-->$/.exec(paragraph.trim());
  const spec = comment ? parseOpaqueComment(comment[1]!) : null;
  return spec !== null && !spec.inline && spec.macro === layoutBoundary;
}

export const layout: Construct = {
  name: 'layout',
  storage: {
    tags: ['ac:layout'],
    toHub: (el, ctx) => {
      const sections = childElements(el, 'ac:layout-section').map((s) => sectionHub(s, ctx));
      return element('div', { 'data-layout': true }, sections.join(''));
    },
  },
  hub: {
    tags: ['div'],
    test: (el) => el.attribs['data-layout'] !== undefined || el.attribs['data-layout-section'] !== undefined || el.attribs['data-layout-cell'] !== undefined,
    toStorage: (el, ctx) => {
      if (el.attribs['data-layout'] !== undefined) return `<ac:layout>${ctx.children(el)}</ac:layout>`;
      if (el.attribs['data-layout-section'] !== undefined) {
        return `${sectionOpenOfHub((name) => el.attribs[name])}${ctx.children(el)}</ac:layout-section>`;
      }
      return `<ac:layout-cell>${ctx.children(el)}</ac:layout-cell>`;
    },
  },
  markdown: {
    rules: {
      layoutCell: {
        tags: ['div'],
        filter: (node) => node.nodeName === 'DIV' && node.hasAttribute('data-layout-cell'),
        replacement: (content, node) => {
          const { open, close } = cellMarkers(asDom(node));
          return `${open ? storageMarker(layoutBoundary, open) : ''}\n\n${content.trim()}\n\n${storageMarker(layoutBoundary, close)}`;
        },
      },
      layoutContainer: {
        tags: ['div'],
        filter: (node) => node.nodeName === 'DIV' && (node.hasAttribute('data-layout') || node.hasAttribute('data-layout-section')),
        replacement: (content) => `\n\n${content}\n\n`,
      },
    },
  },
};
