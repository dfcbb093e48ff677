import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { rebuildStorageFromMarkdown } from '../../../src/push/blocks/blocks-lossless.js';
import { splitFrontMatter, splitMarkdownParagraphs } from '../../../src/push/blocks/blocks-markdown.js';
import { splitBlocks } from '../../../src/push/storage-edits/blocks-split.js';
import { hubBlockConverters } from '../../../src/push/push-converters.js';
import { repoRoot } from '../../support/shared-corpus.js';

const converters = hubBlockConverters();
const readBack = (storage: string) => splitMarkdownParagraphs(splitFrontMatter(converters.storageToMarkdown(storage)).body);
const macro = '<ac:structured-macro ac:name="foo" ac:schema-version="1" ac:macro-id="x1"><ac:parameter ac:name="a">b</ac:parameter></ac:structured-macro>';

/** Issue 14, item 1: a block patch never writes a structure other than the one the edited Markdown has. */
describe('block patches keep the structure the Markdown has', () => {
  it('a list whose item holds a kept macro, another item edited: one list, the macro still in its item', () => {
    const page = `<p>Intro</p><ul><li><p>Alpha</p>${macro}</li><li><p>Beta</p></li><li><p>Gamma</p></li></ul><p>End</p>`;
    const markdown = converters.storageToMarkdown(page);
    const edited = markdown.replace('Gamma', 'Gamma edited');
    const result = rebuildStorageFromMarkdown(page, edited, converters);
    expect(readBack(result.storage)).toEqual(splitMarkdownParagraphs(edited));
    expect(splitBlocks(result.storage).blocks.map((b) => b.name)).toEqual(['p', 'ul', 'p']);
    expect(result.storage).toMatch(new RegExp(`<li>\\s*<p>Alpha</p>\\s*${macro.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*</li>`));
    expect(result.storage).toContain('<p>Intro</p>');
    expect(result.storage).toContain('<p>End</p>');
  });

  it('fixtures/pages/seed-steering-committee: a one-word edit in a nested list pushes no Markdown and no empty paragraphs', () => {
    const page = readFileSync(join(repoRoot, 'fixtures', 'pages', 'seed-steering-committee.storage.xhtml'), 'utf8');
    const markdown = convert(page, { from: 'storage', to: 'md', meta: { id: '1', title: 'SC' } }).output;
    const edited = markdown.replace('Project mailing list', 'Project mailing lists');
    expect(edited).not.toBe(markdown);
    const result = rebuildStorageFromMarkdown(page, edited, converters);
    expect(result.storage).not.toMatch(/(^|>)\s*- Project mailing/m);
    expect(result.storage).not.toContain('<p></p>');
    expect(readBack(result.storage)).toEqual(splitMarkdownParagraphs(splitFrontMatter(edited).body));
    // Every other top-level block keeps its bytes.
    const before = splitBlocks(page).blocks.map((b) => b.raw);
    const after = new Set(splitBlocks(result.storage).blocks.map((b) => b.raw));
    expect(before.filter((raw) => !after.has(raw))).toHaveLength(1);
  });

  it('a paragraph added under the last item of an untouched list stays in that item (the list is re-converted with it)', () => {
    const page = '<p>Intro</p><ul><li><p>Alpha</p></li><li><p>Beta</p></li></ul><p>End</p>';
    const markdown = converters.storageToMarkdown(page);
    const edited = markdown.replace('- Beta\n', '- Beta\n\n  More about beta.\n');
    const result = rebuildStorageFromMarkdown(page, edited, converters);
    expect(readBack(result.storage)).toEqual(splitMarkdownParagraphs(edited));
    expect(result.widenedBlocks).toBe(1);
    expect(result.storage).toMatch(/<li>\s*<p>Beta<\/p>\s*<p>More about beta\.<\/p>\s*<\/li>/);
    expect(result.storage.startsWith('<p>Intro</p>')).toBe(true);
  });

  it('a paragraph removed between two lists (which Markdown then reads as one list) is proven, not guessed', () => {
    const page = '<ul><li>One</li></ul><p>Between</p><ul><li>Two</li></ul>';
    const markdown = converters.storageToMarkdown(page);
    const edited = markdown.replace('Between\n\n', '');
    const result = rebuildStorageFromMarkdown(page, edited, converters);
    expect(readBack(result.storage)).toEqual(readBack(converters.markdownToStorage(edited)));
  });
});
