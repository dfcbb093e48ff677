import type { Construct } from './construct.js';
import { blockQuote } from './block-quote.js';
import { codeBlock } from './code-block.js';
import { dynamicMacro } from './dynamic-macro.js';
import { expand } from './expand.js';
import { heading } from './heading.js';
import { horizontalRule } from './horizontal-rule.js';
import { inlineFormatting } from './inline-formatting.js';
import { lineBreak } from './line-break.js';
import { link } from './link.js';
import { list } from './list.js';
import { opaqueMacro } from './opaque-macro.js';
import { panel } from './panel.js';
import { paragraph } from './paragraph.js';
import { placeholder } from './placeholder.js';
import { table } from './table.js';

/**
 * Every construct, in the order the drivers try them: the first that claims an element wins.
 * Specific constructs first; the opaque fallback last. Adding a construct: one file, one line here.
 */
export const registry: readonly Construct[] = [
  // Macros and Confluence elements.
  codeBlock,
  panel,
  expand,
  placeholder,
  dynamicMacro,
  // Plain HTML.
  heading,
  paragraph,
  inlineFormatting,
  link,
  lineBreak,
  horizontalRule,
  blockQuote,
  list,
  table,
  // Keep last: claims every `ac:`/`ri:` element nobody else did.
  opaqueMacro,
];
