// constructs/: one file per Confluence construct, its storage, hub and Markdown spellings side by side. Imports hub/ and the storage DOM helpers; the Markdown writer hands rules what they need in turndown's options.
import type { Construct } from './construct.js';
import { ClaimIndex, type Claim } from '../hub/element-claims.js';
import { adfExtension } from './adf-extension.js';
import { anchor } from './anchor.js';
import { attachmentLink } from './attachment-link.js';
import { emoticon } from './emoticon.js';
import { excerpt } from './excerpt.js';
import { footnote } from './footnote.js';
import { gallery } from './gallery.js';
import { image } from './image.js';
import { include } from './include.js';
import { jira } from './jira.js';
import { layout } from './layout.js';
import { markdownTextTokens } from './markdown-text-tokens.js';
import { mention } from './mention.js';
import { pageLink } from './page-link.js';
import { richBodyMacro } from './rich-body-macro.js';
import { sectionColumn } from './section-column.js';
import { status } from './status.js';
import { taskList } from './task-list.js';
import { time } from './time.js';
import { blockQuote } from './block-quote.js';
import { codeBlock } from './code-block.js';
import { definitionList } from './definition-list.js';
import { dynamicMacro } from './dynamic-macro.js';
import { expand } from './expand.js';
import { heading } from './heading.js';
import { horizontalRule } from './horizontal-rule.js';
import { inlineCommentMarker } from './inline-comment-marker.js';
import { inlineFormatting } from './inline-formatting.js';
import { inlineMath } from './inline-math.js';
import { lineBreak } from './line-break.js';
import { link } from './link.js';
import { list } from './list.js';
import { opaqueMacro } from './opaque-macro.js';
import { panel } from './panel.js';
import { paragraph } from './paragraph.js';
import { placeholder } from './placeholder.js';
import { strayMacroBody } from './stray-macro-body.js';
import { table } from './table.js';
import { textStyle } from './text-style.js';

/**
 * Every construct, in the order the drivers try them: the first that claims an element wins.
 * Specific constructs first; the opaque fallback last. Adding a construct: one file, one line here.
 */
export const registry: readonly Construct[] = [
  // Macros and Confluence elements.
  adfExtension,
  footnote,
  inlineMath,
  codeBlock,
  panel,
  expand,
  placeholder,
  strayMacroBody,
  status,
  anchor,
  excerpt,
  include,
  jira,
  gallery,
  dynamicMacro,
  taskList,
  mention,
  attachmentLink,
  pageLink,
  image,
  emoticon,
  layout,
  sectionColumn,
  time,
  // Plain HTML.
  heading,
  paragraph,
  textStyle,
  inlineFormatting,
  inlineCommentMarker,
  link,
  lineBreak,
  horizontalRule,
  blockQuote,
  definitionList,
  list,
  table,
  markdownTextTokens,
  richBodyMacro,
  // Keep last: claims every `ac:`/`ri:` element nobody else did.
  opaqueMacro,
];

type Side = 'storage' | 'hub' | 'markdownHtml';
const indexes = new Map<Side, ClaimIndex<unknown>>();

/** The mappings of one side (storage reader, hub writer, Markdown reader), indexed once per process. */
export function mappingsOf<S extends Side>(side: S): ClaimIndex<NonNullable<Construct[S]>> {
  let index = indexes.get(side);
  if (!index) {
    index = new ClaimIndex(registry.flatMap((c) => {
      const mapping = c[side];
      return mapping ? [{ claim: mapping as Claim, value: mapping }] : [];
    }));
    indexes.set(side, index);
  }
  return index as ClaimIndex<NonNullable<Construct[S]>>;
}
