import { Element as ElementNode, Text as TextNode, type AnyNode, type Element, type Text } from 'domhandler';

/**
 * Walks over a parsed hub (domhandler nodes) without CSS selectors: readers that look for a few
 * kinds of elements on every page test tag names and attributes directly, in document order.
 */

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Calls `visit` for every element of `nodes` and their descendants, in document order. */
export function forEachElement(nodes: readonly AnyNode[], visit: (el: Element) => void): void {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    visit(node);
    if (node.children.length > 0) forEachElement(node.children, visit);
  }
}

/** The elements among `nodes` and their descendants that pass `test`, in document order. */
export function elementsWhere(nodes: readonly AnyNode[], test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  forEachElement(nodes, (el) => {
    if (test(el)) found.push(el);
  });
  return found;
}

/** The first element among `nodes` and their descendants that passes `test`, or undefined. */
export function firstElementWhere(nodes: readonly AnyNode[], test: (el: Element) => boolean): Element | undefined {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const inner = firstElementWhere(node.children, test);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/** An `a` element that is a user mention (`a[data-mention]`). */
export function isMention(el: Element): boolean {
  return el.name === 'a' && el.attribs['data-mention'] !== undefined;
}

/** Who a mention names: the ids it carries (Cloud account id, Data Center user key, username), only those present. */
export function mentionIds(a: Element): { accountId?: string; userKey?: string; username?: string } {
  const ids: { accountId?: string; userKey?: string; username?: string } = {};
  const accountId = a.attribs['data-account-id'];
  const userKey = a.attribs['data-userkey'];
  const username = a.attribs['data-username'];
  if (accountId !== undefined) ids.accountId = accountId;
  if (userKey !== undefined) ids.userKey = userKey;
  if (username !== undefined) ids.username = username;
  return ids;
}

/** A `ul`/`ol` element. */
export function isList(node: AnyNode): node is Element {
  return isElement(node) && (node.name === 'ul' || node.name === 'ol');
}

/** The element children of `el` named `name`. */
export function childElementsNamed(el: Element, name: string): Element[] {
  const found: Element[] = [];
  for (const child of el.children) if (isElement(child) && child.name === name) found.push(child);
  return found;
}

/** The child nodes of a list item without its nested lists (the item's own content). */
export function ownContent(li: Element): AnyNode[] {
  return li.children.filter((child) => !isList(child));
}

/** An ancestor of `el` passes `test`. */
export function hasAncestor(el: Element, test: (ancestor: Element) => boolean): boolean {
  for (let parent = el.parent; parent !== null; parent = parent.parent) if (isElement(parent) && test(parent)) return true;
  return false;
}

/** All text of the nodes, as cheerio's `.text()` gives it (text and CDATA, no comments). */
export function textContent(nodes: readonly AnyNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.data;
    else if (node.type !== 'comment' && 'children' in node) out += textContent(node.children);
  }
  return out;
}

/**
 * The text of the nodes, leaving out the elements that pass `skip` (and everything inside them);
 * `dataOf` reads each text node (its data as it is, unless told otherwise).
 */
export function textWithout(nodes: readonly AnyNode[], skip: (el: Element) => boolean, dataOf: (node: Text) => string = (node) => node.data): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += dataOf(node);
    else if (isElement(node) && skip(node)) continue;
    else if (node.type !== 'comment' && 'children' in node) out += textWithout(node.children, skip, dataOf);
  }
  return out;
}

/**
 * A read-only view of the nodes with some elements changed, for text readers such as `nodesText`:
 * `change` returns 'drop' to leave an element out, a string to read the element as holding only
 * that text, or null to keep it. Only the elements on the way to a change are copied; the parse
 * itself is not touched (other writers of the page share it).
 */
export function viewWith(nodes: readonly AnyNode[], change: (el: Element) => 'drop' | string | null): AnyNode[] {
  let out: AnyNode[] | null = null;
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i]!;
    let replacement: AnyNode | null = node;
    if (isElement(node)) {
      const what = change(node);
      if (what === 'drop') replacement = null;
      else if (what !== null) replacement = new ElementNode(node.name, node.attribs, [new TextNode(what)], node.type);
      else if (node.children.length > 0) {
        const children = viewWith(node.children, change);
        if (children !== node.children) replacement = new ElementNode(node.name, node.attribs, children, node.type);
      }
    }
    if (replacement !== node && out === null) out = nodes.slice(0, i);
    if (out !== null && replacement !== null) out.push(replacement);
  }
  return out ?? (nodes as AnyNode[]);
}
