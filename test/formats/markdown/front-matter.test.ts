import { describe, expect, it } from 'vitest';
import { readFrontMatter, writeFrontMatter } from '../../../src/formats/markdown/front-matter.js';
import { emptyPageMeta } from '../../../src/model/page-meta.js';
import { convert } from '../../../src/convert.js';

describe('front matter', () => {
  it('writes only the known fields, in a fixed order, and reads them back', () => {
    const meta = emptyPageMeta({ title: 'Q3: plan "B"', id: '123', spaceKey: 'OPS', version: 4, labels: ['a', '2024'], sourceUrl: 'https://w.test/x?y=1' });
    const text = writeFrontMatter(meta);
    expect(text).toBe('---\ntitle: \'Q3: plan "B"\'\nid: "123"\nspace: OPS\nversion: 4\nsource: https://w.test/x?y=1\nlabels:\n  - a\n  - "2024"\n---\n\n');
    const read = readFrontMatter(`${text}# Body\n`);
    expect(read.body).toBe('\n# Body\n');
    expect(read.meta).toEqual({ title: 'Q3: plan "B"', id: '123', spaceKey: 'OPS', version: 4, labels: ['a', '2024'], sourceUrl: 'https://w.test/x?y=1' });
  });

  it("keeps a note's own date (`date:`) apart from when it was created or edited, and writes it back", () => {
    const read = readFrontMatter('---\ncreated: 2023-11-02T08:00\ndate: 2023-11-06\nupdated: 2023-11-09\n---\n\nbody\n');
    expect(read.meta).toEqual({ createdAt: '2023-11-02T08:00', updatedAt: '2023-11-09', date: '2023-11-06' });
    expect(writeFrontMatter(emptyPageMeta(read.meta))).toBe('---\ncreated: 2023-11-02T08:00\nupdated: 2023-11-09\ndate: 2023-11-06\n---\n\n');
  });

  it('writes nothing when nothing is known', () => {
    expect(writeFrontMatter(emptyPageMeta())).toBe('');
  });

  it('leaves Markdown without front matter alone', () => {
    expect(readFrontMatter('# Title\n\n---\n\ntext\n')).toEqual({ meta: {}, body: '# Title\n\n---\n\ntext\n' });
  });

  it('explains bad front matter instead of failing', () => {
    expect(readFrontMatter('---\ntitle: [unclosed\n---\nbody').problem).toMatch(/not valid YAML/);
    expect(readFrontMatter('---\nversion: -3\n---\nbody').problem).toMatch(/front matter field "version"/);
  });
});

describe('front matter versus rules', () => {
  it('does not take a page that starts with a rule for front matter', () => {
    const markdown = '---\n\nSome text: with a colon\n\n---\n\nmore\n';
    expect(readFrontMatter(markdown)).toEqual({ meta: {}, body: markdown });
  });
});

describe('empty front matter', () => {
  it('reads `---` right above `---` as no front matter, not as two rules', () => {
    expect(readFrontMatter('---\n---\n# Title\n')).toEqual({ meta: {}, body: '# Title\n' });
    expect(readFrontMatter('---\r\n---\r\n')).toEqual({ meta: {}, body: '' });
    expect(convert('---\n---\n\nText\n', { from: 'markdown', to: 'storage' }).output).toBe('<p>Text</p>');
  });

  it('still reads two rules parted by a blank line as rules', () => {
    expect(convert('---\n\n---\n\nText\n', { from: 'markdown', to: 'storage' }).output).toBe('<hr />\n<hr />\n<p>Text</p>');
  });
});

describe('line endings', () => {
  it('reads front matter whose lines end in \\r\\n or a lone \\r (old Mac editors) as it reads \\n', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['---', 'title: Notes', 'id: "42"', 'labels:', '  - a', '---', '', 'Body'].join(eol);
      const front = readFrontMatter(text);
      expect(front.meta).toMatchObject({ title: 'Notes', id: '42', labels: ['a'] });
      expect(front.body.replace(/\r\n?/g, '\n')).toBe('\nBody');
    }
  });
});
