import type { Cheerio, CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { classesOf } from './rendered-rule.js';
import type { RenderedRule } from './rendered-rule.js';

const INFORMATION_KINDS: Record<string, string> = {
  'confluence-information-macro-information': 'info',
  'confluence-information-macro-note': 'note',
  'confluence-information-macro-warning': 'warning',
  'confluence-information-macro-tip': 'tip',
};

/** info/note/warning/tip (`confluence-information-macro-*`) and the generic `panel` macro. */
export const renderedPanel: RenderedRule = {
  name: 'panel',
  apply($) {
    $('div.confluence-information-macro').each((_, el) => {
      const classes = classesOf(el.attribs.class);
      const kind = Object.entries(INFORMATION_KINDS).find(([c]) => classes.has(c))?.[1] ?? el.attribs['data-macro-name'] ?? 'info';
      const $el = $(el);
      const title = $el.children('p.title').first().text().trim();
      const body = $el.children('.confluence-information-macro-body').first();
      replaceWithPanel($, $el, kind, title, body.length ? body.contents() : $el.contents().not('p.title, .aui-icon'));
    });
    $('div.panel').each((_, el) => {
      const classes = classesOf(el.attribs.class);
      if (classes.has('code') || classes.has('preformatted')) return;
      const $el = $(el);
      const title = $el.children('.panelHeader').first().text().trim();
      const body = $el.children('.panelContent').first();
      replaceWithPanel($, $el, 'panel', title, body.length ? body.contents() : $el.contents().not('.panelHeader'));
    });
  },
};

function replaceWithPanel($: CheerioAPI, $el: Cheerio<Element>, kind: string, title: string, body: Cheerio<AnyNode>): void {
  const panel = $('<div></div>').attr('data-panel', kind);
  if (title) panel.attr('data-title', title);
  panel.append(body);
  $el.replaceWith(panel);
}
