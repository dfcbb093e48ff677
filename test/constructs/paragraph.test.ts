import { describe, expect, it } from 'vitest';
import { md, mdAgain } from './convert-helpers.js';
import { turndownTree } from '../../src/formats/markdown/turndown-tree.js';
import { readStorage } from '../../src/formats/storage/read-storage.js';
import { ConversionReport } from '../../src/hub/report.js';

function hub(storage: string): string {
  return readStorage(storage, new ConversionReport());
}

describe('paragraph', () => {
  it('drops spacer paragraphs', () => {
    expect(md('<p>a</p><p>&nbsp;</p><p> </p><p>b</p>')).toBe('a\n\nb\n');
  });

  it('splits around a block an editor left inside it (<p>Owner<div>(rota)</div></p> shows two lines), so the hub is well-formed HTML', () => {
    const source = '<p>Owner: data team<div>(rota in the calendar)</div></p><p>Steps<ul><li>one</li></ul>then</p>';
    expect(md(source)).toBe('Owner: data team\n\n(rota in the calendar)\n\nSteps\n\n- one\n\nthen\n');
    expect(mdAgain(source)).toBe(md(source));
    // A browser's parse (turndown's own) and ours agree only on well-formed HTML; null means they would not.
    expect(turndownTree(hub(source))).not.toBeNull();
  });
});
