import type { Element } from 'domhandler';
import type { StorageReadContext, StorageWriteContext } from './construct.js';
import { escapeText } from '../hub/html.js';
import { childElements, textContent } from '../formats/storage/storage-dom.js';

/**
 * The visible part of an `ac:link`, shared by page, attachment and mention links:
 * `ac:plain-text-link-body` (CDATA text) or `ac:link-body` (rich inline markup).
 */
export function linkBodyHub(el: Element, ctx: StorageReadContext): string | null {
  for (const child of childElements(el)) {
    const name = child.name.toLowerCase();
    if (name === 'ac:plain-text-link-body') {
      const text = textContent(child).trim();
      return text === '' ? null : escapeText(text);
    }
    if (name === 'ac:link-body') {
      const inner = ctx.children(child).trim();
      return inner === '' ? null : inner;
    }
  }
  return null;
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** Storage link body for a hub link's children; none when the text is what Confluence would show anyway. */
export function linkBodyStorage(el: Element, ctx: StorageWriteContext, defaultText: string | null): string {
  const onlyText = el.children.every((c) => c.type === 'text');
  if (onlyText) {
    const text = textContent(el);
    if (text.trim() === '' || text === defaultText) return '';
    return `<ac:plain-text-link-body>${cdata(text)}</ac:plain-text-link-body>`;
  }
  return `<ac:link-body>${ctx.children(el)}</ac:link-body>`;
}
