import { describe, expect, it } from 'vitest';
import { flavors, pushMarkdownEdit, sandboxForEach } from './push-sandbox-helpers.js';

/** Aligned paragraphs and headings (`<div align>` in Markdown) through export, edit and push. */
describe('push of a page with aligned paragraphs and headings', () => {
  const sandbox = sandboxForEach(flavors[0]!);

  const pushEdit = (name: string, body: string, from: string, to: string) => pushMarkdownEdit(sandbox(), 'v2', name, body, from, to);

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
