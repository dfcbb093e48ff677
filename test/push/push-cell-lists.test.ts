import { describe, expect, it } from 'vitest';
import { patchEditedTableCells } from '../../src/push/blocks/blocks-table-cells.js';
import { convert } from '../../src/convert.js';

const toMarkdown = (storage: string) => convert(storage, { from: 'storage', to: 'md' }).output.replace(/^---[\s\S]*?\n---\n/, '').trim();
const toStorage = (markdown: string) => convert(markdown, { from: 'markdown', to: 'storage' }).output.trim();

describe('a list in a table cell, an item added in Markdown', () => {
  const table =
    '<table><tbody><tr><th><p>Item</p></th><th><p>Details</p></th></tr><tr><td><p>L</p></td><td><ul><li><p>a</p></li><li><p>b</p></li></ul></td></tr>' +
    '<tr><td><p>N</p></td><td><ol><li>one</li></ol></td></tr></tbody></table>';

  it('stays a list (no literal "- " or "1. " text in the storage), its items in paragraphs as before', () => {
    const shown = toMarkdown(table);
    const edited = shown.replace('<ul><li>a</li><li>b</li></ul>', '<ul><li>a</li><li>**b**</li><li>c</li></ul>').replace('<ol><li>one</li></ol>', '<ol><li>one</li><li>two</li></ol>');
    expect(edited).not.toBe(shown);
    const patched = patchEditedTableCells(table, toStorage(edited), shown, edited);
    expect(patched).toBe(
      table.replace('<ul><li><p>a</p></li><li><p>b</p></li></ul>', '<ul><li><p>a</p></li><li><p><strong>b</strong></p></li><li><p>c</p></li></ul>').replace('<ol><li>one</li></ol>', '<ol><li>one</li><li>two</li></ol>'),
    );
    expect(toMarkdown(patched!)).toBe(edited);
  });
});
