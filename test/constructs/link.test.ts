import { describe, expect, it } from 'vitest';
import { md, mdAgain, storage } from './convert-helpers.js';

describe('a same-page HTML link to a heading', () => {
  it.each([
    ['the heading id', '<h2 id="Deploy-Steps">Deploy steps</h2><p><a href="#Deploy-Steps">go</a></p>'],
    ['a custom heading id', '<h2 id="deploy">Deploy steps</h2><p><a href="#deploy">go</a></p>'],
    ["Confluence's fragment (text, hyphens for spaces)", '<h2>Deploy steps</h2><p><a href="#Deploy-steps">go</a></p>'],
  ])('by %s is written with the GitHub slug and comes back as a link to the heading', (_how, source) => {
    expect(md(source)).toBe('## Deploy steps\n\n[go](#deploy-steps)\n');
    expect(storage(md(source))).toContain('<ac:link ac:anchor="Deploy steps"><ac:plain-text-link-body><![CDATA[go]]></ac:plain-text-link-body></ac:link>');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('a fragment that names no heading, and links to other pages, stay as written', () => {
    const source = '<h2 id="a">Alpha</h2><p><a href="#nothing-here">x</a> <a href="https://example.com/#a">y</a></p>';
    expect(md(source)).toBe('## Alpha\n\n[x](#nothing-here) [y](https://example.com/#a)\n');
    expect(mdAgain(source)).toBe(md(source));
  });

  it('an id wins over a heading whose text only looks like the fragment; a link with no text shows the heading', () => {
    const source = '<h2>Release Notes</h2><h2 id="Release-Notes">Older</h2><p><a href="#Release-Notes"></a></p>';
    expect(md(source)).toBe('## Release Notes\n\n## Older\n\n[Older](#older)\n');
    expect(mdAgain(source)).toBe(md(source));
  });
});
