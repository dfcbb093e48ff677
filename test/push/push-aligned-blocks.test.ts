import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pushPages } from '../../src/push/push.js';
import { addMinutesPage, bodyOf, clientFor, exportTo, flavors, sandboxForEach } from './push-sandbox-helpers.js';

/** Aligned paragraphs and headings (`<div align>` in Markdown) through export, edit and push. */
describe('push of a page with aligned paragraphs and headings', () => {
  const sandbox = sandboxForEach(flavors[0]!);

  async function pushEdit(name: string, body: string, from: string, to: string): Promise<string> {
    const client = clientFor(sandbox(), 'v2');
    const id = addMinutesPage(sandbox(), name, body);
    const out = await exportTo(client, id);
    const md = join(out, `${name}.md`);
    const text = await readFile(md, 'utf8');
    expect(text).toContain(from);
    await writeFile(md, text.replace(from, to));
    const summary = await pushPages({ paths: [md], client, cwd: out });
    expect(summary.exitCode, summary.pages[0]?.message).toBe(0);
    return bodyOf(sandbox(), id).body;
  }

  const body = '<h2 style="text-align: right">Budget</h2><p style="text-align: center;" local-id="c1">Approved in <em>April</em>.</p><p>Plain text.</p>';

  it('an edit elsewhere leaves the aligned blocks byte for byte', async () => {
    expect(await pushEdit('Aligned untouched', body, 'Plain text.', 'Plain text, edited.')).toBe(body.replace('Plain text.', 'Plain text, edited.'));
  });

  it('an edit inside an aligned paragraph keeps its alignment', async () => {
    const after = await pushEdit('Aligned edited', body, 'Approved in *April*.', 'Approved in *May*.');
    expect(after).toContain('<h2 style="text-align: right">Budget</h2>');
    expect(after).toMatch(/<p style="text-align: center;"[^>]*>Approved in <em>May<\/em>\.<\/p>/);
  });
});
