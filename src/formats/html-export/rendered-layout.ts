import type { RenderedRule } from './rendered-rule.js';

/** Page layouts: `contentLayout2` > `columnLayout TYPE` > `cell` > `innerCell`. */
export const renderedLayout: RenderedRule = {
  name: 'layout',
  apply($) {
    $('div.contentLayout2, div.contentLayout').each((_, el) => {
      const $el = $(el);
      const sections = $el.children('.columnLayout');
      const firstType = sectionType(sections.first().attr('data-layout') ?? sections.first().attr('class'));
      const layout = $('<div></div>').attr('data-layout', firstType);
      sections.each((_, section) => {
        const type = sectionType($(section).attr('data-layout') ?? $(section).attr('class'));
        const $section = $('<div></div>').attr('data-layout-section', '').attr('data-type', type);
        $(section)
          .children('.cell')
          .each((_, cell) => {
            const inner = $(cell).children('.innerCell');
            $section.append($('<div></div>').attr('data-layout-cell', '').append((inner.length ? inner : $(cell)).contents()));
          });
        layout.append($section);
      });
      $el.replaceWith(layout);
    });
  },
};

const TYPES = ['single', 'two_equal', 'two_left_sidebar', 'two_right_sidebar', 'three_equal', 'three_with_sidebars', 'fixed-width'];

function sectionType(value: string | undefined): string {
  for (const word of (value ?? '').split(/\s+/)) {
    const type = word.replace(/-/g, '_');
    if (TYPES.includes(type)) return type;
  }
  return 'single';
}
