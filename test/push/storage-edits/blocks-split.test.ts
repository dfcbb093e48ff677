import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinBlocks, splitBlocks } from '../../../src/push/storage-edits/blocks-split.js';
import { corpusFiles, hasShared, sharedPath } from '../../support/shared-corpus.js';

const page = `<ac:structured-macro ac:name="toc" ac:schema-version="1" ac:macro-id="a1b2"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>
<h2 style="color: rgb(0,0,0)">Attendees &amp; guests</h2>
<p>Meeting Date: <time datetime="2024-01-25" /> <ac:emoticon ac:name="smile" /></p>

<table class="relative-table" style="width: 60%"><colgroup><col style="width: 200px" /><col /></colgroup><tbody><tr><th>Name</th><th>Org</th></tr><tr><td><ac:link><ri:user ri:account-id="5b84c77ac70eed2a73a700c2" /></ac:link></td><td>Linaro</td></tr></tbody></table>
<!-- a comment the editor left -->
<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[if (a < b && c > d) { return "</p>"; }]]></ac:plain-text-body></ac:structured-macro>
loose text with <strong>bold</strong> and <a href="https://x.test/?a=1&amp;b=2">a link</a>
<hr /><br>
<p>unclosed <em>emphasis</p>`;

describe('splitBlocks', () => {
  it('cuts a messy page into its top-level blocks and joins back byte for byte', () => {
    const split = splitBlocks(page);
    expect(split.blocks.map((b) => b.name)).toEqual([
      'ac:structured-macro', 'h2', 'p', 'table', 'ac:structured-macro', '#inline', 'hr', '#inline', 'p',
    ]);
    expect(split.blocks[4]!.raw).toContain('"</p>"');
    expect(split.blocks[4]!.leading).toBe('\n<!-- a comment the editor left -->\n');
    expect(split.blocks[5]!.raw).toBe('loose text with <strong>bold</strong> and <a href="https://x.test/?a=1&amp;b=2">a link</a>');
    expect(joinBlocks(split)).toBe(page);
  });

  it('looks inside a wrapper element that holds the whole page', () => {
    const wrapped = `<?xml version="1.0"?>\n<xml xmlns:ac="http://atlassian.com/content"><html><body>\n<p>one</p><p>two</p>\n</body></html></xml>\n`;
    const split = splitBlocks(wrapped);
    expect(split.blocks.map((b) => b.raw)).toEqual(['<p>one</p>', '<p>two</p>']);
    expect(split.prefix).toBe('<?xml version="1.0"?>\n<xml xmlns:ac="http://atlassian.com/content"><html><body>');
    expect(joinBlocks(split)).toBe(wrapped);
  });

  it('keeps quoted ">" inside attributes within the tag', () => {
    const split = splitBlocks('<p title="a > b">x</p><p>y</p>');
    expect(split.blocks.map((b) => b.raw)).toEqual(['<p title="a > b">x</p>', '<p>y</p>']);
  });
});

describe.skipIf(!hasShared)('splitBlocks on the shared corpus', () => {
  it.each(corpusFiles())('%s joins back byte for byte', (file) => {
    const source = readFileSync(sharedPath('corpus', 'storage', file), 'utf8');
    const split = splitBlocks(source);
    expect(joinBlocks(split)).toBe(source);
    expect(split.blocks.length).toBeGreaterThan(0);
    for (const block of split.blocks) expect(block.raw.trim()).toBe(block.raw);
  });
});
