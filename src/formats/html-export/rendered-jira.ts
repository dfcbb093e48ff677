import type { RenderedRule } from './rendered-rule.js';

/** A single Jira issue (`confluence-jim-macro`): the key, linked; summary and status are live data. */
export const renderedJira: RenderedRule = {
  name: 'jira',
  apply($) {
    $('span.confluence-jim-macro, span.jira-issue[data-jira-key]').each((_, el) => {
      const $el = $(el);
      const key = $el.attr('data-jira-key') ?? $el.find('.jira-issue-key').first().text().trim();
      if (!key) return;
      const href = $el.find('a[href]').first().attr('href')?.replace(/\?src=confmacro$/, '');
      const a = $('<a></a>').attr('data-macro', 'jira').attr('data-jira-key', key);
      if (href && /^https?:\/\//.test(href)) a.attr('href', href);
      a.text(key);
      $el.replaceWith(a);
    });
  },
};
