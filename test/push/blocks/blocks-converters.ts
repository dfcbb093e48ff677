import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { BlockConverters } from '../../../src/push/blocks/blocks-lossless.js';

/**
 * A small, honest converter pair for the block-mapping tests: paragraphs and headings become
 * text, tables become pipe tables, and anything else travels as an HTML comment holding its
 * storage (what the real Markdown writer does for opaque macros). Markdown back to storage
 * rebuilds plain `<p>`, `<hN>` and `<table>` markup, so a re-converted block visibly loses the
 * original's attributes, which is what the tests look for.
 */
export const testConverters: BlockConverters = {
  storageToMarkdown(storage) {
    const $ = cheerio.load(storage, { xml: true });
    const parts: string[] = [];
    const renderBlock = (el: Element) => {
      const node = $(el);
      const name = el.tagName;
      // Like the real writer, a layout is flattened: its cells' blocks in reading order.
      if (name === 'ac:layout') node.find('ac\\:layout-cell').children().each((_, child) => renderBlock(child));
      else if (name === 'p') parts.push(node.text().trim());
      else if (/^h[1-6]$/.test(name)) parts.push(`${'#'.repeat(Number(name[1]))} ${node.text().trim()}`);
      else if (name === 'table') {
        const rows = node.find('tr').toArray().map((tr) => $(tr).children().toArray().map((c) => $(c).text().trim()));
        const lines = rows.map((r) => `| ${r.join(' | ')} |`);
        if (lines.length > 0) lines.splice(1, 0, `|${rows[0]!.map(() => ' --- |').join('')}`);
        parts.push(lines.join('\n'));
      } else parts.push(`<!-- storage ${Buffer.from($.xml(el)).toString('base64')} -->`);
    };
    $.root().children().each((_, el) => renderBlock(el));
    return parts.join('\n\n');
  },
  markdownToStorage(markdown) {
    return markdown
      .split(/\n{2,}/)
      .map((para) => {
        const comment = /^<!-- storage (\S+) -->$/.exec(para);
        if (comment) return Buffer.from(comment[1]!, 'base64').toString('utf8');
        const heading = /^(#{1,6}) (.*)$/.exec(para);
        if (heading) return `<h${heading[1]!.length}>${escape(heading[2]!)}</h${heading[1]!.length}>`;
        if (para.startsWith('|')) {
          const rows = para.split('\n').filter((l) => !/^\|( --- \|)+$/.test(l));
          const cells = rows.map((l) => l.replace(/^\| ?| ?\|$/g, '').split(' | '));
          return `<table><tbody>${cells
            .map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${escape(c)}</th>` : `<td>${escape(c)}</td>`)).join('')}</tr>`)
            .join('')}</tbody></table>`;
        }
        return `<p>${escape(para)}</p>`;
      })
      .join('');
  },
};

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
