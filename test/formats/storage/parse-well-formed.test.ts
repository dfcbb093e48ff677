import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyNode, Document } from 'domhandler';
import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseWellFormed } from '../../../src/formats/storage/parse-well-formed.js';
import { repoRoot } from '../../support/shared-corpus.js';

/** What htmlparser2 builds (XML mode, no entity decoding), then decoded the way the storage reader decodes. */
function reference(source: string): Document {
  const doc = parseDocument(source, { xmlMode: true, decodeEntities: false, withStartIndices: true, withEndIndices: true });
  const decode = (nodes: AnyNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') node.data = decodeHTML(node.data);
      else if (node.type === 'tag') {
        for (const name of Object.keys(node.attribs)) node.attribs[name] = decodeHTML(node.attribs[name] as string);
        decode(node.children);
      }
    }
  };
  decode(doc.children);
  return doc;
}

/** Everything a reader can see of a tree, links checked on the way. */
function shape(node: AnyNode | Document): unknown {
  const out: Record<string, unknown> = { type: node.type, start: node.startIndex, end: node.endIndex };
  if ('name' in node) out.name = node.name;
  if ('data' in node) out.data = node.data;
  if ('attribs' in node) out.attribs = Object.entries(node.attribs);
  if ('children' in node) {
    const children = node.children as AnyNode[];
    children.forEach((child, i) => {
      expect(child.parent).toBe(node);
      expect(child.prev).toBe(children[i - 1] ?? null);
      expect(child.next).toBe(children[i + 1] ?? null);
    });
    out.children = children.map(shape);
  }
  return out;
}

function expectSameTree(source: string): boolean {
  const fast = parseWellFormed(source, decodeHTML);
  if (fast === null) return false;
  expect(shape(fast)).toEqual(shape(reference(source)));
  return true;
}

const WELL_FORMED = [
  '',
  'just text &amp; more',
  `<?xml version="1.0" encoding="UTF-8"?>\n<p>Caf&eacute; &nbsp;<strong>open</strong></p>`,
  `<h1>Runbook</h1><p>Restart with <code>systemctl restart api</code>&nbsp;then check:</p>
<ac:structured-macro ac:name="code" ac:schema-version="1" ac:macro-id="a1b2"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[if [ "$a" -lt 3 ]; then echo "<ok> & done"; fi]]]]><![CDATA[>]]></ac:plain-text-body></ac:structured-macro>
<table class="wrapped"><colgroup><col style="width: 120.0px;" /><col/></colgroup><tbody><tr><th colspan='2' data-x="a&quot;b">Owner</th></tr>
<tr><td><ac:link><ri:user ri:account-id="5b1234" /></ac:link></td><td><p><ac:emoticon ac:name="tick"/> yes</p></td></tr></tbody></table>
<ul><li>one<ul><li>nested &lt;x&gt; &#8212; &#x2014;</li></ul></li></ul><p a="1"b='2' a="dup">back to back</p>`,
  '<p title="x > y" data-empty="">a > b</p>\r\n\t<br\n/>',
  '<ac:task-list>\n<ac:task>\n<ac:task-id>1</ac:task-id>\n<ac:task-status>incomplete</ac:task-status>\n<ac:task-body>Call <ac:link><ri:user ri:userkey="ff80" /></ac:link></ac:task-body>\n</ac:task>\n</ac:task-list>',
  '<![CDATA[]]><p><![CDATA[]]></p>',
];

/** Inputs htmlparser2 must read (its recovery is what the reader's reports and guesses are built on). */
const NOT_OURS = [
  '<p>unclosed',
  '<p><b>crossed</p></b>',
  '<p>a < b</p>',
  '<!-- note --><p>x</p>',
  '<!DOCTYPE html><p>x</p>',
  '<p class=plain>x</p>',
  '<input disabled/>',
  '<p>x</ p>',
  '<p>x</p >',
  '<br / >',
  '<script>var a = "<p>";</script>',
  '<p ="x">y</p>',
  '<p a = "1">y</p>',
  '<![CDATA[never ends',
  '<p>x</p><',
];

describe('parseWellFormed (fast path of the storage parse)', () => {
  it.each(WELL_FORMED.map((s, i) => [i, s]))('builds the tree htmlparser2 builds, decoded (case %i)', (_i, source) => {
    expect(expectSameTree(source)).toBe(true);
  });

  it.each(NOT_OURS)('leaves %j to htmlparser2', (source) => {
    expect(parseWellFormed(source, decodeHTML)).toBeNull();
  });

  it('reads every well-formed storage fixture of the repository the way htmlparser2 does', () => {
    const files = ['fixtures/pages', 'fixtures/minutes'].flatMap((dir) =>
      readdirSync(join(repoRoot, dir)).filter((f) => f.endsWith('.storage.xhtml')).map((f) => join(repoRoot, dir, f)));
    const fast = files.filter((file) => expectSameTree(readFileSync(file, 'utf8')));
    // All but the deliberately broken import take the fast path.
    expect(fast.length).toBeGreaterThanOrEqual(files.length - 1);
  });

  it('agrees with htmlparser2 on random markup whenever it takes it', () => {
    const token = fc.constantFrom(
      '<p>', '</p>', '<ac:structured-macro ac:name="info">', '</ac:structured-macro>', '<td colspan="2">', '</td>',
      '<a href="https://x.test/?a=1&amp;b=2">', '</a>', '<br/>', '<br />', '<ri:page ri:content-title=\'Q&amp;A\' />',
      '<![CDATA[x < y ]]>', '<?xml version="1.0"?>', 'text', ' ', '\n', '&nbsp;', '&bogus;', '&#160;', '>', '"', "'", '=',
      '<', '</', '/', '<!-- c -->', '<p class=x>', '<i a>', '<b a="1" a="2">', '<script>', '</script>', '<P>', '</P>',
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        if (expectSameTree(tokens.join(''))) taken++;
      }),
      { numRuns: 4000 },
    );
    expect(taken).toBeGreaterThan(200);
  });
});
