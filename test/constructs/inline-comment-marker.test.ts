import { describe, expect, it } from 'vitest';
import { mdToStorage, reportOf, roundTrip, squash, storageToHub, storageToMd } from './construct-trip.js';

const marker = (ref: string, inner: string): string => `<ac:inline-comment-marker ac:ref="${ref}">${inner}</ac:inline-comment-marker>`;

describe('inline comment marker', () => {
  it('storage → hub: a span naming the thread, around the text it anchors', () => {
    expect(storageToHub(`<p>Ship ${marker('9c1e-44', 'on <strong>Friday</strong>')} at noon.</p>`)).toBe(
      '<p>Ship <span data-inline-comment="9c1e-44">on <strong>Friday</strong></span> at noon.</p>',
    );
    expect(reportOf(`<p>${marker('a1', 'x')}</p>`).entries.filter((e) => e.construct === 'inline-comment-marker')).toEqual([]);
  });

  it('Markdown: the text in a span that carries the thread, read back to the marker', () => {
    const storage = `<p>Ship ${marker('9c1e-44', 'on <strong>Friday</strong>')} at noon.</p>`;
    const md = storageToMd(storage);
    expect(md).toBe('Ship <span data-inline-comment="9c1e-44">on **Friday**</span> at noon.\n');
    expect(mdToStorage(md)).toBe(storage);
  });

  it('round trips keep every marker: at a line start, in a heading, a list item, a table cell, inside bold, empty', () => {
    const pages = [
      `<p>${marker('r1', 'Whole')} line with a [bracket] and <em>emphasis</em>.</p>`,
      `<h2>Plan ${marker('r2', 'B')}</h2>`,
      `<ul><li>${marker('r3', '# not a heading')}</li><li>two</li></ul>`,
      `<table><tbody><tr><th>Key</th><th>Value</th></tr><tr><td>${marker('r4', 'owner')}</td><td>Ana</td></tr></tbody></table>`,
      `<p><strong>${marker('r5', 'bold')}</strong> after</p>`,
      `<p>gone${marker('r6', '')} text</p>`,
      `<p>${marker('r7', 'first')} and ${marker('r7', 'again')}</p>`,
    ];
    for (const storage of pages) {
      const trip = roundTrip(storage);
      expect(trip.mdAgain).toBe(trip.md);
      for (const ref of storage.matchAll(/ac:ref="([^"]+)"/g)) expect(trip.storage).toContain(`ac:ref="${ref[1]}"`);
      expect(squash(trip.storage)).toBe(storage);
    }
  });

  it('a line that starts with the span is still a paragraph (no HTML block): emphasis after it reads', () => {
    const md = '<span data-inline-comment="z9">Note</span> that *this* [link](https://example.org) works\n';
    expect(mdToStorage(md)).toBe(`<p>${marker('z9', 'Note')} that <em>this</em> <a href="https://example.org">link</a> works</p>`);
  });

  it('hostile input: an attribute that breaks out, a span with no ref', () => {
    expect(mdToStorage('a <span data-inline-comment="x&quot;&gt;&lt;b">t</span> b\n')).toBe(`<p>a ${marker('x&quot;&gt;&lt;b', 't')} b</p>`);
    expect(mdToStorage('a <span data-inline-comment="">t</span> b\n')).toBe('<p>a t b</p>');
  });
});

describe('inline comment marker in code', () => {
  it('a marker around a whole code run is kept outside the code span', () => {
    const storage = `<p>Run <code>${marker('c1', 'npm ci')}</code> first.</p>`;
    const md = storageToMd(storage);
    expect(md).toBe('Run <span data-inline-comment="c1">`npm ci`</span> first.\n');
    expect(mdToStorage(md)).toBe(`<p>Run ${marker('c1', '<code>npm ci</code>')} first.</p>`);
  });

  it('a marker on part of a code run cannot be spelled there: the text stays, the report says so', () => {
    const storage = `<p><code>npm ${marker('c2', 'ci')}</code></p>`;
    expect(storageToMd(storage)).toBe('`npm ci`\n');
    expect(reportOf(storage).entries.map((e) => e.construct)).toContain('inline-comment-marker');
  });
});
