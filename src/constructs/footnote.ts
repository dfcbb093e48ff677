import type { AnyNode, Element } from 'domhandler';
import type { Construct } from './construct.js';
import { element, escapeText } from '../hub/html.js';
import { childElements, isElement, macroName, macroParams, tagName, textContent } from '../formats/storage/storage-dom.js';
import { anchorStorage } from './anchor.js';
import { asDom } from './turndown-node.js';
import { currentWriteOptions } from '../hub/write-options.js';
import { escapeMarkdownText } from './markdown-escape.js';

/**
 * Footnotes. Confluence has none; the spelling other tools give it (md2conf's) is an anchor and a
 * link at each reference, and a numbered list of notes after a rule, each note starting with its
 * anchor and ending with links back:
 *
 *   <sup>[anchor footnote-ref-1]<ac:link ac:anchor="footnote-def-1"><ac:link-body>1</ac:link-body></ac:link></sup>
 *   <hr /><ol><li><p>[anchor footnote-def-1]The note.&nbsp;<ac:link ac:anchor="footnote-ref-1"><ac:link-body>↩</ac:link-body></ac:link></p></li></ol>
 *
 * In Markdown these are GFM footnotes: `[^1]` where the reference stands and `[^1]: The note.`
 * where the list stood (markdown-it-footnote reads them, markdown-parser.ts). Hub:
 * `<sup data-footnote="1" data-footnote-ref="footnote-ref-1">1</sup>` and
 * `<ol data-footnotes><li data-footnote="1" data-footnote-refs="1">…</li></ol>`.
 *
 * Storage written from Markdown by other tools (mark) carries the HTML that Markdown renderers give
 * footnotes: `<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>`
 * and `<div class="footnotes" role="doc-endnotes"><hr /><ol><li id="fn:1"><p>The note.&nbsp;<a
 * href="#fnref:1" class="footnote-backref" role="doc-backlink">↩</a></p></li></ol></div>`. They are
 * footnotes too (the same hub), written back in the spelling above.
 */
const REF_PREFIX = 'footnote-ref-';
const DEF_PREFIX = 'footnote-def-';
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A GFM footnote label: no white space, brackets or backslashes. */
export function footnoteLabel(text: string): string {
  return text.trim().replace(/[\s[\]\\^]+/g, '-') || 'note';
}

/** The anchor name of a footnote's n-th reference (0-based), as md2conf names them. */
export function footnoteRefAnchor(label: string, n: number): string {
  return n === 0 ? `${REF_PREFIX}${label}` : `${REF_PREFIX}${label}-${n + 1}`;
}

function anchorName(el: Element): string | null {
  if (!isElement(el) || !['ac:structured-macro', 'ac:macro'].includes(tagName(el)) || macroName(el) !== 'anchor') return null;
  return (macroParams(el)[''] ?? '').trim();
}

function linkAnchor(el: Element, prefix: string): string | null {
  if (!isElement(el) || tagName(el) !== 'ac:link') return null;
  const target = el.attribs['ac:anchor'] ?? '';
  return target.startsWith(prefix) && childElements(el).every((c) => ['ac:link-body', 'ac:plain-text-link-body'].includes(tagName(c))) ? target.slice(prefix.length) : null;
}

/** A fragment link's target (`#x` → `x`), or null. */
function fragmentOf(el: AnyNode | undefined): string | null {
  if (!el || !isElement(el) || tagName(el) !== 'a') return null;
  const href = el.attribs.href ?? '';
  if (!href.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

const hasClass = (el: Element, name: string): boolean => (el.attribs.class ?? '').split(/\s+/).includes(name);

/** A Markdown renderer's footnote label from an id or fragment: `fn:1`, `fn1`, `fn-1` → `1`. */
function rendererLabel(id: string, prefix: 'fn' | 'fnref'): string | null {
  const m = new RegExp(`^${prefix}[:-]?(.+)$`).exec(id);
  return m ? footnoteLabel(m[1] ?? '') : null;
}

/** `<a href="#fn:1" class="footnote-ref" role="doc-noteref">`: a rendered reference's label. */
function htmlReferenceLabel(el: AnyNode | undefined): string | null {
  const target = fragmentOf(el);
  if (target === null) return null;
  const a = el as Element;
  const marked = a.attribs.role === 'doc-noteref' || hasClass(a, 'footnote-ref');
  return marked ? rendererLabel(target, 'fn') ?? footnoteLabel(target) : null;
}

/** `<a href="#fnref:1" class="footnote-backref" role="doc-backlink">`: a rendered link back. */
function isHtmlBackLink(el: AnyNode): boolean {
  const target = fragmentOf(el);
  if (target === null) return false;
  const a = el as Element;
  return a.attribs.role === 'doc-backlink' || hasClass(a, 'footnote-backref') || rendererLabel(target, 'fnref') !== null;
}

/** The list of a rendered footnotes block (`div.footnotes`, `role="doc-endnotes"`): its `ol`, every item with an `fn` id. */
function htmlNoteList(el: Element): Element | null {
  if (!['div', 'section'].includes(tagName(el)) || !(hasClass(el, 'footnotes') || el.attribs.role === 'doc-endnotes')) return null;
  const parts = meaningful(el.children).filter((n) => !(isElement(n) && tagName(n) === 'hr'));
  const ol = parts[0];
  if (parts.length !== 1 || !ol || !isElement(ol) || tagName(ol) !== 'ol') return null;
  const items = childElements(ol, 'li');
  const allNotes = items.length > 0 && items.length === meaningful(ol.children).length && items.every((li) => rendererLabel(li.attribs.id ?? '', 'fn') !== null);
  return allNotes ? ol : null;
}

const meaningful = (nodes: readonly AnyNode[]): AnyNode[] => nodes.filter((n) => !(n.type === 'text' && n.data.trim() === ''));

/** `<sup>[anchor]<ac:link ac:anchor="footnote-def-x">n</ac:link></sup>`: label, reference anchor, number. */
function storageReference(sup: Element): { label: string; ref: string; number: string } | null {
  const nodes = meaningful(sup.children);
  const rendered = nodes.length === 1 ? htmlReferenceLabel(nodes[0]) : null;
  if (rendered !== null) return { label: rendered, ref: '', number: textContent(nodes[0] as Element).trim() };
  const link = nodes[nodes.length - 1] as Element | undefined;
  const label = link ? linkAnchor(link, DEF_PREFIX) : null;
  if (!link || label === null || nodes.length > 2) return null;
  // The anchor before the link is the reference's own, whatever its name (`footnote-ref-1` as
  // md2conf and wikiport write it, `ref-latency` as an editor may): the link to the note says what it is.
  const ref = nodes.length === 2 ? anchorName(nodes[0] as Element) : '';
  if (ref === null) return null;
  return { label, ref, number: textContent(link).trim() };
}

/** Where a note starts: its `footnote-def-` anchor, first in the item or in its first paragraph. */
function noteAnchor(li: Element): { anchor: Element; label: string } | null {
  const first = meaningful(li.children)[0];
  if (!first || !isElement(first)) return null;
  const inner = tagName(first) === 'p' ? meaningful(first.children)[0] : first;
  const name = inner && isElement(inner) ? anchorName(inner) : null;
  return inner && name?.startsWith(DEF_PREFIX) ? { anchor: inner as Element, label: name.slice(DEF_PREFIX.length) } : null;
}

function isNoteList(ol: Element): boolean {
  const items = childElements(ol, 'li');
  return items.length > 0 && items.length === meaningful(ol.children).length && items.every((li) => noteAnchor(li) !== null);
}

/** The links back to the references at the end of a note, and the white space before them. */
/** A link back to a reference anchor of another name, known by its arrow (`↩`, `↩²`). */
function isArrowLink(el: Element): boolean {
  return linkAnchor(el, '') !== null && /^↩[⁰¹²³⁴⁵⁶⁷⁸⁹]*$/.test(textContent(el).trim());
}

function backLinks(li: Element): AnyNode[] {
  const last = meaningful(li.children).at(-1);
  const container = last && isElement(last) && tagName(last) === 'p' ? last : li;
  const out: AnyNode[] = [];
  const nodes = container.children;
  let i = nodes.length - 1;
  while (i >= 0) {
    const node = nodes[i] as AnyNode;
    if (node.type === 'text' && node.data.replace(/\u00a0/g, ' ').trim() === '') out.push(node);
    else if (isElement(node) && (linkAnchor(node, REF_PREFIX) !== null || isArrowLink(node) || isHtmlBackLink(node))) out.push(node);
    else break;
    i--;
  }
  const before = nodes[i];
  if (before?.type === 'text' && /[\s\u00a0]$/.test(before.data)) before.data = before.data.replace(/[\s\u00a0]+$/, '');
  return out;
}

export const footnote: Construct = {
  name: 'footnote',
  storage: {
    tags: ['sup', 'ol', 'hr', 'div', 'section'],
    test: (el) => {
      const name = tagName(el);
      if (name === 'sup') return storageReference(el) !== null;
      if (name === 'div' || name === 'section') return htmlNoteList(el) !== null;
      if (name === 'ol') return isNoteList(el);
      const next = meaningful(el.parent?.children.slice((el.parent.children.indexOf(el)) + 1) ?? [])[0];
      return next !== undefined && isElement(next) && tagName(next) === 'ol' && isNoteList(next);
    },
    toHub: (el, ctx) => {
      const name = tagName(el);
      if (name === 'hr') return ''; // the rule above the notes: part of the footnotes
      if (name === 'sup') {
        const { label, ref, number } = storageReference(el) as { label: string; ref: string; number: string };
        return element('sup', { 'data-footnote': footnoteLabel(label), 'data-footnote-ref': ref || null }, escapeText(number));
      }
      const rendered = name === 'div' || name === 'section' ? htmlNoteList(el) : null;
      const items = childElements(rendered ?? el, 'li').map((li) => {
        const { anchor, label } = rendered ? { anchor: null, label: rendererLabel(li.attribs.id ?? '', 'fn') ?? 'note' } : (noteAnchor(li) as { anchor: Element; label: string });
        const skip = new Set<AnyNode>([...(anchor ? [anchor] : []), ...backLinks(li)]);
        const refs = [...skip].filter((n) => isElement(n) && (tagName(n) === 'ac:link' || tagName(n) === 'a')).length;
        const content = ctx.nodes(withoutNodes(li.children, skip)).trim();
        return element('li', { 'data-footnote': footnoteLabel(label), 'data-footnote-refs': String(refs) }, content);
      });
      return element('ol', { 'data-footnotes': true }, items.join(''));
    },
  },
  hub: {
    tags: ['sup', 'ol'],
    test: (el) => el.attribs['data-footnote'] !== undefined || el.attribs['data-footnotes'] !== undefined,
    toStorage: (el, ctx) => {
      if (el.name === 'sup') {
        const label = el.attribs['data-footnote'] ?? 'note';
        const ref = el.attribs['data-footnote-ref'];
        const link = `<ac:link ac:anchor="${escapeText(DEF_PREFIX + label).replace(/"/g, '&quot;')}"><ac:link-body>${ctx.children(el)}</ac:link-body></ac:link>`;
        return `<sup>${ref ? anchorStorage(ref) : ''}${link}</sup>`;
      }
      const items = childElements(el, 'li').map((li) => {
        const label = li.attribs['data-footnote'] ?? 'note';
        const given = Number(li.attribs['data-footnote-refs'] ?? '1');
        const refs = Number.isInteger(given) && given >= 0 ? given : 1;
        const back = Array.from({ length: refs }, (_v, n) => {
          const mark = refs === 1 ? '↩' : `↩${[...String(n + 1)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('')}`;
          return `<ac:link ac:anchor="${escapeText(footnoteRefAnchor(label, n)).replace(/"/g, '&quot;')}"><ac:link-body>${mark}</ac:link-body></ac:link>`;
        }).join('');
        let body = ctx.children(li).trim();
        if (!body.startsWith('<p>')) body = `<p>${body}</p>`;
        const lastParagraphEnd = body.lastIndexOf('</p>');
        body = `<p>${anchorStorage(DEF_PREFIX + label)}${body.slice(3, lastParagraphEnd)}${back === '' ? '' : `&nbsp;${back}`}${body.slice(lastParagraphEnd)}`;
        return `<li>${body}</li>`;
      });
      return `<hr />\n<ol>${items.join('')}</ol>`;
    },
  },
  markdown: {
    rules: {
      footnoteReference: {
        tags: ['sup'],
        filter: (node) => node.nodeName === 'SUP' && node.hasAttribute('data-footnote'),
        replacement: (_content, node) => {
          const label = asDom(node).getAttribute('data-footnote') ?? 'note';
          // A reference whose note is gone is no footnote to a Markdown reader: it shows as its text.
          return currentWriteOptions().footnoteLabels?.has(label) === false ? escapeMarkdownText(`[^${label}]`) : `[^${label}]`;
        },
      },
      footnoteNote: {
        tags: ['li'],
        filter: (node) => node.nodeName === 'LI' && node.hasAttribute('data-footnote'),
        replacement: (content, node) => {
          const body = content.replace(/^\n+|\n+$/g, '').replace(/\n(?!\n|$)/g, '\n    ');
          return `[^${asDom(node).getAttribute('data-footnote') ?? 'note'}]: ${body}\n`;
        },
      },
      footnotes: {
        tags: ['ol'],
        filter: (node) => node.nodeName === 'OL' && node.hasAttribute('data-footnotes'),
        replacement: (content) => `\n\n${content.replace(/^\n+|\n+$/g, '')}\n\n`,
      },
    },
  },
  markdownHtml: {
    tags: ['sup', 'ol'],
    test: (el) => el.attribs['data-footnote'] !== undefined || el.attribs['data-footnotes'] !== undefined,
    toHub: (el, ctx) => {
      if (el.name === 'sup') return element('sup', { 'data-footnote': el.attribs['data-footnote'], 'data-footnote-ref': el.attribs['data-footnote-ref'] }, ctx.children(el));
      const items = childElements(el, 'li').map((li) => element('li', { 'data-footnote': li.attribs['data-footnote'], 'data-footnote-refs': li.attribs['data-footnote-refs'] }, ctx.children(li).trim()));
      return element('ol', { 'data-footnotes': true }, items.join(''));
    },
  },
};

function withoutNodes(nodes: readonly AnyNode[], skip: ReadonlySet<AnyNode>): AnyNode[] {
  const out: AnyNode[] = [];
  for (const node of nodes) {
    if (skip.has(node)) continue;
    if (isElement(node) && tagName(node) === 'p' && node.children.some((c) => skip.has(c))) {
      // A shallow stand-in for the paragraph without the skipped children.
      out.push(Object.assign(Object.create(Object.getPrototypeOf(node) as object) as Element, node, { children: node.children.filter((c) => !skip.has(c)) }));
    } else out.push(node);
  }
  return out;
}

