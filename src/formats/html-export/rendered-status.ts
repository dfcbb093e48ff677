import { classesOf } from './rendered-rule.js';
import type { RenderedRule } from './rendered-rule.js';

/** The status macro's colour, from the AUI lozenge class it renders with. */
const COLOURS: Record<string, string> = {
  'aui-lozenge-success': 'Green',
  'aui-lozenge-error': 'Red',
  'aui-lozenge-current': 'Yellow',
  'aui-lozenge-complete': 'Blue',
  'aui-lozenge-progress': 'Blue',
  'aui-lozenge-moved': 'Yellow',
  'aui-lozenge-new': 'Purple',
};

export const renderedStatus: RenderedRule = {
  name: 'status',
  apply($) {
    $('span.status-macro').each((_, el) => {
      const classes = classesOf(el.attribs.class);
      const colour = Object.entries(COLOURS).find(([c]) => classes.has(c))?.[1] ?? 'Grey';
      const span = $('<span></span>').attr('data-status', colour);
      if (classes.has('aui-lozenge-subtle')) span.attr('data-subtle', 'true');
      span.text($(el).text().trim());
      $(el).replaceWith(span);
    });
  },
};
