import { parseDocument } from 'htmlparser2';
import { Element as ElementNode, Text as TextNode, type AnyNode, type Element, type Text } from 'domhandler';
import type { NormalizedCell } from '../hub/table-normalize.js';
import { isElement, textContent, textWithout } from '../hub/hub-walk.js';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Cell HTML that normalizing leaves as it is (see cleanCellHtml): code and kept storage. */
const KEPT_AS_IS = /<pre[\s>]|data-storage=/i;

function isBr(node: AnyNode | undefined): boolean {
  return node !== undefined && isElement(node) && node.name === 'br';
}

/**
 * Text as cleaning the cell's HTML leaves it: zero-width characters gone, runs of white space
 * (no-break spaces too) one space, none beside a `<br>` or at the ends of the cell.
 */
function cleanData(data: string, trimStart: boolean, trimEnd: boolean): string {
  let out = data.replace(ZERO_WIDTH, '').replace(/\s+/g, ' ');
  if (trimStart) out = out.trimStart();
  if (trimEnd) out = out.trimEnd();
  return out;
}

/** The nodes with their text cleaned as `cleanData` says, copied (the page's parse is not changed). */
function cleanedChildren(nodes: readonly AnyNode[], outermost: boolean): AnyNode[] {
  const out: AnyNode[] = [];
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i]!;
    if (node.type === 'text') {
      out.push(new TextNode(cleanData(node.data, isBr(nodes[i - 1]) || (outermost && i === 0), isBr(nodes[i + 1]) || (outermost && i === nodes.length - 1))));
    } else if (isElement(node)) {
      out.push(new ElementNode(node.name, node.attribs, cleanedChildren(node.children, false), node.type));
    } else out.push(node);
  }
  // Siblings know each other, as in a parse: "@ana (Example Labs)" reads the bracket after the mention.
  out.forEach((node, i) => {
    // A node passed through as it is (a comment) belongs to the page's parse: its links stay.
    if (nodes.includes(node)) return;
    node.prev = out[i - 1] ?? null;
    node.next = out[i + 1] ?? null;
    if (isElement(node)) for (const child of node.children) child.parent = node;
  });
  return out;
}

/**
 * The content of a normalized cell as nodes, as parsing its `html` would give them, read from the
 * cell's element in the page's parse (no parse per cell); parsed from `html` when the cell has no
 * element (made-up cells, cells built by hand).
 */
export function cellNodes(cell: Pick<NormalizedCell, 'html' | 'element'>): readonly AnyNode[] {
  const element = cell.element;
  if (element === undefined || element === null) return parseDocument(cell.html).children;
  if (KEPT_AS_IS.test(cell.html)) return element.children;
  return cleanedChildren(element.children, true);
}

/** A cell's nodes and their text as cleaning the cell's HTML leaves it, read without copying the nodes. */
export interface CellReader {
  nodes: readonly AnyNode[];
  /** The text of these nodes of the cell (elements that pass `skip` left out). */
  text(nodes: readonly AnyNode[], skip?: (el: Element) => boolean): string;
}

const never = (): boolean => false;

export function cellReader(cell: Pick<NormalizedCell, 'html' | 'element'>): CellReader {
  const element = cell.element;
  const raw = (nodes: readonly AnyNode[], skip?: (el: Element) => boolean): string => (skip ? textWithout(nodes, skip) : textContent(nodes));
  if (element === undefined || element === null) return { nodes: parseDocument(cell.html).children, text: raw };
  if (KEPT_AS_IS.test(cell.html)) return { nodes: element.children, text: raw };
  const clean = (node: Text): string =>
    cleanData(node.data, isBr(node.prev ?? undefined) || (node.parent === element && node.prev === null), isBr(node.next ?? undefined) || (node.parent === element && node.next === null));
  return { nodes: element.children, text: (nodes, skip) => textWithout(nodes, skip ?? never, clean) };
}
