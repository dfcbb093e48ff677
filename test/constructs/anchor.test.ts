import { describe, expect, it } from 'vitest';
import { mdToStorage, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

const anchorMacro = (name: string): string => `<ac:structured-macro ac:name="anchor" ac:schema-version="1" ac:macro-id="85d4"><ac:parameter ac:name="">${name}</ac:parameter></ac:structured-macro>`;

describe('anchor construct', () => {
  it('storage → hub: a named, empty link target', () => {
    expect(storageToHub(`<h2>${anchorMacro('root-cause')}Root cause</h2>`)).toBe('<h2><a id="root-cause" data-anchor="root-cause"></a>Root cause</h2>');
  });

  it('Markdown keeps it invisible and restores the anchor macro', () => {
    const md = storageToMd(`<h2>${anchorMacro('rota')}Rota</h2>`);
    expect(md).toBe('## <!-- wikiport:inline dynamic anchor <ac:structured-macro ac:name="anchor" ac:schema-version="1"><ac:parameter ac:name="">rota</ac:parameter></ac:structured-macro> -->Rota\n');
    expect(mdToStorage(md)).toBe('<h2><ac:structured-macro ac:name="anchor" ac:schema-version="1"><ac:parameter ac:name="">rota</ac:parameter></ac:structured-macro>Rota</h2>');
  });

  it('round-trips to a fixed point, legacy macro form and anchors in paragraphs included', () => {
    for (const storage of [`<p>${anchorMacro('top')}Start</p>`, '<ac:macro ac:name="anchor"><ac:default-parameter>old-style</ac:default-parameter></ac:macro><p>x</p>']) {
      const trip = roundTrip(storage);
      expect(trip.mdAgain).toBe(trip.md);
    }
  });

  it('messy input: an anchor without a name is dropped', () => {
    expect(storageToHub('<p><ac:structured-macro ac:name="anchor" ac:schema-version="1" />x</p>')).toBe('<p>x</p>');
  });
});

describe('anchor construct, legacy form', () => {
  it('reads the name from ac:default-parameter', () => {
    expect(storageToHub('<ac:macro ac:name="anchor"><ac:default-parameter>old-style</ac:default-parameter></ac:macro>')).toBe('<a id="old-style" data-anchor="old-style"></a>');
  });
});
