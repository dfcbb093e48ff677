import type { RenderedRule } from './rendered-rule.js';

/** `confluenceTable` in a `table-wrap`: the hub keeps `tr`, `th`, `td` and the spans only. */
export const renderedTable: RenderedRule = {
  name: 'table',
  apply($) {
    $('div.table-wrap').each((_, el) => {
      $(el).replaceWith($(el).contents());
    });
    $('table colgroup, table caption').remove();
    $('table thead, table tbody, table tfoot').each((_, el) => {
      $(el).replaceWith($(el).contents());
    });
    $('table, tr, th, td').each((_, el) => {
      for (const name of Object.keys(el.attribs)) {
        if (name === 'colspan' || name === 'rowspan') {
          if (el.attribs[name] === '1') delete el.attribs[name];
          continue;
        }
        delete el.attribs[name];
      }
    });
  },
};
