import { describe, expect, it } from 'vitest';
import { mdToHub, mdToStorage, roundTrip, storageToHub, storageToMd } from './construct-trip.js';

describe('image construct', () => {
  it('storage → hub: attachment or URL, sizes and other attributes kept', () => {
    expect(storageToHub('<p><ac:image ac:width="240" ac:align="center" ac:border="true"><ri:attachment ri:filename="rpi5.jpg" /></ac:image></p>'))
      .toBe('<p><img data-attachment="rpi5.jpg" width="240" data-params="{&quot;align&quot;:&quot;center&quot;,&quot;border&quot;:&quot;true&quot;}"></p>');
    expect(storageToHub('<p><ac:image><ri:url ri:value="https://img.example/a.png?v=3&amp;t=1" /></ac:image></p>')).toBe('<p><img src="https://img.example/a.png?v=3&amp;t=1"></p>');
  });

  it('Markdown: image into the attachments folder, file name as alt text when there is none', () => {
    expect(storageToMd('<p><ac:image ac:alt="Team photo"><ri:attachment ri:filename="team photo.jpg" /></ac:image></p>')).toBe('![Team photo](attachments/team%20photo.jpg)\n');
    expect(storageToMd('<p><ac:image><ri:attachment ri:filename="chart_v2.png" /></ac:image></p>')).toBe('![chart_v2.png](attachments/chart_v2.png)\n');
    expect(storageToMd('<p><ac:image><ri:url ri:value="https://img.example/icons/hsm.svg" /></ac:image></p>')).toBe('![hsm.svg](https://img.example/icons/hsm.svg)\n');
  });

  it('a caption is visible text after the image and comes back as ac:caption', () => {
    const storage = '<ac:image ac:alt="Offsite"><ri:attachment ri:filename="offsite.jpg" /><ac:caption><p>Lisbon, October 2024</p></ac:caption></ac:image>';
    const md = storageToMd(storage);
    expect(md).toBe('![Offsite](attachments/offsite.jpg "Lisbon, October 2024") *Lisbon, October 2024*\n');
    expect(mdToStorage(md)).toBe('<p><ac:image ac:alt="Offsite"><ri:attachment ri:filename="offsite.jpg" /><ac:caption><p>Lisbon, October 2024</p></ac:caption></ac:image></p>');
  });

  it('images standing between blocks are each a paragraph, as Confluence shows each on its own line (they ran into one line)', () => {
    const storage = '<h2>Figures</h2>\n<ac:image><ri:attachment ri:filename="a.png" /></ac:image>\n<ac:image><ri:attachment ri:filename="b.png" /><ac:caption>Second</ac:caption></ac:image>\n<p>After</p>';
    const md = storageToMd(storage);
    expect(md).toBe('## Figures\n\n![a.png](attachments/a.png)\n\n![b.png](attachments/b.png "Second") *Second*\n\nAfter\n');
    expect(storageToMd(mdToStorage(md))).toBe(md);
    // Beside text, in a paragraph or a table cell, an image stays where it is.
    expect(storageToMd('<p>Tap <ac:image><ri:attachment ri:filename="i.png" /></ac:image> to refresh</p>')).toBe('Tap ![i.png](attachments/i.png) to refresh\n');
    expect(storageToMd('<ul><li><ac:image><ri:attachment ri:filename="a.png" /></ac:image><ac:image><ri:attachment ri:filename="b.png" /></ac:image></li></ul>')).toBe('- ![a.png](attachments/a.png)![b.png](attachments/b.png)\n');
  });

  it('Markdown → hub: attachment paths, other pages, external URLs', () => {
    expect(mdToHub('![x](attachments/a%20b.png)')).toBe('<p><img data-attachment="a b.png" alt="x"></p>');
    expect(mdToHub('![org-chart.png](/display/DATAF/Org+chart?preview=org-chart.png)')).toBe('<p><img data-attachment="org-chart.png" data-page-title="Org chart" data-space-key="DATAF" data-content-type="page"></p>');
    expect(mdToHub('![logo](https://cdn.example/logo.png)')).toBe('<p><img src="https://cdn.example/logo.png" alt="logo"></p>');
  });

  it('round-trips to a fixed point, alt text with brackets and underscores included', () => {
    for (const storage of [
      '<p><ac:image ac:alt="[draft] my_diagram"><ri:attachment ri:filename="my_diagram.png" /></ac:image></p>',
      '<p><ac:image ac:height="16"><ri:url ri:value="https://static.example/icons/hsm.svg" /></ac:image> inline</p>',
      '<p><ac:link><ri:page ri:content-title="Bench setup" /><ac:link-body><ac:image ac:width="300"><ri:attachment ri:filename="bench.png" /></ac:image></ac:link-body></ac:link></p>',
    ]) {
      const trip = roundTrip(storage);
      expect(trip.mdAgain).toBe(trip.md);
    }
  });

  it('messy input: an image without a source is kept invisibly, not dropped', () => {
    const md = storageToMd('<ac:image ac:alt="no source" />');
    expect(md).toContain('<!-- wikiport:block ac:image <ac:image ac:alt="no source" /> -->');
    expect(mdToStorage(md)).toContain('<ac:image ac:alt="no source" />');
  });
});

describe('image construct, sizes', () => {
  it('sizes and other attributes ride in an invisible comment and come back', () => {
    const storage = '<p><ac:image ac:thumbnail="true" ac:height="80"><ri:attachment ri:filename="rpi5.jpg" /></ac:image></p>';
    const md = storageToMd(storage);
    expect(md).toBe('![rpi5.jpg](attachments/rpi5.jpg)<!-- wikiport:image {"height":"80","params":{"thumbnail":"true"}} -->\n');
    expect(mdToStorage(md)).toBe('<p><ac:image ac:height="80" ac:thumbnail="true"><ri:attachment ri:filename="rpi5.jpg" /></ac:image></p>');
  });

  it('a malformed size comment is ignored, not fatal', () => {
    expect(mdToStorage('![a.png](attachments/a.png)<!-- wikiport:image {oops -->')).toBe('<p><ac:image><ri:attachment ri:filename="a.png" /></ac:image></p>');
  });
});

describe('a caption with markup', () => {
  const captioned = (inner: string): string => `<p><ac:image ac:width="200"><ri:attachment ri:filename="chart.png" /><ac:caption><p>${inner}</p></ac:caption></ac:image></p>`;

  it('keeps its links, bold and code in the line under the image, and back in the caption', () => {
    const storage = captioned('Load by <strong>region</strong>, see <a href="https://example.org/data">the data</a> and <code>q1.csv</code>');
    const md = storageToMd(storage);
    expect(md).toBe('![chart.png](attachments/chart.png "Load by region, see the data and q1.csv")<!-- wikiport:image {"width":"200"} --> *Load by **region**, see [the data](https://example.org/data) and `q1.csv`*\n');
    expect(mdToStorage(md)).toBe(storage);
  });

  it('a plain caption stays as it was', () => {
    const md = storageToMd(captioned('Plain words'));
    expect(md).toContain(' *Plain words*\n');
    expect(mdToStorage(md)).toBe(captioned('Plain words'));
  });
});
