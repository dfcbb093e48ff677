import { describe, expect, it } from 'vitest';
import { mdToHub, mdToStorage, reportOf, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

const include = (name: string, extra = ''): string => `<ac:structured-macro ac:name="${name}" ac:schema-version="1" ac:macro-id="1ab2">${extra}<ac:parameter ac:name=""><ac:link><ri:page ri:space-key="PLAT" ri:content-title="Glossary" /></ac:link></ac:parameter></ac:structured-macro>`;

describe('include construct', () => {
  it('storage → hub: a paragraph holding a link to the included page', () => {
    expect(storageToHub(include('include'))).toBe('<p data-macro="include"><a data-page-title="Glossary" data-space-key="PLAT" data-content-type="page">Glossary</a></p>');
  });

  it('Markdown: a labelled link, one label per macro', () => {
    expect(storageToMd(include('include'))).toBe('*Included from* [Glossary](/display/PLAT/Glossary)\n');
    expect(storageToMd(include('excerpt-include'))).toBe('*Excerpt included from* [Glossary](/display/PLAT/Glossary)\n');
  });

  it('Markdown → storage restores the macro; a link without the label stays a link', () => {
    expect(mdToStorage('*Included from* [Glossary](/display/PLAT/Glossary)')).toBe('<ac:structured-macro ac:name="include" ac:schema-version="1"><ac:parameter ac:name=""><ac:link><ri:page ri:space-key="PLAT" ri:content-title="Glossary" /></ac:link></ac:parameter></ac:structured-macro>');
    expect(mdToHub('*Included from* [Google](https://google.com)')).not.toContain('data-macro');
  });

  it('round-trips to a fixed point and reports that the content is not included offline', () => {
    const trip = roundTrip(include('excerpt-include', '<ac:parameter ac:name="nopanel">true</ac:parameter>'));
    expect(trip.mdAgain).toBe(trip.md);
    expect(reportOf(include('include')).entries.some((e) => e.kind === 'degraded' && e.construct === 'include')).toBe(true);
  });

  it('messy input: an include without a page stays opaque', () => {
    const messy = '<ac:structured-macro ac:name="include" ac:schema-version="1"><ac:parameter ac:name="" /></ac:structured-macro>';
    expect(mdToStorage(storageToMd(messy))).toContain(messy);
  });

  it('keeps its other parameters (which excerpt, nopanel) through Markdown, in a comment after the link', () => {
    const source = include('excerpt-include', '<ac:parameter ac:name="name">short-version</ac:parameter><ac:parameter ac:name="nopanel">true</ac:parameter>');
    const trip = roundTrip(source);
    expect(trip.md).toBe('*Excerpt included from* [Glossary](/display/PLAT/Glossary) <!-- wikiport:include {"name":"short-version","nopanel":"true"} -->\n');
    expect(trip.storage).toContain('<ac:parameter ac:name="name">short-version</ac:parameter><ac:parameter ac:name="nopanel">true</ac:parameter>');
    expect(trip.mdAgain).toBe(trip.md);
  });
});
