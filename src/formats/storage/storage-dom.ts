import type { AnyNode, Element } from 'domhandler';

/** Small readers over parsed storage elements, shared by the constructs. */

export function tagName(el: Element): string {
  return el.name.toLowerCase();
}

export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

export function childElements(el: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (const child of el.children) {
    if (isElement(child) && (name === undefined || tagName(child) === name)) out.push(child);
  }
  return out;
}

export function firstChild(el: Element, name: string): Element | undefined {
  return childElements(el, name)[0];
}

/** The `ac:name` of an `ac:structured-macro` / `ac:macro`. */
export function macroName(el: Element): string {
  return (el.attribs['ac:name'] ?? '').trim().toLowerCase();
}

export function isMacro(el: Element): boolean {
  const name = tagName(el);
  return name === 'ac:structured-macro' || name === 'ac:macro';
}

/** Macro parameters by name (`ac:parameter` children with text values; the unnamed one is `""`). */
export function macroParams(el: Element): Record<string, string> {
  const params: Record<string, string> = {};
  for (const p of childElements(el, 'ac:parameter')) {
    params[p.attribs['ac:name'] ?? ''] = textContent(p);
  }
  return params;
}

/** The macro's `ac:rich-text-body`, if any. */
export function richTextBody(el: Element): Element | undefined {
  return firstChild(el, 'ac:rich-text-body');
}

/** Text of `ac:plain-text-body` (CDATA or text), exactly. */
export function plainTextBody(el: Element): string | undefined {
  const body = firstChild(el, 'ac:plain-text-body');
  return body ? textContent(body) : undefined;
}

/** Concatenated text (text nodes and CDATA), decoded. */
export function textContent(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if ('children' in node) {
    let out = '';
    for (const child of node.children) out += textContent(child);
    return out;
  }
  return '';
}

/** Parses an inline `style` attribute into lower-case property names. */
export function styleProperties(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (el.attribs.style ?? '').split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) out[part.slice(0, colon).trim().toLowerCase()] = part.slice(colon + 1).trim().toLowerCase();
  }
  return out;
}

const BODY_BLOCKS = new Set(['table', 'p', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'blockquote', 'pre', 'ac:task-list', 'ac:structured-macro', 'ac:layout']);

/**
 * A macro whose rich body holds blocks (Page Properties' table, a panel's paragraphs): a block
 * even where the editor put it inside a paragraph with text beside it.
 */
export function hasBlockBody(el: Element): boolean {
  if (!isMacro(el)) return false;
  const body = richTextBody(el);
  return body !== undefined && childElements(body).some((child) => BODY_BLOCKS.has(tagName(child)));
}
