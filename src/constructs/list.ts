import { blockAlignment } from './block-alignment.js';
import type { Element } from 'domhandler';
import { asDom, type DomNode } from './turndown-node.js';
import type { Construct, StorageReadContext } from './construct.js';
import { childElements, isElement, styleProperties, tagName } from '../formats/storage/storage-dom.js';

/** Whether the element follows, in its parent, visible inline content that itself follows a block. */
function followsTextAfterBlock(node: DomNode): boolean {
  let text = false;
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if (sibling.nodeType === 1 && (sibling as DomNode & { isBlock?: boolean }).isBlock === true) return text;
    if ((sibling.textContent ?? '').trim() !== '' || sibling.nodeName === 'IMG') text = true;
  }
  return false;
}

/** Whether the list directly follows (white space apart) a list of the same kind. */
function followsListOfSameKind(node: DomNode): boolean {
  let sibling = node.previousSibling;
  while (sibling !== null && sibling.nodeType === 3 && (sibling.textContent ?? '').trim() === '') sibling = sibling.previousSibling;
  return sibling !== null && sibling.nodeName === node.nodeName;
}

/** Whether anything visible comes before the element in its parent. */
function followsText(node: DomNode): boolean {
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if ((sibling.textContent ?? '').trim() !== '' || sibling.nodeName === 'IMG') return true;
  }
  return false;
}

function startsAfterOne(node: { nodeName: string; getAttribute(name: string): string | null }): boolean {
  if (node.nodeName !== 'OL') return false;
  const start = node.getAttribute('start');
  return start !== null && start !== '1';
}

/**
 * Bulleted and numbered lists, nested to any depth. Confluence's editors nest in two broken ways
 * that the hub repairs: a `ul` directly inside a `ul` (moved into the previous item), and an item
 * styled `list-style-type: none` that only wraps a nested list (unwrapped the same way).
 */
export const list: Construct = {
  name: 'list',
  storage: {
    tags: ['ul', 'ol'],
    toHub: (el, ctx) => {
      // A list that is only wrapper items shows the nested lists as they are (a numbered shell
      // around bullets shows bullets): they stand for it, each of its own kind.
      if (onlyWrapperItems(el)) return el.children.filter(isElement).flatMap((li) => li.children.filter(isElement)).map((nested) => ctx.nodes([nested])).join('');
      const items: string[] = [];
      collectItems(el, ctx, items);
      if (items.length === 0) return '';
      const tag = tagName(el);
      const start = tag === 'ol' ? startOf(el) : null;
      return `<${tag}${start ? ` start="${start}"` : ''}>${items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
    },
  },
  markdown: {
    rules: {
      list: {
        filter: ['ul', 'ol'],
        replacement: (content, node) => {
          const body = content.replace(/^\n+|\n+$/g, '');
          if (body === '') return '';
          // Two lists of one kind in a row are one list to a Markdown reader: an empty comment parts them.
          const parted = followsListOfSameKind(asDom(node)) ? `<!-- -->\n\n${body}` : body;
          const inItem = node.parentNode?.nodeName === 'LI';
          if (!inItem) return `\n\n${parted}\n\n`;
          // Text that follows a block in the item is a paragraph of its own once read back, and a
          // list after a paragraph is written after a blank line: written so now, it reads back the same.
          // A numbered list that starts at another number than 1 cannot interrupt a paragraph.
          // In an item the parting comment stands on its own line with no blank line around it: a
          // blank line would make the item loose, and its text would come back as a paragraph.
          if (parted !== body) return `\n${parted.replace('<!-- -->\n\n', '<!-- -->\n')}\n`;
          const blankBefore = followsTextAfterBlock(asDom(node)) || (startsAfterOne(node) && followsText(asDom(node)));
          return blankBefore ? `\n\n${parted}\n` : `\n${parted}\n`;
        },
      },
      listItem: {
        filter: 'li',
        replacement: (content, node) => {
          const parent = node.parentNode as unknown as { nodeName: string; getAttribute(name: string): string | null; children: ArrayLike<unknown> } | null;
          let marker = '- ';
          if (parent?.nodeName === 'OL') {
            const start = Number(parent.getAttribute('start') ?? '1');
            const index = Array.prototype.indexOf.call(parent.children, node);
            marker = `${(Number.isFinite(start) ? start : 1) + index}. `;
          }
          const body = content.replace(/^\n+/, '').replace(/\n+$/, '');
          const indented = body.replace(/\n(?!\n|$)/g, `\n${' '.repeat(marker.length)}`);
          // A fence or a table closing an item that already holds a blank line (so the list is loose,
          // and one more blank line changes nothing a reader sees) gets a blank line after it (MD031, MD058).
          const afterFence = node.nextSibling !== null && body.includes('\n\n') && /\n[ \t]*(`{3,}|~{3,}|\|.*\|)$/.test(body) ? '\n' : '';
          return `${marker}${indented}\n${afterFence}`;
        },
      },
    },
  },
};

function startOf(el: Element): string | null {
  const start = el.attribs.start;
  return start && /^\d+$/.test(start) && start !== '1' ? start : null;
}

function collectItems(list: Element, ctx: StorageReadContext, items: string[], onlyItems = false): void {
  for (const child of list.children) {
    if (isElement(child)) {
      const name = tagName(child);
      if (onlyItems && name !== 'li') continue;
      if (name === 'li') {
        if (isWrapperItem(child)) {
          for (const nested of child.children) if (isElement(nested)) appendNestedList(nested, ctx, items);
          continue;
        }
        const item = itemContent(child, ctx);
        if (!/^(?:\s|<br>)*$/.test(item)) items.push(item);
        // An unclosed `<li>` swallows the next items (XML parsing nests them): they are siblings.
        const swallowed = childElements(child, 'li');
        if (swallowed.length > 0) collectItems(child, ctx, items, true);
      } else if (name === 'ul' || name === 'ol') {
        appendNestedList(child, ctx, items);
      } else {
        appendToLast(items, ctx.nodes([child]));
      }
    } else if (!onlyItems && child.type === 'text' && child.data.trim() !== '') {
      appendToLast(items, ctx.nodes([child]));
    }
  }
}

/** A nested list goes into the previous item; with no previous item its items join this list. */
function appendNestedList(nested: Element, ctx: StorageReadContext, items: string[]): void {
  if (items.length === 0) {
    collectItems(nested, ctx, items);
    return;
  }
  // Runs of such misplaced lists were one list in the editor: they join a list the item ends with.
  const last = items[items.length - 1] as string;
  const hub = ctx.nodes([nested]);
  const kind = tagName(nested);
  items[items.length - 1] = last.endsWith(`</${kind}>`) && hub.startsWith(`<${kind}>`) ? last.slice(0, -`</${kind}>`.length) + hub.slice(`<${kind}>`.length) : last + hub;
}

function appendToLast(items: string[], hub: string): void {
  if (hub.trim() === '') return;
  if (items.length === 0) items.push(hub);
  else items[items.length - 1] += hub;
}

function onlyWrapperItems(list: Element): boolean {
  const items = list.children.filter(isElement);
  return items.length > 0 && items.every((c) => tagName(c) === 'li' && isWrapperItem(c)) && !hasText(list);
}

/** `<li style="list-style-type: none">` holding only lists: the editor's way to indent. */
function isWrapperItem(li: Element): boolean {
  if (styleProperties(li)['list-style-type'] !== 'none') return false;
  return li.children.every((c) => (isElement(c) ? ['ul', 'ol'].includes(tagName(c)) : c.type !== 'text' || c.data.trim() === ''));
}

/** An item's content; a single leading paragraph is unwrapped so that simple lists stay tight. */
function itemContent(li: Element, ctx: StorageReadContext): string {
  const own = li.children.filter((c) => !(isElement(c) && tagName(c) === 'li'));
  if (own.length !== li.children.length) return ctx.nodes(own).trim();
  const elements = li.children.filter(isElement);
  const paragraphs = elements.filter((c) => tagName(c) === 'p');
  if (!(paragraphs.length === 1 && elements[0] === paragraphs[0] && !hasText(li))) return ctx.children(li).trim();
  const [paragraph] = paragraphs as [Element];
  // An aligned paragraph stays one: unwrapped, its alignment would be lost. Not in a table cell,
  // where alignment is not written (block-alignment.ts): kept, it made the list loose on the first
  // trip only.
  if (blockAlignment(paragraph) && !inTableCell(li)) return ctx.children(li).trim();
  // Each child converted once (conversion reports what it read). Inline content after the
  // paragraph (a status, an emoticon, a link) is shown on a line of its own: the paragraph then
  // stays one, so its words do not run into the paragraph's; else it is unwrapped to keep the list tight.
  const rest = li.children.map((child) => (child === paragraph ? null : ctx.nodes([child])));
  const inlineAfter = rest.some((hub) => hub !== null && hub.trim() !== '' && !BLOCK_HUB.test(hub));
  const text = inlineAfter ? ctx.nodes([paragraph]) : ctx.children(paragraph);
  return rest.map((hub) => hub ?? text).join('').trim();
}

function inTableCell(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (isElement(p as Element) && ['td', 'th'].includes(tagName(p as Element))) return true;
  return false;
}

function hasText(el: Element): boolean {
  return el.children.some((c) => c.type === 'text' && c.data.trim() !== '');
}

const BLOCK_HUB = /^\s*<(?:div|pre|ul|ol|table|details|blockquote|h[1-6]|hr|p)[\s>]/;
