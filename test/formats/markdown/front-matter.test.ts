import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
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

describe('front matter as the YAML writer lays it out', () => {
  // writeFrontMatter writes common values itself: the text must be the YAML writer's, whatever the value.
  const RUNS = process.env.WIKIPORT_DEEP ? 20000 : 1500;
  const yamlOf = (meta: ReturnType<typeof emptyPageMeta>): string => {
    const data: Record<string, unknown> = {};
    if (meta.title) data.title = meta.title;
    if (meta.id) data.id = meta.id;
    if (meta.spaceKey) data.space = meta.spaceKey;
    if (meta.version) data.version = meta.version;
    if (meta.parentId) data.parent = meta.parentId;
    if (meta.sourceUrl) data.source = meta.sourceUrl;
    if (meta.labels.length > 0) data.labels = [...meta.labels];
    if (meta.createdAt) data.created = meta.createdAt;
    if (meta.updatedAt) data.updated = meta.updatedAt;
    if (meta.date) data.date = meta.date;
    return Object.keys(data).length === 0 ? '' : `---\n${stringify(data, { lineWidth: 0 })}---\n\n`;
  };
  const pieces = ['a', 'Zé', '1', '0', '9', ' ', '  ', ':', ': ', '#', ' #', '-', '- ', '.', ',', '_', '/', '(', ')', '[', ']', '{', '}', "'", '"', '@', '`', '%', '!', '&', '*', '|', '>', '?', '~', '=', '+', 'e', 'x', 'o', 'inf', 'nan', 'true', 'Null', '\t', '\n', '\\', '\u00a0', '\u2028', '\ufeff', '\u0007', '😀'];
  const value = fc.oneof(
    fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join('')),
    fc.string({ maxLength: 8 }),
    fc.stringMatching(/^[0-9]{1,12}$/),
    fc.constantFrom('2024-01-25T10:00:00.000Z', 'https://w.test/wiki/spaces/OPS/pages/123?x=1&y=2#frag', '0x1F', '0o17', '1e5', '-.5', '+.INF', '.NaN', 'TRUE', '1_000', '1:2'),
  );
  it('is the same text as the YAML writer for any metadata', () => {
    fc.assert(
      fc.property(
        fc.record({ title: value, id: value, spaceKey: value, version: fc.option(fc.integer({ min: 1, max: 2 ** 40 })), parentId: value, sourceUrl: value, labels: fc.array(value, { maxLength: 3 }), createdAt: value, updatedAt: value, date: value }, { requiredKeys: [] }),
        (fields) => {
          const meta = emptyPageMeta(fields);
          expect(writeFrontMatter(meta)).toBe(yamlOf(meta));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('labels written as one line (Jekyll and Hugo accept both spellings)', () => {
  it('reads `labels: a, b` and `tags: draft review` as lists: a label holds neither a comma nor a space', () => {
    // Was: refused with "Invalid input: expected array, received string".
    expect(readFrontMatter('---\nlabels: how-to, onboarding\n---\nx\n').meta.labels).toEqual(['how-to', 'onboarding']);
    expect(readFrontMatter('---\ntags: draft  review\n---\nx\n').meta.labels).toEqual(['draft', 'review']);
    expect(readFrontMatter('---\nlabels: single\n---\nx\n').meta.labels).toEqual(['single']);
    expect(readFrontMatter('---\nlabels: ""\n---\nx\n').meta.labels).toEqual([]);
    expect(readFrontMatter('---\nlabels: 2024\n---\nx\n').meta.labels).toEqual(['2024']);
  });
});

describe('a title that YAML reads as a number', () => {
  it('is the text as written: release notes titled 1.10 are not titled 1.1', () => {
    // Was: "1.1", "31", "1000", "10" (and 1.10.md then claimed the title of 1.1.md).
    expect(readFrontMatter('---\ntitle: 1.10\n---\nx\n').meta.title).toBe('1.10');
    expect(readFrontMatter('---\ntitle: 0x1F\n---\nx\n').meta.title).toBe('0x1F');
    expect(readFrontMatter('---\ntitle: 1e3\n---\nx\n').meta.title).toBe('1e3');
    expect(readFrontMatter('---\ntitle: 010   # zero-padded\n---\nx\n').meta.title).toBe('010');
    expect(readFrontMatter('---\ntitle: 2024\n---\nx\n').meta.title).toBe('2024');
    expect(readFrontMatter('---\ntitle: "1.10"\n---\nx\n').meta.title).toBe('1.10');
  });
});
