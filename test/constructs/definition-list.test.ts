import { describe, expect, it } from 'vitest';
import { convert } from '../../src/convert.js';
import { md, mdAgain, storage } from './convert-helpers.js';

describe('definition list', () => {
  const source = '<dl><dt>Venue</dt><dd>Room <strong>4</strong></dd><dt>Chair</dt><dd><p>Ida Holm</p><ul><li>since May</li></ul></dd></dl><p>Next.</p>';

  it('keeps its terms and descriptions in the hub and writes them back to storage as they were', () => {
    expect(convert(source, { from: 'storage', to: 'storage' }).output).toBe(source);
  });

  it('is a bold term line and its description paragraphs in Markdown, a fixed point of the round trip', () => {
    expect(md(source)).toBe('**Venue**\n\nRoom **4**\n\n**Chair**\n\nIda Holm\n\n- since May\n\nNext.\n');
    expect(storage(md(source))).toContain('<p><strong>Venue</strong></p>');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('drops an empty term or description and an empty list', () => {
    expect(md('<dl><dt> </dt><dd>only text</dd></dl><dl></dl>')).toBe('only text\n');
  });
});
