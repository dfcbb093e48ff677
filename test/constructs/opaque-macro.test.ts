import { describe, expect, it } from 'vitest';
import { mdToStorage, roundTrip, storageToMd } from './construct-trip.js';

const macro = (name: string, params: string): string =>
  `<ac:structured-macro ac:name="${name}" ac:schema-version="1" data-layout="default" ac:local-id="77ab-10" ac:macro-id="c3d4-99">${params}</ac:structured-macro>`;

describe('opaque macros with an address', () => {
  const sheet = macro('google-drive-sheets', '<ac:parameter ac:name="url">https://docs.google.com/spreadsheets/d/1xQ_7rTb/edit?usp=sharing&amp;ouid=42#gid=0</ac:parameter><ac:parameter ac:name="height">400</ac:parameter>');
  const page = `<ul><li><p>Budget sheet (Q3)</p>${sheet}</li></ul>`;

  it('Markdown: the visible line links to the document, the macro stays in the comment', () => {
    const md = storageToMd(page);
    expect(md).toContain('*[google-drive-sheets macro](https://docs.google.com/spreadsheets/d/1xQ_7rTb/edit?usp=sharing&ouid=42#gid=0)* <!-- wikiport:block google-drive-sheets ');
  });

  it('round-trips to a fixed point and brings the macro back byte for byte, without the link as content', () => {
    const trip = roundTrip(page);
    expect(trip.mdAgain).toBe(trip.md);
    expect(trip.storage).toContain(sheet);
    expect(trip.storage).not.toContain('<a href=');
  });

  it('an address with parentheses or spaces is written so Markdown reads it back', () => {
    const odd = macro('google-drive-docs', '<ac:parameter ac:name="url">https://docs.google.com/document/d/x (copy)/edit</ac:parameter>');
    const md = storageToMd(`<p>Notes</p>${odd}`);
    expect(md).toContain('(<https://docs.google.com/document/d/x%20(copy)/edit>)*');
    expect(mdToStorage(md)).toContain(odd);
  });

  it('the Widget Connector keeps its address as an ri:url in the url parameter: the label links to the video too', () => {
    const video = macro('widget', '<ac:parameter ac:name="url"><ri:url ri:value="https://www.youtube.com/watch?v=abc123XYZ" /></ac:parameter><ac:parameter ac:name="width">560</ac:parameter>');
    const md = storageToMd(video);
    expect(md).toContain('*[widget macro](https://www.youtube.com/watch?v=abc123XYZ)* <!-- wikiport:block widget ');
    expect(mdToStorage(md)).toBe(video);
    expect(storageToMd(macro('widget', '<ac:parameter ac:name="url"><ri:url ri:value="javascript:alert(1)" /></ac:parameter>'))).toContain('*[widget macro]* <!--');
  });

  // The label was `*[widget macro kept from Confluence]*`: three words a reader of the page does not
  // see, which the comment beside it already says. Markdown written so by earlier versions still reads
  // the label as no content, with or without its link.
  it('the label is the macro\'s name and "macro"; the longer label of earlier versions reads back as no content', () => {
    const video = macro('widget', '<ac:parameter ac:name="url"><ri:url ri:value="https://www.youtube.com/watch?v=abc123XYZ" /></ac:parameter>');
    const md = storageToMd(`<p>Intro</p>${video}`);
    const older = md.replace('[widget macro]', '[widget macro kept from Confluence]');
    expect(older).not.toBe(md);
    expect(mdToStorage(older)).toBe(mdToStorage(md));
    expect(mdToStorage(older)).not.toContain('kept from');
    const plain = macro('roadmap', '<ac:parameter ac:name="source">x</ac:parameter>');
    const plainMd = storageToMd(`<p>Intro</p>${plain}`);
    expect(plainMd).toContain('*[roadmap macro]* <!--');
    expect(mdToStorage(plainMd.replace('[roadmap macro]', '[roadmap macro kept from Confluence]'))).toBe(mdToStorage(plainMd));
  });

  it('macros without an http(s) url keep the plain label', () => {
    const widget = macro('widget', '<ac:parameter ac:name="name">flows</ac:parameter><ac:parameter ac:name="url">javascript:alert(1)</ac:parameter>');
    expect(storageToMd(widget)).toContain('*[widget macro]* <!--');
  });

  it('view-file (and viewfile) previews one attachment: shown as a link to the file, the macro back byte for byte', () => {
    const view = macro('view-file', '<ac:parameter ac:name="name"><ri:attachment ri:filename="strategy 2024.pdf" ri:version-at-save="1" /></ac:parameter><ac:parameter ac:name="height">250</ac:parameter>');
    const md = storageToMd(`<p>Slides:</p>${view}`);
    expect(md).not.toMatch(/\*\[[\w-]+ macro\]/);
    expect(md).toContain('[strategy 2024.pdf](attachments/strategy%202024.pdf) <!-- wikiport:block view-file ');
    const back = mdToStorage(md);
    expect(back).toContain(view);
    expect(back).not.toContain('ri:filename="strategy 2024.pdf" /></ac:link>');
    const inline = `<p>Sheet ${macro('viewfile', '<ac:parameter ac:name="name"><ri:attachment ri:filename="a.xlsx" /></ac:parameter>')} here.</p>`;
    const trip = roundTrip(inline);
    expect(trip.md).toContain('Sheet [a.xlsx](attachments/a.xlsx) <!-- wikiport:inline viewfile ');
    expect(trip.storage).toContain(inline);
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('a file of another page keeps the label line', () => {
    const other = macro('view-file', '<ac:parameter ac:name="name"><ri:attachment ri:filename="x.pdf"><ri:page ri:content-title="Elsewhere" /></ri:attachment></ac:parameter>');
    expect(storageToMd(`<p>See:</p>${other}`)).toContain('*[view-file macro]*');
  });
});

describe('reports Confluence computes from other pages', () => {
  it('page-properties-report (the Page Properties Report, once detailssummary) is kept invisibly, no label', () => {
    const report = macro('page-properties-report', '<ac:parameter ac:name="cql">label = &quot;service&quot;</ac:parameter>');
    const md = storageToMd(`<p>Services:</p>${report}`);
    expect(md).not.toMatch(/\*\[[\w-]+ macro\]/);
    expect(md).toContain('<!-- wikiport:block dynamic page-properties-report ');
    const trip = roundTrip(`<p>Services:</p>${report}`);
    expect(trip.storage).toContain(report);
    expect(trip.mdAgain).toBe(trip.md);
  });
});

describe('diagram macros that keep their picture as an attachment (draw.io, Gliffy)', () => {
  const drawio = macro('drawio', '<ac:parameter ac:name="diagramName">release flow</ac:parameter><ac:parameter ac:name="revision">4</ac:parameter>');
  const gliffy = macro('gliffy', '<ac:parameter ac:name="name">net | map</ac:parameter><ac:parameter ac:name="pagePin">3</ac:parameter>');

  it('show that picture where the page shows the diagram, and come back byte for byte', () => {
    const page = `<p>Before</p>${drawio}`;
    const md = storageToMd(page);
    expect(md).toContain('![release flow](attachments/release%20flow.png) <!-- wikiport:block drawio ');
    expect(md).not.toMatch(/\*\[[\w-]+ macro\]/);
    const trip = roundTrip(page);
    expect(trip.mdAgain).toBe(trip.md);
    expect(trip.storage).toContain(drawio);
    expect(trip.storage).not.toContain('ac:image');
  });

  it('inline, in a table cell too, the picture stands in the text and is not read back as an image', () => {
    for (const page of [`<p>The old diagram ${gliffy} is kept.</p>`, `<table><tbody><tr><th>A</th></tr><tr><td>see ${gliffy}</td></tr></tbody></table>`]) {
      const md = storageToMd(page);
      expect(md).toContain('![net \\| map](attachments/net%20%7C%20map.png) <!-- wikiport:inline gliffy ');
      const trip = roundTrip(page);
      expect(trip.mdAgain).toBe(trip.md);
      expect(trip.storage).toContain(gliffy);
      expect(trip.storage).not.toContain('ac:image');
    }
  });

  it('without a diagram name, the label names the macro', () => {
    expect(storageToMd(macro('drawio', '<ac:parameter ac:name="revision">1</ac:parameter>'))).toContain('*[drawio macro]* <!--');
  });

  it('an image of the same file that the author put elsewhere stays an image', () => {
    expect(mdToStorage('![x](attachments/release%20flow.png)\n')).toContain('<ri:attachment ri:filename="release flow.png"');
  });
});

describe('links to targets wikiport does not know (shortcut links)', () => {
  const shortcut = '<ac:link><ri:shortcut ri:key="jira" ri:parameter="DATA-412" /><ac:link-body>DATA-412</ac:link-body></ac:link>';

  it('show their text where the page shows the link (it was *[link element kept from Confluence]*), and come back byte for byte', () => {
    const page = `<p>See ${shortcut} for the plan.</p>`;
    const md = storageToMd(page);
    expect(md).toBe(`See DATA-412<!-- wikiport:inline ac:link ${shortcut} --> for the plan.\n`);
    expect(mdToStorage(md)).toBe(page);
    const trip = roundTrip(page);
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('without a body, show what Confluence shows (parameter@key); alone in a table cell too', () => {
    const bare = '<ac:link><ri:shortcut ri:key="google" ri:parameter="tide tables" /></ac:link>';
    expect(storageToMd(`<p>${bare}</p>`)).toBe(`tide tables@google<!-- wikiport:inline ac:link ${bare} -->\n`);
    const cell = `<table><tbody><tr><th>Ref</th></tr><tr><td>${shortcut}</td></tr></tbody></table>`;
    expect(storageToMd(cell)).toContain(`| DATA-412<!-- wikiport:inline ac:link ${shortcut} --> |`);
    const trip = roundTrip(cell);
    expect(trip.mdAgain).toBe(trip.md);
  });

  it('text the user typed before the link stays, whatever it says', () => {
    expect(mdToStorage(`Now DATA-413<!-- wikiport:inline ac:link ${shortcut} -->\n`)).toBe(`<p>Now DATA-413${shortcut}</p>`);
  });
});
