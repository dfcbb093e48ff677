import type { Construct } from './construct.js';
import { element } from '../hub/html.js';
import { escapeXmlAttribute } from '../formats/storage/xml-escape.js';
import { asDom } from './turndown-node.js';

/** The hub (and Markdown) attribute that names the comment thread anchored on a span of text. */
export const INLINE_COMMENT_ATTRIBUTE = 'data-inline-comment';

/**
 * `ac:inline-comment-marker` anchors an inline comment thread to the text it wraps. The text is
 * content and stays visible; the anchor is a span around it, in the hub and in Markdown alike:
 * `Ship <span data-inline-comment="9c1e-44">on **Friday**</span> at noon.` Markdown is read
 * inside the span (it is inline HTML), GitHub shows the text, and the span comes back as the
 * marker with its `ac:ref`, so the thread stays anchored after a push. A span at the start of a
 * line is followed by text, so it never turns the line into an HTML block.
 */
export const inlineCommentMarker: Construct = {
  name: 'inline-comment-marker',
  storage: {
    tags: ['ac:inline-comment-marker'],
    toHub: (el, ctx) => {
      const ref = el.attribs['ac:ref'] ?? '';
      if (ref === '') return ctx.children(el);
      return element('span', { [INLINE_COMMENT_ATTRIBUTE]: ref }, ctx.children(el));
    },
  },
  hub: {
    tags: ['span'],
    test: (el) => (el.attribs[INLINE_COMMENT_ATTRIBUTE] ?? '') !== '',
    toStorage: (el, ctx) => `<ac:inline-comment-marker ac:ref="${escapeXmlAttribute(el.attribs[INLINE_COMMENT_ATTRIBUTE] ?? '')}">${ctx.children(el)}</ac:inline-comment-marker>`,
  },
  markdown: {
    rules: {
      inlineCommentMarker: {
        tags: ['span'],
        filter: (node) => node.nodeName === 'SPAN' && (asDom(node).getAttribute(INLINE_COMMENT_ATTRIBUTE) ?? '') !== '',
        replacement: (content, node) => element('span', { [INLINE_COMMENT_ATTRIBUTE]: asDom(node).getAttribute(INLINE_COMMENT_ATTRIBUTE) }, content),
      },
    },
  },
  markdownHtml: {
    tags: ['span'],
    test: (el) => (el.attribs[INLINE_COMMENT_ATTRIBUTE] ?? '') !== '',
    toHub: (el, ctx) => element('span', { [INLINE_COMMENT_ATTRIBUTE]: el.attribs[INLINE_COMMENT_ATTRIBUTE] ?? '' }, ctx.children(el)),
  },
};
