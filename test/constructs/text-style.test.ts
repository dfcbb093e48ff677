import { describe, expect, it } from 'vitest';
import { mdToStorage, roundTrip, squash, storageToMd } from './construct-trip.js';

describe('keyboard keys, small and big text', () => {
  it('are written as their HTML tags and come back as them', () => {
    const storage = '<p>Press <kbd>Ctrl</kbd>+<kbd>S</kbd>; <small>fine print</small> and <big>loud</big>.</p>';
    const md = storageToMd(storage);
    expect(md).toBe('Press <kbd>Ctrl</kbd>+<kbd>S</kbd>; <small>fine print</small> and <big>loud</big>.\n');
    expect(mdToStorage(md)).toBe(storage);
  });

  it('Markdown inside them is read: <kbd>*</kbd> is a star, <small>**b**</small> bold', () => {
    expect(mdToStorage('<kbd>\\*</kbd> <small>**b**</small>\n')).toBe('<p><kbd>*</kbd> <small><strong>b</strong></small></p>');
  });
});

describe('coloured and sized text', () => {
  it('a span with a colour, a background or a size keeps its style', () => {
    const storage = '<p>Keep <span style="color: rgb(255,86,48);">red words</span> and <span style="background-color: rgb(255,250,230);">marked</span> and <span style="font-size: 10.0pt;">small</span>.</p>';
    const md = storageToMd(storage);
    expect(md).toBe('Keep <span style="color: rgb(255,86,48);">red words</span> and <span style="background-color: rgb(255,250,230);">marked</span> and <span style="font-size: 10.0pt;">small</span>.\n');
    expect(mdToStorage(md)).toBe(storage);
  });

  it('an old font colour is a coloured span; other properties are left out', () => {
    expect(storageToMd('<p><font color="#ff0000">old red</font> <span style="font-family: Arial; color: blue;">x</span></p>')).toBe(
      '<span style="color: #ff0000;">old red</span> <span style="color: blue;">x</span>\n',
    );
  });

  it("text in Confluence's own default colour (Cloud #172B4D, Data Center #333333) reads as plain text", () => {
    expect(
      storageToMd('<h2><span style="color: rgb(23,43,77);">Plan</span></h2><p><span style="color: rgb(23, 43, 77);">Pasted</span> and <span style="color: #333333;">older</span> <font color="#172B4D">text</font>.</p>'),
    ).toBe('## Plan\n\nPasted and older text.\n');
    // A default colour beside a highlight keeps the highlight only.
    expect(storageToMd('<p><span style="color: rgb(23,43,77); background-color: rgb(255,250,230);">marked</span></p>')).toBe(
      '<span style="background-color: rgb(255,250,230);">marked</span>\n',
    );
    // Any other colour is kept, black too (Confluence shows it darker than its default).
    expect(storageToMd('<p><span style="color: rgb(0,0,0);">black</span></p>')).toBe('<span style="color: rgb(0,0,0);">black</span>\n');
  });

  it('round trips are fixed points, with formatting inside and around', () => {
    for (const storage of [
      '<p><strong><span style="color: rgb(0,82,204);">blue bold</span></strong> then <span style="color: red;"><em>it</em> and <a href="https://example.org">link</a></span></p>',
      '<ul><li><span style="color: red;">Red item</span></li></ul>',
      '<table><tbody><tr><th>A</th><th>B</th></tr><tr><td><span style="color: red;">x</span></td><td><kbd>Esc</kbd></td></tr></tbody></table>',
    ]) {
      const trip = roundTrip(storage);
      expect(trip.mdAgain).toBe(trip.md);
      expect(squash(trip.storage)).toBe(storage);
    }
  });

  it('hostile styles from Markdown: only colour, background and size, with plain values, reach storage', () => {
    expect(mdToStorage('<span style="color: red; position: fixed; background: url(javascript:x)">t</span>\n')).toBe('<p><span style="color: red;">t</span></p>');
    expect(mdToStorage('<span style="color: expression(alert(1))">t</span>\n')).toBe('<p>t</p>');
    expect(mdToStorage('<span style="">t</span> <span>u</span>\n')).toBe('<p>t u</p>');
  });
});
