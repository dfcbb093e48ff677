import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rebuildStorageFromMarkdown } from '../../src/push/blocks/blocks-lossless.js';
import { hubBlockConverters } from '../../src/push/push-converters.js';
import { rebuildNotes } from '../../src/push/push-edit.js';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, sandboxForEach } from './push-sandbox-helpers.js';
import type { Sandbox } from '../../src/sandbox/server.js';

const converters = hubBlockConverters();

/** Exports a page, makes one edit in its Markdown as a user would, pushes it: the page's new body and the push report's line. */
async function pushEdit(sandbox: Sandbox, name: string, body: string, edit: (markdown: string) => string): Promise<{ after: string; message: string }> {
  const client = clientFor(sandbox, 'v2');
  const id = addMinutesPage(sandbox, name, body);
  const out = await exportTo(client, id);
  const md = join(out, `${name}.md`);
  const text = await readFile(md, 'utf8');
  const edited = edit(text);
  expect(edited, 'the edit changed nothing').not.toBe(text);
  await writeFile(md, edited);
  const summary = await pushPages({ paths: [md], client, cwd: out });
  expect(summary.exitCode, summary.pages[0]?.message).toBe(0);
  return { after: bodyOf(sandbox, id).body, message: summary.pages[0]!.message };
}

/** An item whose only child is a list (a bullet hidden by style): the Markdown shows its items one level up. */
const hiddenBullet = (text: string, inner: string) => `<li><p>${text}</p><ul><li style="list-style-type: none;"><ul><li>${inner}</li></ul></li></ul></li>`;
const status = '<ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id="st-1"><ac:parameter ac:name="title">DONE</ac:parameter><ac:parameter ac:name="colour">Green</ac:parameter></ac:structured-macro>';
const expand = (body: string) =>
  `<ac:structured-macro ac:name="expand" ac:schema-version="1" ac:macro-id="ex-1"><ac:parameter ac:name="title">Details</ac:parameter><ac:rich-text-body>${body}</ac:rich-text-body></ac:structured-macro>`;

/**
 * Issue 14: the push report names every block it rewrote whole instead of patching, and why,
 * down to list items and macros in table cells (they used to be counted, or not reported at all).
 */
describe.each(flavors.slice(0, 1))('the push report names what it rewrote whole ($name)', () => {
  const sandbox = sandboxForEach(flavors[0]!);

  it('a list item replaced whole is named with its list and the reason; its siblings keep their bytes', async () => {
    const body = `<p>Before.</p><ul>${hiddenBullet('Outer item', 'inner a')}<li><p local-id="o">Other item</p></li></ul>`;
    const { after, message } = await pushEdit(sandbox(), 'Items', body, (md) => md.replace('inner a', 'inner a edited'));
    expect(after).toContain('inner a edited');
    expect(after).toContain('<li><p local-id="o">Other item</p></li>');
    expect(message).toContain('1 changed list item(s) replaced whole');
    expect(message).toContain(
      'the item starting "inner a" of the bulleted list starting "Outer item" rewritten whole: the Markdown shows its nesting otherwise than the storage holds it (1 list(s) nested in it, 0 shown)',
    );
  });

  it('a status macro in an edited table cell, written anew with the cell: the report names the table, the cell and the macro', async () => {
    const body = `<table><tbody><tr><th>Task</th><th>State</th></tr><tr><td>Build</td><td><p>Shipped ${status}</p></td></tr></tbody></table>`;
    const { after, message } = await pushEdit(sandbox(), 'Cell status', body, (md) => md.replace('Shipped', 'Shipped today'));
    expect(after).toContain('<td>Build</td>');
    expect(after).toContain('Shipped today');
    expect(message).toContain(
      'the status macro "DONE" in the cell at row 2, column 2 of the table starting "Task State" rewritten whole: a macro without a body is not patched inside a cell',
    );
  });

  it('an expand in a table cell whose body is a list: named with its cell, and why', async () => {
    const body = `<table><tbody><tr><th>Task</th><th>Notes</th></tr><tr><td>Build</td><td>${expand('<ul><li>one</li><li>two</li></ul>')}</td></tr></tbody></table>`;
    const { after, message } = await pushEdit(sandbox(), 'Cell expand', body, (md) => md.replace('two', 'two edited'));
    expect(after).toContain('two edited');
    expect(message).toContain(
      `the expand macro "Details" in the cell at row 2, column 2 of the table starting "Task Notes" rewritten whole: the cell does not show the macro's body line by line`,
    );
  });
});

describe('what the report leaves out', () => {
  it('at most five rewrites are named per page, the rest counted', () => {
    const page = `<ul>${Array.from({ length: 7 }, (_, k) => hiddenBullet(`Item ${k}`, `inner ${k}`)).join('')}</ul>`;
    const markdown = converters.storageToMarkdown(page);
    const result = rebuildStorageFromMarkdown(page, markdown.replace(/inner (\d)/g, 'inner $1 edited'), converters);
    const notes = rebuildNotes(result);
    expect(notes).toContain('7 changed list item(s) replaced whole rather than patched inside');
    expect(notes.filter((line) => /^the item starting "inner \d" of the bulleted list starting "Item 0" rewritten whole: /.test(line))).toHaveLength(5);
    expect(notes).toContain('and 2 more block(s) or list item(s) rewritten whole');
  });

  it('a macro the user deleted from a cell, or an expand whose paragraphs are patched in the cell, is not reported as rewritten', () => {
    const deleted = `<table><tbody><tr><th>Task</th><th>State</th></tr><tr><td>Build</td><td><p>Shipped ${status}</p></td></tr></tbody></table>`;
    const gone = rebuildStorageFromMarkdown(deleted, converters.storageToMarkdown(deleted).replace(/ \*\*\[[^\]]*DONE\]\*\*/, ''), converters);
    expect(gone.storage).not.toContain('ac:name="status"');
    expect(rebuildNotes(gone).join('\n')).not.toContain('rewritten whole');
    const lines = `<table><tbody><tr><th>Task</th><th>Notes</th></tr><tr><td>Build</td><td>${expand('<p>First line</p><p>Second line</p>')}</td></tr></tbody></table>`;
    const patched = rebuildStorageFromMarkdown(lines, converters.storageToMarkdown(lines).replace('Second line', 'Second line edited'), converters);
    expect(patched.storage).toContain('ac:macro-id="ex-1"');
    expect(rebuildNotes(patched).join('\n')).not.toContain('rewritten whole');
  });
});
