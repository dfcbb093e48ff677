import type { Construct } from './construct.js';

/** Line breaks: a backslash hard break in Markdown, `<br>` inside table cells where a newline would end the row. */
export const lineBreak: Construct = {
  name: 'line-break',
  storage: { tags: ['br'], toHub: () => '<br>' },
  hub: { tags: ['br'], toStorage: () => '<br />' },
  markdown: {
    rules: {
      lineBreak: {
        filter: 'br',
        replacement: (_content, node) => (isAtBlockEdge(node) ? '' : isInHeading(node) ? ' ' : isInTableCell(node) ? '<br>' : '\\\n'),
      },
    },
  },
};

/** A Markdown heading is one line: a break inside becomes a space. */
function isInHeading(node: { parentNode: { nodeName: string; parentNode: unknown } | null }): boolean {
  for (let n = node.parentNode; n; n = n.parentNode as typeof n) {
    if (/^H[1-6]$/.test(n.nodeName)) return true;
  }
  return false;
}

function isInTableCell(node: { parentNode: { nodeName: string; parentNode: unknown } | null }): boolean {
  for (let n = node.parentNode; n; n = n.parentNode as typeof n) {
    if (n.nodeName === 'TD' || n.nodeName === 'TH') return true;
    if (n.nodeName === 'LI' || n.nodeName === 'BLOCKQUOTE' || n.nodeName === 'DIV') return false;
  }
  return false;
}

type Sibling = { nodeType: number; nodeName: string; textContent: string | null; previousSibling: Sibling | null; nextSibling: Sibling | null } | null;

const BLOCKS = new Set(['P', 'DIV', 'UL', 'OL', 'LI', 'TABLE', 'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'DETAILS', 'SUMMARY', 'BR']);

/**
 * A break with nothing inline before or after it in its block has no visible effect in HTML, and in
 * Markdown would be a stray backslash.
 */
function isAtBlockEdge(node: { previousSibling: Sibling; nextSibling: Sibling }): boolean {
  return isEdge(node.previousSibling, 'previousSibling') || isEdge(node.nextSibling, 'nextSibling');
}

function isEdge(start: Sibling, direction: 'previousSibling' | 'nextSibling'): boolean {
  // Of several breaks in a row only the first is kept (an empty Markdown line would end the
  // paragraph), and only when something follows the run.
  let n = start;
  while (n && ((n.nodeType === 3 && (n.textContent ?? '').trim() === '') || (direction === 'nextSibling' && n.nodeName === 'BR'))) n = n[direction];
  return n === null || (n.nodeType === 1 && BLOCKS.has(n.nodeName));
}
