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

/**
 * Issue 14: the push report names every block it rewrote whole instead of patching, and why,
 * down to list items (they used to be only counted).
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
});
