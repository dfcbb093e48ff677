import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { pagesDir, roundTrip } from '../../fixtures/page-checks.js';

/** Storage shapes other tools' pages hold (issue 15): fixtures/pages/issue15-NAME.storage.xhtml. */
function page(name: string): string {
  return readFileSync(join(pagesDir, `issue15-${name}.storage.xhtml`), 'utf8');
}

/** What a CommonMark viewer makes of the Markdown (raw HTML on, as GitHub). */
function viewed(markdown: string): ReturnType<typeof load> {
  return load(new MarkdownIt({ html: true }).render(markdown), null, false);
}

describe('storage pages other tools write, as Markdown and back', () => {
  it('adjacent lists stay apart', () => {
    const trip = roundTrip(page('adjacent-lists'));
    const $ = viewed(trip.markdown);
    expect($.root().children('ul').length).toBe(3);
    expect($.root().children('ol').length).toBe(2);
    expect($.root().children('ul').last().find('ul').length).toBe(2);
    expect(trip.storage.match(/<ul>/g)?.length).toBe(5);
    expect(trip.markdownAgain).toBe(trip.markdown);
  });

  it('a nested numbered list that starts after 1 is a list', () => {
    const trip = roundTrip(page('nested-ordered-start'));
    const $ = viewed(trip.markdown);
    expect($('ol[start="8"] > li').map((_i, el) => $(el).text()).get()).toEqual(['Nested eight', 'Nested nine']);
    expect($('ol[start="5"] > li').text()).toBe('Five');
    expect(trip.storage).toContain('<ol start="8">');
    expect(trip.markdownAgain).toBe(trip.markdown);
  });

  it('column alignment is kept both ways', () => {
    const trip = roundTrip(page('column-alignment'));
    expect(trip.markdown).toContain('| --- | :---: | ---: |');
    expect(trip.storage).toContain('<td style="text-align: right;">1200</td>');
    expect(trip.markdownAgain).toBe(trip.markdown);
  });

  it('a kept inline macro at the start of a paragraph, item or quote leaves its line Markdown', () => {
    const trip = roundTrip(page('inline-macro-line-start'));
    const $ = viewed(trip.markdown);
    expect($('p em').first().text()).toBe('install');
    expect($('p a').attr('href')).toBe('https://example.com/install');
    expect($('li strong').text()).toBe('one');
    expect($('blockquote em').text()).toBe('words');
    expect(trip.storage).toContain('<p><ac:structured-macro ac:name="anchor" ac:schema-version="1"><ac:parameter ac:name="">install</ac:parameter></ac:structured-macro>Read the <em>install</em>');
    expect(trip.markdownAgain).toBe(trip.markdown);
  });

  it('lists and task lists in table cells are lists on GitHub and read back as lists', () => {
    const trip = roundTrip(page('lists-in-cells'));
    const $ = viewed(trip.markdown);
    expect($('table').length).toBe(1);
    expect($('td ul > li').first().find('strong').text()).toBe('Monday');
    expect($('td ul ul > li').text()).toBe('after the smoke test');
    expect($('td ol > li').map((_i, el) => $(el).text()).get()).toEqual(['Screen', 'Interview']);
    expect(trip.storage).toContain('<ac:task-status>complete</ac:task-status><ac:task-body>Book the room</ac:task-body>');
    expect(trip.storage).toMatch(/<td>(?:<p>)?Agreed:(?:<\/p>)?<ul><li>Freeze on <strong>Monday<\/strong><\/li><li>Ship Thursday<ul><li>after the smoke test<\/li><\/ul><\/li><\/ul><\/td>/);
    expect(trip.markdownAgain).toBe(trip.markdown);
  });

  it('diagram macros (plantuml, mermaid) are fenced code in their language, and come back as the same macros', () => {
    const source = page('diagram-macros');
    const trip = roundTrip(source);
    const $ = viewed(trip.markdown);
    expect($('pre code.language-plantuml').text()).toContain('Alice -> Bob: Login request');
    expect($('pre code.language-mermaid').text()).toContain('Commit --> Build --> Deploy');
    expect(trip.storage).toContain('<ac:structured-macro ac:name="plantuml" ac:schema-version="1"><ac:parameter ac:name="format">svg</ac:parameter><ac:plain-text-body><![CDATA[@startuml');
    expect(trip.storage).toContain('<ac:structured-macro ac:name="mermaid-cloud" ac:schema-version="1"><ac:plain-text-body><![CDATA[graph TD');
    expect(trip.markdownAgain).toBe(trip.markdown);
  });

  it('mention display names survive storage -> Markdown -> storage -> Markdown', () => {
    const trip = roundTrip(page('mention-names'));
    expect(trip.markdown).toContain('[@Jan de Vries](/people/557058:5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d)');
    expect(trip.markdown).toContain('[@Ana Costa](/people/61e2f3a4b5c6d7e8f9a0b1c2)');
    expect(trip.storage).toContain('<ri:user ri:account-id="557058:5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d" /><ac:plain-text-link-body><![CDATA[Jan de Vries]]></ac:plain-text-link-body>');
    expect(trip.storage).toContain('<ac:link><ri:user ri:userkey="8a7f808a5b1c2d3e015b1c2d3e4f0001" /></ac:link>');
    expect(trip.markdownAgain).toBe(trip.markdown);
  });

  it('a Page Properties macro at the start of a paragraph shows its table and is a round-trip fixed point', () => {
    const trip = roundTrip(page('details-in-paragraph'));
    const $ = viewed(trip.markdown);
    expect($('table').text()).toMatch(/Owner[\s\S]*Ann Example[\s\S]*Due date[\s\S]*Friday/);
    expect($('p').text()).toContain('Status is green for the quarter.');
    expect(trip.storage).toContain('<ac:structured-macro ac:name="details" ac:schema-version="1"><ac:rich-text-body>');
    expect(trip.markdownAgain).toBe(trip.markdown);
  });

  it('the bodies of toc-zone and the markdown macro are visible, and the macros come back', () => {
    const source = page('visible-macro-bodies');
    const trip = roundTrip(source);
    const $ = viewed(trip.markdown);
    expect($('h2').text()).toBe('Zone heading');
    expect($('pre code.language-markdown').text()).toContain('Some **markdown** source text');
    expect(trip.storage).toContain('<ac:structured-macro ac:name="toc-zone" ac:schema-version="1"><ac:parameter ac:name="location">top</ac:parameter><ac:rich-text-body>');
    expect(trip.storage).toContain('<ac:structured-macro ac:name="markdown" ac:schema-version="1"><ac:plain-text-body><![CDATA[Some **markdown** source text]]>');
    expect(trip.markdownAgain).toBe(trip.markdown);
  });
});
