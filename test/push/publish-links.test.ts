import fc from 'fast-check';
import * as cheerio from 'cheerio/slim';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/hub/html.js';
import { rewriteLocalLinks, type LocalLinks } from '../../src/push/publish-links.js';

/** A tree of pages by path (relative to the folder) and other files. */
function tree(pages: Record<string, string>, files: string[] = []): LocalLinks {
  return {
    pageAt: (path) => pages[path] ?? null,
    fileAt: (path) => (files.includes(path) ? path : null),
  };
}

describe('links of a GitHub wiki clone', () => {
  it('takes a link without an extension to the page of that name plus .md, as GitHub wikis link', () => {
    const links = tree({ 'Installation.md': 'Installation', 'guide/Getting-Started.md': 'Getting started' });
    const hub = '<p><a href="Installation">install</a>, <a href="guide/Getting-Started#first-steps">start</a></p>';
    const out = rewriteLocalLinks(hub, 'Home.md', links);
    // Was: refused, "links to Installation, guide/Getting-Started, which are not files in the published folder".
    expect(out.missing).toEqual([]);
    expect(out.hub).toContain('data-page-title="Installation"');
    expect(out.hub).toContain('data-page-title="Getting started"');
    expect(out.hub).toContain('data-anchor-target="first-steps"');
  });

  it('still prefers a file of that very name (a LICENSE, a Makefile) and reports a name that is neither', () => {
    const links = tree({ 'LICENSE.md': 'License page' }, ['LICENSE']);
    const out = rewriteLocalLinks('<p><a href="LICENSE">l</a> <a href="Nowhere">n</a></p>', 'Home.md', links);
    expect(out.hub).toContain('data-attachment="LICENSE"');
    expect(out.missing).toEqual(['Nowhere']);
  });
});

describe('Obsidian links of a vault', () => {
  const vault: LocalLinks = {
    pageAt: (path) => ({ 'Greenhouse.md': 'Greenhouse log', 'beds/Raised beds.md': 'Raised beds', 'a/Tools.md': 'Tools A', 'b/Tools.md': 'Tools B' })[path] ?? null,
    fileAt: (path) => (['media/seedlings.png', 'docs/plan.pdf'].includes(path) ? path : null),
    anchorAt: (path, fragment) => (path === 'beds/Raised beds.md' && fragment === 'soil-mix' ? 'Soil mix' : null),
    filesNamed: (name) => ({
      Greenhouse: ['Greenhouse.md'], 'Raised beds': ['beds/Raised beds.md'], 'seedlings.png': ['media/seedlings.png'],
      'plan.pdf': ['docs/plan.pdf'], Tools: ['a/Tools.md', 'b/Tools.md'],
    })[name] ?? [],
  };

  it('makes [[Note]], [[Note|text]], [[Note#Heading]] page links and ![[image]] an attached image, found by name anywhere', () => {
    const hub = '<p>See [[Greenhouse]], [[Raised beds|the beds]], [[Raised beds#Soil mix]], ![[seedlings.png]] and [[plan.pdf]].</p>';
    const out = rewriteLocalLinks(hub, 'notes/Home.md', vault);
    // Was: the text "[[Greenhouse]]" … on the page, no link, no image.
    expect(out.missing).toEqual([]);
    expect(out.ambiguous).toEqual([]);
    expect(out.hub).toBe(
      '<p>See <a data-page-title="Greenhouse log" data-content-type="page">Greenhouse</a>, ' +
        '<a data-page-title="Raised beds" data-content-type="page">the beds</a>, ' +
        '<a data-page-title="Raised beds" data-content-type="page" data-anchor-target="Soil mix">Raised beds &gt; Soil mix</a>, ' +
        '<img data-attachment="seedlings.png"> and <a data-attachment="plan.pdf">plan.pdf</a>.</p>',
    );
    expect([...out.attachments]).toEqual([['seedlings.png', 'media/seedlings.png'], ['plan.pdf', 'docs/plan.pdf']]);
  });

  it('never changes the text of a page whose [[names]] name no file (they are reported instead)', () => {
    const nothing: LocalLinks = { pageAt: () => null, fileAt: () => null, filesNamed: () => [] };
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('[', ']', '!', '|', '#', 'a', ' ', '<', '&', 'é') }), (text) => {
      const out = rewriteLocalLinks(`<p>${escapeText(text)}</p>`, 'Home.md', nothing);
      expect(cheerio.load(out.hub, null, false)('p').text()).toBe(text);
      expect(out.attachments.size).toBe(0);
    }));
  });

  it('reports a name no file has and a name several files have; leaves code, links and text around alone', () => {
    const hub = '<p>[[Compost]] and [[Tools]] &amp; <code>[[Greenhouse]]</code> <a href="https://example.org">[[Greenhouse]]</a> <b>x &lt; y</b></p>';
    const out = rewriteLocalLinks(hub, 'Home.md', vault);
    expect(out.missing).toEqual(['[[Compost]]']);
    expect(out.ambiguous).toEqual([{ name: 'Tools', files: ['a/Tools.md', 'b/Tools.md'] }]);
    expect(out.hub).toContain('<code>[[Greenhouse]]</code>');
    expect(out.hub).toContain('<a href="https://example.org">[[Greenhouse]]</a>');
    expect(out.hub).toContain('[[Compost]] and [[Tools]] &amp; ');
  });
});

// A link to a file refused this run reaching a page of its title outside the folder: test/push/publish-link-owner.test.ts.
