import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convert } from '../../src/convert.js';
import { depth, soak } from './soak.js';

/**
 * Hostile and broken storage: every case must finish in bounded time with a Markdown result
 * (warnings in the report, never a throw), and the Markdown it produces must survive its own
 * round trip (Markdown -> storage -> Markdown gives the same Markdown).
 */

function toMarkdown(storage: string): { md: string; warnings: number } {
  const result = convert(storage, { from: 'storage', to: 'md' });
  return { md: result.output, warnings: result.report.entries.length };
}

function expectFixedPoint(md: string): void {
  const storage = convert(md, { from: 'markdown', to: 'storage' }).output;
  const again = convert(storage, { from: 'storage', to: 'md' }).output;
  expect(again).toBe(md);
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

// Generous bounds: they catch exponential blow-ups, not ordinary slowness on a busy 2-core machine.
const BOUND_MS = 20_000;

describe('hostile storage input converts in bounded time without crashing', () => {
  it('an empty page and a page of whitespace', () => {
    expect(toMarkdown('').md.trim()).toBe('');
    expect(toMarkdown('   \n\t ').md.trim()).toBe('');
    expectFixedPoint(toMarkdown('').md);
  });

  it('unbalanced and stray tags keep their text', () => {
    const { md } = toMarkdown('<p>Decisions <strong>agreed</p><ul><li>first<li>second</ul></em></div><p>tail</p>');
    expect(md).toContain('Decisions');
    expect(md).toContain('agreed');
    expect(md).toContain('second');
    expect(md).toContain('tail');
    expectFixedPoint(md);
  });

  it('truncated in the middle of a macro', () => {
    const page =
      '<p>Before</p><ac:structured-macro ac:name="code"><ac:parameter ac:name="language">java</ac:parameter><ac:plain-text-body><![CDATA[class A {';
    const { md } = toMarkdown(page);
    expect(md).toContain('Before');
    expectFixedPoint(md);
  });

  it('CDATA inside CDATA', () => {
    const page =
      '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[outer <![CDATA[inner]]]]><![CDATA[> done]]></ac:plain-text-body></ac:structured-macro><p>after</p>';
    const { md } = toMarkdown(page);
    expect(md).toContain('after');
    expect(md).toContain('inner');
    expectFixedPoint(md);
  });

  it('entity-expansion ("billion laughs") declarations are not expanded', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">',
      '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">',
      '<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>',
      '<p>&lol9;</p><p>still here</p>',
    ].join('\n');
    const { value, ms } = timed(() => toMarkdown(lol));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.md).toContain('still here');
    expect(value.md.length).toBeLessThan(10_000);
    expectFixedPoint(value.md);
  });

  it('invalid UTF-8 bytes decoded with replacement characters', () => {
    const bytes = Buffer.concat([Buffer.from('<p>caf'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(' au lait</p>')]);
    const { md } = toMarkdown(bytes.toString('utf8'));
    expect(md).toContain('au lait');
    expectFixedPoint(md);
  });

  it('lists nested 1,000 deep', () => {
    const depth = 1000;
    const page = '<ul><li>level'.repeat(depth) + '</li></ul>'.repeat(depth) + '<p>end</p>';
    const { value, ms } = timed(() => toMarkdown(page));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.md).toContain('end');
    expect(value.md).toContain('level');
  });

  it('macros nested in macros 50 deep', () => {
    const depth = 50;
    const open = '<ac:structured-macro ac:name="expand"><ac:parameter ac:name="title">t</ac:parameter><ac:rich-text-body>';
    const openUnknown = '<ac:structured-macro ac:name="vendor-box"><ac:rich-text-body>';
    let page = '';
    for (let i = 0; i < depth; i++) page += i % 2 ? open : openUnknown;
    page += '<p>core</p>';
    page += '</ac:rich-text-body></ac:structured-macro>'.repeat(depth);
    const { value, ms } = timed(() => toMarkdown(page));
    expect(ms).toBeLessThan(BOUND_MS);
    // The outermost macro is unknown: it is kept whole (invisible but intact), so the inner text
    // travels inside it; the Markdown still names it.
    expect(value.md).toContain('vendor-box');
    expectFixedPoint(value.md);
  });

  it('a 2,000 x 50 table', () => {
    const cols = 50;
    const header = '<tr>' + Array.from({ length: cols }, (_, c) => `<th>col ${c}</th>`).join('') + '</tr>';
    const row = (r: number) => '<tr>' + Array.from({ length: cols }, (_, c) => `<td>r${r}c${c}</td>`).join('') + '</tr>';
    const page = '<table><tbody>' + header + Array.from({ length: 2000 }, (_, r) => row(r)).join('') + '</tbody></table>';
    const { value, ms } = timed(() => toMarkdown(page));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(value.md).toContain('r1999c49');
    expect(value.md.split('\n').filter((l) => l.startsWith('|')).length).toBe(2002);
  });

  it('a 5 MB page', () => {
    const para = '<p>The committee reviewed the <strong>quarterly</strong> figures and <em>agreed</em> the plan.</p>';
    const page = para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
    expect(page.length).toBeGreaterThan(5 * 1024 * 1024);
    const { value, ms } = timed(() => toMarkdown(page));
    expect(ms).toBeLessThan(BOUND_MS * 3);
    expect(value.md).toContain('**quarterly**');
  });

  it('random tag soup never throws and its Markdown is a fixed point', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<p>', '</p>', '<ul>', '</ul>', '<li>', '</li>', '<strong>', '</strong>', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>',
        '<ac:structured-macro ac:name="info">', '<ac:rich-text-body>', '</ac:rich-text-body>', '</ac:structured-macro>',
        '<ac:structured-macro ac:name="mystery">', '<ac:parameter ac:name="x">', '</ac:parameter>', '<![CDATA[', ']]>',
        '<ac:link><ri:page ri:content-title="Home" />', '</ac:link>', '<ri:user ri:account-id="5b84c77ac70eed2a73a700c2" />',
        '&nbsp;', '&mdash;', '&amp;', '<br />', '<h2>', '</h2>', '<time datetime="2024-01-25" />', '<ac:emoticon ac:name="tick" />',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const { md } = toMarkdown(pieces.join(''));
        expect(md.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/<\/?(ac|ri):/);
        expectFixedPoint(md);
      }),
      { numRuns: depth(60, 150), seed: soak ? Date.now() : 20261128 },
    );
  });

  it('truncating a realistic page anywhere never throws', () => {
    const page =
      '<h1>Sprint 14 review</h1><p>Date: <time datetime="2025-03-06" /></p>' +
      '<ac:structured-macro ac:name="info"><ac:parameter ac:name="title">Heads up</ac:parameter><ac:rich-text-body><p>Demo at 3pm</p></ac:rich-text-body></ac:structured-macro>' +
      '<table><tbody><tr><th>Name</th><th>Present</th></tr><tr><td><ac:link><ri:user ri:account-id="557058:0f1e2d3c" /></ac:link></td><td><ac:emoticon ac:name="tick" /></td></tr></tbody></table>' +
      '<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>Ship it</ac:task-body></ac:task></ac:task-list>';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: page.length }), (cut) => {
        const { md } = toMarkdown(page.slice(0, cut));
        expectFixedPoint(md);
      }),
      { numRuns: depth(50, 120), seed: soak ? Date.now() : 7 },
    );
  });
});
