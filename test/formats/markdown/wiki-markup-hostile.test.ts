import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convert } from '../../../src/convert.js';
import { wikiDialect, wikiMarkupToMarkdown } from '../../../src/formats/markdown/wiki-markup.js';
import { hasShared, sharedPath } from '../../support/shared-corpus.js';

/**
 * Ordinary Markdown must never be taken for another wiki's markup: a false detection rewrites a
 * file the user did not edit (and a pushed page that wikiport itself wrote) line by line.
 */
const RUNS = process.env.WIKIPORT_DEEP ? 400 : 40;

function dialectOf(md: string): string | null {
  return wikiDialect(md.split('\n'));
}

const ORDINARY: Record<string, string> = {
  'C++ paths opening lines': 'std::string name;\nstd::map<int, int>::iterator it;\n',
  'Rust paths opening list items': '- Vec::new() allocates nothing\n- Foo::bar() is the entry point\n',
  'CSS pseudo-elements': 'a::before { content: ""; }\np::after { content: ""; }\n',
  'Haskell signatures': 'map :: (a -> b) -> [a] -> [b]\nfoldr :: (a -> b -> b) -> b -> [a] -> b\n',
  'Obsidian Dataview fields in prose': '# Daily note\n\nstatus:: open\nowner:: Ana\n\nSee [[Project A]] and [[Bob]].\n',
  'Obsidian note with wikilinks, TODO items and fields': '# Week 3\n\n- TODO call [[Bob]]\n- DONE write notes\n\ntags:: weekly\ntype:: journal\n',
  'an Obsidian outline with Dataview fields under its first item': '- Vendor call\n  status:: open\n  owner:: Ana\n- Follow-ups\n  - ask for the quote\n',
  'Dataview fields atop a bulleted daily note': 'date:: 2025-01-01\nmood:: good\n\n- did things\n- read a book\n',
  'fields and an outline beside a <pre> block at the left edge': 'owner:: [[Ana]]\n\n- alpha\n  status:: open\n\n<pre>\n== H ==\n</pre>\n',
  'fields as list items': '- note:: something\n- other:: thing\n',
  'fields after a hard break in a list item': '- Review\\\n  status:: open\\\n  owner:: Ana\n',
  'fields in an indented code block': 'Config:\n\n    key:: v\n    other:: w\n',
  'wiki headings in an indented code block': "How MediaWiki looks:\n\n    == Heading ==\n    '''bold'''\n    == Other ==\n",
  'a highlight line and a MediaWiki template in an indented code block': '==alpha==\n\n    {{Done}}\n    == H ==\n',
  'wiki headings in a <pre> block': '<pre>\n== a ==\n== b ==\n</pre>\n',
  'DokuWiki sample in a <code> block': '<code>\n====== H ======\n===== h =====\n^ a ^ b ^\n| 1 | 2 |\n</code>\n',
  'wiki headings in a $$ block': '$$\n= x =\n= y =\n$$\n',
  'wiki headings in a comment': '<!--\n== a ==\n== b ==\n-->\n',
  'a longer fence holding a shorter one': '````markdown\n```\n== a ==\n== b ==\n```\n````\n',
  'a fence holding an indented fence line': '```\n    ```\n== a ==\n== b ==\n```\n',
  'a tilde fence holding a backtick line': '~~~\n```\n== a ==\n== b ==\n~~~\n',
  'a Python docstring and one balanced line': "def f():\n'''docstring'''\n\n== Section ==\n",
  'Jinja templates and one balanced line': '# Template\n\n{{ title }}\n\n{{ todo }}\n\n= Heading =\n',
  'a bold line and one balanced line': '__NOTE__\n\n== Draft ==\n',
  'caret lines in math prose': 'We have $x^2 + y^2$ and\n^ see above ^\n\n= Summary =\n',
  'a caret line beside a Markdown table, with one MediaWiki-style line': '^ note ^\n| a | b |\n= x =\n',
  'a setext heading whose text is wrapped in "=="': '== alpha ==\n=\n\n==beta==\n\n== gamma ==\n-\n',
  'setext headings and separators': 'Title\n=====\n\ntext\n\n=====================\n\nOther\n=====\n',
  'equality in prose and tables': '# T\n\na == b holds.\n\n| op | meaning |\n|---|---|\n| == | equal |\n| = x = | y |\n',
  'reStructuredText-like rules': '=====  =====\nA      B\n=====  =====\n',
  'numbered "#" lines': '# one\n# two\n',
  'Obsidian highlights on lines of their own': '# Review\n\n==Decision: ship on Friday==\n\nSome text.\n\n==Risk: the cache==\n',
};

describe('ordinary Markdown is never taken for another wiki\'s markup', () => {
  it.each(Object.entries(ORDINARY))('%s', (_name, md) => {
    expect(dialectOf(md)).toBeNull();
    expect(wikiMarkupToMarkdown(md)).toBe(md);
  });

  it('leaves the Markdown wikiport writes alone, whatever text its paragraphs and items hold', () => {
    const fragment = fc.constantFrom(
      '== A ==', '= B =', '====== C ======', 'std::map x', 'Foo::bar()', 'status:: open', 'owner:: Ana', 'key::',
      '^ a ^ b ^', '| 1 | 2 |', "'''x'''", '{{Done}}', '[[User:x|Y]]', '[[Page]]', '__NOTOC__', 'TODO call', 'DONE x',
      'x^2', 'a == b', 'SCHEDULED: <2025-01-02 Thu>', '#tag text', 'plain words', '==marked==', '- dash', '* star',
    );
    const inline = fc.array(fragment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));
    const block = fc.oneof(
      inline.map((t) => `<p>${t}</p>`),
      fc.array(inline, { minLength: 1, maxLength: 3 }).map((ts) => `<p>${ts.join('<br/>')}</p>`),
      fc.array(inline, { minLength: 1, maxLength: 4 }).map((ts) => `<ul>${ts.map((t) => `<li>${t}</li>`).join('')}</ul>`),
      fc.array(inline, { minLength: 1, maxLength: 3 }).map((ts) => `<ul><li>${ts.join('<br/>')}</li></ul>`),
      fc.array(inline, { minLength: 1, maxLength: 3 }).map((ts) => `<table><tbody>${ts.map((t) => `<tr><td>${t}</td></tr>`).join('')}</tbody></table>`),
      fc.array(fragment, { minLength: 1, maxLength: 4 }).map((ts) => `<pre>${ts.join('\n')}</pre>`),
      inline.map((t) => `<h2>${t}</h2>`),
      fc.tuple(inline, fc.array(inline, { minLength: 1, maxLength: 3 })).map(([t, ts]) => `<ul><li>${t}<ul>${ts.map((u) => `<li>${u}</li>`).join('')}</ul></li></ul>`),
      fc.tuple(inline, fc.array(inline, { minLength: 1, maxLength: 3 })).map(([t, ts]) => `<ol><li>${t}${ts.map((u) => `<p>${u}</p>`).join('')}</li></ol>`),
      fc.array(inline, { minLength: 1, maxLength: 3 }).map((ts) => `<ac:task-list>${ts.map((t) => `<ac:task><ac:task-status>incomplete</ac:task-status><ac:task-body>${t}</ac:task-body></ac:task>`).join('')}</ac:task-list>`),
      fc.array(inline, { minLength: 1, maxLength: 3 }).map((ts) => `<ac:structured-macro ac:name="info"><ac:rich-text-body>${ts.map((t) => `<p>${t}</p>`).join('')}</ac:rich-text-body></ac:structured-macro>`),
      fc.array(inline, { minLength: 1, maxLength: 3 }).map((ts) => `<table><tbody><tr><td colspan="2">${ts.map((t) => `<p>${t}</p>`).join('')}</td></tr><tr><td>a</td><td>b</td></tr></tbody></table>`),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const md = convert(blocks.join(''), { from: 'storage', to: 'md' }).output;
        expect(dialectOf(md)).toBeNull();
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });

  it('leaves hand-written Markdown alone, built from the blocks a Markdown writer uses', () => {
    const word = fc.constantFrom('alpha', 'a == b', 'std::map', 'Foo::bar()', 'x^2', "'''doc'''", '[[Note]]', '{{ title }}', 'key:: value', 'TODO', 'DONE', '==', '^');
    const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(' '));
    const wikiLine = fc.constantFrom('== H ==', '====== H ======', '^ a ^ b ^', '| 1 | 2 |', 'key:: value', "'''b'''", '{{Done}}', '__NOTOC__');
    const block = fc.oneof(
      // A paragraph that opens and closes with `=` is a wiki heading by form (two of them are read so).
      text.filter((t) => !/^=.*=$/.test(t)),
      text.map((t) => `## ${t}`),
      fc.tuple(text, fc.constantFrom('=', '-'), fc.integer({ min: 1, max: 12 })).map(([t, c, n]) => `${t}\n${c.repeat(n)}`),
      fc.array(text, { minLength: 1, maxLength: 4 }).map((ts) => ts.map((t) => `- ${t}`).join('\n')),
      fc.array(text, { minLength: 1, maxLength: 4 }).map((ts) => ts.map((t, i) => `${i + 1}. ${t}`).join('\n')),
      fc.array(text, { minLength: 1, maxLength: 3 }).map((ts) => `| a | b |\n|---|---|\n${ts.map((t) => `| ${t} | x |`).join('\n')}`),
      fc.array(wikiLine, { minLength: 1, maxLength: 5 }).map((ls) => `\`\`\`\n${ls.join('\n')}\n\`\`\``),
      fc.array(wikiLine, { minLength: 1, maxLength: 5 }).map((ls) => ls.map((l) => `    ${l}`).join('\n')),
      fc.array(wikiLine, { minLength: 1, maxLength: 5 }).map((ls) => `<pre>\n${ls.join('\n')}\n</pre>`),
      text.map((t) => `> ${t}`),
      fc.constant('---'),
      fc.constant('='.repeat(20)),
      text.filter((t) => !/^=|=$/.test(t)).map((t) => `==${t}==`),
      fc.array(fc.constantFrom('status:: open', 'owner:: [[Ana]]', 'due:: 2025-01-02'), { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')),
      fc.tuple(text, fc.array(fc.constantFrom('status:: open', 'owner:: Ana'), { minLength: 1, maxLength: 3 })).map(([t, ls]) => `- ${t}\n${ls.map((l) => `  ${l}`).join('\n')}`),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(block, { minLength: 1, maxLength: 8 }), (frontMatter, blocks) => {
        const md = `${frontMatter ? '---\ntitle: Notes\n---\n\n' : ''}${blocks.join('\n\n')}\n`;
        // An outline of items and `key:: value` lines, and nothing else, with a TODO item or a
        // [[page]] as a field's value, is what a Logseq page is.
        fc.pre(!/^\s*- (?:TODO|DONE)\b|:: \[\[/m.test(md) || !/^\s*\w+:: /m.test(md) || !blocks.every((b) => /^(?:- |\w+:: |\s)/.test(b)));
        expect(dialectOf(md)).toBeNull();
      }),
      { numRuns: RUNS, seed: 7 },
    );
  });

  it.skipIf(!hasShared)('takes no Markdown of the shared corpus of peers for another wiki\'s', () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.md') && dialectOf(readFileSync(path, 'utf8')) !== null) found.push(path);
      }
    };
    let peers: string | null = sharedPath('corpus', 'peers');
    try {
      statSync(peers);
    } catch {
      peers = null;
    }
    if (peers === null) return;
    walk(peers);
    expect(found).toEqual([]);
  });

  it('keeps "::" that is no property as it is in a Logseq page', () => {
    const md = '- Cache review\n  type:: meeting\n  date:: 2025-11-12\n\t- use std::map here\n\t- TODO call Foo::bar() less\n';
    expect(dialectOf(md)).toBe('logseq');
    const out = wikiMarkupToMarkdown(md);
    expect(out).toContain('use std::map here');
    expect(out).toContain('[ ] call Foo::bar() less');
  });
});
