import type { AnyNode, Element } from 'domhandler';
import type { Construct, MarkdownReadContext, StorageReadContext, StorageWriteContext } from './construct.js';
import { attributes, escapeText } from '../hub/html.js';
import { childElements, firstChild, isElement, tagName, textContent } from '../formats/storage/storage-dom.js';
import { tokenizedNodes } from './markdown-text-tokens.js';
import { asDom, type DomNode } from './turndown-node.js';
import { isShownAligned } from './block-alignment.js';
import { LITERAL_TASK_MARKER } from '../formats/markdown/markdown-parser.js';

/**
 * Task lists (`ac:task-list` of `ac:task`). Markdown spelling: GFM task items `- [ ] …` / `- [x] …`,
 * nested by indentation. In Confluence the assignee and the due date of a task are the first
 * mention and the first date of its body, so they need no spelling of their own: the body keeps
 * them as `@…`/`[@Name](…)` and `📅 YYYY-MM-DD`, and the hub's `data-assignee-*`/`data-due` are
 * derived from the body again on every read. In a table cell, where Markdown has no lists, the
 * items are lines of the cell (`- [ ] a<br>- [x] b`, nesting flattened).
 */
const TASK_PREFIX = /^\s*\[( |x|X)\](?:\s+|$)/;
const CELL_TASK_PREFIX = /^\s*- \[( |x|X)\](?:[ \t]+|$)/;

interface TaskFacts {
  status: 'complete' | 'incomplete';
  id?: string;
  uuid?: string;
}

/** `data-assignee-*` and `data-due` from a task body's hub HTML (nested task lists excluded). */
export function derivedAttributes(bodyHub: string): Record<string, string | undefined> {
  const own = bodyHub.split(/<ul data-tasks/)[0] ?? '';
  const mention = /<a data-mention([^>]*)>/.exec(own)?.[1] ?? '';
  const attr = (name: string): string | undefined => {
    const m = new RegExp(` ${name}="([^"]*)"`).exec(mention)?.[1];
    return m === undefined ? undefined : m.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  };
  return {
    'data-assignee-account-id': attr('data-account-id'),
    'data-assignee-userkey': attr('data-userkey'),
    'data-assignee-username': attr('data-username'),
    'data-due': /<time datetime="(\d{4}-\d{2}-\d{2})"/.exec(own)?.[1],
  };
}

export function taskItemHub(facts: TaskFacts, bodyHub: string): string {
  const body = bodyHub.trim();
  const attrs = {
    'data-task': facts.status,
    'data-task-id': facts.id,
    'data-task-uuid': facts.uuid,
    ...derivedAttributes(body),
  };
  return `<li${attributes(attrs)}>${body}</li>`;
}

function taskOfStorage(task: Element, ctx: StorageReadContext): string {
  const status = textContent(firstChild(task, 'ac:task-status') ?? task).trim().toLowerCase() === 'complete' ? 'complete' : 'incomplete';
  const id = firstChild(task, 'ac:task-id') ? textContent(firstChild(task, 'ac:task-id') as Element).trim() : '';
  const uuid = firstChild(task, 'ac:task-uuid') ? textContent(firstChild(task, 'ac:task-uuid') as Element).trim() : '';
  const body = firstChild(task, 'ac:task-body');
  const facts: TaskFacts = { status };
  if (id) facts.id = id;
  if (uuid) facts.uuid = uuid;
  // A sub-list stored inside the task after its body belongs to that task, as one beside it does.
  const inner = childElements(task, 'ac:task-list');
  return taskItemHub(facts, (body ? ctx.children(body) : '') + (inner.length > 0 ? ctx.nodes(inner) : ''));
}

// Task ids must be unique in a page: ids for new tasks continue after the highest one present.
const nextIds = new WeakMap<object, { next: number }>();

function rootOf(el: Element): object {
  let node: AnyNode = el;
  while (node.parent) node = node.parent;
  return node;
}

function highestTaskId(node: AnyNode): number {
  let max = 0;
  if (isElement(node)) {
    const id = Number.parseInt(node.attribs['data-task-id'] ?? '', 10);
    if (Number.isFinite(id)) max = id;
  }
  if ('children' in node) for (const child of node.children) max = Math.max(max, highestTaskId(child));
  return max;
}

function taskId(li: Element): string {
  const given = li.attribs['data-task-id'];
  if (given && /^\d+$/.test(given)) return given;
  const root = rootOf(li);
  let counter = nextIds.get(root);
  if (!counter) {
    counter = { next: highestTaskId(root as AnyNode) + 1 };
    nextIds.set(root, counter);
  }
  return String(counter.next++);
}

function taskListStorage(el: Element, ctx: StorageWriteContext): string {
  let out = '<ac:task-list>';
  for (const li of childElements(el, 'li')) {
    const uuid = li.attribs['data-task-uuid'];
    out += `<ac:task><ac:task-id>${taskId(li)}</ac:task-id>`;
    if (uuid) out += `<ac:task-uuid>${escapeText(uuid)}</ac:task-uuid>`;
    out += `<ac:task-status>${li.attribs['data-task'] === 'complete' ? 'complete' : 'incomplete'}</ac:task-status>`;
    out += `<ac:task-body>${ctx.children(li)}</ac:task-body></ac:task>`;
  }
  return `${out}</ac:task-list>`;
}

const OPENING_BLOCKS = new Set(['UL', 'OL', 'PRE', 'TABLE', 'BLOCKQUOTE', 'DIV', 'DETAILS', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR']);

function startsWithBlock(li: DomNode): boolean {
  for (let i = 0; i < li.childNodes.length; i++) {
    const child = li.childNodes[i];
    if (!child) continue;
    if (child.nodeType === 3 && (child.textContent ?? '').trim() === '') continue;
    // An aligned paragraph is written as a `<div align>` block (block-alignment.ts).
    return child.nodeType === 1 && (OPENING_BLOCKS.has(child.nodeName) || (child.nodeName === 'P' && isShownAligned(child)));
  }
  return false;
}

function followsList(node: DomNode): boolean {
  let prev = node.previousSibling;
  while (prev && prev.nodeType === 3 && (prev.textContent ?? '').trim() === '') prev = prev.previousSibling;
  return prev !== null && (prev.nodeName === 'UL' || prev.nodeName === 'OL');
}

/** A task list of one task that is all of a numbered list's item (whitespace aside). */
function isNumberedTask(ul: DomNode): boolean {
  const li = ul.parentNode;
  if (li?.nodeName !== 'LI' || li.parentNode?.nodeName !== 'OL') return false;
  const tasks = Array.from(ul.childNodes).filter((c) => c.nodeType === 1);
  if (tasks.length !== 1) return false;
  return Array.from(li.childNodes).every((c) => c === ul || (c.nodeType === 3 && (c.textContent ?? '').trim() === ''));
}

function isInTableCell(node: DomNode): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) {
    if (p.nodeName === 'TD' || p.nodeName === 'TH') return true;
  }
  return false;
}

/** The first text node of an item (inside a leading `<p>` for loose lists). */
function firstText(li: Element): { node: AnyNode & { data: string } } | null {
  for (const child of li.children) {
    if (child.type === 'text') {
      if (child.data.trim() === '') continue;
      return { node: child };
    }
    if (isElement(child) && tagName(child) === 'p') {
      const first = child.children[0];
      return first?.type === 'text' ? { node: first } : null;
    }
    return null;
  }
  return null;
}

function isTaskItem(li: Element): boolean {
  if (li.attribs[LITERAL_TASK_MARKER] !== undefined) return false;
  const text = firstText(li);
  return text !== null && TASK_PREFIX.test(text.node.data);
}

/** A list with at least one task item (a GFM list may mix them with bullets). */
function isTaskListHtml(ul: Element): boolean {
  const items = childElements(ul);
  return items.length > 0 && items.every((li) => tagName(li) === 'li') && items.some(isTaskItem);
}

/**
 * A Markdown list, its task items a task list. Confluence keeps tasks and bullets in different
 * elements, so a list that mixes them becomes consecutive lists, one per run of items of a kind,
 * in the items' order: no text and no check is lost, and GitHub shows the same items.
 */
function taskListOfMarkdown(ul: Element, ctx: MarkdownReadContext): string {
  return tasksOfItems(childElements(ul, 'li'), ctx);
}

function tasksOfItems(items: readonly Element[], ctx: MarkdownReadContext): string {
  let out = '';
  let open: 'tasks' | 'bullets' | null = null;
  for (const li of items) {
    const kind = isTaskItem(li) ? 'tasks' : 'bullets';
    if (kind !== open) {
      if (open) out += '</ul>';
      out += kind === 'tasks' ? '<ul data-tasks>' : '<ul>';
      open = kind;
    }
    if (kind === 'bullets') {
      out += ctx.nodes([li]);
      continue;
    }
    const first = firstText(li);
    const match = first ? TASK_PREFIX.exec(first.node.data) : null;
    if (first && match) first.node.data = first.node.data.slice(match[0].length);
    const status = match?.[1] === ' ' ? 'incomplete' : 'complete';
    out += taskItemHub({ status }, tokenizedNodes(itemNodes(li), ctx));
  }
  return open ? `${out}</ul>` : '';
}

/**
 * A numbered Markdown list with task items (`1. [ ] a`, which GitHub shows numbered, with a
 * checkbox). Confluence has no numbered task list, but a numbered item may hold a task list:
 * each task item becomes an item holding a task list of that one task, so Confluence shows the
 * number and the checkbox, and the way back writes `1. [ ] a` again. Other items stay as they are.
 */
function numberedTasksOfMarkdown(ol: Element, ctx: MarkdownReadContext): string {
  const start = ol.attribs.start;
  let out = `<ol${start && /^\d+$/.test(start) && start !== '1' ? ` start="${start}"` : ''}>`;
  for (const li of childElements(ol, 'li')) {
    if (!isTaskItem(li)) {
      out += ctx.nodes([li]);
      continue;
    }
    out += `<li>${tasksOfItems([li], ctx)}</li>`;
  }
  return `${out}</ol>`;
}

/** An item's nodes, its leading paragraph unwrapped (a loose list's items are paragraphs; a task body is inline). */
function itemNodes(li: Element): AnyNode[] {
  const nodes = li.children.filter((c) => !(c.type === 'text' && c.data.trim() === ''));
  const [head, ...rest] = nodes;
  if (head && isElement(head) && tagName(head) === 'p') return [...head.children, ...rest];
  return li.children;
}

/** Splits a cell's children at `<br>` into lines. */
function cellLines(cell: Element): AnyNode[][] {
  const lines: AnyNode[][] = [[]];
  for (const child of cell.children) {
    if (isElement(child) && tagName(child) === 'br') lines.push([]);
    else lines[lines.length - 1]?.push(child);
  }
  return lines;
}

function lineTask(line: readonly AnyNode[]): RegExpExecArray | null {
  const first = line[0];
  return first?.type === 'text' ? CELL_TASK_PREFIX.exec(first.data) : null;
}

function cellWithTasks(cell: Element, ctx: MarkdownReadContext): string {
  const name = tagName(cell);
  const attrs: Record<string, string> = {};
  for (const key of ['colspan', 'rowspan']) if (cell.attribs[key] !== undefined) attrs[key] = cell.attribs[key];
  let out = '';
  let inList = false;
  let previousWasText = false;
  for (const line of cellLines(cell)) {
    const match = lineTask(line);
    if (match) {
      const first = line[0] as AnyNode & { data: string };
      first.data = first.data.slice(match[0].length);
      if (!inList) out += '<ul data-tasks>';
      inList = true;
      out += taskItemHub({ status: match[1] === ' ' ? 'incomplete' : 'complete' }, tokenizedNodes(line, ctx));
      previousWasText = false;
    } else {
      if (inList) out += '</ul>';
      inList = false;
      if (previousWasText) out += '<br>';
      out += tokenizedNodes(line, ctx);
      previousWasText = true;
    }
  }
  if (inList) out += '</ul>';
  return `<${name}${attributes(attrs)}>${out}</${name}>`;
}

export const taskList: Construct = {
  name: 'task-list',
  storage: {
    tags: ['ac:task-list'],
    toHub: (el, ctx) => {
      // Confluence stores a sub-list as an `ac:task-list` beside the task it belongs to, inside the
      // outer list: it becomes that task's nested list, as a nested list sits in the hub's `li`.
      const items: string[] = [];
      for (const child of el.children) {
        if (!isElement(child)) continue;
        if (tagName(child) === 'ac:task') items.push(taskOfStorage(child, ctx));
        else if (tagName(child) === 'ac:task-list') {
          const nested = ctx.nodes([child]);
          if (nested === '') continue;
          const last = items.length - 1;
          if (last < 0) items.push(`<li data-task="incomplete">${nested}</li>`);
          else items[last] = `${items[last]!.slice(0, -'</li>'.length)}${nested}</li>`;
        }
      }
      return items.length === 0 ? '' : `<ul data-tasks>${items.join('')}</ul>`;
    },
  },
  hub: {
    tags: ['ul'],
    test: (el) => el.attribs['data-tasks'] !== undefined,
    toStorage: taskListStorage,
  },
  markdown: {
    rules: {
      taskList: {
        tags: ['ul'],
        filter: (node) => node.nodeName === 'UL' && node.hasAttribute('data-tasks'),
        replacement: (content, node) => {
          const body = content.replace(/^\n+|\n+$/g, '');
          if (body === '') return '';
          // The one task of a numbered item is that item's checkbox: `1. [ ] a` (numberedTasksOfMarkdown).
          if (isNumberedTask(asDom(node))) return body.replace(/^- /, '').replace(/\n {2}/g, '\n');
          // In an item, a list before it is parted by a comment on its own line (no blank line: list.ts).
          if (asDom(node).parentNode?.nodeName === 'LI') return followsList(asDom(node)) ? `\n<!-- -->\n${body}\n` : `\n${body}\n`;
          // Markdown joins two lists that follow each other into one; an empty comment keeps them apart.
          const separator = followsList(asDom(node)) ? '<!-- -->\n\n' : '';
          return `\n\n${separator}${body}\n\n`;
        },
      },
      taskItem: {
        tags: ['li'],
        filter: (node) => node.nodeName === 'LI' && node.parentNode?.nodeName === 'UL' && (node.parentNode as unknown as DomNode).hasAttribute('data-tasks'),
        replacement: (content, node) => {
          const el = asDom(node);
          const marker = el.getAttribute('data-task') === 'complete' ? '- [x] ' : '- [ ] ';
          const body = content.replace(/^\n+/, '').replace(/\n+$/, '');
          const inCell = isInTableCell(el);
          const indent = inCell ? '' : '  ';
          const indented = body.replace(/\n(?!\n|$)/g, `\n${indent}`);
          // A body that opens with a list or another block cannot share the marker's line.
          if (!inCell && startsWithBlock(el)) return `${marker.trimEnd()}\n${indent}${indented}\n`;
          return `${marker}${indented}\n`;
        },
      },
    },
  },
  markdownHtml: {
    tags: ['ul', 'ol', 'td', 'th'],
    test: (el) => (['ul', 'ol'].includes(tagName(el)) ? isTaskListHtml(el) : cellLines(el).some((line) => lineTask(line) !== null)),
    toHub: (el, ctx) => {
      const tag = tagName(el);
      if (tag === 'ul') return taskListOfMarkdown(el, ctx);
      return tag === 'ol' ? numberedTasksOfMarkdown(el, ctx) : cellWithTasks(el, ctx);
    },
  },
};
