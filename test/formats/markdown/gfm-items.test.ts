import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { repoRoot } from '../../support/shared-corpus.js';

/** Markdown inputs in shapes other tools write (issue 15): fixtures/gfm/NAME.md. */
function gfm(name: string): string {
  return readFileSync(join(repoRoot, 'fixtures', 'gfm', `${name}.md`), 'utf8');
}

function toStorage(markdown: string): string {
  return convert(markdown, { from: 'markdown', to: 'storage' }).output;
}

describe('GFM inputs of other tools', () => {
  it('front matter with nested mappings and lists is metadata, not a rule and a heading', () => {
    const result = convert(gfm('front-matter-nested'), { from: 'markdown', to: 'storage' });
    expect(result.output).not.toContain('<hr');
    expect(result.output).not.toContain('Ann Example');
    expect(result.output).toContain('<h1>Schedule</h1>');
    expect(result.meta.title).toBe('Release train');
    expect(result.meta.labels).toEqual(['release', 'train']);
    const nestedFirst = toStorage(gfm('front-matter-nested-first'));
    expect(nestedFirst).toBe('<h2>Tables</h2>\n<p>Simple table</p>');
  });

  it('bare web addresses are links (GFM autolink literal), file names are not', () => {
    const storage = toStorage(gfm('bare-urls'));
    expect(storage).toContain('<a href="https://example.com/issues?q=open_bugs">https://example.com/issues?q=open_bugs</a>,');
    expect(storage).toContain('<a href="https://docs.example.com/guide/">https://docs.example.com/guide/</a>.');
    expect(storage).toContain('README.md or node.js is no link');
  });

  it('a link whose text is its address is written as an autolink, and plain addresses too', () => {
    const md = convert('<p>See <a href="https://x.test/a_b">https://x.test/a_b</a> or https://y.test/c.</p>', { from: 'storage', to: 'md' }).output;
    expect(md).toBe('See <https://x.test/a_b> or <https://y.test/c>.\n');
    const linked = convert('<p><a href="https://z.test/">see https://z.test/ here</a></p>', { from: 'storage', to: 'md' }).output;
    expect(linked).toBe('[see https://z.test/ here](https://z.test/)\n');
  });

  it('table column alignment becomes text-align on the cells', () => {
    const storage = toStorage(gfm('table-alignment'));
    expect(storage).toContain('<th style="text-align: left;">Left</th><th style="text-align: center;">Centre</th><th style="text-align: right;">Right</th><th>None</th>');
    expect(storage).toContain('<td style="text-align: right;">c</td><td>d</td>');
    expect(convert(storage, { from: 'storage', to: 'md' }).output).toContain('| :--- | :---: | ---: | --- |');
  });
});

describe('footnotes (not read yet)', () => {
  it('footnotes are footnotes, not link references: the references do not become links', () => {
    const storage = toStorage('Text[^1].\n\n[^1]: Note.\n');
    expect(storage).not.toContain('<a href');
    expect(storage).toContain('Text<sup><ac:structured-macro ac:name="anchor"');
    expect(toStorage('[ref]: https://r.test\n\nSee [ref].\n')).toContain('<a href="https://r.test">ref</a>');
  });
});
