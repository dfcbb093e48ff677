import type { RenderedRule } from './rendered-rule.js';

/** `.expand-container` with its control text as the summary and `.expand-content` as the body. */
export const renderedExpand: RenderedRule = {
  name: 'expand',
  apply($) {
    $('div.expand-container').each((_, el) => {
      const $el = $(el);
      const title = $el.children('.expand-control').find('.expand-control-text').first().text().trim();
      const details = $('<details></details>').attr('data-macro', 'expand');
      details.append($('<summary></summary>').text(title || 'Click here to expand...'));
      details.append($el.children('.expand-content').first().contents());
      $el.replaceWith(details);
    });
  },
};
