import fc from 'fast-check';

// Random well-formed hubs: the constructs the hub is made of, nested as the HTML standard allows.
const textChars = fc.constantFrom('a', 'b', 'Z', '1', ' ', ' ', '\n', '\t', '*', '_', '`', '#', '-', '+', '.', '[', ']', '\\', '~', '|', '>', '&amp;', '&lt;', '\u00a0', '&nbsp;', 'é');
const text = fc.array(textChars, { maxLength: 12 }).map((cs) => cs.join(''));
const attr = fc.constantFrom('', ' data-x="1"', ' class="c"', ' title="t &amp; &quot;q&quot;"');

const { block } = fc.letrec<{ inline: string; block: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    text,
    fc.tuple(fc.constantFrom('strong', 'em', 'code', 's', 'sub', 'sup', 'u', 'span'), attr, fc.array(tie('inline'), { maxLength: 3 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
    fc.tuple(text, fc.constantFrom('https://example.org/x', '/wiki/spaces/A/pages/1', '#anchor')).map(([t, href]) => `<a href="${href}">${t}</a>`),
    fc.constant('<br>'),
  ),
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(attr, fc.array(tie('inline'), { maxLength: 4 })).map(([a, kids]) => `<p${a}>${kids.join('')}</p>`),
    fc.tuple(fc.constantFrom('h1', 'h2', 'h3'), fc.array(tie('inline'), { maxLength: 3 })).map(([h, kids]) => `<${h}>${kids.join('')}</${h}>`),
    fc.tuple(fc.constantFrom('ul', 'ol'), fc.array(fc.oneof(fc.array(tie('inline'), { maxLength: 3 }), fc.array(tie('block'), { maxLength: 2 })), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '\n')).map(
      ([list, items, ws]) => `<${list}>${items.map((kids) => `${ws}<li>${kids.join('')}</li>`).join('')}${ws}</${list}>`,
    ),
    fc.array(tie('block'), { maxLength: 2 }).map((kids) => `<blockquote>${kids.join('')}</blockquote>`),
    fc.tuple(attr, fc.array(tie('block'), { maxLength: 2 })).map(([a, kids]) => `<div${a}>${kids.join('')}</div>`),
    fc.tuple(fc.constantFrom('', '\n'), text).map(([nl, t]) => `<pre><code>${nl}${t}</code></pre>`),
    fc.tuple(fc.constantFrom('\n', ''), text).map(([nl, t]) => `<pre>${nl}${t}</pre>`),
    fc.tuple(fc.boolean(), fc.constantFrom('', '\n'), fc.array(fc.array(fc.array(tie('inline'), { maxLength: 2 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })).map(
      ([tbody, ws, rows]) => {
        const trs = rows.map((cells, r) => `<tr>${cells.map((kids) => (r === 0 ? `<th>${kids.join('')}</th>` : `<td>${kids.join('')}</td>`)).join('')}</tr>${ws}`).join('');
        return tbody ? `<table>${ws}<tbody>${trs}</tbody></table>` : `<table>${ws}${trs}</table>`;
      },
    ),
    fc.tuple(text, fc.array(tie('block'), { maxLength: 2 })).map(([s, kids]) => `<details><summary>${s}</summary>${kids.join('')}</details>`),
    fc.constant('<hr>'),
    fc.constant('<!-- a comment -->'),
  ),
}));

/** A random well-formed hub page: up to five blocks with the whitespace a writer leaves between them. */
export const arbitraryHub: fc.Arbitrary<string> = fc.array(fc.tuple(block, fc.constantFrom('', '\n', ' ')), { maxLength: 5 }).map((blocks) => blocks.map(([b, ws]) => b + ws).join(''));
