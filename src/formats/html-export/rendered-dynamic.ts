import { opaqueHub } from '../../hub/opaque.js';
import type { RenderedRule } from './rendered-rule.js';

/**
 * Output Confluence computes (table of contents, child pages, page tree, recently updated) is
 * stale in an export. It becomes the hub's dynamic opaque element, with the macro's storage
 * spelled anew (no parameters survive rendering), so a push brings the live macro back.
 */
const DYNAMIC: readonly [selector: string, macro: string][] = [
  ['div.toc-macro, [data-macro-name="toc"]', 'toc'],
  ['.children-show-hide, .childpages-macro, [data-macro-name="children"]', 'children'],
  ['.plugin_pagetree, [data-macro-name="pagetree"]', 'pagetree'],
  ['.recently-updated, [data-macro-name="recently-updated"]', 'recently-updated'],
  ['[data-macro-name="contentbylabel"], .content-by-label', 'contentbylabel'],
  ['[data-macro-name="tasks-report-macro"]', 'tasks-report-macro'],
];

export const renderedDynamic: RenderedRule = {
  name: 'dynamic macro',
  apply($) {
    $('style').remove();
    for (const [selector, macro] of DYNAMIC) {
      $(selector).each((_, el) => {
        if (!el.parent) return;
        const inline = $(el).is('span') && $(el).parent().is('p, span, td, th, li');
        $(el).replaceWith(opaqueHub({ macro, storage: `<ac:structured-macro ac:name="${macro}" />`, dynamic: true, inline }));
      });
    }
  },
};
