import { paramsJson } from '../../hub/html.js';
import type { RenderedRule } from './rendered-rule.js';

/** `brush: java; gutter: false; theme: Midnight` as a map. */
export function syntaxHighlighterParams(value: string | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const part of (value ?? '').split(';')) {
    const [key, ...rest] = part.split(':');
    if (key?.trim() && rest.length) params[key.trim()] = rest.join(':').trim();
  }
  return params;
}

/** Code panels (`code panel pdl` with a syntaxhighlighter `pre`) and noformat (`preformatted panel`). */
export const renderedCode: RenderedRule = {
  name: 'code',
  apply($) {
    $('div.code.panel, div.preformatted.panel').each((_, el) => {
      const $el = $(el);
      const noformat = $el.hasClass('preformatted');
      const $pre = $el.find('pre').first();
      const text = $pre.text();
      const title = $el.children('.codeHeader, .preformattedHeader, .panelHeader').first().text().trim();
      const sh = syntaxHighlighterParams($pre.attr('data-syntaxhighlighter-params'));
      const pre = $('<pre></pre>').attr('data-macro', noformat ? 'noformat' : 'code');
      if (!noformat && sh.brush && sh.brush !== 'none') pre.attr('data-language', sh.brush);
      if (title) pre.attr('data-title', title);
      const extra: Record<string, string> = {};
      if (sh.gutter === 'true') extra.linenumbers = 'true';
      if (sh.theme && sh.theme !== 'Confluence') extra.theme = sh.theme;
      if (sh.collapse === 'true') extra.collapse = 'true';
      const params = paramsJson(extra);
      if (params) pre.attr('data-params', params);
      pre.append($('<code></code>').text(text));
      $el.replaceWith(pre);
    });
    // A bare syntaxhighlighter block outside a panel (older exports).
    $('pre.syntaxhighlighter-pre:not([data-macro])').each((_, el) => {
      const sh = syntaxHighlighterParams(el.attribs['data-syntaxhighlighter-params']);
      const pre = $('<pre></pre>').attr('data-macro', 'code');
      if (sh.brush && sh.brush !== 'none') pre.attr('data-language', sh.brush);
      pre.append($('<code></code>').text($(el).text()));
      $(el).replaceWith(pre);
    });
  },
};
