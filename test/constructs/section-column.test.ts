import { describe, expect, it } from 'vitest';
import { roundTrip, storageToHub, storageToMd, squash } from './construct-trip.js';

const legacy = '<ac:macro ac:name="section"><ac:rich-text-body>'
  + '<ac:macro ac:name="column"><ac:parameter ac:name="width">70%</ac:parameter><ac:rich-text-body><p>Main text</p></ac:rich-text-body></ac:macro>'
  + '<ac:macro ac:name="column"><ac:parameter ac:name="width">30%</ac:parameter><ac:rich-text-body><p>Side note</p></ac:rich-text-body></ac:macro>'
  + '</ac:rich-text-body></ac:macro>';

describe('section-column construct', () => {
  it('storage → hub: nested divs naming the macro, widths kept', () => {
    expect(storageToHub(legacy)).toBe('<div data-macro="section"><div data-macro="column" data-params="{&quot;width&quot;:&quot;70%&quot;}"><p>Main text</p></div><div data-macro="column" data-params="{&quot;width&quot;:&quot;30%&quot;}"><p>Side note</p></div></div>');
  });

  it('Markdown shows the columns in reading order', () => {
    expect(storageToMd(legacy).replace(/<!--[^\n]*-->\n*/g, '').trim()).toBe('Main text\n\nSide note');
  });

  it('round-trips to the same section and columns (structured-macro form)', () => {
    const trip = roundTrip(legacy);
    expect(trip.mdAgain).toBe(trip.md);
    expect(squash(trip.storage)).toBe('<ac:structured-macro ac:name="section" ac:schema-version="1"><ac:rich-text-body>'
      + '<ac:structured-macro ac:name="column" ac:schema-version="1"><ac:parameter ac:name="width">70%</ac:parameter><ac:rich-text-body><p>Main text</p></ac:rich-text-body></ac:structured-macro>'
      + '<ac:structured-macro ac:name="column" ac:schema-version="1"><ac:parameter ac:name="width">30%</ac:parameter><ac:rich-text-body><p>Side note</p></ac:rich-text-body></ac:structured-macro>'
      + '</ac:rich-text-body></ac:structured-macro>');
  });

  it('messy input: a column without a body', () => {
    const trip = roundTrip('<ac:structured-macro ac:name="column" ac:schema-version="1" />');
    expect(trip.mdAgain).toBe(trip.md);
  });
});
