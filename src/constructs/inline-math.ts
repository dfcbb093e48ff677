import { decodeHTML, decodeXML } from 'entities';
import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { escapeText } from '../hub/html.js';
import { opaqueCommentBody, opaqueHub, parseOpaqueComment } from '../hub/opaque.js';
import { isElement, tagName } from '../formats/storage/storage-dom.js';

/**
 * Inline math macros (Easy Math's `eazy-math-inline`, the Math app's `mathinline`: TeX in a `body`
 * parameter). Confluence shows the formula; GitHub shows one written `` $`…`$ ``, so that is the
 * visible part, followed by the macro kept in its invisible comment:
 *
 *   $`\frac{n(n+1)}{2}`$<!-- wikiport:inline eazy-math-inline <ac:structured-macro …> -->
 *
 * To a Markdown reader that is a `$`, a code span and a `$`; the reader (`inlineMathToComments`, run
 * on markdown-it's HTML) turns it back into the kept macro, byte for byte when the TeX is unchanged,
 * with the new TeX in its `body` otherwise. `` $`…`$ `` typed without a comment (GitHub's inline math)
 * becomes an `eazy-math-inline` macro, as md2conf writes it.
 *
 * Formulas KaTeX rendered into the page's HTML (mark writes them: `<span class="katex">` holding the
 * formula three times, as MathML, as its TeX in an `annotation`, and as layout spans) are one formula
 * to a reader: shown once, as `` $`TeX`$ ``, the rendered HTML kept whole in the comment (`katex`);
 * an edited formula becomes an Easy Math macro, since KaTeX's HTML cannot be rendered again here.
 */
const KATEX = 'katex';
const INLINE_MATH_MACROS = new Set(['eazy-math-inline', 'mathinline', KATEX]);
const NEW_MACRO = 'eazy-math-inline';

const BODY = /(<ac:parameter ac:name="body">)([\s\S]*?)(<\/ac:parameter>)/;
const ANNOTATION = /<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/;

const classes = (el: { attribs: Record<string, string> }): string[] => (el.attribs.class ?? '').split(/\s+/);

/** KaTeX's rendered formula: `span.katex-display` (display math), or a `span.katex` outside one. */
function isKatex(el: Element): boolean {
  const own = classes(el);
  if (own.includes('katex-display')) return true;
  const parent = el.parent;
  const inDisplay = parent !== null && isElement(parent) && classes(parent).includes('katex-display');
  return own.includes('katex') && !inDisplay;
}

/** Whether a rendered formula carries its TeX (`<annotation encoding="application/x-tex">`). */
function hasTexAnnotation(el: Element): boolean {
  return el.children.some((c) => isElement(c) && ((tagName(c) === 'annotation' && c.attribs.encoding === 'application/x-tex') || hasTexAnnotation(c)));
}

export const inlineMath: Construct = {
  name: 'inline-math',
  storage: {
    tags: ['span'],
    test: (el) => isKatex(el) && hasTexAnnotation(el),
    toHub: (el, ctx) => opaqueHub({ macro: KATEX, storage: ctx.source(el), inline: true }),
  },
};

/** The TeX an inline math macro shows, when it can stand in a `` $`…`$ `` span; null otherwise. */
export function inlineMathTex(macro: string, storage: string): string | null {
  if (!INLINE_MATH_MACROS.has(macro)) return null;
  const body = macro === KATEX ? ANNOTATION.exec(storage)?.[1] : BODY.exec(storage)?.[2];
  if (body === undefined || /<|!\[CDATA\[/.test(body)) return null;
  const tex = decodeXML(body).trim();
  return tex === '' || /[`\n\r]/.test(tex) ? null : tex;
}

/** The Markdown of an inline math macro: the formula as GitHub shows it, then the kept macro. */
export function inlineMathMarkdown(tex: string, comment: string): string {
  return `$\`${tex}\`$${comment}`;
}

// `$<code>TeX</code>$`, and the inline comment that may follow it (markdown-it's HTML).
const RENDERED = /\$<code>([^<]*)<\/code>\$(<!--([\s\S]*?)-->)?/g;

/** markdown-it's HTML: each `` $`…`$ `` becomes the comment of the inline math macro it stands for. */
export function inlineMathToComments(html: string): string {
  if (!html.includes('$<code>')) return html;
  return html.replace(RENDERED, (whole, code: string, comment: string | undefined, body: string | undefined) => {
    const tex = decodeHTML(code).trim();
    if (tex === '') return whole;
    const spec = body === undefined ? null : parseOpaqueComment(body);
    if (comment !== undefined && (!spec || !spec.inline || !INLINE_MATH_MACROS.has(spec.macro))) return whole;
    let storage: string;
    const kept = spec ? inlineMathTex(spec.macro, spec.storage) : null;
    if (spec && kept === tex) storage = spec.storage;
    else if (spec && spec.macro !== KATEX) {
      storage = spec.storage.replace(BODY, (_m, open: string, _old: string, close: string) => `${open}${escapeText(tex)}${close}`);
    } else {
      storage = `<ac:structured-macro ac:name="${NEW_MACRO}" ac:schema-version="1"><ac:parameter ac:name="body">${escapeText(tex)}</ac:parameter></ac:structured-macro>`;
    }
    const macro = spec && (kept === tex || spec.macro !== KATEX) ? spec.macro : NEW_MACRO;
    return `<!--${opaqueCommentBody({ macro, storage, inline: true })}-->`;
  });
}
