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

describe('an anchor alone in the paragraph right before a heading', () => {
  const page = `<p>${anchorMacro('faq')}</p><h1>4. FAQ</h1><p>Read the <ac:link ac:anchor="faq"><ac:link-body>FAQ</ac:link-body></ac:link>.</p>`;

  it('marks that heading: a link to it is written with the heading\'s slug (MD051) and read back to the anchor', () => {
    const trip = roundTrip(page);
    expect(trip.md).toContain('Read the [FAQ](#4-faq).');
    expect(trip.storage).toContain('<ac:link ac:anchor="faq">');
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('not when the paragraph has words of its own', () => {
    const md = storageToMd(`<p>${anchorMacro('faq')}Questions:</p><h1>4. FAQ</h1><p>Read the <ac:link ac:anchor="faq"><ac:link-body>FAQ</ac:link-body></ac:link>.</p>`);
    expect(md).toContain('[FAQ](#faq)');
  });
});

describe('an anchor that opens the paragraph right under a heading', () => {
  const page = `<h2>Scope</h2><p>${anchorMacro('scope-start')}This page lists the documents.</p><h2>End</h2><p>Back to the <ac:link ac:anchor="scope-start"><ac:plain-text-link-body><![CDATA[top]]></ac:plain-text-link-body></ac:link>.</p>`;

  it('is reached through the heading: the link is written with its slug (MD051) and comes back as a link to the heading, a line above', () => {
    const trip = roundTrip(page);
    expect(trip.md).toContain('Back to the [top](#scope).');
    expect(trip.storage).toContain('<ac:link ac:anchor="Scope">');
    expect(trip.storage).toContain('<ac:parameter ac:name="">scope-start</ac:parameter>');
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('not when words come before it in the paragraph', () => {
    expect(storageToMd(`<h2>Scope</h2><p>Intro ${anchorMacro('scope-start')}text.</p><p><ac:link ac:anchor="scope-start"><ac:link-body>top</ac:link-body></ac:link></p>`)).toContain('[top](#scope-start)');
  });
});
