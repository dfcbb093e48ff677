import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';

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
