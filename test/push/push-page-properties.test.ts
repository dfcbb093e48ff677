import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, pushMarkdownEdit, sandboxForEach } from './push-sandbox-helpers.js';

const macro =
  '<ac:structured-macro ac:name="details" ac:schema-version="1" ac:macro-id="d1"><ac:rich-text-body><table><tbody>' +
  '<tr><th><p>Owner</p></th><td><p>Ann</p></td></tr>' +
  '<tr><th><p>Status</p></th><td><p><ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id="s2"><ac:parameter ac:name="title">OPEN</ac:parameter></ac:structured-macro></p></td></tr>' +
  '</tbody></table></ac:rich-text-body></ac:structured-macro>';
const body = `${macro}<p>End.</p>`;

describe('a page properties (details) macro edited in Markdown (Cloud v2)', () => {
  const flavor = flavors[0]!;
  const sandbox = sandboxForEach(flavor);

  const pushEdit = (name: string, from: string, to: string): Promise<string> => pushMarkdownEdit(sandbox(), flavor.api, name, body, from, to);

  it('a row added keeps every key a th and the macro, other rows and the status byte for byte', async () => {
    const after = await pushEdit('Properties row', '| **Status** | **[⚪ OPEN]** |', '| **Status** | **[⚪ OPEN]** |\n| **Due** | soon |');
    expect(after).toBe(body.replace('</tbody>', '<tr><th><p>Due</p></th><td><p>soon</p></td></tr></tbody>'));
  });

  it('a value edited changes that cell only', async () => {
    const after = await pushEdit('Properties value', '| **Owner** | Ann |', '| **Owner** | Bob |');
    expect(after).toBe(body.replace('<p>Ann</p>', '<p>Bob</p>'));
  });
});

describe('an expand macro holding a table, a cell edited in Markdown (Cloud v2)', () => {
  const flavor = flavors[0]!;
  const sandbox = sandboxForEach(flavor);
  const expand =
    '<ac:structured-macro ac:name="expand" ac:schema-version="1" ac:macro-id="e1"><ac:parameter ac:name="title">More</ac:parameter><ac:rich-text-body>' +
    '<table><tbody><tr><th><p>K</p></th><th><p>V</p></th></tr><tr><td><p>x</p></td><td><p>1</p></td></tr></tbody></table></ac:rich-text-body></ac:structured-macro>';
  const page = `<p>Intro.</p>${expand}<p>Outro.</p>`;

  it('keeps the macro (its id) and the table markup; only the cell changes', async () => {
    const client = clientFor(sandbox(), flavor.api);
    const id = addMinutesPage(sandbox(), 'Expand table', page);
    const out = await exportTo(client, id);
    const md = join(out, 'Expand table.md');
    const text = await readFile(md, 'utf8');
    expect(text).toContain('| x | 1 |');
    await writeFile(md, text.replace('| x | 1 |', '| x | 2 |'));
    expect((await pushPages({ paths: [md], client, cwd: out })).exitCode).toBe(0);
    expect(bodyOf(sandbox(), id).body).toBe(page.replace('<p>1</p>', '<p>2</p>'));
  });
});
