import { describe, expect, it } from 'vitest';
import { emptyPageMeta, PageMetaSchema } from '../../src/model/page-meta.js';

describe('emptyPageMeta', () => {
  it('with nothing given is what the schema makes of nothing, key for key and in the same order', () => {
    expect(JSON.stringify(emptyPageMeta())).toBe(JSON.stringify(PageMetaSchema.parse({})));
    expect(JSON.stringify(emptyPageMeta({}))).toBe(JSON.stringify(PageMetaSchema.parse({})));
  });

  it('gives each call its own labels, so that one page adding a label leaves the next alone', () => {
    const first = emptyPageMeta();
    first.labels.push('draft');
    first.title = 'Changed';
    expect(emptyPageMeta().labels).toEqual([]);
    expect(emptyPageMeta().title).toBeNull();
  });

  it('still validates what is given', () => {
    expect(emptyPageMeta({ title: 'Plan', labels: ['a'] })).toMatchObject({ title: 'Plan', labels: ['a'], id: null });
    expect(() => emptyPageMeta({ version: -1 })).toThrow();
  });
});
