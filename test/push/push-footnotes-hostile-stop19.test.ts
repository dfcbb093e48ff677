import { describe, expect, it } from 'vitest';
import { rebuildStorageFromMarkdown } from '../../src/push/blocks/blocks-lossless.js';
import { hubBlockConverters } from '../../src/push/push-converters.js';

// A docs writer's page with GFM footnotes, published, exported, edited elsewhere and pushed back.
// Before: any edit on such a page re-converted every block (the references read as text and the
// rule above the notes as a rule when each block was rendered on its own), so a one-cell table
// edit rewrote the whole page.
const converters = hubBlockConverters({});
const page = converters.markdownToStorage(
  [
    '## Limits',
    '',
    '| Quota | Value |',
    '| :--- | ---: |',
    '| uploads | 20 |',
    '| seats | 5 |',
    '',
    'Seats are counted per workspace[^seats] and uploads per day[^2].',
    '',
    'A paragraph with no note.',
    '',
    '- [ ] ask finance',
    '',
    '[^seats]: Guests are free.',
    '[^2]: In UTC.',
    '',
  ].join('\n'),
);
const exported = converters.storageToMarkdown(page);
const blocksOf = (storage: string) => storage.split('\n').filter((line) => line.trim() !== '');

describe('push of a page with footnotes (hostile docs writer)', () => {
  it('exports the footnotes as footnotes, and pushes the unedited file back unchanged', () => {
    expect(exported).toContain('workspace[^seats] and uploads per day[^2].');
    expect(exported).toContain('[^seats]: Guests are free.');
    const same = rebuildStorageFromMarkdown(page, exported, converters);
    expect(same.changed).toBe(false);
  });

  it('an edited table cell changes that cell only; the references and the notes keep their bytes', () => {
    const result = rebuildStorageFromMarkdown(page, exported.replace('| uploads | 20 |', '| uploads | 25 |'), converters);
    expect(result.wholePage).toBe(false);
    expect(result.widenedBlocks).toBe(0);
    expect(result.unmatchedBlocks).toBe(0);
    const before = blocksOf(page);
    const after = blocksOf(result.storage);
    expect(after.length).toBe(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('25');
  });

  it('a paragraph deleted elsewhere leaves the notes, the rule above them and the references as they were', () => {
    const result = rebuildStorageFromMarkdown(page, exported.replace('A paragraph with no note.\n\n', ''), converters);
    expect(result.widenedBlocks).toBe(0);
    expect(result.unmatchedBlocks).toBe(0);
    expect(result.storage).toBe(page.replace(/<p>A paragraph with no note\.<\/p>\n?/, ''));
  });

  it('an added note and its reference are written, the other blocks kept', () => {
    const edited = exported.replace('A paragraph with no note.', 'A paragraph with a new note[^new].') + '[^new]: Added later.\n';
    const result = rebuildStorageFromMarkdown(page, edited, converters);
    expect(result.wholePage).toBe(false);
    expect(converters.storageToMarkdown(result.storage)).toContain('[^new]: Added later.');
    expect(result.storage).toContain(blocksOf(page).find((l) => l.startsWith('<table')));
  });

  it('an edited paragraph that holds a reference is converted with the page\'s note numbers and the notes keep their bytes', () => {
    const result = rebuildStorageFromMarkdown(page, exported.replace('counted per workspace', 'counted per team workspace'), converters);
    expect(result.widenedBlocks).toBe(0);
    expect(result.storage).toBe(page.replace('counted per workspace', 'counted per team workspace'));
  });

  it('a second reference to a note, edited, keeps its own anchor and the note\'s number', () => {
    const twice = converters.markdownToStorage(['First use[^a] here.', '', 'Other note[^b].', '', 'Second use[^a] there.', '', '[^a]: Alpha.', '[^b]: Beta.', ''].join('\n'));
    expect(twice).toContain('footnote-ref-a-2');
    const shown = converters.storageToMarkdown(twice);
    const result = rebuildStorageFromMarkdown(twice, shown.replace('Second use', 'Second, edited use'), converters);
    expect(result.widenedBlocks).toBe(0);
    expect(result.storage).toBe(twice.replace('Second use', 'Second, edited use'));
  });
});
