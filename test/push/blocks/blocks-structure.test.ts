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
    // Item by item: only the edited item's text changed, its <p> kept; the macro's item is untouched.
    expect(result.storage).toBe(page.replace('<p>Gamma</p>', '<p>Gamma edited</p>'));
    expect(result.patchedBlocks).toBe(1);
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
    // Every other top-level block keeps its bytes, and in the edited list only the edited text
    // changed (its <p>, its siblings and their nested lists stay byte for byte).
    const before = splitBlocks(page).blocks.map((b) => b.raw);
    const after = new Set(splitBlocks(result.storage).blocks.map((b) => b.raw));
    expect(before.filter((raw) => !after.has(raw))).toHaveLength(1);
    expect(result.storage).toBe(page.replace('<p>Project mailing list', '<p>Project mailing lists'));
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

/** Found by trying edits nobody had tested (issue 14, the hostile try). */
describe('block patches on edits found by a hostile try', () => {
  it('a paragraph indented under a list item is an edit (not "formatting only"), and lands in that item', () => {
    const page = '<ul><li><p>Alpha</p></li><li><p>Beta</p></li></ul><p>Loose paragraph</p><p>End</p>';
    const edited = converters.storageToMarkdown(page).replace('\nLoose paragraph', '\n  Loose paragraph');
    const result = rebuildStorageFromMarkdown(page, edited, converters);
    expect(result.changed).toBe(true);
    expect(readBack(result.storage)).toEqual(readBack(converters.markdownToStorage(edited)));
    expect(result.storage).toMatch(/<li>\s*<p>Beta<\/p>\s*<p>Loose paragraph<\/p>\s*<\/li>/);
    expect(result.storage.endsWith('<p>End</p>')).toBe(true);
  });

  it('lists edited in both cells of a layout stay in their cells, and the layout is kept', () => {
    const page =
      '<ac:layout><ac:layout-section ac:type="two_equal"><ac:layout-cell><ul><li>L1</li><li>L2</li></ul></ac:layout-cell>' +
      '<ac:layout-cell><ul><li>R1</li><li>R2</li></ul><p>Right para</p></ac:layout-cell></ac:layout-section></ac:layout><p>After</p>';
    const edited = converters.storageToMarkdown(page).replace('- R2', '- R2 edited').replace('- L2', '- L2\n- L3');
    const result = rebuildStorageFromMarkdown(page, edited, converters);
    expect(result.wholePage).toBe(false);
    expect(result.storage).toMatch(/^<ac:layout><ac:layout-section ac:type="two_equal"><ac:layout-cell><ul>[\s\S]*L3[\s\S]*<\/ul><\/ac:layout-cell><ac:layout-cell><ul>[\s\S]*R2 edited[\s\S]*<\/ul><p>Right para<\/p><\/ac:layout-cell>/);
    expect(result.storage.endsWith('</ac:layout><p>After</p>')).toBe(true);
  });

  it('a section moved below another keeps every block byte for byte', () => {
    const info = '<ac:structured-macro ac:name="info" ac:schema-version="1" ac:macro-id="i1"><ac:rich-text-body><p>Note one</p></ac:rich-text-body></ac:structured-macro>';
    const page = `<h2>One</h2><p class="x">First section text.</p>${info}<h2>Two</h2><p>Second section text.</p><h2>Three</h2><p>Third.</p>`;
    const parts = converters.storageToMarkdown(page).split(/(?=## )/);
    const result = rebuildStorageFromMarkdown(page, [parts[1], parts[0], parts[2]].join(''), converters);
    expect(result.storage).toBe(`<h2>Two</h2><p>Second section text.</p><h2>One</h2><p class="x">First section text.</p>${info}<h2>Three</h2><p>Third.</p>`);
  });
});
