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
        replacement: (_content, node) => (isInTableCell(node) ? '<br>' : isLastInBlock(node) ? '' : '\\\n'),
      },
    },
  },
};

function isInTableCell(node: { parentNode: { nodeName: string; parentNode: unknown } | null }): boolean {
  for (let n = node.parentNode; n; n = n.parentNode as typeof n) {
    if (n.nodeName === 'TD' || n.nodeName === 'TH') return true;
    if (n.nodeName === 'LI' || n.nodeName === 'BLOCKQUOTE' || n.nodeName === 'DIV') return false;
  }
  return false;
}

/** A break at the very end of a paragraph has no effect in HTML and would be a stray backslash in Markdown. */
function isLastInBlock(node: { nextSibling: { nodeType: number; textContent: string | null } | null; parentNode: { nodeName: string } | null }): boolean {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && (next.textContent ?? '').trim() === '') next = (next as unknown as { nextSibling: typeof next }).nextSibling;
  return next === null && ['P', 'LI', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE'].includes(node.parentNode?.nodeName ?? '');
}
