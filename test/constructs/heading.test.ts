import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';

/** Invented headings (hostile-16): a heading's own text that ends in hashes is not read back as an ATX closing sequence. */
describe('a heading whose text ends in #', () => {
  it.each([
    ['<h2>Heading with ## hashes ##</h2>', 'Heading with ## hashes ##'],
    ['<h3>Languages: C# F#</h3>', 'Languages: C# F#'],
    ['<h2>Issue #</h2>', 'Issue #'],
    ['<h2>#</h2>', '#'],
    ['<h2>###</h2>', '###'],
    ['<h1>Tag <code>#</code> and more #</h1>', null],
  ])('%s keeps its text through Markdown', (source, text) => {
    const again = storage(md(source));
    if (text !== null) expect(again).toContain(`>${text}</h`);
    else expect(again).toContain('more #</h1>');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('a Markdown closing sequence is still no part of the text', () => {
    expect(storage('## Heading ##\n')).toBe('<h2>Heading</h2>');
  });
});
