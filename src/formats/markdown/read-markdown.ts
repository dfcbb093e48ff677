import { load } from 'cheerio/slim';
import type { AnyNode, Document, Element } from 'domhandler';
import type { MarkdownReadContext } from '../../constructs/construct.js';
import { mappingsOf } from '../../constructs/registry.js';
import { attributes, escapeText } from '../../hub/html.js';
import { isOpaqueLabelText, opaqueHub, opaquePictureFile, opaqueShownFile, opaqueShownText, parseOpaqueComment } from '../../hub/opaque.js';
import { ConversionReport } from '../../hub/report.js';
import type { PageMeta } from '../../model/page-meta.js';
import { readFrontMatter } from './front-matter.js';
import { renderMarkdown } from './markdown-parser.js';
import { repairMangledMarkdown } from './repair-mangled.js';
import { wikiMarkupToMarkdown } from './wiki-markup.js';
import { namesByFragment, renderedHeadings } from './heading-fragments.js';
import { linkScheme, normalizedLink } from '../../constructs/link.js';
import { attachmentOfPath, attachmentPath } from '../../constructs/attachment-link.js';
import { currentWriteOptions, withWriteOptions, writeOptionsWith } from '../../hub/write-options.js';
import { inlineMathToComments } from '../../constructs/inline-math.js';
import { blockAlignment } from '../../constructs/block-alignment.js';
import { tableWithHeaderCells } from './table-header-cells.js';

/** Plain hub elements a Markdown renderer may produce, with the attributes each keeps. */
const PLAIN: Record<string, readonly string[]> = {
  p: [], h1: ['id'], h2: ['id'], h3: ['id'], h4: ['id'], h5: ['id'], h6: ['id'],
  strong: [], em: [], code: [], sub: [], sup: [], s: [], u: [], kbd: [], small: [], big: [], br: [], hr: [], blockquote: [],
  ul: [], ol: ['start'], li: [], a: ['href', 'id'], table: [], tr: [], th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'], pre: [], img: ['src', 'alt', 'width', 'height'], time: ['datetime'],
  details: [], summary: [],
};
const RENAMED: Record<string, string> = { b: 'strong', i: 'em', del: 's', strike: 's', ins: 'u' };
const UNWRAPPED = new Set(['thead', 'tbody', 'tfoot', 'span', 'div', 'section', 'article', 'font', 'center', 'colgroup', 'col', 'html', 'body']);
const DANGEROUS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'svg', 'math', 'head', 'title']);
const VOID = new Set(['br', 'hr', 'img']);

export interface MarkdownReadResult {
  hub: string;
  meta: Partial<PageMeta>;
}

/** Markdown -> hub HTML: front matter to metadata, markdown-it to HTML, then that HTML to hub spelling. */
export function readMarkdown(markdown: string, report: ConversionReport = new ConversionReport()): MarkdownReadResult {
  const { meta, body, problem } = readFrontMatter(markdown);
  if (problem) report.warn('front-matter', `${problem}; it was ignored`);
  const bodyAt = markdown.endsWith(body) ? markdown.slice(0, markdown.length - body.length).split('\n').length - 1 : 0;
  const html = inlineMathToComments(renderMarkdown(repairMangledMarkdown(wikiMarkupToMarkdown(body)), bodyAt, report));
  const anchorNames = namesByFragment(renderedHeadings(html));
  return { hub: withWriteOptions(writeOptionsWith(currentWriteOptions(), { anchorNames }), () => markdownHtmlToHub(html, report)), meta };
}

/**
 * The in-page link targets of a Markdown body's headings by their GitHub fragment
 * (`part-two` -> `Part Two`): what a link from another file (`other.md#part-two`) names on the wiki.
 */
export function headingTargetsByFragment(body: string): Map<string, string> {
  return namesByFragment(renderedHeadings(renderMarkdown(body), true));
}

/** markdown-it's HTML (or any HTML) -> hub: construct mappings first, then an allowlist of plain HTML. */
export function markdownHtmlToHub(html: string, report: ConversionReport = new ConversionReport()): string {
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } }, false);
  const reader = new MarkdownHtmlReader(report);
  return reader.nodes(($.root()[0] as unknown as Document).children).trim();
}

class MarkdownHtmlReader implements MarkdownReadContext {
  /** The alignment of the `<div align>` being read, given to the paragraphs and headings inside. */
  private align: string | null = null;

  constructor(readonly report: ConversionReport) {}

  nodes(nodes: readonly AnyNode[]): string {
    let out = '';
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as AnyNode;
      if (node.type === 'text') out += escapeText(withoutShownLinkText(node.data, nodes[i + 1]));
      else if (node.type === 'comment') out += this.comment(node.data);
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const el = node as Element;
        if (isOpaqueLabel(el, nodes[i + 1])) {
          const between = nodes[i + 1];
          if (between?.type === 'text') i++; // the space between the label and its comment
          continue;
        }
        out += this.element(el);
      }
    }
    return out;
  }

  children(el: Element): string {
    return this.nodes(el.children);
  }

  private comment(data: string): string {
    const spec = parseOpaqueComment(data);
    if (spec) return opaqueHub(spec);
    // Comments the writer itself puts between blocks say nothing; a comment the user wrote is
    // dropped (Confluence has no comment element), which the report says.
    const text = data.trim();
    if (text !== '' && !/^(wikiport:|markdownlint-|prettier-ignore)/.test(text)) {
      this.report.degraded('comment', `an HTML comment in the Markdown is not carried to Confluence: <!-- ${text.length > 40 ? `${text.slice(0, 40)}…` : text} -->`);
    }
    return '';
  }

  private element(el: Element): string {
    const mapping = mappingsOf('markdownHtml').find(el);
    if (mapping) return this.withAlignment(el, mapping.toHub(el, this));
    let name = el.name.toLowerCase();
    if (DANGEROUS.has(name)) {
      this.report.redacted(name, `raw <${name}> in the Markdown was dropped`);
      return '';
    }
    if (name === 'p' && isOnlyBlockOpaque(el)) return this.children(el);
    name = RENAMED[name] ?? name;
    const keep = PLAIN[name];
    if (name === 'div' || name === 'center') return this.aligned(name === 'center' ? 'center' : blockAlignment(el), el);
    if (!keep) {
      if (!UNWRAPPED.has(name)) this.report.degraded(name, `raw <${name}> in the Markdown has no hub spelling; its content was kept`);
      return this.children(el);
    }
    if (name === 'a' && el.attribs.title) this.report.degraded('link', `the title "${el.attribs.title}" of a link is not carried to Confluence (its links have none); the link is kept`);
    const attrs: Record<string, string> = {};
    for (const key of keep) {
      const value = el.attribs[key];
      if (value === undefined) continue;
      if ((key === 'href' || key === 'src') && !isSafeUrl(value)) {
        this.report.redacted(name, `unsafe link target dropped: ${value.slice(0, 40)}`);
        continue;
      }
      attrs[key] = value;
    }
    // GFM column alignment (`:---:`): markdown-it writes it as a style on every cell of the column.
    const align = (name === 'th' || name === 'td') && /text-align:\s*(left|center|right)/.exec(el.attribs.style ?? '')?.[1];
    if (align) attrs['data-align'] = align;
    if (ALIGNABLE.has(name)) {
      const own = blockAlignment(el) ?? this.align;
      if (own) attrs['data-align'] = own;
    }
    if (VOID.has(name)) return `<${name}${attributes(attrs)}>`;
    const hub = `<${name}${attributes(attrs)}>${this.children(el)}</${name}>`;
    return name === 'table' && el.children.some((c) => c.type === 'tag' && c.name.toLowerCase() === 'thead') ? tableWithHeaderCells(hub) : hub;
  }

  /**
   * A paragraph or heading a construct read (one holding a date or a mention, say) keeps the
   * alignment it had: its hub element, when the construct's output starts with it, gets `data-align`.
   */
  private withAlignment(el: Element, hub: string): string {
    const name = el.name.toLowerCase();
    if (!ALIGNABLE.has(name)) return hub;
    const align = blockAlignment(el) ?? this.align;
    if (!align || !new RegExp(`^<${name}[\\s>]`).test(hub) || /^<[a-z0-9]+\s[^>]*data-align=/.test(hub)) return hub;
    return `<${name} data-align="${align}"${hub.slice(name.length + 1)}`;
  }

  /**
   * A `<div align>` (or `<center>`) gives its alignment to the blocks inside; the div itself has no
   * hub spelling. Text written right inside it (`<center>Welcome</center>`, one line: an HTML block
   * whose content is no Markdown) is a paragraph of its own, as a browser shows it, when the div
   * stands among blocks: bare text beside blocks has no storage spelling, and would lose the alignment.
   */
  private aligned(align: string | null, el: Element): string {
    const outer = this.align;
    if (align) this.align = align;
    try {
      if (!standsAmongBlocks(el)) return this.children(el);
      let out = '';
      let run: AnyNode[] = [];
      const flush = (): void => {
        if (run.some((n) => n.type !== 'text' || n.data.trim() !== '')) {
          const shown = this.align ? ` data-align="${this.align}"` : '';
          out += `<p${shown}>${this.nodes(run).trim()}</p>`;
        }
        run = [];
      };
      for (const child of el.children) {
        if (child.type === 'comment' || (child.type === 'tag' && BLOCK.has(child.name.toLowerCase()))) {
          flush();
          out += this.nodes([child]);
        } else run.push(child);
      }
      flush();
      return out;
    } finally {
      this.align = outer;
    }
  }
}

/** Elements that are blocks of their own in a `<div>`; anything else there is inline content of a paragraph. */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'pre', 'hr', 'div', 'center', 'details', 'summary', 'section', 'article', 'dl', 'figure', 'tr', 'td', 'th', 'thead', 'tbody']);

/** A div at the top of the page or right in a block container (not in a paragraph or a table cell). */
function standsAmongBlocks(el: Element): boolean {
  const parent = el.parent;
  if (!parent || parent.type === 'root') return true;
  return parent.type === 'tag' && /^(?:li|blockquote|div|center|details|body|section|article)$/i.test((parent as Element).name);
}

const ALIGNABLE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function isSafeUrl(url: string): boolean {
  const scheme = linkScheme(url);
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto' || scheme === 'tel';
}

/** The visible `*[x macro]*` line that goes with an opaque comment is not content (older versions: `*[x macro kept from Confluence]*`). */
function isOpaqueLabel(el: Element, next: AnyNode | undefined): boolean {
  if (el.name !== 'em' && el.name !== 'img' && el.name !== 'a') return false;
  const nextComment = next?.type === 'text' && next.data.trim() === '' ? next.next : next;
  if (nextComment?.type !== 'comment') return false;
  const spec = parseOpaqueComment(nextComment.data);
  if (!spec || spec.dynamic) return false;
  // A diagram shown as its picture (the attachment the macro keeps it in).
  if (el.name === 'img') return isOpaquePicture(el.attribs.src ?? '', opaquePictureFile(spec.macro, spec.storage));
  // A previewed file shown as a link to it (View File).
  if (el.name === 'a') return isOpaquePicture(el.attribs.href ?? '', opaqueShownFile(spec.macro, spec.storage));
  // `*[x macro](url)*` when the macro has an address: a link inside the emphasis.
  const only = el.children.length === 1 ? el.children[0] : undefined;
  if (only?.type === 'tag' && only.name === 'a') return isOpaqueLabelText(`[${plainText(only)}]`, spec.macro);
  return isOpaqueLabelText(plainText(el), spec.macro);
}

/** The text a kept link shows, written right before its comment, is the link's own (opaque-macro.ts). */
function withoutShownLinkText(text: string, next: AnyNode | undefined): string {
  if (next?.type !== 'comment') return text;
  const spec = parseOpaqueComment(next.data);
  if (!spec?.inline || spec.dynamic) return text;
  const shown = opaqueShownText(spec.macro, spec.storage);
  return shown !== null && text.endsWith(shown) ? text.slice(0, text.length - shown.length) : text;
}

function isOpaquePicture(src: string, picture: string | null): boolean {
  return picture !== null && (src === normalizedLink(attachmentPath(picture)) || attachmentOfPath(src) === picture);
}

function plainText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

/** A paragraph holding nothing but an opaque block (its label and comment) becomes that block. */
function isOnlyBlockOpaque(p: Element): boolean {
  let sawBlock = false;
  for (const child of p.children) {
    if (child.type === 'comment') {
      const spec = parseOpaqueComment(child.data);
      if (!spec || spec.inline) return false;
      sawBlock = true;
    } else if (child.type === 'text') {
      if (child.data.trim() !== '') return false;
    } else if (child.type === 'tag') {
      if (!isOpaqueLabel(child, child.next ?? undefined)) return false;
    } else return false;
  }
  return sawBlock;
}
