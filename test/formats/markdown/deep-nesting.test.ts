import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { isWikiportError } from '../../../src/errors.js';

/** A bulleted list nested `depth` levels deep (two spaces a level), then a paragraph. */
function deepList(depth: number): string {
  return `${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')}\n\nThe paragraph after the list.\n`;
}

function deepQuote(depth: number): string {
  return `${'> '.repeat(depth)}quoted\n\nThe paragraph after the quote.\n`;
}

describe('Markdown nested very deep (found by the hostile try of issue 15)', () => {
  it('reads a list nested 60 levels deep whole, and what follows it (markdown-it stopped at 50 and dropped the rest of the file)', () => {
    const storage = convert(deepList(60), { from: 'markdown', to: 'storage' }).output;
    expect(storage).toContain('level 59');
    expect(storage).toContain('The paragraph after the list.');
    const back = convert(storage, { from: 'storage', to: 'md' }).output;
    expect(back).toContain('level 59');
    expect(back).toContain('The paragraph after the list.');
  });

  it('reads quotes nested 150 deep whole', () => {
    const storage = convert(deepQuote(150), { from: 'markdown', to: 'storage' }).output;
    expect(storage).toContain('quoted');
    expect(storage).toContain('The paragraph after the quote.');
  });

  it('refuses a file nested deeper than it can read, naming the line, instead of dropping the rest', () => {
    const markdown = `---\ntitle: Deep\n---\n${deepList(700)}`;
    let error: unknown = null;
    try {
      convert(markdown, { from: 'markdown', to: 'storage' });
    } catch (e) {
      error = e;
    }
    expect(isWikiportError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^line \d+: lists or quotes nested more than 500 levels deep/);
    // The line is counted in the file, front matter included: level 499's item, the one at the limit, is on line 4 + 499.
    expect((error as Error).message).toContain('line 503');
  });
});
