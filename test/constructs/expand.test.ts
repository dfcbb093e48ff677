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
    expect(markdown).toContain('| before<br><details><summary>More</summary>Hidden **text**<br>second</details>');
    expect(markdown).not.toMatch(/<details><br>|<br><summary>|<\/summary><br>|<br><\/details>/);
    expect(storageToMd(mdToStorage(markdown))).toBe(markdown);
  });

  // hostile-md: `<td>before <expand/></td>` -> `before<br><details>…` -> `<td>before<br /><expand/></td>`, and
  // `<expand/>after` -> `</details><br>after` -> `<expand/><br />after`: convert gains a line break the page did
  // not have (a push of an edited cell keeps its paragraphs: test/push/push-containers.test.ts). The writer could
  // set details off as it sets off a list (no <br> before, a space after), the reader take a <br> next to
  // <details> as nothing: both change the spelling expand in cells settled on in md-15.
  it.todo('an expand beside bare text in a cell (no <p> around the text), or two expands in one cell, come back without a <br /> between them (storage -> Markdown -> storage)');
});
