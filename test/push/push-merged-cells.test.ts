import { describe, expect, it } from 'vitest';
import { flavors, pushMarkdownEdit, sandboxForEach } from './push-sandbox-helpers.js';

const table =
  '<table data-layout="default"><colgroup><col style="width: 200.0px;" /><col style="width: 300.0px;" /></colgroup><tbody>' +
  '<tr><th><p>Item</p></th><th><p>Details</p></th></tr>' +
  '<tr><td><p>Tasks</p></td><td><ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>write docs</ac:task-body></ac:task></ac:task-list></td></tr>' +
  '<tr><td rowspan="2"><p>Merged</p></td><td><ul><li><p>a</p></li><li><p>b</p></li></ul></td></tr>' +
  '<tr><td><p>second row of merge</p></td></tr>' +
  '<tr><td colspan="2"><p>wide cell</p></td></tr></tbody></table>';
const body = `<p>Intro.</p>${table}<p>Outro.</p>`;

describe('a table with merged cells, edited in Markdown (Cloud v2)', () => {
  const flavor = flavors[0]!;
  const sandbox = sandboxForEach(flavor);

  async function pushEdit(name: string, from: string, to: string): Promise<{ before: string; after: string }> {
    return { before: body, after: await pushMarkdownEdit(sandbox(), flavor.api, name, body, from, to) };
  }

  it('ticking a task in a cell changes that task only: spans, widths and the list in a cell stay', async () => {
    const { after } = await pushEdit('Merged tick', '<li>[ ] write docs</li>', '<li>[x] write docs</li>');
    expect(after).toBe(body.replace('<ac:task-status>incomplete</ac:task-status>', '<ac:task-status>complete</ac:task-status>'));
    expect(after).not.toContain('- a');
  });

  it('an edited merged cell (all its shown copies alike) keeps its span; a cell beside it is patched too', async () => {
    const { after } = await pushEdit('Merged text', '| Merged | <ul><li>a</li><li>b</li></ul> |\n| Merged | second row of merge |', '| Joined | <ul><li>a</li><li>b</li></ul> |\n| Joined | second row, merged |');
    expect(after).toBe(body.replace('<td rowspan="2"><p>Merged</p></td>', '<td rowspan="2"><p>Joined</p></td>').replace('<p>second row of merge</p>', '<p>second row, merged</p>'));
  });
});
