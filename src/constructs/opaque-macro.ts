import type { Construct } from './construct.js';
import { opaqueCommentBody, opaqueLabel, opaqueLinkUrl, opaquePictureFile, opaqueShownFile, opaqueShownText } from '../hub/opaque.js';
import { markdownDestination } from './link.js';
import { attachmentPath } from './attachment-link.js';
import { escapeMarkdownText } from './markdown-escape.js';
import { storedStorage } from '../formats/markdown/storage-stash.js';
import { INLINE_COMMENT_MARK, escapeMarkdownText as escapeProse } from '../formats/markdown/escape-text.js';
import { inlineMathMarkdown, inlineMathTex } from './inline-math.js';

/**
 * The fallback: any `ac:`/`ri:` element no other construct claimed (drawio, gliffy, third-party
 * macros...) is kept whole and invisible, with one visible line naming it; a diagram macro that
 * keeps a picture of itself as an attachment (draw.io, Gliffy) shows that picture instead, as the
 * page does. Last in the registry.
 */
export const opaqueMacro: Construct = {
  name: 'opaque-macro',
  storage: {
    tags: ['*'],
    test: (el) => el.name.includes(':'),
    toHub: (el, ctx) => {
      const name = el.name.toLowerCase();
      const macro = name === 'ac:structured-macro' || name === 'ac:macro' ? (el.attribs['ac:name'] ?? 'unnamed') : name;
      // A link is inline wherever it stands (alone in a table cell too): it shows its text.
      if (name === 'ac:link' && opaqueShownText(name, ctx.source(el)) !== null) {
        ctx.report.keptInvisible(macro, 'a link to a target wikiport does not know (a shortcut link): its text is shown, the link kept invisibly');
        return ctx.opaque(el, { inline: true });
      }
      ctx.report.keptInvisible(macro, 'not understood by wikiport; kept intact and invisible, with a line naming it');
      return ctx.opaque(el);
    },
  },
  hub: {
    tags: ['div', 'span'],
    test: (el) => el.attribs['data-opaque'] !== undefined,
    toStorage: (el) => el.attribs['data-storage'] ?? '',
  },
  markdown: {
    rules: {
      opaque: {
        filter: (node) => node.hasAttribute('data-opaque'),
        replacement: (_content, node) => {
          const inline = node.nodeName === 'SPAN';
          const macro = node.getAttribute('data-macro') ?? 'unnamed';
          const dynamic = node.hasAttribute('data-dynamic');
          const storage = storedStorage(node.getAttribute('data-storage'));
          const comment = `<!--${opaqueCommentBody({ macro, storage, dynamic, inline })}-->`;
          // An inline formula is shown as GitHub shows math (inline-math.ts).
          const tex = inline && !dynamic ? inlineMathTex(macro, storage) : null;
          if (tex !== null) return inlineMathMarkdown(tex, comment);
          // A kept link shows its text, as the page does, right before its comment (read back as one).
          const shownText = inline && !dynamic ? opaqueShownText(macro, storage) : null;
          if (shownText !== null) return `${escapeProse(shownText)}${comment}`;
          const line = dynamic ? (inline ? `${INLINE_COMMENT_MARK}${comment}` : comment) : `${visibleLine(macro, storage)} ${comment}`;
          if (!inline) return `\n\n${line}\n\n`;
          // Emphasis glued to a word (`0*[x]*`) is not emphasis: the label gets a space before it.
          const before = node.previousSibling?.textContent ?? '';
          return !dynamic && before !== '' && !/\s$/.test(before) ? ` ${line}` : line;
        },
      },
    },
  },
};

/**
 * The diagram's picture, `![release-topology](attachments/release-topology.png)`; otherwise
 * the file a View File macro previews, `[plan.pdf](attachments/plan.pdf)`; otherwise
 * `*[gadget macro]*`, a link to the macro's address when it has one.
 */
function visibleLine(macro: string, storage: string): string {
  const picture = opaquePictureFile(macro, storage);
  if (picture !== null) return `![${escapeMarkdownText(picture.slice(0, -'.png'.length))}](${markdownDestination(attachmentPath(picture))})`;
  // A previewed file (View File): a link to it, as an attachment link is written.
  const file = opaqueShownFile(macro, storage);
  if (file !== null) return `[${escapeMarkdownText(file)}](${markdownDestination(attachmentPath(file))})`;
  const label = opaqueLabel(macro);
  const url = opaqueLinkUrl(storage);
  return `*${url ? `${label}(${markdownDestination(url)})` : label}*`;
}
