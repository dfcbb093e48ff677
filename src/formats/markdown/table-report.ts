import type { Element } from 'domhandler';
import type { ConversionReport } from '../../hub/report.js';
import { parsedHub } from '../../hub/parsed-hub.js';
import { MARKDOWN_ROWS, pipeTable } from '../../constructs/table-pipe.js';
import { htmlToMarkdown } from './turndown-service.js';

/**
 * Report entries for the tables of a hub that the Markdown writer keeps as HTML tables (turndown
 * rules cannot report; the Markdown driver calls this beside them).
 */
export function reportTablesKeptAsHtml(hub: string, report: ConversionReport, keptAsHtml?: (table: Element) => boolean): void {
  if (!/<table[\s>](?:(?!<\/table>)[\s\S])*<(?:pre|table)[\s>]/.test(hub)) return;
  const parsed = parsedHub(hub);
  const { $ } = parsed;
  const outer = new Set<Element>(parsed.outerTables);
  let heading: string | null = null;
  for (const el of $('h1, h2, h3, h4, h5, h6, table').toArray()) {
    if (el.name !== 'table') {
      heading = $(el).text().trim() || heading;
      continue;
    }
    if (!outer.has(el)) continue;
    // Only code blocks and nested tables keep a cell off one line; most tables have neither.
    if ($(el).find('pre, table').length === 0) continue;
    if (keptAsHtml !== undefined ? !keptAsHtml(el) : pipeTable(parsed.normalize(el, MARKDOWN_ROWS), htmlToMarkdown) !== null) continue;
    const where = heading !== null ? ` under "${heading}"` : '';
    report.degraded('table', `a table${where} has cells with code blocks or nested tables; it is written as an HTML table in the Markdown`);
  }
}
