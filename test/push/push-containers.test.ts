import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, sandboxForEach } from './push-sandbox-helpers.js';
import type { Sandbox } from '../../src/sandbox/server.js';

/** Exports a page, makes one edit in its Markdown as a user would, pushes it: the page's new body and the push report's line. */
async function pushEdit(sandbox: Sandbox, name: string, body: string, from: string, to: string): Promise<{ after: string; message: string }> {
  const client = clientFor(sandbox, 'v2');
  const id = addMinutesPage(sandbox, name, body);
  const out = await exportTo(client, id);
  const md = join(out, `${name}.md`);
  const text = await readFile(md, 'utf8');
  expect(text).toContain(from);
  await writeFile(md, text.replace(from, to));
  const summary = await pushPages({ paths: [md], client, cwd: out });
  expect(summary.exitCode, summary.pages[0]?.message).toBe(0);
  return { after: bodyOf(sandbox, id).body, message: summary.pages[0]!.message };
}

const expand = (id: string, title: string, body: string) =>
  `<ac:structured-macro ac:name="expand" ac:schema-version="1" ac:macro-id="${id}" ac:local-id="loc-${id}"><ac:parameter ac:name="title">${title}</ac:parameter><ac:rich-text-body>${body}</ac:rich-text-body></ac:structured-macro>`;
const status = '<p><ac:structured-macro ac:name="status" ac:schema-version="1" ac:macro-id="st-1"><ac:parameter ac:name="title">DONE</ac:parameter><ac:parameter ac:name="colour">Green</ac:parameter></ac:structured-macro></p>';

/**
 * Issue 14, end to end against the sandbox: an edit inside an expand or a panel changes only what
 * was edited. The macro keeps its ac:macro-id and ac:local-id, its other parameters and every
 * child the user did not touch, byte for byte.
 */
describe.each(flavors.slice(0, 1))('push of an edit inside a macro with a body ($name)', () => {
  const sandbox = sandboxForEach(flavors[0]!);

  it('a paragraph edited in an expand: only that paragraph changes (written anew, as an edited paragraph is)', async () => {
    const body = `<p>Intro</p>${expand('e-1', 'Meeting notes', `<p local-id="p1">Budget approved.</p><p local-id="p2">Hiring paused.</p>${status}<table data-layout="wide"><tbody><tr><th>Owner</th></tr><tr><td>Ana</td></tr></tbody></table>`)}<p>End</p>`;
    const { after, message } = await pushEdit(sandbox(), 'Expand edit', body, 'Hiring paused.', 'Hiring resumes in May.');
    expect(after).toBe(body.replace('<p local-id="p2">Hiring paused.</p>', '<p>Hiring resumes in May.</p>'));
    expect(message).toContain('macro bodies patched in place');
  });

  it('a panel: its title changed, then a paragraph of its body; its icon parameter and macro id stay', async () => {
    const body = `<ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="pan-1"><ac:parameter ac:name="title">Before you start</ac:parameter><ac:parameter ac:name="icon">false</ac:parameter><ac:rich-text-body><p>Read the <strong>guide</strong> first.</p><p>Then ask the team.</p></ac:rich-text-body></ac:structured-macro><p>After</p>`;
    const title = await pushEdit(sandbox(), 'Panel title', body, '**Before you start**', '**Before you begin**');
    expect(title.after).toBe(body.replace('Before you start', 'Before you begin'));
    const text = await pushEdit(sandbox(), 'Panel body', body, 'Then ask the team.', 'Then ask the whole team.');
    expect(text.after).toBe(body.replace('Then ask the team.', 'Then ask the whole team.'));
  });

  it('an expand inside a list item, and a note inside an expand: the edit reaches the innermost paragraph only', async () => {
    const inItem = `<ul><li><p>First item</p>${expand('li-e', 'In item', '<p>Hidden one.</p><p>Hidden two.</p>')}</li><li><p>Second item</p></li></ul>`;
    const item = await pushEdit(sandbox(), 'Expand in item', inItem, 'Hidden two.', 'Hidden two, edited.');
    expect(item.after).toBe(inItem.replace('Hidden two.', 'Hidden two, edited.'));
    const nested = expand('outer', 'Outer', `<p>Outer text.</p><ac:structured-macro ac:name="note" ac:macro-id="inner"><ac:rich-text-body><p>Inner one.</p><p>Inner two.</p></ac:rich-text-body></ac:structured-macro><ul><li><p>Item A</p></li></ul>`);
    const inner = await pushEdit(sandbox(), 'Nested', nested, 'Inner two.', 'Inner two, edited.');
    expect(inner.after).toBe(nested.replace('Inner two.', 'Inner two, edited.'));
  });

  it('an expand emptied, an empty expand filled, a paragraph added after an expand: the macro keeps its start tag and id', async () => {
    const full = `<p>Top</p>${expand('e-2', 'Two', '<p>Alpha para.</p><p>Beta para.</p>')}<p>Bottom</p>`;
    const emptied = await pushEdit(sandbox(), 'Emptied', full, 'Alpha para.\n\nBeta para.\n\n', '');
    expect(emptied.after).toBe(full.replace('<p>Alpha para.</p><p>Beta para.</p>', ''));
    const empty = `<p>Top</p><ac:structured-macro ac:name="expand" ac:macro-id="e-0"><ac:parameter ac:name="title">Empty one</ac:parameter><ac:rich-text-body /></ac:structured-macro><p>Bottom</p>`;
    const filled = await pushEdit(sandbox(), 'Filled', empty, '<summary>Empty one</summary>', '<summary>Empty one</summary>\n\nNow filled.');
    expect(filled.after).toBe(empty.replace('<ac:rich-text-body />', '<ac:rich-text-body><p>Now filled.</p></ac:rich-text-body>'));
    const added = await pushEdit(sandbox(), 'Added after', full, '</details>\n', '</details>\n\nA new paragraph after.\n');
    expect(added.after).toContain(expand('e-2', 'Two', '<p>Alpha para.</p><p>Beta para.</p>'));
    expect(added.after).toContain('<p>A new paragraph after.</p><p>Bottom</p>');
  });

  it('an expand in a table cell: the cell keeps the macro with its id, only the edited line changes', async () => {
    const body = `<table data-layout="default"><tbody><tr><th><p>Name</p></th><th><p>Notes</p></th></tr><tr><td><p>Alpha</p></td><td>${expand('cell-e', 'More', '<p local-id="c1">Cell line one.</p><p local-id="c2">Cell line two.</p>')}</td></tr><tr><td><p>Beta</p></td><td><p>Plain</p></td></tr></tbody></table>`;
    const { after } = await pushEdit(sandbox(), 'Expand in cell', body, 'Cell line two.', 'Cell line two, edited.');
    expect(after).toBe(body.replace('Cell line two.', 'Cell line two, edited.'));
  });

  it('an expand beside text in a table cell: the text and the macro with its id keep their bytes, only the edited line changes', async () => {
    const body = `<table><tbody><tr><th>Key</th><th>Value</th></tr><tr><td>one</td><td><p>cell one</p>${expand('cell-t', 'Cell expand', '<p>Inside cell expand.</p>')}</td></tr><tr><td>two</td><td>cell two</td></tr></tbody></table>`;
    const { after } = await pushEdit(sandbox(), 'Expand beside text', body, 'Inside cell expand.', 'Inside cell expand, edited.');
    expect(after).toBe(body.replace('Inside cell expand.', 'Inside cell expand, edited.'));
    const both = await pushEdit(sandbox(), 'Expand beside edited text', body, 'cell one<details>', 'cell one changed<details>');
    expect(both.after).toBe(body.replace('<p>cell one</p>', '<p>cell one changed</p>'));
    const shown = 'cell one<details><summary>Cell expand</summary>Inside cell expand.';
    const twice = await pushEdit(sandbox(), 'Expand and text beside it', body, shown, shown.replace('cell one', 'cell uno').replace('Inside', 'Within'));
    expect(twice.after).toBe(body.replace('<p>cell one</p>', '<p>cell uno</p>').replace('Inside cell', 'Within cell'));
  });

  it('a kept macro whose label was written by an earlier version (`*[x macro kept from Confluence]*`): the label is no content, the macro keeps its bytes', async () => {
    const roadmap = '<ac:structured-macro ac:name="roadmap" ac:schema-version="1" ac:macro-id="rm-1"><ac:parameter ac:name="source">%7B%22title%22%3A%22Q3%22%7D</ac:parameter></ac:structured-macro>';
    const body = `<p>Intro</p>${roadmap}<p>End</p>`;
    const { after } = await pushEdit(sandbox(), 'Old label', body, '*[roadmap macro]*', '*[roadmap macro kept from Confluence]*');
    expect(after).toBe(body);
    const edited = await pushEdit(sandbox(), 'Old label and an edit', body, 'End', 'The end');
    expect(edited.after).toBe(body.replace('<p>End</p>', '<p>The end</p>'));
  });

  it('a numbered task item ticked in Markdown (`1. [ ]` → `1. [x]`): the task is complete, every task keeps its id, the list its numbers', async () => {
    const task = (id: string, status: string, text: string) => `<li><ac:task-list><ac:task><ac:task-id>${id}</ac:task-id><ac:task-status>${status}</ac:task-status><ac:task-body>${text}</ac:task-body></ac:task></ac:task-list></li>`;
    const body = `<p>Steps</p><ol>${task('7', 'incomplete', 'Book the room')}${task('8', 'incomplete', 'Send the notes')}</ol>`;
    const { after } = await pushEdit(sandbox(), 'Numbered tasks', body, '2. [ ] Send', '2. [x] Send');
    expect(after).toBe(body.replace('<ac:task-id>8</ac:task-id><ac:task-status>incomplete', '<ac:task-id>8</ac:task-id><ac:task-status>complete'));
    expect(after).toMatch(/<ac:task-status>incomplete<\/ac:task-status><ac:task-body>Book the room/);
    expect(after).toMatch(/<ac:task-status>complete<\/ac:task-status><ac:task-body>Send the notes/);
  });

  it('a cell holding two expands, edited inside one: the cell is rewritten whole, and the report names the cell and why', async () => {
    const body = `<table><tbody><tr><th>Key</th><th>Value</th></tr><tr><td>one</td><td>${expand('x-1', 'First', '<p>First body.</p>')}${expand('x-2', 'Second', '<p>Second body.</p>')}</td></tr></tbody></table>`;
    const { after, message } = await pushEdit(sandbox(), 'Two expands in a cell', body, 'Second body.', 'Second body, edited.');
    expect(after).toContain('Second body, edited.');
    expect(message).toContain('the expand macro "First" in the cell at row 2, column 2 of the table starting "Key Value" rewritten whole');
    expect(message).toContain('the expand macro "Second" in the cell at row 2, column 2 of the table starting "Key Value" rewritten whole');
  });

  it('a column of a section layout, and a tab of a macro wikiport does not know: only the edited paragraph changes', async () => {
    const section = '<ac:structured-macro ac:name="section" ac:macro-id="sec-1"><ac:rich-text-body><ac:structured-macro ac:name="column" ac:macro-id="col-1"><ac:parameter ac:name="width">50%</ac:parameter><ac:rich-text-body><p local-id="a">Left one.</p><p>Left two.</p></ac:rich-text-body></ac:structured-macro><ac:structured-macro ac:name="column" ac:macro-id="col-2"><ac:rich-text-body><p local-id="c">Right one.</p></ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro><p>After.</p>';
    const column = await pushEdit(sandbox(), 'Section', section, 'Left two.', 'Left two, edited.');
    expect(column.after).toBe(section.replace('Left two.', 'Left two, edited.'));
    const tabs = '<ac:structured-macro ac:name="ui-tabs" ac:macro-id="tabs-1"><ac:rich-text-body><ac:structured-macro ac:name="ui-tab" ac:macro-id="tab-1"><ac:parameter ac:name="title">Signer</ac:parameter><ac:rich-text-body><p local-id="t1">Tab one text.</p><p>Tab two text.</p></ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>';
    const tab = await pushEdit(sandbox(), 'Tabs', tabs, 'Tab two text.', 'Tab two text, edited.');
    expect(tab.after).toBe(tabs.replace('Tab two text.', 'Tab two text, edited.'));
  });

  it('a list holding a paragraph directly in its <ul>: rewritten whole, and the report names the list and why', async () => {
    const body = '<p>Before.</p><ul><li>One</li><p>Stray paragraph</p><li>Two</li><li>Three</li></ul><p>After.</p>';
    const { after, message } = await pushEdit(sandbox(), 'Stray', body, '- Two', '- Two edited');
    expect(after).toContain('Two edited');
    expect(after.startsWith('<p>Before.</p>') && after.endsWith('<p>After.</p>')).toBe(true);
    expect(message).toContain('the bulleted list starting "One" rewritten whole: it holds a <p> directly in its <ul> (outside any item)');
  });
});
