import { attachmentOf } from './rendered-attachment.js';
import type { RenderedRule } from './rendered-rule.js';

/**
 * Links: to another page of the export (by file name, or by id), to an attachment, to a page
 * outside the export, or external. Links into the export's chrome (index.html) keep their text only.
 */
export const renderedLink: RenderedRule = {
  name: 'link',
  apply($, ctx) {
    $('a[href], a[data-linked-resource-type]').each((_, el) => {
      const $el = $(el);
      if ($el.is('[data-mention], [data-macro], [data-page-title], [data-attachment]')) return;
      const href = $el.attr('href') ?? '';
      const attachment = attachmentOf($el, ctx);
      if (attachment) {
        const a = $('<a></a>').attr('data-attachment', attachment.name);
        if (attachment.ownerTitle) a.attr('data-page-title', attachment.ownerTitle);
        if (ctx.spaceKey && attachment.ownerTitle) a.attr('data-space-key', ctx.spaceKey);
        $el.replaceWith(a.append($el.contents()));
        return;
      }
      const [file = '', fragment] = href.split('#', 2);
      const target = !/^[a-z]+:/i.test(file) && file.endsWith('.html') ? ctx.pageByFile(decodeURIComponent(file.replace(/^\.\//, ''))) : null;
      const byId = $el.attr('data-linked-resource-type') === 'page' ? ctx.pageById($el.attr('data-linked-resource-id') ?? '') : null;
      const page = target ?? byId;
      if (page) {
        const a = $('<a></a>').attr('data-page-title', page.title);
        if (ctx.spaceKey) a.attr('data-space-key', ctx.spaceKey);
        a.attr('data-content-type', 'page');
        // Heading anchors render as `PageTitleWithoutSpaces-Heading`; the storage anchor is the part after it.
        if (fragment) a.attr('data-anchor-target', fragment.replace(/^[^-]*-/, ''));
        a.attr('data-page-id', page.id);
        $el.replaceWith(a.append($el.contents()));
        return;
      }
      if (file === 'index.html' || (!/^[a-z]+:/i.test(file) && file.endsWith('.html'))) {
        if (file !== 'index.html') ctx.report.warn('link', `link to ${file}, a page not in this export: kept as text`);
        $el.replaceWith($el.contents());
        return;
      }
      const a = $('<a></a>');
      if (href) a.attr('href', href);
      $el.replaceWith(a.append($el.contents()));
    });
  },
};
