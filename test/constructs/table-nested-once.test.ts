import { describe, expect, it } from 'vitest';
import { tableMarkdown } from '../../src/constructs/table-pipe.js';

/** A table nested in a table's cell, n deep (hostile pages, issue 13): each cell's Markdown is made once per level. */
const nested = (depth: number): string => {
  let html = '<td>Ana Roe</td><td>yes</td>';
  for (let i = 0; i < depth; i += 1) html = `<table><tr><td>Seat</td><td>${html}</td></tr></table>`;
  return html;
};

describe('tables nested in cells', () => {
  it('converts the cells of each level once, not once for the pipe table and again for the HTML table', () => {
    const calls = (depth: number): number => {
      let n = 0;
      const counting = (html: string): string => {
        n += 1;
        // The inner tables are converted through the same function, as the Markdown writer does.
        return html.includes('<table') ? tableMarkdown(html.slice(html.indexOf('<table'), html.lastIndexOf('</table>') + 8), counting) : html;
      };
      tableMarkdown(nested(depth), counting);
      return n;
    };
    // Linear growth: one more level costs a bounded number of conversions (it doubled before).
    expect(calls(12) - calls(11)).toBe(calls(11) - calls(10));
  });
});
