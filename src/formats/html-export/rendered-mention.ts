import type { RenderedRule } from './rendered-rule.js';

/** User links: Cloud renders `data-account-id`, Data Center `data-username` (and sometimes a user key). */
export const renderedMention: RenderedRule = {
  name: 'mention',
  apply($) {
    $('a.confluence-userlink, a.user-mention, a[data-linked-resource-type="userinfo"]').each((_, el) => {
      const $el = $(el);
      const accountId = $el.attr('data-account-id');
      const userKey = $el.attr('data-user-key') ?? $el.attr('data-userkey');
      const username = $el.attr('data-username');
      const name = $el.text().trim().replace(/^@/, '');
      const a = $('<a></a>').attr('data-mention', '');
      if (accountId) a.attr('data-account-id', accountId);
      if (userKey) a.attr('data-userkey', userKey);
      if (username) a.attr('data-username', username);
      const href = $el.attr('href');
      if (href && /^https?:\/\//.test(href)) a.attr('href', href.replace(/\?ref=confluence$/, ''));
      a.text(`@${name || accountId || userKey || username || 'unknown user'}`);
      $el.replaceWith(a);
    });
  },
};
