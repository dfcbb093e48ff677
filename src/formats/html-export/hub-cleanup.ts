import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

/** Presentational tags with a hub spelling. */
const RENAME: Record<string, string> = { b: 'strong', i: 'em', del: 's', strike: 's', ins: 'u', tt: 'code', kbd: 'code', var: 'em', cite: 'em' };
/** Tags the hub has, with the attributes each keeps besides `data-*`. */
const ALLOWED: Record<string, readonly string[]> = {
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [], p: [], blockquote: [], ul: [], ol: ['start'], li: [], hr: [], br: [],
  table: [], tr: [], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'], pre: [], code: [],
  strong: [], em: [], sub: [], sup: [], s: [], u: [], time: ['datetime'], details: [], summary: [],
  img: ['src', 'alt', 'width', 'height', 'title'], a: ['href', 'id'], span: [], div: [],
};
const DROP = new Set(['script', 'noscript', 'style', 'button', 'input', 'select', 'textarea', 'iframe', 'object', 'embed', 'svg', 'template', 'colgroup', 'col']);

/**
 * The last pass: Confluence's view HTML is reduced to the hub's vocabulary. Anchors become
 * `a[id][data-anchor]`; presentational tags are renamed; unknown tags, and spans and divs that
 * carry no `data-*` meaning, are unwrapped (their text kept); other attributes go.
 */
export function cleanUpToHub($: CheerioAPI): void {
  $('span.confluence-anchor-link[id]').each((_, el) => {
    const name = (el.attribs.id ?? '').replace(/^id-[^-]*-/, '');
    $(el).replaceWith($('<a></a>').attr('id', name).attr('data-anchor', name));
  });
  // Innermost first, so unwrapping never skips a descendant.
  const all = $('*').toArray().reverse() as Element[];
  for (const el of all) {
    if (DROP.has(el.name)) {
      $(el).remove();
      continue;
    }
    const renamed = RENAME[el.name];
    if (renamed) el.name = renamed;
    const allowed = ALLOWED[el.name];
    if (!allowed) {
      $(el).replaceWith($(el).contents());
      continue;
    }
    const keep = new Set(allowed);
    if (el.name === 'a' && !('data-anchor' in el.attribs)) keep.delete('id');
    for (const name of Object.keys(el.attribs)) {
      if (!keep.has(name) && !name.startsWith('data-')) delete el.attribs[name];
    }
    for (const name of Object.keys(el.attribs)) if (name.startsWith('data-') && !HUB_DATA.test(name)) delete el.attribs[name];
    if ((el.name === 'span' || el.name === 'div') && !hasData(el)) $(el).replaceWith($(el).contents());
  }
}

/** The `data-*` attributes of the hub vocabulary; Confluence's own (`data-linked-resource-*`, `data-hasbody`) go. */
const HUB_DATA = /^data-(macro|language|title|params|panel|status|subtle|tasks|task|task-id|assignee-account-id|due|mention|account-id|userkey|username|page-title|space-key|content-type|anchor-target|page-id|attachment|emoticon|emoji-id|layout|layout-section|layout-cell|type|anchor|jira-key|opaque|dynamic|storage)$/;

function hasData(el: Element): boolean {
  return Object.keys(el.attribs).some((name) => name.startsWith('data-'));
}
