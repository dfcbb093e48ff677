import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { ConversionReport } from '../../../src/hub/report.js';
import { readExportPage } from '../../../src/formats/html-export/read-export-page.js';
import { renderedToHub } from '../../../src/formats/html-export/rendered-to-hub.js';
import { fixtureContext, readFixture } from './export-fixture.js';

const SHOWCASE = 'Rendered-Constructs-Showcase_2250900400.html';

describe('rendered constructs into the hub (showcase page)', () => {
  const report = new ConversionReport();
  const { hub } = readExportPage(readFixture(SHOWCASE), fixtureContext(SHOWCASE, report), 'Data Center Group');

  it('panels: info/note/warning/tip from confluence-information-macro-*, generic panel, titles kept, icons gone', () => {
    expect(hub).toContain('<div data-panel="info" data-title="Info title"><p>An info panel.</p></div>');
    expect(hub).toContain('<div data-panel="note"><p>A note panel.</p></div>');
    expect(hub).toContain('<div data-panel="warning"><p>A warning panel.</p></div>');
    expect(hub).toContain('<div data-panel="tip"><p>A tip panel.</p></div>');
    expect(hub).toContain('<div data-panel="panel" data-title="Plain panel"><p>A generic panel.</p></div>');
    expect(hub).not.toMatch(/aui-icon|confluence-information-macro/);
  });

  it('code panels keep the text exactly, the language from the brush; noformat too', () => {
    expect(hub).toContain('<pre data-macro="code" data-language="java"><code>public class Hello {\n    // prints &lt;hi&gt;\n}</code></pre>');
    expect(hub).toContain('<pre data-macro="noformat"><code>  plain   preformatted\ntext</code></pre>');
  });

  it('status lozenges map their AUI class to the colour, subtle kept', () => {
    expect(hub).toContain('<span data-status="Grey">TODO</span>');
    expect(hub).toContain('<span data-status="Green">DONE</span>');
    expect(hub).toContain('<span data-status="Red">BLOCKED</span>');
    expect(hub).toContain('<span data-status="Blue" data-subtle="true">REVIEW</span>');
  });

  it('mentions keep account id (Cloud) or username (Data Center)', () => {
    expect(hub).toContain('<a data-mention="" data-account-id="5b10ac8d82e05b22cc7d4ef5" href="https://ldcg.atlassian.net/wiki/people/5b10ac8d82e05b22cc7d4ef5">@Ana Müller</a>');
    expect(hub).toContain('<a data-mention="" data-username="tbecker">@Tom Becker</a>');
  });

  it('inline formatting is renamed to the hub spelling and colour spans are dropped, text kept', () => {
    expect(hub).toContain('<strong>Bold</strong>, <em>italic</em>, <s>struck</s>, <u>under</u>, H<sub>2</sub>O, x<sup>2</sup>, <code>code</code>, coloured.');
  });

  it('page links by file name (with anchors), external links, and links to pages outside the export', () => {
    expect(hub).toContain('<a data-page-title="QEMU SBSA Reference Platform" data-space-key="LDCG" data-content-type="page" data-page-id="2250900101">QEMU page</a>');
    expect(hub).toContain('data-anchor-target="Build" data-page-id="2250900101">a section</a>');
    expect(hub).toContain('<a href="https://www.qemu.org/docs/master/system/arm/sbsa.html">QEMU docs</a>');
    expect(hub).toContain('<a href="https://ldcg.atlassian.net/wiki/spaces/OTHER/pages/99/Elsewhere">a page outside the export</a>');
  });

  it('embedded images: external by URL, attachments (also thumbnails) by file name', () => {
    expect(hub).toContain('<img src="https://www.linaro.org/img/logo.svg">');
    expect(hub).toContain('<img data-attachment="logo.png" width="120">');
  });

  it('task lists: checked state, task id, assignee and due date', () => {
    expect(hub).toContain('<ul data-tasks=""><li data-task="complete" data-task-id="21">Done task</li><li data-task="incomplete" data-task-id="22" data-assignee-account-id="712020:8f3c2a77-1d4e-4b0e-9a51-2c6f0e9d3b10" data-due="2024-07-01">Open task for');
  });

  it('expand containers, layouts, quotes and rules', () => {
    expect(hub).toContain('<details data-macro="expand"><summary>Click here to expand...</summary><p>Hidden text.</p></details>');
    expect(hub).toContain('<div data-layout="two_equal"><div data-layout-section="" data-type="two_equal"><div data-layout-cell=""><p>Left cell</p></div><div data-layout-cell=""><p>Right cell</p></div></div></div>');
    expect(hub).toContain('<blockquote><p>Quoted text</p></blockquote><hr>');
  });

  it('keeps an unknown macro as its rendered content and reports it', () => {
    expect(hub).toContain('<p>Unknown: <img src="https://ldcg.atlassian.net/wiki/plugins/servlet/roadmap/image/abc.png" alt="roadmap"></p>');
    expect(report.toLines(SHOWCASE)).toContain(`${SHOWCASE}: degraded roadmap-planner: macro "roadmap-planner" kept as rendered content: an HTML export does not hold the macro itself`);
  });

  it('leaves no Confluence classes, ids, styles or chrome behind', () => {
    expect(hub).not.toMatch(/ class=| style=| id="(?!.*data-anchor)|data-linked-resource|data-hasbody|data-macro-name/);
    expect(hub).not.toMatch(/Document generated by Confluence|Attachments:|breadcrumb|Created by/);
  });
});

describe('rendered constructs on other pages', () => {
  it('tables: wrappers, colgroup, thead/tbody and classes go; spans stay; colour spans unwrapped', () => {
    const file = '2250900103.html';
    const { hub, meta, attachments } = readExportPage(readFixture(file), fixtureContext(file), 'Data Center Group');
    expect(meta.title).toBe('R&D Budget (2024)');
    expect(hub).toContain('<table><tr><th rowspan="2">Item</th><th colspan="2">2024</th></tr><tr><th>H1</th><th>H2</th></tr><tr><td>CI hardware</td>');
    expect(hub).toContain('<td>9 000 €</td><td><br></td></tr></table>');
    expect(hub).toContain('<a data-attachment="budget 2024 final.pdf">budget 2024 final.pdf</a>');
    expect(attachments).toEqual([{ path: 'attachments/2250900103/2250900160.pdf', name: 'budget 2024 final.pdf', mimeType: 'application/pdf' }]);
  });

  it('dynamic macros (toc, children, pagetree, recently-updated) become dynamic opaque elements', () => {
    const home = readExportPage(readFixture('Data-Center-Group-Home_2250900000.html'), fixtureContext('Data-Center-Group-Home_2250900000.html')).hub;
    const opaque = load(home, null, false)('div[data-opaque]');
    expect(opaque.attr('data-macro')).toBe('recently-updated');
    expect(opaque.attr('data-dynamic')).toBe('');
    expect(opaque.attr('data-storage')).toBe('<ac:structured-macro ac:name="recently-updated" />');
    expect(home).not.toContain('update-items');
    const minutes = readExportPage(readFixture('2024-01-25-SC-Meeting-Agenda-Minutes_2250997761.html'), fixtureContext('2024-01-25-SC-Meeting-Agenda-Minutes_2250997761.html')).hub;
    expect(minutes).toMatch(/^<div data-opaque="" data-macro="toc" data-dynamic=""/);
    expect(minutes).not.toContain('rbtoc');
    expect(readExportPage(readFixture('Archive_2250900500.html'), fixtureContext('Archive_2250900500.html')).hub).toContain('data-macro="children"');
  });

  it('Jira issues keep their key and link; emoticons become Unicode', () => {
    const cc = readExportPage(readFixture('Confidential-Computing_2250900102.html'), fixtureContext('Confidential-Computing_2250900102.html')).hub;
    expect(cc).toContain('<a data-macro="jira" data-jira-key="CCA-42" href="https://linaro.atlassian.net/browse/CCA-42">CCA-42</a>');
    expect(cc).toContain('<span data-status="Yellow" data-subtle="true">IN PROGRESS</span>');
    const onboarding = readExportPage(readFixture('Onboarding-Guide_2250900200.html'), fixtureContext('Onboarding-Guide_2250900200.html')).hub;
    expect(onboarding).toContain('<span data-emoticon="smile">🙂</span>');
  });

  it('page metadata: title without the space prefix, modified date', () => {
    const { meta } = readExportPage(readFixture('QEMU-SBSA-Reference-Platform_2250900101.html'), fixtureContext('QEMU-SBSA-Reference-Platform_2250900101.html'), 'Data Center Group');
    expect(meta).toMatchObject({ title: 'QEMU SBSA Reference Platform', spaceKey: 'LDCG', updatedAt: '2024-03-30' });
    const home = readExportPage(readFixture('Data-Center-Group-Home_2250900000.html'), fixtureContext('Data-Center-Group-Home_2250900000.html'));
    expect(home.meta).toMatchObject({ createdAt: '2020-04-17', updatedAt: '2020-04-17' });
  });

  it('a page without #main-content still converts, with a warning', () => {
    const report = new ConversionReport();
    const hub = renderedToHub('<div class="wiki-content"><p>Only <b>this</b></p></div>', fixtureContext('x.html', report));
    expect(hub).toBe('<p>Only <strong>this</strong></p>');
    const page = readExportPage('<html><body><p>bare</p></body></html>', fixtureContext('y.html', report));
    expect(page.hub).toBe('<p>bare</p>');
    expect(report.toLines('y.html').join('\n')).toMatch(/no #main-content/);
  });
});

describe('Cloud emoji in an export', () => {
  it('keep the real emoji and its id, not the classic name they render under', () => {
    const html = '<h2><img class="emoticon emoticon-blue-star" data-emoji-id="2705" data-emoji-shortname=":white_check_mark:" data-emoji-fallback="✅" src="https://x.atlassian.net/wiki/images/icons/emoticons/72/2705.png" data-emoticon-name="blue-star" alt="(blue star)" /> Action items</h2>'
      + '<p><img class="emoticon" data-emoji-id="1f44d" data-emoji-fallback=":thumbsup:" data-emoticon-name="blue-star" src="x.png"></p>';
    const hub = renderedToHub(html, fixtureContext('x.html'));
    expect(hub).toBe('<h2><span data-emoticon="blue-star" data-emoji-id="2705">✅</span> Action items</h2><p><span data-emoticon="blue-star" data-emoji-id="1f44d">👍</span></p>');
  });
  it('an id past U+10FFFF is no emoji: the classic emoticon stands, where the conversion used to throw', () => {
    const hub = renderedToHub('<p><img class="emoticon emoticon-blue-star" data-emoji-id="ffffff" src="x.png"></p>', fixtureContext('x.html'));
    expect(hub).toBe('<p><span data-emoticon="blue-star" data-emoji-id="ffffff">⭐</span></p>');
  });
});
