/**
 * The part of the DOM that construct rules read from turndown's nodes. The project compiles
 * without the DOM library, so rules cast turndown's node to this instead of `HTMLElement`.
 */
export interface DomNode {
  readonly nodeName: string;
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly previousSibling: DomNode | null;
  readonly nextSibling: DomNode | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

export function asDom(node: unknown): DomNode {
  return node as DomNode;
}

/** The nearest ancestor (not the node itself) with one of the given upper-case names. */
export function closest(node: DomNode, names: readonly string[], stopAt: readonly string[] = []): DomNode | null {
  for (let p = node.parentNode; p; p = p.parentNode) {
    if (names.includes(p.nodeName)) return p;
    if (stopAt.includes(p.nodeName)) return null;
  }
  return null;
}
