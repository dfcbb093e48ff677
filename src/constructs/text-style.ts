import type { Element } from 'domhandler';
import type { Construct } from './construct.js';
import { element } from '../hub/html.js';
import { styleProperties } from '../formats/storage/storage-dom.js';
import { escapeXmlAttribute } from '../formats/storage/xml-escape.js';
import { asDom } from './turndown-node.js';

/** The hub (and Markdown) attribute of a span whose text the page shows coloured, highlighted or sized. */
const STYLE_ATTRIBUTE = 'data-style';
/** The properties kept: what a reader sees of the text. Fonts, positions and the rest are left out. */
const KEPT = new Set(['color', 'background-color', 'font-size']);
/**
 * The text colours Confluence gives text nobody coloured (Cloud's `#172B4D`, Data Center's `#333333`),
 * which editors and pastes write on spans: a reader sees plain text, so the Markdown shows plain text.
 */
const DEFAULT_TEXT_COLOURS = new Set(['#172b4d', 'rgb(23,43,77)', '#333333', '#333', 'rgb(51,51,51)']);
/** A plain value: a colour name, `#hex`, `rgb(…)`, a size. Nothing that loads or computes (`url(`, `expression(`). */
const PLAIN_VALUE = /^(?:[#\w.%-]+|rgba?\(\s*[\d.%]+(?:\s*,\s*[\d.%]+){2,3}\s*\))$/i;

/**
 * The style a span keeps, or null: its own `style` text when every property is kept and plain
 * (so the storage comes back byte for byte), else the kept plain ones rewritten
 * (`color: blue;` of `font-family: Arial; color: blue`).
 */
export function keptStyle(style: string | undefined): string | null {
  if (style === undefined) return null;
  const declarations = style.split(';').map((part) => part.trim()).filter((part) => part !== '');
  const kept: string[] = [];
  for (const declaration of declarations) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (name === 'color' && DEFAULT_TEXT_COLOURS.has(value.replace(/\s+/g, '').toLowerCase())) continue;
    if (KEPT.has(name) && PLAIN_VALUE.test(value)) kept.push(`${name}: ${value};`);
  }
  if (kept.length === 0) return null;
  return kept.length === declarations.length ? style.trim() : kept.join(' ');
}

/** A storage span or `font` that colours, highlights or sizes its text (not one that strikes or underlines it, which is `s`/`u`). */
function storageStyle(el: Element): string | null {
  if (el.name.toLowerCase() === 'font') {
    const colour = el.attribs.color;
    return colour !== undefined && PLAIN_VALUE.test(colour.trim()) ? keptStyle(`color: ${colour.trim()};`) : null;
  }
  const decoration = `${styleProperties(el)['text-decoration'] ?? ''} ${styleProperties(el)['text-decoration-line'] ?? ''}`;
  if (/line-through|underline/.test(decoration)) return null;
  return keptStyle(el.attribs.style);
}

const HUB_BLOCK = /<(?:p|ul|ol|div|table|pre|h[1-6]|blockquote|details|hr)[\s>]/;

/**
 * Coloured, highlighted and sized text (`<span style="color: rgb(255,86,48);">`, an old
 * `<font color>`): a span keeping the style, in the hub (`data-style`) and in Markdown as inline
 * HTML, `<span style="color: rgb(255,86,48);">red words</span>`. Renderers that allow styles show
 * the colour, GitHub shows the text; the storage comes back with the style as it was.
 */
export const textStyle: Construct = {
  name: 'text-style',
  storage: {
    tags: ['span', 'font'],
    test: (el) => storageStyle(el) !== null,
    toHub: (el, ctx) => {
      const inner = ctx.children(el);
      if (inner.trim() === '' || HUB_BLOCK.test(inner)) return inner;
      // Surrounding spaces stay outside, where Markdown needs them.
      const lead = /^\s*/.exec(inner)?.[0] ?? '';
      const trail = /\s*$/.exec(inner)?.[0] ?? '';
      return `${lead}${element('span', { [STYLE_ATTRIBUTE]: storageStyle(el) }, inner.trim())}${trail}`;
    },
  },
  hub: {
    tags: ['span'],
    test: (el) => el.attribs[STYLE_ATTRIBUTE] !== undefined,
    toStorage: (el, ctx) => {
      const style = keptStyle(el.attribs[STYLE_ATTRIBUTE]);
      return style === null ? ctx.children(el) : `<span style="${escapeXmlAttribute(style)}">${ctx.children(el)}</span>`;
    },
  },
  markdown: {
    rules: {
      textStyle: {
        tags: ['span'],
        filter: (node) => node.nodeName === 'SPAN' && asDom(node).hasAttribute(STYLE_ATTRIBUTE),
        replacement: (content, node) => {
          const style = keptStyle(asDom(node).getAttribute(STYLE_ATTRIBUTE) ?? undefined);
          return style === null || content.trim() === '' ? content : element('span', { style }, content);
        },
      },
    },
  },
  markdownHtml: {
    tags: ['span'],
    test: (el) => keptStyle(el.attribs.style) !== null,
    toHub: (el, ctx) => element('span', { [STYLE_ATTRIBUTE]: keptStyle(el.attribs.style) }, ctx.children(el)),
  },
};
