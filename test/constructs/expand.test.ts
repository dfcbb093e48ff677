import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';
import { mdToStorage, storageToMd } from './construct-trip.js';

describe('expand', () => {
  it('becomes <details><summary> with Markdown inside, and comes back as the macro', () => {
    const source = '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">Logs &lt;raw&gt;</ac:parameter><ac:rich-text-body><p>See <em>this</em>.</p></ac:rich-text-body></ac:structured-macro>';
    expect(md(source)).toBe('<details>\n<summary>Logs &lt;raw&gt;</summary>\n\nSee *this*.\n\n</details>\n');
    expect(storage(md(source))).toMatch(/^<ac:structured-macro ac:name="expand" ac:schema-version="1"><ac:parameter ac:name="title">Logs &lt;raw&gt;<\/ac:parameter><ac:rich-text-body>\s*<p>See <em>this<\/em>.<\/p>\s*<\/ac:rich-text-body><\/ac:structured-macro>$/);
    expect(mdAgain(source)).toBe(md(source));
  });

  it('uses the Confluence default title when there is none', () => {
    expect(md('<ac:structured-macro ac:name="expand"><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>')).toContain('<summary>Click here to expand...</summary>');
  });

  it('comes back without a title when it showed the default one (Confluence shows the same words)', () => {
    const source = '<ac:structured-macro ac:name="expand"><ac:rich-text-body><p>x</p></ac:rich-text-body></ac:structured-macro>';
    expect(storage(md(source))).not.toContain('ac:name="title"');
    expect(mdToStorage('<details>\n<summary>Click here to expand...</summary>\n\nx\n\n</details>\n')).not.toContain('ac:name="title"');
    expect(mdToStorage('<details>\n<summary>Click here for the logs</summary>\n\nx\n\n</details>\n')).toContain('<ac:parameter ac:name="title">Click here for the logs</ac:parameter>');
    expect(mdAgain(source)).toBe(md(source));
  });
});

/** An expand macro in a table cell: one cell line that GitHub renders as a closed section. */
describe('expand in a table cell', () => {
  const expand = '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">More</ac:parameter><ac:rich-text-body><p>Hidden <strong>text</strong></p><p>second</p></ac:rich-text-body></ac:structured-macro>';

  it('is written <details><summary>…</summary>body</details>, no line break around the summary or before the end', () => {
    const source = `<table><tbody><tr><th>h</th><th>k</th></tr><tr><td>${expand}</td><td>x</td></tr></tbody></table>`;
    const markdown = storageToMd(source);
    expect(markdown).toBe('| h | k |\n| --- | --- |\n| <details><summary>More</summary>Hidden **text**<br>second</details> | x |\n');
    const back = mdToStorage(markdown);
    expect(back).toContain('<ac:parameter ac:name="title">More</ac:parameter><ac:rich-text-body>Hidden <strong>text</strong><br />second</ac:rich-text-body>');
    expect(storageToMd(back)).toBe(markdown);
  });

  it('after text in the cell, the text stays on its own line and the round trip is a fixed point', () => {
    const source = `<table><tbody><tr><th>h</th></tr><tr><td><p>before</p>${expand}<p>after</p></td></tr></tbody></table>`;
    const markdown = storageToMd(source);
    expect(markdown).toContain('| before<details><summary>More</summary>Hidden **text**<br>second</details> after |');
    expect(markdown).not.toMatch(/<details><br>|<br><summary>|<\/summary><br>|<br><\/details>/);
    expect(storageToMd(mdToStorage(markdown))).toBe(markdown);
  });

  // hostile-md: `<td>before <expand/></td>` was written `before<br><details>…` and came back
  // `<td>before<br /><expand/></td>`, a line break the page did not have. An expand is a block, as a
  // list is: a browser starts it on its own line and the text after it on a new one, so nothing is
  // written before it and a space after it (as for a list in a cell).
  it('beside bare text, or two in one cell, comes back without a <br /> between them', () => {
    const two = expand.replace('More', 'Two');
    const source = `<table><tbody><tr><th>h</th></tr><tr><td>before ${expand}</td></tr><tr><td>${expand}${two}after</td></tr></tbody></table>`;
    const markdown = storageToMd(source);
    expect(markdown).toContain('| before<details><summary>More</summary>');
    expect(markdown).toContain('second</details><details><summary>Two</summary>');
    expect(markdown).toContain('second</details> after |');
    const back = mdToStorage(markdown);
    expect(back).not.toContain('<br /><ac:structured-macro');
    expect(back).not.toContain('</ac:structured-macro><br />');
    expect(back).toContain('<td>before<ac:structured-macro ac:name="expand"');
    expect(back).toContain('</ac:structured-macro><ac:structured-macro ac:name="expand"');
    expect(back).toContain('</ac:structured-macro> after</td>');
    expect(storageToMd(back)).toBe(markdown);
  });

  it('written by an earlier version with <br> around it, reads back and is written without them', () => {
    const markdown = '| h |\n| --- |\n| before<br><details><summary>More</summary>x</details><br>after |\n';
    expect(storageToMd(mdToStorage(markdown))).toBe('| h |\n| --- |\n| before<details><summary>More</summary>x</details> after |\n');
  });
});
