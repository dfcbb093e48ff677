import { describe, expect, it } from 'vitest';
import { hubToStorage, mdToHub, roundTrip, storageToHub, storageToMd, squash } from './construct-trip.js';

const page = '<ac:layout>'
  + '<ac:layout-section ac:type="two_equal" ac:breakout-mode="wide"><ac:layout-cell><h2>Left</h2><p>one</p></ac:layout-cell><ac:layout-cell><p>two</p></ac:layout-cell></ac:layout-section>'
  + '<ac:layout-section ac:type="single"><ac:layout-cell><p>three</p></ac:layout-cell></ac:layout-section>'
  + '</ac:layout>';

describe('layout construct', () => {
  it('storage → hub: sections with their type and attributes, cells', () => {
    expect(storageToHub(page)).toBe('<div data-layout>'
      + '<div data-layout-section data-type="two_equal" data-params="{&quot;breakout-mode&quot;:&quot;wide&quot;}"><div data-layout-cell><h2>Left</h2><p>one</p></div><div data-layout-cell><p>two</p></div></div>'
      + '<div data-layout-section data-type="single"><div data-layout-cell><p>three</p></div></div></div>');
  });

  it('hub → storage rebuilds the same layout', () => {
    expect(squash(hubToStorage(storageToHub(page)))).toBe(page);
  });

  it('Markdown: cells flattened in reading order between invisible markers', () => {
    const md = storageToMd(page);
    const visible = md.replace(/<!--[^\n]*-->\n*/g, '');
    expect(visible.trim()).toBe('## Left\n\none\n\ntwo\n\nthree');
    expect(md.match(/wikiport:block dynamic layout-boundary/g)?.length).toBe(4);
  });

  it('Markdown → storage puts the cells back into the same sections', () => {
    const trip = roundTrip(page);
    expect(squash(trip.storage)).toBe(page);
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('edits inside a cell stay inside that cell', () => {
    const edited = storageToMd(page).replace('two', 'two, edited');
    const trip = roundTrip(page);
    expect(squash(trip.storage)).toContain('<ac:layout-cell><p>two</p></ac:layout-cell>');
    expect(mdToHub(edited)).toContain('two, edited');
  });

  it('messy input: empty cells and an empty layout', () => {
    const messy = '<ac:layout><ac:layout-section ac:type="two_right_sidebar"><ac:layout-cell><p>Main</p></ac:layout-cell><ac:layout-cell></ac:layout-cell></ac:layout-section></ac:layout>';
    const trip = roundTrip(messy);
    expect(squash(trip.storage)).toBe(messy);
    expect(trip.mdAgain).toBe(trip.md);
    expect(storageToMd('<ac:layout></ac:layout>')).toBe('');
  });
});
