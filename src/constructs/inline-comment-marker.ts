import type { Construct } from './construct.js';

/**
 * `ac:inline-comment-marker` anchors an inline comment thread to the text it wraps. The text is
 * content and stays visible; the anchor itself has no Markdown spelling and is dropped (the
 * thread stays on the page in Confluence, unanchored after a push), which the report says.
 */
export const inlineCommentMarker: Construct = {
  name: 'inline-comment-marker',
  storage: {
    tags: ['ac:inline-comment-marker'],
    toHub: (el, ctx) => {
      ctx.report.degraded('inline-comment-marker', 'an inline comment anchor was dropped; its text is kept');
      return ctx.children(el);
    },
  },
};
