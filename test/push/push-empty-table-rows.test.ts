import { describe, expect, it } from 'vitest';
import { flavors, pushMarkdownEdit, sandboxForEach } from './push-sandbox-helpers.js';

// An action table with a row left to fill in: the Markdown shows the empty row, and a push keeps it.
describe('push of a table with an empty row', () => {
  const sandbox = sandboxForEach(flavors[0]!);
  const table = '<table data-layout="default"><tbody><tr><th><p>Action</p></th><th><p>Owner</p></th></tr><tr><td><p>Order chairs</p></td><td><p>Ines</p></td></tr><tr><td><p /></td><td><p /></td></tr></tbody></table>';
  const body = `<p>Before.</p>${table}`;

  it('an edit elsewhere keeps the table byte for byte', async () => {
    const after = await pushMarkdownEdit(sandbox(), 'v2', 'ETR elsewhere', body, 'Before.', 'Before, edited.');
    expect(after).toBe(body.replace('Before.', 'Before, edited.'));
  });

  it('a cell edited in the table keeps the empty row', async () => {
    const after = await pushMarkdownEdit(sandbox(), 'v2', 'ETR cell', body, '| Ines |', '| Ana |');
    expect(after).toBe(body.replace('<p>Ines</p>', '<p>Ana</p>'));
  });

  it('the empty row filled in is written into that row', async () => {
    const after = await pushMarkdownEdit(sandbox(), 'v2', 'ETR filled', body, '| Ines |\n| | |', '| Ines |\n| Book room | Tom |');
    expect(after).toBe(body.replace('<td><p /></td><td><p /></td>', '<td><p>Book room</p></td><td><p>Tom</p></td>'));
  });
});
