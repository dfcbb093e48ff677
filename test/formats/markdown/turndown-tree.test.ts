import fc from 'fast-check';
import { arbitraryHub } from '../../support/arbitrary-hub.js';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, turndownService } from '../../../src/formats/markdown/turndown-service.js';
import { turndownTree } from '../../../src/formats/markdown/turndown-tree.js';
import type { TurndownElement, TurndownText } from '../../../src/formats/markdown/turndown-dom.js';
import { fixtureHubs } from '../../support/fixture-hubs.js';
import { propertyRuns } from '../../robustness/soak.js';

/** What turndown makes of the HTML when it parses the string itself (domino, a browser's tree builder). */
function viaTurndownsParser(html: string): string {
  return turndownService().turndown(html);
}


describe('turndown tree (htmlparser2 parse handed to turndown)', () => {
  it.each(fixtureHubs())('$name: the Markdown turndown makes from the string', ({ name, hub }) => {
    // The broken importer's page keeps its unclosed paragraphs in the hub, which a browser closes on its own.
    const wellFormed = !name.includes('broken-import-malformed');
    expect(turndownTree(hub) !== null).toBe(wellFormed);
    expect(htmlToMarkdown(hub)).toBe(viaTurndownsParser(hub));
  });

  it('gives the same Markdown as turndown parsing the string, for random well-formed hubs', () => {
    fc.assert(
      fc.property(arbitraryHub, (html) => {
        expect(turndownTree(html), html).not.toBeNull();
        expect(htmlToMarkdown(html), html).toBe(viaTurndownsParser(html));
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  it('adds the <tbody> a browser adds around rows written straight into a table', () => {
    const tree = turndownTree('<table><tr><td>a</td></tr></table>');
    const table = tree?.firstChild as TurndownElement;
    expect(table.childNodes.map((c) => c.nodeName)).toEqual(['TBODY']);
    expect(table.outerHTML).toBe('<table><tbody><tr><td>a</td></tr></tbody></table>');
  });

  it('drops the newline right after <pre>, as a browser does', () => {
    const html = '<pre>\n\nline one\n  two</pre>';
    expect(turndownTree(html)?.textContent).toBe('\nline one\n  two');
    expect(htmlToMarkdown(html)).toBe(viaTurndownsParser(html));
  });

  it('reads CR LF and a CR alone as LF, as a browser does (pages saved on Windows)', () => {
    for (const html of ['<p>one\r\ntwo</p>', '<p>one\rtwo\r\r\nthree</p>', '<pre>\r\nline\r\n  two\r</pre>', '<p title="a\r\nb">x</p>\r\n<ul>\r\n<li>a</li>\r</ul>', '<p>a &#13; b</p>\r']) {
      expect(turndownTree(html), JSON.stringify(html)).not.toBeNull();
      expect(htmlToMarkdown(html)).toBe(viaTurndownsParser(html));
    }
    fc.assert(
      fc.property(arbitraryHub, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (html, cuts, lone) => {
        // Line ends of either kind where the hub has a newline or a space, and at random points between tags.
        let crlf = html.replace(/\n/g, lone ? '\r' : '\r\n');
        for (const cut of cuts) {
          const at = crlf.indexOf('><', cut % Math.max(1, crlf.length)) + 1;
          if (at > 0) crlf = `${crlf.slice(0, at)}${lone ? '\r' : '\r\n'}${crlf.slice(at)}`;
        }
        expect(htmlToMarkdown(crlf), JSON.stringify(crlf)).toBe(viaTurndownsParser(crlf));
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  // HTML a browser builds another tree from than the one written: the string goes to turndown.
  const divergent: [string, string][] = [
    ['a block inside a paragraph', '<p>one<div>two</div>three</p>'],
    ['a paragraph inside a paragraph', '<p>one<p>two</p></p>'],
    ['a cell straight in a table', '<table><td>x</td></table>'],
    ['text straight in a table', '<table>stray<tr><td>x</td></tr></table>'],
    ['a div straight in a row', '<table><tr><div>x</div><td>y</td></tr></table>'],
    ['a cell outside any table', '<p><td>x</td></p>'],
    ['a stray end tag', '<p>one</b> two</p>'],
    ['an end tag for a heading of another level', '<h1>one</h2>two'],
    ['misnested formatting', '<p><b>one<i>two</b>three</i></p>'],
    ['a link inside a link', '<p><a href="x">one<a href="y">two</a></a></p>'],
    ['a heading inside a heading', '<h2>one<h3>two</h3></h2>'],
    ['a list item in an inline element in a list item', '<ul><li>one<span><li>two</li></span></li></ul>'],
    ['an element left open', '<p>one<strong>two</p>'],
    ['an end tag without a start', '<p>one</p></p>'],
    ['</br>', '<p>one</br>two</p>'],
    ['a script', '<p>one</p><script>var a = "</p>";</script>'],
    ['svg', '<p><svg><circle r="1"/></svg></p>'],
    ['CDATA', '<p><![CDATA[a>b]]></p>'],
    ['a comment closed with --!>', '<p><!-- a --!> b --></p>'],
    ['an end tag raw inside an attribute', '<p title="</b>">one</p>'],
    ['a doctype', '<!DOCTYPE html><p>one</p>'],
    ['a form control', '<p><select><option>a</select></p>'],
  ];
  it.each(divergent)('%s: left to turndown parsing the string', (_what, html) => {
    expect(turndownTree(html)).toBeNull();
    expect(htmlToMarkdown(html)).toBe(viaTurndownsParser(html));
  });

  it('keeps comments out of the tree but does not join the text around them', () => {
    const tree = turndownTree('<p>one<!-- note -->two</p>') as TurndownElement;
    const p = tree.firstChild as TurndownElement;
    expect(p.childNodes.map((c) => (c as TurndownText).data)).toEqual(['one', 'two']);
    expect(htmlToMarkdown('<p>*one<!-- x -->*two</p>')).toBe(viaTurndownsParser('<p>*one<!-- x -->*two</p>'));
  });
});

describe('turndown DOM', () => {
  it('keeps element text until the subtree changes', () => {
    const tree = turndownTree('<p>one <em>two</em> three</p>') as TurndownElement;
    const p = tree.firstChild as TurndownElement;
    expect(p.textContent).toBe('one two three');
    const em = p.childNodes[1] as TurndownElement;
    (em.firstChild as TurndownText).data = 'TWO';
    expect(p.textContent).toBe('one TWO three');
    p.removeChild(em);
    expect(p.textContent).toBe('one  three');
    expect(tree.textContent).toBe('one  three');
    expect(p.childNodes.map((c) => c.nodeName)).toEqual(['#text', '#text']);
    expect((p.firstChild as TurndownText).nextSibling).toBe(p.lastChild);
  });

  it('answers attribute questions as a DOM does', () => {
    const a = (turndownTree('<p><a HREF="x" data-id="1">l</a></p>')?.firstChild as TurndownElement).firstChild as TurndownElement;
    expect(a.nodeName).toBe('A');
    expect(a.getAttribute('href')).toBe('x');
    expect(a.getAttribute('HREF')).toBe('x');
    expect(a.getAttribute('title')).toBeNull();
    expect(a.getAttribute('constructor')).toBeNull();
    expect(a.hasAttribute('toString')).toBe(false);
    expect(a.attributes).toEqual([{ name: 'href', value: 'x' }, { name: 'data-id', value: '1' }]);
  });

  it('lists element children, the last element child and elements by name', () => {
    const ul = turndownTree('<ul> <li>a</li> <li>b<br>c</li> </ul>')?.firstChild as TurndownElement;
    expect(ul.childNodes).toHaveLength(5);
    expect(ul.children.map((c) => c.textContent)).toEqual(['a', 'bc']);
    expect(ul.lastElementChild?.textContent).toBe('bc');
    expect(ul.getElementsByTagName('br')).toHaveLength(1);
    expect(ul.getElementsByTagName('IMG')).toHaveLength(0);
  });

  it('serializes as a browser does, escapes included', () => {
    const html = '<p title="a &amp; &quot;b&quot; &lt;c&gt;\u00a0d">x &amp; &lt;y&gt;\u00a0z<br><img src="i.png" alt=""></p>';
    const p = turndownTree(html)?.firstChild as TurndownElement;
    expect(p.outerHTML).toBe('<p title="a &amp; &quot;b&quot; &lt;c&gt;&nbsp;d">x &amp; &lt;y&gt;&nbsp;z<br><img src="i.png" alt=""></p>');
  });

  it('copies a subtree deeply, leaving the original as it was', () => {
    const p = turndownTree('<p>one <em>two</em></p>')?.firstChild as TurndownElement;
    const copy = p.cloneNode(true);
    copy.removeChild(copy.lastChild as TurndownElement);
    expect(copy.textContent).toBe('one ');
    expect(p.textContent).toBe('one two');
    expect(p.cloneNode().childNodes).toHaveLength(0);
  });
});
