import type { Element } from 'domhandler';
import { decodeXML } from 'entities';
import type { Construct } from './construct.js';
import { element } from '../hub/html.js';
import { opaqueCommentBody, parseOpaqueComment, type OpaqueSpec } from '../hub/opaque.js';
import { childElements, macroName } from '../formats/storage/storage-dom.js';
import { storedStorage } from '../formats/markdown/storage-stash.js';

/**
 * The gallery macro with the images it shows listed in it (`ac:image` children). Its images are
 * the page's text to a reader, so they are written as Markdown images, in one paragraph that ends
 * with an invisible comment holding the whole macro:
 *
 *   ![plan.png](attachments/plan.png) ![site.jpg](attachments/site.jpg) <!-- wikiport:block dynamic gallery <ac:structured-macro …> -->
 *
 * Read back, the paragraph is the gallery again: the stored macro byte for byte while its images
 * (their files and addresses, in order) are the ones it lists; images added, removed or reordered
 * in the Markdown rebuild the list between the macro's own opening (parameters) and closing.
 * A gallery that lists nothing shows the page's attachments, which only Confluence knows: it stays
 * a computed macro (dynamic-macro.ts).
 */
const MACRO = 'gallery';

function listedImages(el: Element): Element[] {
  return childElements(el, 'ac:image');
}

export const gallery: Construct = {
  name: 'gallery',
  storage: {
    tags: ['ac:structured-macro', 'ac:macro'],
    macros: [MACRO],
    test: (el) => listedImages(el).length > 0,
    toHub: (el, ctx) => {
      // A pipe-table cell or a line of text has no room for a paragraph of images: kept invisible there.
      if (ctx.isInline(el) || inTableCell(el)) return ctx.opaque(el, { dynamic: true });
      const images = listedImages(el).map((image) => ctx.nodes([image])).filter((hub) => hub.startsWith('<img'));
      if (images.length === 0) return ctx.opaque(el, { dynamic: true });
      return element('div', { 'data-gallery': macroName(el) || MACRO, 'data-storage': ctx.source(el) }, images.join(' '));
    },
  },
  hub: {
    tags: ['div'],
    test: (el) => el.attribs['data-gallery'] !== undefined,
    toStorage: (el, ctx) => {
      const stored = el.attribs['data-storage'] ?? '';
      const images = childElements(el, 'img');
      if (sameImages(images.map(hubImageKey), storedImageKeys(stored))) return stored;
      const first = stored.search(/<ac:image\b/);
      const last = stored.lastIndexOf('</ac:image>');
      if (first < 0 || last < 0) return stored;
      return stored.slice(0, first) + images.map((image) => ctx.nodes([image])).join('') + stored.slice(last + '</ac:image>'.length);
    },
  },
  markdown: {
    rules: {
      gallery: {
        tags: ['div'],
        filter: (node) => node.nodeName === 'DIV' && node.hasAttribute('data-gallery'),
        replacement: (content, node) => {
          const storage = storedStorage(node.getAttribute('data-storage'));
          const comment = `<!--${opaqueCommentBody({ macro: MACRO, storage, dynamic: true })}-->`;
          return `\n\n${content.trim()} ${comment}\n\n`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['p'],
    test: (el) => galleryComment(el) !== null,
    toHub: (el, ctx) => {
      const spec = galleryComment(el) as { spec: OpaqueSpec; node: Element['children'][number] };
      const images = el.children.slice(0, el.children.indexOf(spec.node));
      return element('div', { 'data-gallery': MACRO, 'data-storage': spec.spec.storage }, ctx.nodes(images).trim());
    },
  },
};

function inTableCell(el: Element): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (p.type === 'tag' && ['td', 'th'].includes((p as Element).name.toLowerCase())) return true;
  return false;
}

/** The gallery comment ending a paragraph of images, or null. */
function galleryComment(p: Element): { spec: OpaqueSpec; node: Element['children'][number] } | null {
  const nodes = p.children.filter((n) => !(n.type === 'text' && n.data.trim() === ''));
  const last = nodes[nodes.length - 1];
  if (last?.type !== 'comment') return null;
  const spec = parseOpaqueComment(last.data);
  if (!spec || spec.inline || !spec.dynamic || spec.macro !== MACRO) return null;
  return nodes.slice(0, -1).some((n) => n.type === 'tag' && (n as Element).name === 'img') ? { spec, node: last } : null;
}

/** What tells one listed image from another: its file (or address). */
function hubImageKey(img: Element): string {
  return img.attribs['data-attachment'] ?? img.attribs.src ?? '';
}

function storedImageKeys(storage: string): string[] {
  const keys: string[] = [];
  for (const m of storage.matchAll(/<ac:image\b[\s\S]*?<\/ac:image>/g)) {
    const source = /\bri:(?:filename|value)="([^"]*)"/.exec(m[0]);
    if (source) keys.push(decodeXML(source[1] ?? ''));
  }
  return keys;
}

function sameImages(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
