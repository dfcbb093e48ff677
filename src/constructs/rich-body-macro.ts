import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { decodeXML } from 'entities';
import { element } from '../hub/html.js';
import { opaqueCommentBody, opaqueHub, parseOpaqueComment, type OpaqueSpec } from '../hub/opaque.js';
import { macroParams, richTextBody, textContent } from '../formats/storage/storage-dom.js';
import { escapeMarkdownText } from './markdown-escape.js';
import { storageMarker } from './storage-markers.js';
import { asDom } from './turndown-node.js';

/**
 * Macros nobody understands that hold a rich-text body (tabs, vendor checklists, ...): their body
 * is the page's own text, so it stays visible, between two invisible markers holding the macro's
 * original storage before and after the body, byte for byte. What the page shows of such a macro
 * is its body and, when it has one, its title (a tab's name): the Markdown shows the same, the
 * title as an emphasised line next to the opening marker (`*Signer API* <!-- … -->`), and no words
 * of its own. The Markdown reader recognises that pair (or the `*[ui-tab macro: …]*` label older
 * versions wrote) and keeps only the marker. Everything but the body comes back exactly; the body
 * comes back through the hub like any text. Registered just before the opaque fallback, so only
 * macros no other construct claimed get here.
 */
interface Wrapper {
  open: string;
  close: string;
}

function wrapperOf(el: Element, source: (el: Element) => string): Wrapper | null {
  const body = richTextBody(el);
  if (!body || el.startIndex === null || body.startIndex === null) return null;
  const whole = source(el);
  const inner = source(body);
  const offset = body.startIndex - el.startIndex;
  if (whole === '' || inner === '' || whole.slice(offset, offset + inner.length) !== inner) return null;
  const openTagEnd = inner.indexOf('>') + 1;
  if (openTagEnd <= 0 || inner[openTagEnd - 2] === '/' || !inner.endsWith('</ac:rich-text-body>')) return null;
  return {
    open: whole.slice(0, offset) + inner.slice(0, openTagEnd),
    close: inner.slice(inner.length - '</ac:rich-text-body>'.length) + whole.slice(offset + inner.length),
  };
}

export const richBodyMacro: Construct = {
  name: 'rich-body-macro',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    test: (el) => richTextBody(el) !== undefined,
    toHub: (el, ctx) => {
      const wrapper = ctx.isInline(el) ? null : wrapperOf(el, (e) => ctx.source(e));
      const macro = (el.attribs['ac:name'] ?? 'unnamed').trim().toLowerCase() || 'unnamed';
      if (!wrapper) {
        ctx.report.keptInvisible(macro, 'not understood by wikiport; kept intact and invisible, with a line naming it');
        return ctx.opaque(el);
      }
      // Page Properties ("details") is understood: its body is the page's properties table, shown and read as such (the meeting
      // extractor reads its date and people); only a hidden one shows here what the page does not.
      if (macro !== 'details') ctx.report.keptInvisible(macro, 'not understood by wikiport; its body is shown, the macro around it kept invisibly');
      else if (macroParams(el).hidden === 'true') ctx.report.keptInvisible(macro, 'Page Properties hidden on the page: its body is shown here, the macro around it kept invisibly');
      const body = richTextBody(el) as Element;
      const title = macroParams(el).title?.trim() || undefined;
      return element(
        'div',
        { 'data-rich-macro': macro, 'data-title': title, 'data-storage-open': wrapper.open, 'data-storage-close': wrapper.close },
        ctx.children(body).trim(),
      );
    },
  },
  hub: {
    tags: ['div'],
    test: (el) => el.attribs['data-rich-macro'] !== undefined,
    toStorage: (el, ctx) => `${el.attribs['data-storage-open'] ?? ''}${ctx.children(el)}${el.attribs['data-storage-close'] ?? ''}`,
  },
  markdown: {
    rules: {
      richBodyMacro: {
        tags: ['div'],
        filter: (node) => node.nodeName === 'DIV' && node.hasAttribute('data-rich-macro'),
        replacement: (content, node) => {
          const el = asDom(node);
          const macro = el.getAttribute('data-rich-macro') ?? 'unnamed';
          const title = el.getAttribute('data-title');
          const open = `<!--${opaqueCommentBody({ macro, storage: el.getAttribute('data-storage-open') ?? '', dynamic: true })}-->`;
          const shown = title ? `*${escapeMarkdownText(title)}* ${open}` : open;
          return `\n\n${shown}\n\n${content.trim()}${storageMarker(`${macro}-end`, el.getAttribute('data-storage-close') ?? '')}`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['p'],
    test: (el) => labelledMarker(el) !== null,
    toHub: (el) => opaqueHub(labelledMarker(el) as OpaqueSpec),
  },
};

/** A paragraph of markdown-it's HTML holding only a macro's shown title (or older label) and its opening marker: the marker. */
function labelledMarker(p: Element): OpaqueSpec | null {
  const nodes = p.children.filter((n) => !(n.type === 'text' && n.data.trim() === ''));
  const [em, comment] = nodes;
  if (nodes.length !== 2 || em?.type !== 'tag' || (em as Element).name !== 'em' || comment?.type !== 'comment') return null;
  const spec = parseOpaqueComment(comment.data);
  if (!spec || !spec.dynamic || spec.inline) return null;
  const text = textContent(em);
  const title = openingTitle(spec.storage);
  if (title !== null && text === title) return spec;
  // The label older versions wrote: `*[ui-tab macro: Title]*`, `*[x macro kept from Confluence]*`.
  const prefix = `[${spec.macro} macro`;
  return text.startsWith(prefix) && text.endsWith(']') ? spec : null;
}

/** The title parameter in a macro's opening storage (what the page shows of the macro itself). */
function openingTitle(storage: string): string | null {
  const match = /<ac:parameter ac:name="title">([^<]*)<\/ac:parameter>/.exec(storage);
  const title = match?.[1] === undefined ? '' : decodeXML(match[1]).trim();
  return title === '' ? null : title;
}
