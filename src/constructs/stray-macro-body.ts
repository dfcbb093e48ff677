import type { Construct } from './construct.js';

const MACRO = new Set(['ac:structured-macro', 'ac:macro']);

/**
 * A macro body (`ac:rich-text-body`) with no macro around it: a broken editor or importer left the
 * wrapper, and Confluence shows its content as ordinary text. Its content is kept as content and
 * the wrapper, which means nothing on its own, is dropped (reported).
 */
export const strayMacroBody: Construct = {
  name: 'stray-macro-body',
  storage: {
    tags: ['ac:rich-text-body'],
    test: (el) => el.parent?.type !== 'tag' || !MACRO.has((el.parent as { name: string }).name.toLowerCase()),
    toHub: (el, ctx) => {
      ctx.report.degraded('ac:rich-text-body', 'a macro body outside any macro: its content kept as text, the wrapper dropped');
      return ctx.children(el);
    },
  },
};
