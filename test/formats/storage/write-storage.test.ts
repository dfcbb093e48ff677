import { describe, expect, it } from 'vitest';
import { writeStorage } from '../../../src/formats/storage/write-storage.js';

describe('hub -> storage', () => {
  it('writes plain HTML as XHTML, escaping text and dropping hub-only attributes', () => {
    expect(writeStorage('<h2 id="x">A &amp; B</h2><p>1 &lt; 2<br>next</p><hr><ol start="3"><li>c</li></ol>'))
      .toBe('<h2>A &amp; B</h2><p>1 &lt; 2<br />next</p><hr /><ol start="3"><li>c</li></ol>');
  });

  it('emits an opaque element verbatim', () => {
    const storage = '<ac:structured-macro ac:name="drawio"><ac:parameter ac:name="d">a--b &amp; c</ac:parameter></ac:structured-macro>';
    const attr = storage.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(writeStorage(`<p>x</p><div data-opaque data-macro="drawio" data-storage="${attr}"></div>`)).toBe(`<p>x</p>${storage}`);
  });

  it('never writes script elements', () => {
    expect(writeStorage('<p>a</p><script>alert(1)</script>')).toBe('<p>a</p>');
  });
});
