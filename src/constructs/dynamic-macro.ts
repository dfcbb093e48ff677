import type { Construct } from './construct.js';

/** Macros whose output Confluence computes when it renders the page: nothing to show offline. */
export const DYNAMIC_MACROS = [
  'toc', 'children', 'recently-updated', 'recently-updated-dashboard', 'pagetree', 'pagetreesearch',
  'contentbylabel', 'content-by-label', 'tasks-report-macro', 'listlabels', 'popular-labels', 'related-labels',
  'blog-posts', 'livesearch', 'search', 'index', 'page-index', 'navmap', 'spaces', 'space-details', 'attachments',
  'content-report-table', 'contributors', 'contributors-summary', 'change-history', 'detailssummary',
  'create-from-template', 'createbutton', 'favpages', 'global-reports', 'network', 'profile', 'userlister',
  'recently-used-labels', 'gallery', 'page-properties-report',
] as const;

/** Dynamic macros (toc, children, ...) are kept invisibly and intact: writers show nothing. */
export const dynamicMacro: Construct = {
  name: 'dynamic-macro',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: DYNAMIC_MACROS,
    toHub: (el, ctx) => {
      ctx.report.keptInvisible(el.attribs['ac:name'] ?? 'macro', 'computed by Confluence; kept invisibly for the way back');
      return ctx.opaque(el, { dynamic: true });
    },
  },
};
