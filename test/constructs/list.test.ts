import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';

describe('lists', () => {
  it('nests to any depth with two-space (bullets) and marker-width (numbers) indents', () => {
    const source = '<ul><li>a<ul><li>b<ol><li>c<ul><li>d<ul><li>e</li></ul></li></ul></li></ol></li></ul></li></ul>';
    expect(md(source)).toBe('- a\n  - b\n    1. c\n       - d\n         - e\n');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('moves a ul directly inside a ul into the previous item', () => {
    expect(md('<ul><li>parent</li><ul><li>child</li></ul><li>next</li></ul>')).toBe('- parent\n  - child\n- next\n');
  });

  it('unwraps list-style-type:none wrapper items', () => {
    const source = '<ul><li>parent</li><li style="list-style-type: none;"><ul><li>child</li></ul></li></ul>';
    expect(md(source)).toBe('- parent\n  - child\n');
  });

  it('lifts a leading wrapper with no previous item to the list itself', () => {
    expect(md('<ul><li style="list-style-type: none"><ul><li>only</li></ul></li></ul>')).toBe('- only\n');
  });

  it('keeps the kind of the nested list when wrapper items are all the list holds (a numbered shell around bullets showed the bullets as 1. 2.)', () => {
    const source = '<ol><li style="list-style-type: none;"><ul><li>A</li><li>B</li></ul></li></ol>';
    expect(md(source)).toBe('- A\n- B\n');
    expect(mdAgain(source)).toBe(md(source));
    expect(md('<ul><li>x<ol><li style="list-style-type: none;"><ul><li>A</li></ul></li></ol></li></ul>')).toBe('- x\n  - A\n');
    // Two wrappers holding lists of two kinds: two lists, as the page shows them.
    expect(md('<ol><li style="list-style-type: none;"><ul><li>A</li></ul></li><li style="list-style-type: none;"><ol><li>B</li></ol></li></ol>')).toBe('- A\n\n1. B\n');
  });

  it('keeps simple items tight when each holds one paragraph', () => {
    expect(md('<ul><li><p>one</p></li><li><p>two</p></li></ul>')).toBe('- one\n- two\n');
  });

  it('keeps the start number of an ordered list and loose items with several paragraphs', () => {
    const source = '<ol start="4"><li><p>four</p><p>more</p></li><li>five</li></ol>';
    expect(md(source)).toBe('4. four\n\n   more\n5. five\n');
    expect(storage(md(source))).toContain('<ol start="4">');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('drops empty items and empty lists', () => {
    expect(md('<p>x</p><ul><li> </li></ul><ul><li></li><li>y</li></ul>')).toBe('x\n\n- y\n');
  });
});

describe('an item that ends with fenced code', () => {
  const code = (text: string): string => `<ac:structured-macro ac:name="code"><ac:parameter ac:name="language">none</ac:parameter><ac:plain-text-body><![CDATA[${text}]]></ac:plain-text-body></ac:structured-macro>`;

  it('is followed by a blank line when the list is loose already (MD031), and reads back the same', () => {
    const source = `<ol><li><p>first:</p>${code('a@example.com')}</li><li><p>second:</p>${code('b@example.com')}</li></ol>`;
    expect(md(source)).toBe('1. first:\n\n   ```none\n   a@example.com\n   ```\n\n2. second:\n\n   ```none\n   b@example.com\n   ```\n');
    expect(storage(md(source))).toBe(storage(md(storage(md(source)))));
    expect(mdAgain(source)).toBe(md(source));
  });

  it('keeps a tight list tight', () => {
    const source = `<ul><li>${code('x')}</li><li>next</li></ul>`;
    expect(md(source)).not.toContain('```\n\n-');
    expect(mdAgain(source)).toBe(md(source));
  });
});

describe('an item that ends with a table', () => {
  it('is followed by a blank line when the list is loose already (MD058), and reads back the same', () => {
    const source = '<ol><li><p>Check:</p><table><tbody><tr><th><p>a</p></th><th><p>b</p></th></tr><tr><td><p>1</p></td><td><p>2</p></td></tr></tbody></table></li><li><p>Then write.</p></li></ol>';
    expect(md(source)).toBe('1. Check:\n\n   | a | b |\n   | --- | --- |\n   | 1 | 2 |\n\n2. Then write.\n');
    expect(storage(md(source))).toBe(storage(md(storage(md(source)))));
    expect(mdAgain(source)).toBe(md(source));
  });
});

describe('an item whose paragraph is followed by inline content', () => {
  // The editor keeps a status lozenge, emoticon or link after the item's paragraph; shown on the
  // next line, so its words must not run into the paragraph's (nor bold markers lose their flanking).
  it('keeps the paragraph apart from what follows it', () => {
    const status = '<ac:structured-macro ac:name="status" ac:schema-version="1"><ac:parameter ac:name="title">OK</ac:parameter></ac:structured-macro>';
    const out = md(`<ul><li><p>Alpha item</p>${status}</li><li><p>Beta</p></li></ul>`);
    expect(out).not.toMatch(/Alpha item\*\*/);
    expect(md('<ul><li><p>D</p><strong>bold</strong></li></ul>')).not.toContain('D**bold');
    expect(storage(md('<ul><li><p>D</p><strong>bold</strong></li></ul>'))).toContain('<strong>bold</strong>');
  });

  it('reads back the same', () => {
    const source = '<ul><li><p>Alpha</p><ac:emoticon ac:name="tick"/></li><li><p>Beta</p></li></ul>';
    expect(mdAgain(source)).toBe(md(source));
  });
});

describe('a list in a table cell whose items hold aligned paragraphs', () => {
  // A cell writes no alignment: the items are what they would be unaligned, on the first trip too.
  it('is written as the same list unaligned, and is a fixed point', () => {
    const cell = (list: string): string => `<table><tbody><tr><td><p>x</p><table><tbody><tr><td>a</td></tr></tbody></table></td><td>${list}</td></tr></tbody></table>`;
    const aligned = cell('<ol><li><p style="text-align: center;">Page.</p></li><li><p style="text-align: center;">Wait.</p><ul><li><p style="text-align: center;">No answer?</p></li></ul></li></ol>');
    const plain = cell('<ol><li><p>Page.</p></li><li><p>Wait.</p><ul><li><p>No answer?</p></li></ul></li></ol>');
    expect(md(aligned)).toBe(md(plain));
    expect(mdAgain(aligned)).toBe(md(aligned));
  });
});
