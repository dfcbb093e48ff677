import type { Construct } from './construct.js';

/** Horizontal rules: `---` in Markdown. */
export const horizontalRule: Construct = {
  name: 'horizontal-rule',
  storage: { tags: ['hr'], toHub: () => '<hr>' },
  hub: { tags: ['hr'], toStorage: () => '<hr />' },
  markdown: { rules: { horizontalRule: { filter: 'hr', replacement: () => '\n\n---\n\n' } } },
};
